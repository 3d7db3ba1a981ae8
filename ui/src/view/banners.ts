// Owns the banners above the layout: the error panel (role=alert, with Sign in with IAM Identity Center for an expired
// token and the MFA code form when the role needs MFA), the one-time info notice, the session-expiry reminder, and the
// admin-facing "policy file could not be used" banner.
import type { Actions } from "../actions";
import type { ErrorView, ExpiringView } from "../bindings";
import type { Messages } from "../l10n";
import { selectionLocked, sessionKey } from "../state";
import { h, reachableWhenScrolling, rich, setAttr, setText, show, spinner } from "./dom";
import type { View } from "./types";

function closeButton(label: string, onClick: () => void, id?: string): HTMLButtonElement {
  const button = h("button", { id, type: "button", class: "banner-close", "aria-label": label, title: label }, "×");
  button.addEventListener("click", onClick);
  return button;
}

/**
 * The error panel. For an expired IAM Identity Center token (`sso_expired`, or a device sign-in whose code ran out)
 * it also offers Sign in with IAM Identity Center, which then continues what failed.
 */
export function createErrorPanel(
  messages: Messages,
  actions: Pick<Actions, "dismissError" | "ssoLogin" | "submitMfaCode" | "chooseBrowser">,
): View {
  const message = h("p", { class: "error-message" });
  const hint = h("p", { class: "error-hint" });
  const code = h("code", { class: "error-code" });
  const meta = h("p", { class: "error-meta" }, ...rich(messages, "error-code", {}, { code }));
  const ssoBusy = spinner();
  const ssoLabel = h("span", {}, messages.t("sso-login-title"));
  const ssoLogin = h("button", { id: "sso-login", type: "button", class: "btn btn-primary btn-small" }, ssoBusy, ssoLabel);
  const ssoActions = h("div", { class: "banner-actions" }, ssoLogin);
  // The browser chosen for the instance (or for all) is not there: straight to the picker.
  const chooseBrowser = h(
    "button",
    { id: "choose-browser", type: "button", class: "btn btn-primary btn-small" },
    messages.t("choose-browser"),
  );
  const browserActions = h("div", { class: "banner-actions", hidden: true }, chooseBrowser);
  const mfaInput = h("input", {
    id: "mfa-code",
    class: "input mfa-input",
    type: "text",
    inputmode: "numeric",
    autocomplete: "one-time-code",
    maxlength: 6,
    pattern: "[0-9]{6}",
    spellcheck: "false",
  });
  const mfaBusy = spinner();
  const mfaLabel = h("span", {}, messages.t("button-continue"));
  const mfaSubmit = h("button", { id: "mfa-submit", type: "submit", class: "btn btn-primary btn-small" }, mfaBusy, mfaLabel);
  const mfaForm = h(
    "form",
    { class: "mfa-form", novalidate: true, hidden: true },
    h("label", { for: "mfa-code", class: "field-label field-label-small" }, messages.t("mfa-code")),
    h("div", { class: "mfa-row" }, mfaInput, mfaSubmit),
  );
  const el = h(
    "div",
    { id: "error", class: "banner banner-error", role: "alert", hidden: true },
    h("span", { class: "banner-icon", "aria-hidden": "true" }, "!"),
    reachableWhenScrolling(h("div", { class: "banner-body" }, message, hint, meta, mfaForm)),
    ssoActions,
    browserActions,
    closeButton(messages.t("error-dismiss"), () => actions.dismissError()),
  );
  ssoLogin.addEventListener("click", () => actions.ssoLogin());
  chooseBrowser.addEventListener("click", () => actions.chooseBrowser());
  const submitMfa = (event: Event): void => {
    event.preventDefault();
    if (!mfaSubmit.disabled) {
      actions.submitMfaCode(mfaInput.value);
    }
  };
  mfaForm.addEventListener("submit", submitMfa);
  mfaInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      submitMfa(event);
    }
  });
  return {
    el,
    update(state, previous) {
      const errorChanged = !previous || state.error !== previous.error;
      if (errorChanged) {
        fill(state.error);
        show(browserActions, state.error?.code === "browser_not_installed" || state.error?.code === "browser_profile_not_found");
      }
      const askMfa = state.error !== null && state.mfaRetry !== null;
      show(mfaForm, askMfa);
      mfaSubmit.disabled = state.mfaSubmitting;
      mfaInput.readOnly = state.mfaSubmitting;
      setAttr(mfaSubmit, "aria-busy", state.mfaSubmitting ? "true" : "false");
      show(mfaBusy, state.mfaSubmitting);
      setText(mfaLabel, state.mfaSubmitting ? messages.t("mfa-checking") : messages.t("button-continue"));
      if (errorChanged && askMfa) {
        // A new MFA prompt (or a refused code): start from an empty field, ready to type.
        mfaInput.value = "";
        mfaInput.focus({ preventScroll: true });
      }
      const offered = state.error !== null && state.ssoRetry !== null;
      const starting = state.ssoLogin !== null && state.ssoLogin.login === null;
      show(ssoActions, offered);
      ssoLogin.disabled = state.ssoLogin !== null || state.signingIn;
      setAttr(ssoLogin, "aria-busy", starting ? "true" : "false");
      show(ssoBusy, starting);
      setText(ssoLabel, starting ? messages.t("sso-login-opening") : messages.t("sso-login-title"));
    },
  };

  function fill(error: ErrorView | null): void {
    show(el, error !== null);
    const words = error ? messages.error(error) : { message: "", hint: "" };
    setText(message, words.message || (error ? messages.t("window-error-unknown") : ""));
    setText(hint, words.hint);
    show(hint, words.hint !== "");
    setText(code, error?.code ?? "");
    show(meta, Boolean(error?.code));
  }
}

