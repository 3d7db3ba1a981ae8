// Owns the window header: app mark, name and subtitle, and the Settings button.
import iconUrl from "../assets/icon.svg";
import type { Messages } from "../l10n";
import { h } from "./dom";

export function createHeader(messages: Messages, onSettings: () => void): HTMLElement {
  const settings = h(
    "button",
    {
      id: "settings-button",
      type: "button",
      class: "btn btn-ghost btn-small header-settings",
      // No aria-haspopup: WebKitGTK hands a button with a popup to screen readers as a combo box. Opening the dialog
      // moves focus into it, which says enough.
      "aria-controls": "settings-dialog",
    },
    h("span", { class: "header-settings-icon", "aria-hidden": "true" }, "⚙"),
    messages.t("settings-button"),
  );
  settings.addEventListener("click", onSettings);
  return h(
    "header",
    { class: "app-header" },
    h("img", { class: "app-mark", src: iconUrl, alt: "", width: 36, height: 36 }),
    h(
      "div",
      { class: "app-titles" },
      h("h1", { class: "app-name" }, messages.t("app-name")),
      h("p", { class: "app-subtitle" }, messages.t("app-subtitle")),
    ),
    settings,
  );
}
