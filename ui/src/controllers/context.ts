// Owns what every feature controller shares: the store, the API, the clock, the error panel's entry point, focus
// recovery, and subscriptions that end with the window.
import { toErrorView, type Api, type Subscribe } from "../api";
import type { ErrorCode } from "../bindings";
import { Store, type SsoRetry, type State } from "../state";

/** The profile's IAM Identity Center token is missing or expired: the error panel offers to sign in there. */
export const SSO_EXPIRED: ErrorCode = "sso_expired";
/** The profile's role needs an MFA code (once per shift) / the submitted code was refused: the error panel asks for it. */
export const MFA_CODES: readonly ErrorCode[] = ["mfa_required", "mfa_invalid"];

export interface Context {
  readonly api: Api;
  readonly store: Store;
  readonly root: HTMLElement;
  /** Epoch milliseconds. */
  readonly clock: () => number;
  get(): State;
  update(patch: Partial<State>): void;
  /**
   * Shows an error in the panel. `retry` is what failed: with an `sso_expired` error the panel then offers Sign in
   * with IAM Identity Center, with an MFA error the code form, and either re-runs it.
   */
  fail(error: unknown, patch?: Partial<State>, retry?: SsoRetry | null): void;
  /** Runs a user intent; anything unexpected ends up in the error panel, never silently. */
  guard(fn: () => void): void;
  /** The window is gone: late replies change nothing. */
  disposed(): boolean;
  /** Moves focus to Sign in (else the search box) when it was lost: on <body>, removed, or inside something now hidden. */
  restoreFocus(): void;
  /** Subscribes to an app event for the window's lifetime. */
  listen<T>(subscribe: Subscribe<T>, handler: (payload: T) => void, onError?: (error: unknown) => void): void;
  /** Listens to key presses anywhere in the document, for the window's lifetime. */
  onKey(handler: (event: KeyboardEvent) => void): void;
}

/** True when focus is nowhere useful: on <body>, on a removed element, or inside something hidden. */
export function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected || active.closest("[hidden]") !== null;
}

export function createContext(root: HTMLElement, api: Api, clock: () => number, store: Store): Context & { dispose(): void } {
  let disposed = false;
  const unlisteners: (() => void)[] = [];
  const get = (): State => store.state;
  const update = (patch: Partial<State>): void => store.update(patch);

  const fail = (error: unknown, patch: Partial<State> = {}, retry: SsoRetry | null = null): void => {
    const view = toErrorView(error);
    let mfaRetry: SsoRetry | null = null;
    if (MFA_CODES.includes(view.code)) {
      // The MFA form needs a profile even when nothing can run again.
      const profile = retry?.profile ?? get().selected?.profile ?? get().scope;
      mfaRetry = retry ?? (profile !== null ? { kind: "none", profile } : null);
    }
    update({ ...patch, error: view, ssoRetry: view.code === SSO_EXPIRED ? retry : null, mfaRetry });
  };

  const guard = (fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      fail(error);
    }
  };

  return {
    api,
    store,
    root,
    clock,
    get,
    update,
    fail,
    guard,
    disposed: () => disposed,
    restoreFocus() {
      if (focusLost()) {
        const signIn = root.querySelector<HTMLButtonElement>("#sign-in");
        (signIn && !signIn.disabled ? signIn : root.querySelector<HTMLElement>("#search"))?.focus({ preventScroll: true });
      }
    },
    listen(subscribe, handler, onError) {
      subscribe((payload) => guard(() => !disposed && handler(payload)))
        .then((stop) => {
          if (disposed) {
            stop();
          } else {
            unlisteners.push(stop);
          }
        })
        .catch((error: unknown) => {
          if (!disposed) {
            onError?.(error);
          }
        });
    },
    onKey(handler) {
      const listener = (event: KeyboardEvent): void => guard(() => handler(event));
      document.addEventListener("keydown", listener);
      unlisteners.push(() => document.removeEventListener("keydown", listener));
    },
    dispose() {
      disposed = true;
      for (const stop of unlisteners.splice(0)) {
        stop();
      }
    },
  };
}
