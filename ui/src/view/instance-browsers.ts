// Owns Settings' list of instances with a browser of their own: each with its picker (change it, or back to the browser
// for all), kept in place while the list changes so a keyboard user's focus stays on the select they used.
import type { Actions } from "../actions";
import { entryLabel } from "../catalog";
import type { Messages } from "../l10n";
import { entries, type State } from "../state";
import { createBrowserPicker, type BrowserPicker } from "./browser-picker";
import { h, show } from "./dom";

export interface InstanceBrowsers {
  el: HTMLElement;
  update(state: State): void;
}

export function createInstanceBrowsers(
  messages: Messages,
  actions: Pick<Actions, "setInstanceBrowser">,
  /** Where focus goes when the row it was on goes (its instance is back to the browser for all). */
  fallbackFocus: () => HTMLElement | null,
): InstanceBrowsers {
  const list = h("div", { class: "instance-browsers" });
  const empty = h("p", { class: "settings-hint" }, messages.t("settings-instance-browsers-none"));
  const el = h(
    "div",
    { class: "settings-row settings-field", role: "group", "aria-labelledby": "setting-instance-browsers-label" },
    h(
      "span",
      { id: "setting-instance-browsers-label", class: "field-label field-label-small" },
      messages.t("settings-instance-browsers"),
    ),
    empty,
    list,
  );
  const pickers = new Map<string, BrowserPicker>();

  return {
    el,
    update(state) {
      const settings = state.settings;
      if (!settings) {
        return;
      }
      const own = settings.instanceBrowsers;
      const locked = settings.locked.includes("browser");
      for (const [instanceId, picker] of pickers) {
        if (!own.some((b) => b.instanceId === instanceId)) {
          const hadFocus = picker.row.contains(document.activeElement);
          picker.row.remove();
          pickers.delete(instanceId);
          if (hadFocus) {
            fallbackFocus()?.focus();
          }
        }
      }
      const known = entries(state);
      own.forEach(({ instanceId, choice }) => {
        let picker = pickers.get(instanceId);
        if (!picker) {
          const entry = known.find((e) => e.instance.id === instanceId);
          picker = createBrowserPicker(
            messages,
            `setting-instance-browser-${instanceId}`,
            entry ? entryLabel(entry) : instanceId,
            (next) => actions.setInstanceBrowser(instanceId, next),
          );
          pickers.set(instanceId, picker);
          list.append(picker.row);
        }
        picker.update(state.browsers, choice, { kind: "inherit", inherited: settings.browser }, locked);
      });
      show(empty, own.length === 0);
    },
  };
}
