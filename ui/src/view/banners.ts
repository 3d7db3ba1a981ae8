// Owns the banners above the layout: the error panel (role=alert, with Sign in with IAM Identity Center for an expired
// token and the MFA code form when the role needs MFA), the one-time info notice, the session-expiry reminder, and the
// admin-facing "policy file could not be used" banner.
import type { Actions } from "../actions";
import type { ErrorView, ExpiringView } from "../bindings";
import { selectionLocked, sessionKey } from "../state";
import { h, setAttr, setText, show, spinner } from "./dom";
import { SSO_LOGIN_TITLE } from "./ssologin";
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
export function createErrorPanel(actions: Pick<Actions, "dismissError" | "ssoLogin" | "submitMfaCode">): View {
  const message = h("p", { class: "error-message" });
  const hint = h("p", { class: "error-hint" });
  const code = h("code", { class: "error-code" });
  const meta = h("p", { class: "error-meta" }, "Error code ", code);
  const ssoBusy = spinner();
  const ssoLabel = h("span", {}, SSO_LOGIN_TITLE);
  const ssoLogin = h("button", { id: "sso-login", type: "button", class: "btn btn-primary btn-small" }, ssoBusy, ssoLabel);
  const ssoActions = h("div", { class: "banner-actions" }, ssoLogin);
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
  const mfaLabel = h("span", {}, "Continue");
  const mfaSubmit = h("button", { id: "mfa-submit", type: "submit", class: "btn btn-primary btn-small" }, mfaBusy, mfaLabel);
  const mfaForm = h(
    "form",
    { class: "mfa-form", novalidate: true, hidden: true },
    h("label", { for: "mfa-code", class: "field-label field-label-small" }, "MFA code"),
    h("div", { class: "mfa-row" }, mfaInput, mfaSubmit),
  );
  const el = h(
    "div",
    { id: "error", class: "banner banner-error", role: "alert", hidden: true },
    h("span", { class: "banner-icon", "aria-hidden": "true" }, "!"),
    h("div", { class: "banner-body" }, message, hint, meta, mfaForm),
    ssoActions,
    closeButton("Dismiss error", () => actions.dismissError()),
  );
  ssoLogin.addEventListener("click", () => actions.ssoLogin());
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
      }
      const askMfa = state.error !== null && state.mfaRetry !== null;
      show(mfaForm, askMfa);
      mfaSubmit.disabled = state.mfaSubmitting;
      mfaInput.readOnly = state.mfaSubmitting;
      setAttr(mfaSubmit, "aria-busy", state.mfaSubmitting ? "true" : "false");
      show(mfaBusy, state.mfaSubmitting);
      setText(mfaLabel, state.mfaSubmitting ? "Checking…" : "Continue");
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
      setText(ssoLabel, starting ? "Opening the browser…" : SSO_LOGIN_TITLE);
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

/**
 * The reminder a few minutes before a stored session ends (`session-expiring`): the latest one with
 * "+N more" for the rest, Sign in again for that session, and dismiss (the next reminder takes its place).
 */
export function createExpiringBanner(actions: Pick<Actions, "signInAgain" | "dismissExpiring">): View {
  const title = h("p", { id: "expiring-title", class: "expiring-title" });
  const body = h("p", { class: "expiring-body" });
  const more = h("p", { class: "expiring-more" });
  const busy = spinner();
  const label = h("span", {}, "Sign in again");
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
    h("div", { class: "banner-body" }, title, body, more),
    h("div", { class: "banner-actions" }, signIn),
    closeButton("Dismiss this reminder", () => actions.dismissExpiring(), "expiring-dismiss"),
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
      setText(title, latest ? latest.title.trim() || "An Amazon Connect session ends soon" : "");
      setText(body, latest?.body ?? "");
      show(body, Boolean(latest?.body.trim()));
      setText(more, list.length > 1 ? `+${list.length - 1} more` : "");
      show(more, list.length > 1);

      const running = latest !== null && state.signingIn && state.renewing === sessionKey(latest.profile, latest.instanceId);
      signIn.disabled = selectionLocked(state);
      setAttr(signIn, "aria-busy", running ? "true" : "false");
      show(busy, running);
      setText(label, running ? "Signing in…" : "Sign in again");
    },
  };
}

/** The IT policy file exists but is bad: said once, for whoever administers it; the app runs on the user's settings. */
export function createPolicyBanner(onDismiss: () => void): View {
  const message = h("p", { class: "policy-error-message" });
  const path = h("p", { class: "policy-error-path" });
  const el = h(
    "div",
    { id: "policy-error", class: "banner banner-warning", role: "status", hidden: true },
    h("span", { class: "banner-icon", "aria-hidden": "true" }, "!"),
    h(
      "div",
      { class: "banner-body" },
      message,
      path,
      h("p", { class: "policy-error-note" }, "Connect SSO works with your own settings until it is fixed."),
    ),
    closeButton("Dismiss policy problem", onDismiss),
  );
  return {
    el,
    update(state) {
      const policy = state.settings?.policy ?? null;
      const error = policy?.error ?? null;
      show(el, error !== null && !state.policyErrorDismissed);
      const hint = error?.hint.trim() ?? "";
      setText(
        message,
        error ? `Your organization's policy file could not be used: ${error.message}${hint ? ` (${hint})` : ""}` : "",
      );
      setText(path, policy?.path ? `Policy file: ${policy.path}` : "");
      show(path, Boolean(policy?.path));
    },
  };
}
