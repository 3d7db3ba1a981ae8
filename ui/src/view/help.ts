// Owns Settings' Help group: the log folder and the diagnostics bundle for the helpdesk. Saving shows the native save
// dialog (Rust asks it); the status line says where the file went, and a failure shows in the dialog's error panel.
import type { Actions } from "../actions";
import type { Messages } from "../l10n";
import type { State } from "../state";
import { h, setAttr, setText } from "./dom";

export interface HelpSection {
  el: HTMLElement;
  update(state: State): void;
}

export function createHelpSection(
  messages: Messages,
  actions: Pick<Actions, "openLogFolder" | "saveDiagnostics">,
): HelpSection {
  const openLogs = h(
    "button",
    { id: "open-log-folder", type: "button", class: "btn btn-secondary", "aria-describedby": "settings-help-hint" },
    messages.t("settings-open-log-folder"),
  );
  const save = h(
    "button",
    { id: "save-diagnostics", type: "button", class: "btn btn-secondary", "aria-describedby": "settings-help-hint" },
    messages.t("settings-save-diagnostics"),
  );
  const status = h("p", { id: "diagnostics-status", class: "settings-hint", role: "status" });
  const el = h(
    "div",
    { class: "settings-row settings-field", role: "group", "aria-labelledby": "settings-help-label" },
    h("span", { id: "settings-help-label", class: "field-label field-label-small" }, messages.t("settings-help")),
    h("span", { id: "settings-help-hint", class: "settings-hint" }, messages.t("settings-help-hint")),
    h("div", { class: "settings-help-actions" }, openLogs, save),
    status,
  );
  openLogs.addEventListener("click", () => actions.openLogFolder());
  // Not `disabled` while saving: WebKit would drop focus from the button (aria-disabled keeps it in place).
  save.addEventListener("click", () => {
    if (save.getAttribute("aria-disabled") !== "true") {
      actions.saveDiagnostics();
    }
  });

  return {
    el,
    update(state) {
      const diagnostics = state.diagnostics;
      setAttr(save, "aria-disabled", diagnostics?.kind === "saving" ? "true" : null);
      let text = "";
      if (diagnostics?.kind === "saving") {
        text = messages.t("settings-diagnostics-saving");
      } else if (diagnostics?.kind === "saved") {
        text = messages.t("settings-diagnostics-saved", { path: diagnostics.path, files: diagnostics.files });
      }
      setText(status, text);
    },
  };
}
