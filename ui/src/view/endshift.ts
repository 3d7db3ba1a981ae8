// Owns End shift at the foot of the Sessions card: one button, which turns into an inline "Sign out of all N
// sessions?" confirmation (Tauri blocks window.confirm), busy while the backend signs everything out.
import type { Actions } from "../actions";
import type { Messages } from "../l10n";
import type { State } from "../state";
import { h, setAttr, setText, show, spinner } from "./dom";
import type { View } from "./types";

function focusWithin(element: HTMLElement): boolean {
  const active = document.activeElement;
  return active instanceof HTMLElement && element.contains(active);
}

export function createEndShift(messages: Messages, actions: Pick<Actions, "endShift">): View {
  const endShift = h(
    "button",
    { id: "end-shift", type: "button", class: "btn btn-small btn-ghost btn-danger-text end-shift-start" },
    messages.t("end-shift"),
  );
  const question = h("p", { id: "end-shift-question", class: "end-shift-question" });
  const confirmSpinner = spinner();
  const confirmLabel = h("span", {}, messages.t("end-shift-confirm"));
  const confirm = h(
    "button",
    { id: "end-shift-confirm", type: "button", class: "btn btn-small btn-danger" },
    confirmSpinner,
    confirmLabel,
  );
  const cancel = h(
    "button",
    { id: "end-shift-cancel", type: "button", class: "btn btn-small btn-ghost" },
    messages.t("button-cancel"),
  );
  const confirmRow = h(
    "div",
    { class: "end-shift-confirm", role: "group", "aria-labelledby": "end-shift-question" },
    question,
    h("div", { class: "end-shift-buttons" }, confirm, cancel),
  );
  const footer = h("div", { class: "end-shift" }, endShift, confirmRow);
  let latest: State | null = null;
  /** The End shift button has turned into its confirmation. */
  let confirming = false;

  function sync(state: State): void {
    const available = state.sessions.length > 0 || state.endingShift;
    if (!available) {
      confirming = false;
    }
    if (!available && focusWithin(footer)) {
      // Hidden controls must not keep focus; the controller moves it somewhere useful.
      (document.activeElement as HTMLElement).blur();
    }
    show(footer, available);
    show(endShift, !confirming);
    show(confirmRow, confirming);
    setText(question, messages.t("end-shift-question", { count: state.sessions.length }));
    // Not `disabled`: WebKit drops focus from a disabled button, and a keyboard user would be left nowhere while the
    // shift ends. Both clicks are ignored meanwhile (the controller and closeConfirm check endingShift).
    setAttr(confirm, "aria-disabled", state.endingShift ? "true" : null);
    setAttr(cancel, "aria-disabled", state.endingShift ? "true" : null);
    setAttr(confirm, "aria-busy", state.endingShift ? "true" : "false");
    show(confirmSpinner, state.endingShift);
    setText(confirmLabel, state.endingShift ? messages.t("signing-out") : messages.t("end-shift-confirm"));
  }

  function closeConfirm(): void {
    if (!confirming || !latest || latest.endingShift) {
      return;
    }
    confirming = false;
    sync(latest);
    endShift.focus();
  }

  endShift.addEventListener("click", () => {
    if (!latest || latest.sessions.length === 0 || latest.endingShift) {
      return;
    }
    confirming = true;
    sync(latest);
    // The least destructive choice gets focus; the group's label (the question) is announced with it.
    cancel.focus();
  });
  confirm.addEventListener("click", () => {
    if (confirming && latest && !latest.endingShift) {
      actions.endShift();
    }
  });
  cancel.addEventListener("click", () => closeConfirm());
  confirmRow.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      closeConfirm();
    }
  });

  return {
    el: footer,
    update(state, previous) {
      latest = state;
      const finished = previous !== null && previous.endingShift && !state.endingShift;
      if (!finished) {
        sync(state);
        return;
      }
      // Success empties the list (the footer hides); failure goes back to the End shift button.
      const hadFocus = focusWithin(footer) || document.activeElement === document.body || document.activeElement === null;
      confirming = false;
      sync(state);
      if (hadFocus && !footer.hidden) {
        endShift.focus();
      }
    },
  };
}
