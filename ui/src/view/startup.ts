// Owns the whole-window states before the chooser can show: loading, startup failure, and "no AWS profiles".
import type { Messages } from "../l10n";
import { h, rich, show, spinner } from "./dom";
import type { View } from "./types";

function reloadButton(id: string, label: string, onReload: () => void): HTMLButtonElement {
  const button = h("button", { id, type: "button", class: "btn btn-primary" }, label);
  button.addEventListener("click", onReload);
  return button;
}

/** Commands and paths in the "no AWS profiles" help (each a message attribute: they stay as they are). */
function code(text: string): HTMLElement {
  return h("code", {}, text);
}

export function createStartupStates(messages: Messages, onReload: () => void): View {
  const loading = h(
    "div",
    { id: "startup-loading", class: "startup-loading", role: "status" },
    spinner(),
    messages.t("startup-loading"),
  );
  const failed = h(
    "section",
    { id: "startup-failed", class: "card empty-state", "aria-labelledby": "startup-failed-title" },
    h("h2", { id: "startup-failed-title", class: "empty-title" }, messages.t("startup-failed-title")),
    h("p", {}, messages.t("startup-failed-body")),
    reloadButton("retry", messages.t("startup-retry"), onReload),
  );
  const noProfiles = h(
    "section",
    { id: "no-profiles", class: "card empty-state", "aria-labelledby": "no-profiles-title" },
    h("h2", { id: "no-profiles-title", class: "empty-title" }, messages.t("no-profiles-title")),
    h("p", {}, messages.t("no-profiles-body")),
    h(
      "ul",
      { class: "empty-steps" },
      h(
        "li",
        {},
        ...rich(messages, "no-profiles-step-sso", {}, { command: code(messages.attr("no-profiles-step-sso", "command")) }),
      ),
      h(
        "li",
        {},
        ...rich(messages, "no-profiles-step-keys", {}, { command: code(messages.attr("no-profiles-step-keys", "command")) }),
      ),
      h(
        "li",
        {},
        ...rich(messages, "no-profiles-step-file", {}, {
          section: code(messages.attr("no-profiles-step-file", "section")),
          file: code(messages.attr("no-profiles-step-file", "file")),
        }),
      ),
    ),
    reloadButton("reload", messages.t("no-profiles-reload"), onReload),
  );
  const el = h("div", { class: "startup" }, loading, failed, noProfiles);

  return {
    el,
    update(state) {
      show(loading, state.phase === "starting");
      show(failed, state.phase === "failed");
      show(noProfiles, state.phase === "ready" && state.profiles.length === 0);
      show(el, state.phase !== "ready" || state.profiles.length === 0);
    },
  };
}
