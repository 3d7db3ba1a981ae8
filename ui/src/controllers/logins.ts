// Owns what a profile needs before it can be used: Sign in with IAM Identity Center (approval in the browser, or the
// code to compare; waiting for approval, switching to the code, cancelling) and the MFA code form; each success
// re-runs what had failed.
import type { Actions } from "../actions";
import { toErrorView } from "../api";
import type { ErrorCode, LoginMethod, SsoLoginView } from "../bindings";
import type { SsoRetry, State } from "../state";
import { focusLost, SSO_EXPIRED, type Context } from "./context";

/** The device sign-in's code ran out before approval: offered again. */
const SSO_LOGIN_EXPIRED: ErrorCode = "sso_login_expired";
/** The device sign-in was cancelled (Cancel, Escape, or elsewhere): no error to show. */
const SSO_LOGIN_CANCELLED: ErrorCode = "sso_login_cancelled";

export type LoginActions = Pick<Actions, "ssoLogin" | "ssoLoginFor" | "cancelSsoLogin" | "useSsoCode" | "submitMfaCode">;

export interface LoginController {
  actions: LoginActions;
  /** Runs after every render: focus that waited on the sign-in card moves on once nothing runs. */
  afterRender(state: State): void;
  /** The window goes: a backend wait nobody will see ends. */
  dispose(): void;
}

/** Runs again what failed once the profile has fresh credentials. */
export type Retry = (retry: SsoRetry) => void;

/** The sign-in card, where focus waits while Sign in is disabled. */
const SIGN_IN_CARD = ".signin-card";

