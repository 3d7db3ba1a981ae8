// Owns the error panel (role=alert) and the one-time info notice banner.
import type { ErrorView } from "../bindings";
import { h, setText, show } from "./dom";
import type { View } from "./types";

function closeButton(label: string, onClick: () => void): HTMLButtonElement {
  const button = h("button", { type: "button", class: "banner-close", "aria-label": label, title: label }, "×");
  button.addEventListener("click", onClick);
  return button;
}

export function createErrorPanel(onDismiss: () => void): View {
  const message = h("p", { class: "error-message" });
  const hint = h("p", { class: "error-hint" });
  const code = h("code", { class: "error-code" });
  const meta = h("p", { class: "error-meta" }, "Error code ", code);
  const el = h(
    "div",
    { id: "error", class: "banner banner-error", role: "alert", hidden: true },
    h("span", { class: "banner-icon", "aria-hidden": "true" }, "!"),
    h("div", { class: "banner-body" }, message, hint, meta),
    closeButton("Dismiss error", onDismiss),
  );
  return {
    el,
    update(state, previous) {
      if (previous && state.error === previous.error) {
        return;
      }
      fill(state.error);
    },
  };

  function fill(error: ErrorView | null): void {
    show(el, error !== null);
    setText(message, error?.message || (error ? "Something went wrong." : ""));
    setText(hint, error?.hint ?? "");
    show(hint, Boolean(error?.hint));
    setText(code, error?.code ?? "");
    show(meta, Boolean(error?.code));
  }
}

export function createNoticeBanner(onDismiss: () => void): View {
  const message = h("p", { class: "notice-message" });
  const hint = h("p", { class: "notice-hint" });
  const el = h(
    "div",
    { id: "notice", class: "banner banner-info", role: "status", hidden: true },
    h("span", { class: "banner-icon", "aria-hidden": "true" }, "i"),
    h("div", { class: "banner-body" }, message, hint),
    closeButton("Dismiss notice", onDismiss),
  );
  return {
    el,
    update(state, previous) {
      if (previous && state.notice === previous.notice) {
        return;
      }
      const notice = state.notice;
      show(el, notice !== null);
      setText(message, notice?.message ?? "");
      setText(hint, notice?.hint ?? "");
      show(hint, Boolean(notice?.hint));
    },
  };
}