export function createNoticeBanner(messages: Messages, onDismiss: () => void): View {
  const message = h("p", { class: "notice-message" });
  const hint = h("p", { class: "notice-hint" });
  const el = h(
    "div",
    { id: "notice", class: "banner banner-info", role: "status", hidden: true },
    h("span", { class: "banner-icon", "aria-hidden": "true" }, "i"),
    reachableWhenScrolling(h("div", { class: "banner-body" }, message, hint)),
    closeButton(messages.t("notice-dismiss"), onDismiss),
  );
  return {
    el,
    update(state, previous) {
      if (previous && state.notice === previous.notice) {
        return;
      }
      const notice = state.notice;
      show(el, notice !== null);
      const words = notice ? messages.error(notice) : { message: "", hint: "" };
      setText(message, words.message);
      setText(hint, words.hint);
      show(hint, words.hint !== "");
    },
  };
}

/**
 * The reminder a few minutes before a stored session ends (`session-expiring`): the latest one with
 * "+N more" for the rest, Sign in again for that session, and dismiss (the next reminder takes its place).
 */
export function createExpiringBanner(messages: Messages, actions: Pick<Actions, "signInAgain" | "dismissExpiring">): View {
  const title = h("p", { id: "expiring-title", class: "expiring-title" });
  const body = h("p", { class: "expiring-body" });
  const more = h("p", { class: "expiring-more" });
  const busy = spinner();
  const label = h("span", {}, messages.t("expiring-sign-in"));
  const signIn = h(
    "button",
    { id: "expiring-sign-in", type: "button", class: "btn btn-primary btn-small", "aria-describedby": "expiring-title" },
    busy,
    label,
  );
  const el = h(
    "div",
    { id: "expiring", class: "banner banner-warning", role: "status", "aria-live": "polite", hidden: true },
    h("span", { class: "banner-icon", "aria-hidden": "true" }, "!"),
    reachableWhenScrolling(h("div", { class: "banner-body" }, title, body, more)),
    h("div", { class: "banner-actions" }, signIn),
    closeButton(messages.t("expiring-dismiss"), () => actions.dismissExpiring(), "expiring-dismiss"),
  );
  let shown: ExpiringView | null = null;

  signIn.addEventListener("click", () => {
    if (shown) {
      actions.signInAgain(shown.profile, shown.instanceId);
    }
  });

  return {
    el,
    update(state) {
      const list = state.expiring;
      const latest = list[list.length - 1] ?? null;
      shown = latest;
      // Shown before the text changes, so the live region announces it.
      show(el, latest !== null);
      // The backend words the reminder (it also shows it as a desktop notification) in the same language.
      setText(title, latest ? latest.title.trim() || messages.t("expiring-title-fallback") : "");
      setText(body, latest?.body ?? "");
      show(body, Boolean(latest?.body.trim()));
      setText(more, list.length > 1 ? messages.t("expiring-more", { count: list.length - 1 }) : "");
      show(more, list.length > 1);

      const running = latest !== null && state.signingIn && state.renewing === sessionKey(latest.profile, latest.instanceId);
      signIn.disabled = selectionLocked(state);
      setAttr(signIn, "aria-busy", running ? "true" : "false");
      show(busy, running);
      setText(label, running ? messages.t("signing-in") : messages.t("expiring-sign-in"));
    },
  };
}

/** The IT policy file exists but is bad: said once, for whoever administers it; the app runs on the user's settings. */
export function createPolicyBanner(messages: Messages, onDismiss: () => void): View {
  const message = h("p", { class: "policy-error-message" });
  const path = h("p", { class: "policy-error-path" });
  const el = h(
    "div",
    { id: "policy-error", class: "banner banner-warning", role: "status", hidden: true },
    h("span", { class: "banner-icon", "aria-hidden": "true" }, "!"),
    reachableWhenScrolling(
      h("div", { class: "banner-body" }, message, path, h("p", { class: "policy-error-note" }, messages.t("policy-error-note"))),
    ),
    closeButton(messages.t("policy-error-dismiss"), onDismiss),
  );
  return {
    el,
    update(state) {
      const policy = state.settings?.policy ?? null;
      const error = policy?.error ?? null;
      show(el, error !== null && !state.policyErrorDismissed);
      const words = error ? messages.error(error) : { message: "", hint: "" };
      const hint = words.hint.trim();
      let text = "";
      if (error) {
        text = hint
          ? messages.t("policy-error", { message: words.message, hint })
          : messages.t("policy-error-no-hint", { message: words.message });
      }
      setText(message, text);
      setText(path, policy?.path ? messages.t("policy-error-path", { path: policy.path }) : "");
      show(path, Boolean(policy?.path));
    },
  };
}
