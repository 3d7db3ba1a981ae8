// Owns the "Paste an instance ID or ARN" form under the instance list: looked up with the profile in scope (or the
// only one), disabled with the reason when there is none, busy while the lookup runs.
import type { Actions } from "../actions";
import { pasteProfile, selectionLocked, type State } from "../state";
import { h, setAttr, setText, show, spinner } from "./dom";

export interface PasteForm {
  el: HTMLElement;
  update(state: State): void;
}

/** `onFound` runs when the pasted instance was found and highlighted (focus goes to the list). */
export function createPasteForm(actions: Pick<Actions, "usePastedInstance">, onFound: () => void): PasteForm {
  const paste = h("input", {
    id: "instance-paste",
    class: "input",
    type: "text",
    placeholder: "arn:aws:connect:REGION:ACCOUNT:instance/ID",
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": "instance-paste-help",
  });
  const useLabel = h("span", {}, "Use");
  const useSpinner = spinner();
  const use = h("button", { id: "instance-paste-use", class: "btn btn-secondary", type: "submit" }, useSpinner, useLabel);
  const help = h("p", { id: "instance-paste-help", class: "field-help" });
  const el = h(
    "form",
    { class: "paste", novalidate: true },
    h("label", { for: "instance-paste", class: "field-label field-label-small" }, "Paste an instance ID or ARN"),
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
      setText(useLabel, state.resolving ? "Looking up…" : "Use");
      setText(help, profile === null ? "Choose an AWS profile above to look up an ID or ARN." : `Looked up with profile ${profile}.`);
      // Visible only when it explains why the field is off; screen readers get it either way.
      help.classList.toggle("visually-hidden", profile !== null);
    },
  };
}
