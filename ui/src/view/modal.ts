// Owns modal dialog behaviour shared by the settings and deep link dialogs: the backdrop, keeping Tab inside, Escape,
// and giving focus back to where it was when the dialog closes.
import { h, show } from "./dom";

const FOCUSABLE = "button, input, select, textarea, [href], [tabindex]";

function focusables(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) =>
      !(el as HTMLButtonElement).disabled &&
      el.getAttribute("tabindex") !== "-1" &&
      el.closest("[hidden]") === null,
  );
}

export interface Modal {
  /** The backdrop holding the dialog (append it to the page). */
  el: HTMLElement;
  /** Shows or hides the dialog; on opening, `focus` gets the focus, on closing it goes back where it was. */
  setOpen(open: boolean, focus: () => HTMLElement | null): void;
}

/**
 * Wraps `dialog` (role=dialog/alertdialog, aria-modal) in a backdrop; Escape calls `onEscape`. On closing, focus goes
 * back to where it was, else to the search box.
 */
export function createModal(dialog: HTMLElement, onEscape: () => void): Modal {
  const fallback = (): HTMLElement | null => document.getElementById("search");
  const el = h("div", { class: "modal-backdrop", hidden: true }, dialog);
  let open = false;
  let returnTo: HTMLElement | null = null;

  dialog.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onEscape();
      return;
    }
    if (event.key !== "Tab") {
      return;
    }
    // The page behind is inert where supported; this keeps Tab inside everywhere else.
    const items = focusables(dialog);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      dialog.focus();
    } else if (event.shiftKey && (document.activeElement === first || document.activeElement === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });

  return {
    el,
    setOpen(next, focus) {
      if (next === open) {
        return;
      }
      open = next;
      if (next) {
        const active = document.activeElement;
        returnTo = active instanceof HTMLElement && active !== document.body ? active : null;
        show(el, true);
        (focus() ?? dialog).focus({ preventScroll: true });
        return;
      }
      const hadFocus = el.contains(document.activeElement);
      show(el, false);
      const target = returnTo && returnTo.isConnected && returnTo.closest("[hidden]") === null ? returnTo : fallback();
      returnTo = null;
      if (hadFocus || document.activeElement === document.body || document.activeElement === null) {
        target?.focus({ preventScroll: true });
      }
    },
  };
}
