// Owns the "Paste an instance ID or ARN" form under the instance list: looked up with the profile in scope (or the
// only one), disabled with the reason when there is none, busy while the lookup runs.
import type { Actions } from "../actions";
import type { Messages } from "../l10n";
import { pasteProfile, selectionLocked, type State } from "../state";
import { h, setAttr, setText, show, spinner } from "./dom";

export interface PasteForm {
  el: HTMLElement;
  update(state: State): void;
}

/** `onFound` runs when the pasted instance was found and highlighted (focus goes to the list). */
export function createPasteForm(messages: Messages, actions: Pick<Actions, "usePastedInstance">, onFound: () => void): PasteForm {
  const paste = h("input", {
    id: "instance-paste",
    class: "input",
    type: "text",
    placeholder: messages.attr("paste-field", "placeholder"),
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": "instance-paste-help",
  });
  const useLabel = h("span", {}, messages.t("paste-use"));
  const useSpinner = spinner();
  const use = h("button", { id: "instance-paste-use", class: "btn btn-secondary", type: "submit" }, useSpinner, useLabel);
  const help = h("p", { id: "instance-paste-help", class: "field-help" });
  const el = h(
    "form",
    { class: "paste", novalidate: true },
    h("label", { for: "instance-paste", class: "field-label field-label-small" }, messages.t("paste-field")),
    h("div", { class: "paste-row" }, paste, use),
    help,
  );

  el.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = paste.value.trim();
    if (text === "") {
      paste.focus();
      return;
    }
    void actions.usePastedInstance(text).then((found) => {
      if (found) {
        paste.value = "";
        onFound();
      }
    });
  });

  return {
    el,
    update(state) {
      // A running sign-in (or IAM Identity Center sign-in) continues with the profile and instance it started with.
      const locked = selectionLocked(state);
      const profile = pasteProfile(state);
      paste.disabled = profile === null || locked;
      use.disabled = profile === null || state.resolving || locked;
      setAttr(use, "aria-busy", state.resolving ? "true" : null);
      show(useSpinner, state.resolving);
      setText(useLabel, state.resolving ? messages.t("paste-looking-up") : messages.t("paste-use"));
      setText(help, profile === null ? messages.t("paste-help-no-profile") : messages.t("paste-help-profile", { profile }));
      // Visible only when it explains why the field is off; screen readers get it either way.
      help.classList.toggle("visually-hidden", profile !== null);
    },
  };
}