export function createLoginController(ctx: Context, retryAfterLogin: Retry): LoginController {
  const { api, get, update } = ctx;
  /** Counts IAM Identity Center sign-ins: replies for an older one (cancelled) are ignored. */
  let ssoAttempt = 0;
  /** After a login: focus goes to Sign in once what it continued has finished. */
  let focusSignInWhenIdle = false;

  /**
   * When a login ends, focus goes back to Sign in (if it was in the panel or lost). While what it continued still
   * runs, Sign in is disabled: focus waits on the sign-in card and moves on afterwards.
   */
  function focusAfterLogin(): void {
    if (!focusLost()) {
      return;
    }
    const signIn = ctx.root.querySelector<HTMLButtonElement>("#sign-in");
    if (signIn && !signIn.disabled) {
      signIn.focus({ preventScroll: true });
    } else {
      focusSignInWhenIdle = true;
      ctx.root.querySelector<HTMLElement>(SIGN_IN_CARD)?.focus({ preventScroll: true });
    }
  }

  function focusSignInWhenDone(state: State): void {
    if (!focusSignInWhenIdle || state.signingIn || state.discovering.length > 0 || state.ssoLogin !== null || state.opening.length > 0) {
      return;
    }
    focusSignInWhenIdle = false;
    const card = ctx.root.querySelector<HTMLElement>(SIGN_IN_CARD);
    if (card && document.activeElement === card) {
      // Nothing else took focus meanwhile.
      card.blur();
      ctx.restoreFocus();
    }
  }

  /**
   * Sign in with IAM Identity Center: wait for approval in the browser (showing the code to compare in the device
   * flow), then re-run `retry`.
   */
  async function runSsoLogin(retry: SsoRetry, method: LoginMethod): Promise<void> {
    const attempt = ++ssoAttempt;
    const current = (): boolean => attempt === ssoAttempt && !ctx.disposed();
    const { profile } = retry;
    update({ ssoLogin: { profile, retry, login: null }, ssoDone: null, mfaDone: null });

    let login: SsoLoginView;
    try {
      login = await api.ssoLoginStart(profile, method);
    } catch (error) {
      if (current()) {
        ctx.fail(error, { ssoLogin: null }, retry);
        focusAfterLogin();
      }
      return;
    }
    if (!current()) {
      return;
    }
    // The panel takes the error's place (and focus: the view moves it there).
    update({ ssoLogin: { profile, retry, login }, error: null, ssoRetry: null, now: ctx.clock() });

    try {
      await api.ssoLoginWait(profile);
    } catch (error) {
      if (current()) {
        const view = toErrorView(error);
        // Cancelled (here or elsewhere) was the person's choice: nothing to report. A code that ran out before
        // approval is offered again.
        update(
          view.code === SSO_LOGIN_CANCELLED
            ? { ssoLogin: null }
            : {
                ssoLogin: null,
                error: view,
                ssoRetry: view.code === SSO_LOGIN_EXPIRED || view.code === SSO_EXPIRED ? retry : null,
              },
        );
        focusAfterLogin();
      }
      return;
    }
    if (!current()) {
      return;
    }
    update({ ssoLogin: null, error: null, ssoRetry: null, mfaRetry: null, ssoDone: profile, mfaDone: null });
    retryAfterLogin(retry);
    focusAfterLogin();
  }

  /** Submits the MFA code from the error panel; on success re-runs what failed, else shows the new error. */
  async function runMfa(retry: SsoRetry, code: string): Promise<void> {
    const { profile } = retry;
    update({ mfaSubmitting: true, mfaDone: null });
    try {
      await api.submitMfaCode(profile, code);
    } catch (error) {
      if (!ctx.disposed()) {
        // mfa_invalid keeps the same retry, so the form comes back for another code.
        ctx.fail(error, { mfaSubmitting: false }, retry);
      }
      return;
    }
    if (ctx.disposed()) {
      return;
    }
    update({ mfaSubmitting: false, error: null, ssoRetry: null, mfaRetry: null, ssoDone: null, mfaDone: profile });
    retryAfterLogin(retry);
    focusAfterLogin();
  }

  const actions: LoginActions = {
    ssoLogin: () =>
      ctx.guard(() => {
        const state = get();
        if (state.error !== null && state.ssoRetry !== null && state.ssoLogin === null && !state.signingIn) {
          void runSsoLogin(state.ssoRetry, "browser");
        }
      }),
    ssoLoginFor: (profile) =>
      ctx.guard(() => {
        const state = get();
        if (state.ssoLogin === null && !state.signingIn) {
          void runSsoLogin({ kind: "discover", profile }, "browser");
        }
      }),
    cancelSsoLogin: () =>
      ctx.guard(() => {
        const sso = get().ssoLogin;
        if (sso === null || sso.login === null) {
          return;
        }
        // Whatever the pending wait answers now (normally sso_login_cancelled, before or after this) is ignored.
        ssoAttempt++;
        update({ ssoLogin: null });
        focusAfterLogin();
        api.ssoLoginCancel(sso.profile).catch((error: unknown) => {
          if (!ctx.disposed() && get().error === null) {
            ctx.fail(error);
          }
        });
      }),
    useSsoCode: () =>
      ctx.guard(() => {
        const sso = get().ssoLogin;
        if (sso === null || sso.login === null || sso.login.flow !== "authorizationCode") {
          return;
        }
        // The browser sign-in's wait answers sso_login_cancelled; runSsoLogin's new attempt makes it ignored. The
        // backend takes one sign-in per profile, so the device sign-in starts once the cancel is through.
        ssoAttempt++;
        const { profile, retry } = sso;
        update({ ssoLogin: { profile, retry, login: null } });
        api
          .ssoLoginCancel(profile)
          .catch(() => false)
          .then(() => runSsoLogin(retry, "deviceCode"))
          .catch(() => {});
      }),
    submitMfaCode: (code) =>
      ctx.guard(() => {
        const state = get();
        const value = code.trim();
        if (state.error !== null && state.mfaRetry !== null && !state.mfaSubmitting && value !== "") {
          void runMfa(state.mfaRetry, value);
        }
      }),
  };

  return {
    actions,
    afterRender: focusSignInWhenDone,
    dispose() {
      const sso = get().ssoLogin;
      if (sso?.login) {
        // Nobody is left to show the code to: stop the backend's wait.
        api.ssoLoginCancel(sso.profile).catch(() => {});
      }
    },
  };
}
