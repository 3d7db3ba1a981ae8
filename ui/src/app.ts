// Owns the controller: performs user intents against the Api, keeps the Store current, and mounts the views.
import type { Actions } from "./actions";
import { toErrorView, type Api } from "./api";
import type { ErrorView, InstanceView, SessionView, SsoLoginView } from "./bindings";
import { sessionInstanceName } from "./format";
import type { ExpiringView, OpenView } from "./bindings";
import {
  addExpiring,
  canSignIn,
  currentInstance,
  initialState,
  removeExpiring,
  removeSession,
  selectionLocked,
  sessionKey,
  Store,
  upsertSession,
  type SsoRetry,
  type State,
} from "./state";
import { createErrorPanel, createExpiringBanner, createNoticeBanner } from "./view/banners";
import { h, refreshRelativeTimes, show } from "./view/dom";
import { createHeader } from "./view/header";
import { createInstancePicker } from "./view/instances";
import { createProfilePicker } from "./view/profiles";
import { createSessionList } from "./view/sessions";
import { createSignIn } from "./view/signin";
import { createSsoLoginPanel } from "./view/ssologin";
import { createStartupStates } from "./view/startup";
import { createStatusPanel } from "./view/status";
import type { View } from "./view/types";

export interface AppOptions {
  /** Epoch milliseconds; injectable for tests. */
  now?: () => number;
  /** How often relative times refresh. */
  tickMs?: number;
}

export interface AppHandle {
  /** Settles when startup (snapshot + first instance list) is done. */
  ready: Promise<void>;
  store: Store;
  dispose(): void;
}

function isSession(value: unknown): value is SessionView {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const v = value as Record<string, unknown>;
  return typeof v["profile"] === "string" && typeof v["instanceId"] === "string" && typeof v["region"] === "string";
}

function isOpenView(value: unknown): value is OpenView {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const v = value as Record<string, unknown>;
  return isSession(v["session"]) && typeof v["resumed"] === "boolean";
}

function isSsoLoginView(value: unknown): value is SsoLoginView {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const v = value as Record<string, unknown>;
  return (
    typeof v["userCode"] === "string" &&
    v["userCode"].trim() !== "" &&
    typeof v["expiresAt"] === "number" &&
    Number.isFinite(v["expiresAt"])
  );
}

/** The profile's IAM Identity Center token is missing or expired: the error panel offers to sign in there. */
const SSO_EXPIRED = "sso_expired";
/** The device sign-in's code ran out before approval: offered again. */
const SSO_LOGIN_EXPIRED = "sso_login_expired";
/** The device sign-in was cancelled (Cancel, Escape, or elsewhere): no error to show. */
const SSO_LOGIN_CANCELLED = "sso_login_cancelled";
/** The profile's role needs an MFA code (once per shift) / the submitted code was refused: the error panel asks for it. */
const MFA_CODES: readonly string[] = ["mfa_required", "mfa_invalid"];

function isExpiring(value: unknown): value is ExpiringView {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const v = value as Record<string, unknown>;
  return (
    typeof v["profile"] === "string" &&
    v["profile"] !== "" &&
    typeof v["instanceId"] === "string" &&
    v["instanceId"] !== "" &&
    typeof v["title"] === "string" &&
    typeof v["body"] === "string"
  );
}

/** Subscribing to reminders failed (e.g. the window may not listen to events): say so once, keep the cause. */
function remindersUnavailable(error: unknown): ErrorView {
  const view = toErrorView(error);
  return {
    code: view.code,
    message: `Connect SSO can't show reminders in this window before a session ends (${view.message}).`,
    hint: "Desktop notifications still warn you. Restart Connect SSO if this keeps happening.",
  };
}

function asArray<T>(value: T[] | null | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

export function mountApp(root: HTMLElement, api: Api, options: AppOptions = {}): AppHandle {
  const clock = options.now ?? (() => Date.now());
  const store = new Store(initialState(clock()));
  let instancesRequest = 0;
  let sessionsRequest = 0;
  let noticeShown = false;
  let starting: Promise<void> | null = null;
  let disposed = false;
  let unlisten: (() => void) | null = null;
  /** Counts IAM Identity Center sign-ins: replies for an older one (cancelled) are ignored. */
  let ssoAttempt = 0;
  /** After an IAM Identity Center sign-in: focus goes to Sign in once what it continued has finished. */
  let focusSignInWhenIdle = false;

  const get = (): State => store.state;
  /**
   * Shows an error. `retry` is what failed: with an `sso_expired` error the panel then offers Sign in with
   * IAM Identity Center, which re-runs it.
   */
  const fail = (error: unknown, patch: Partial<State> = {}, retry: SsoRetry | null = null): void => {
    const view = toErrorView(error);
    let mfaRetry: SsoRetry | null = null;
    if (MFA_CODES.includes(view.code)) {
      // The MFA form needs a profile even when nothing can run again.
      const profile = retry?.profile ?? get().profile;
      mfaRetry = retry ?? (profile !== null ? { kind: "none", profile } : null);
    }
    store.update({ ...patch, error: view, ssoRetry: view.code === SSO_EXPIRED ? retry : null, mfaRetry });
  };
  /** Runs a user intent; anything unexpected ends up in the error panel, never silently. */
  const guard = (fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      fail(error);
    }
  };

  function remember(profile: string, instance: string | null): void {
    api.rememberSelection(profile, instance).catch((error: unknown) => {
      // Only surface it if nothing more important is on screen.
      if (get().error === null) {
        fail(error);
      }
    });
  }

  function refreshSessions(): void {
    const request = ++sessionsRequest;
    api
      .listSessions()
      .then((list) => {
        if (request !== sessionsRequest) {
          return;
        }
        let sessions = asArray(list).filter(isSession);
        const current = get().session;
        if (current && !sessions.some((s) => sessionKey(s.profile, s.instanceId) === sessionKey(current.profile, current.instanceId))) {
          sessions = upsertSession(sessions, current);
        }
        store.update({ sessions });
      })
      .catch(() => {
        // The locally updated list stays; the backend list is only a refresh.
      });
  }

  async function loadInstances(profile: string, preselect: string | null): Promise<void> {
    const request = ++instancesRequest;
    store.update({ instancesLoading: true, instancesFailed: false, instances: [], instance: null, filter: "" });
    let list: InstanceView[];
    try {
      list = asArray(await api.listInstances(profile));
    } catch (error) {
      if (request === instancesRequest) {
        fail(error, { instancesLoading: false, instancesFailed: true }, { kind: "instances", profile, preselect });
      }
      return;
    }
    if (request !== instancesRequest) {
      return;
    }
    let instance: string | null = null;
    if (preselect !== null && list.some((i) => i.id === preselect)) {
      instance = preselect;
    } else if (preselect === null && list.length === 1 && list[0]) {
      instance = list[0].id;
    }
    store.update({ instancesLoading: false, instances: list, instance });

    if (preselect !== null && instance === null) {
      // The remembered instance may live outside the listed region (it was pasted): look it up quietly.
      let found: InstanceView | null = null;
      try {
        found = await api.resolveInstance(profile, preselect);
      } catch {
        // Gone: fall back to what is listed.
      }
      if (request !== instancesRequest || get().instance !== null) {
        return;
      }
      if (found && typeof found.id === "string") {
        const current = get().instances;
        const instances = current.some((i) => i.id === found.id) ? current : [...current, found];
        store.update({ instances, instance: found.id });
      } else if (list.length === 1 && list[0]) {
        store.update({ instance: list[0].id });
      }
    }
  }

  async function start(): Promise<void> {
    store.update({ phase: "starting", error: null });
    let snapshot;
    try {
      snapshot = await api.appSnapshot();
    } catch (error) {
      fail(error, { phase: "failed" });
      return;
    }
    const profiles = asArray(snapshot?.profiles);
    const last = snapshot?.lastProfile ?? null;
    const profile = profiles.find((p) => p.name === last)?.name ?? profiles[0]?.name ?? null;
    const notice: ErrorView | null = noticeShown ? get().notice : (snapshot?.notice ?? null);
    noticeShown = true;
    store.update({
      phase: "ready",
      profiles,
      profile,
      sessions: asArray(snapshot?.sessions).filter(isSession),
      notice,
      instances: [],
      instance: null,
    });
    if (profile !== null) {
      await loadInstances(profile, profile === last ? (snapshot?.lastInstance ?? null) : null);
    }
    focusStart();
  }

  function focusStart(): void {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) {
      return;
    }
    const target = canSignIn(get())
      ? root.querySelector<HTMLElement>("#sign-in")
      : root.querySelector<HTMLElement>(get().profiles.length > 0 ? "#profile" : "#reload");
    target?.focus({ preventScroll: true });
  }

  /** Moves focus to Sign in when it was lost: on <body>, removed, or inside something now hidden. */
  function restoreFocus(): void {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected || active.closest("[hidden]") !== null) {
      const signIn = root.querySelector<HTMLButtonElement>("#sign-in");
      (signIn && !signIn.disabled ? signIn : root.querySelector<HTMLElement>("#instances"))?.focus({ preventScroll: true });
    }
  }

  /**
   * Signs in to one profile + instance; `renewing` is the session key when the expiry banner asked for it.
   * `afterSso`: it continues a Sign in with IAM Identity Center, whose note stays.
   */
  function runSignIn(profile: string, instanceId: string, renewing: string | null, afterSso = false): void {
    store.update({
      signingIn: true,
      renewing,
      error: null,
      statusNote: null,
      shiftEnded: null,
      ...(afterSso ? {} : { ssoDone: null, mfaDone: null }),
    });
    api
      .signIn(profile, instanceId)
      .then((session) => {
        if (!isSession(session)) {
          throw new Error("The backend returned an unexpected sign-in result.");
        }
        const state = get();
        // A fresh sign-in answers the reminder for that session.
        const expiring = removeExpiring(
          removeExpiring(state.expiring, profile, instanceId),
          session.profile,
          session.instanceId,
        );
        store.update({
          signingIn: false,
          renewing: null,
          session,
          resumed: null,
          sessions: upsertSession(state.sessions, session),
          expiring,
          now: clock(),
        });
        if (expiring !== state.expiring) {
          // The banner may have gone with focus inside it.
          restoreFocus();
        }
        refreshSessions();
      })
      .catch((error: unknown) => {
        fail(error, { signingIn: false, renewing: null }, { kind: "signIn", profile, instanceId, renewing });
      });
  }

  /** Re-opens a stored session (stored tokens when still valid, else a fresh sign-in); `afterSso` as for runSignIn. */
  function runOpen(profile: string, instanceId: string, afterSso = false): void {
    const key = sessionKey(profile, instanceId);
    const state = get();
    if (state.opening.includes(key) || state.signingOut.includes(key)) {
      return;
    }
    store.update({ opening: [...state.opening, key], error: null });
    api
      .openSession(profile, instanceId)
      .then((result) => {
        if (!isOpenView(result)) {
          throw new Error("The backend returned an unexpected result when opening the session.");
        }
        const { session, resumed } = result;
        const current = get();
        store.update({
          opening: current.opening.filter((k) => k !== key),
          session,
          resumed,
          sessions: upsertSession(current.sessions, session),
          statusNote: null,
          shiftEnded: null,
          ...(afterSso ? {} : { ssoDone: null, mfaDone: null }),
          // Signed in afresh: that answers the session's reminder. Reused tokens end as planned.
          expiring: resumed
            ? current.expiring
            : removeExpiring(removeExpiring(current.expiring, profile, instanceId), session.profile, session.instanceId),
          now: clock(),
        });
        refreshSessions();
      })
      .catch((error: unknown) => {
        fail(error, { opening: get().opening.filter((k) => k !== key) }, { kind: "open", profile, instanceId });
      });
  }

  /** Re-runs what failed with `sso_expired` (or `mfa_required`), now that the profile has fresh credentials. */
  function continueAfterSso(retry: SsoRetry): void {
    switch (retry.kind) {
      case "signIn":
        runSignIn(retry.profile, retry.instanceId, retry.renewing, true);
        break;
      case "open":
        runOpen(retry.profile, retry.instanceId, true);
        break;
      case "instances":
        if (get().profile === retry.profile) {
          void loadInstances(retry.profile, retry.preselect);
        }
        break;
      case "none":
        break;
    }
  }

  /**
   * When an IAM Identity Center sign-in ends, focus goes back to Sign in (if it was in the panel or lost). While
   * what it continued still runs, Sign in is disabled: focus waits on the sign-in card and moves on afterwards.
   */
  function focusAfterSso(): void {
    const active = document.activeElement;
    const lost = !active || active === document.body || !active.isConnected || active.closest("[hidden]") !== null;
    if (!lost) {
      return;
    }
    const signIn = root.querySelector<HTMLButtonElement>("#sign-in");
    if (signIn && !signIn.disabled) {
      signIn.focus({ preventScroll: true });
    } else {
      focusSignInWhenIdle = true;
      signInView.el.focus({ preventScroll: true });
    }
  }

  function focusSignInWhenDone(state: State): void {
    if (!focusSignInWhenIdle || state.signingIn || state.instancesLoading || state.ssoLogin !== null || state.opening.length > 0) {
      return;
    }
    focusSignInWhenIdle = false;
    if (document.activeElement === signInView.el) {
      // Nothing else took focus meanwhile.
      signInView.el.blur();
      restoreFocus();
    }
  }

  /** Sign in with IAM Identity Center: show the code, wait for approval in the browser, then re-run `retry`. */
  async function runSsoLogin(retry: SsoRetry): Promise<void> {
    const attempt = ++ssoAttempt;
    const current = (): boolean => attempt === ssoAttempt && !disposed;
    const { profile } = retry;
    store.update({ ssoLogin: { profile, retry, login: null }, ssoDone: null, mfaDone: null });

    let login: SsoLoginView;
    try {
      const reply = await api.ssoLoginStart(profile);
      if (!isSsoLoginView(reply)) {
        throw new Error("The backend returned an unexpected IAM Identity Center sign-in.");
      }
      login = reply;
    } catch (error) {
      if (current()) {
        fail(error, { ssoLogin: null }, retry);
        focusAfterSso();
      }
      return;
    }
    if (!current()) {
      return;
    }
    // The panel takes the error's place (and focus: the view moves it there).
    store.update({ ssoLogin: { profile, retry, login }, error: null, ssoRetry: null, now: clock() });

    try {
      await api.ssoLoginWait(profile);
    } catch (error) {
      if (!current()) {
        return;
      }
      const view = toErrorView(error);
      if (view.code === SSO_LOGIN_CANCELLED) {
        // Cancelled (here or elsewhere): that was the person's choice, nothing to report.
        store.update({ ssoLogin: null });
      } else {
        store.update({
          ssoLogin: null,
          error: view,
          // The code ran out before approval: offer to start over.
          ssoRetry: view.code === SSO_LOGIN_EXPIRED || view.code === SSO_EXPIRED ? retry : null,
        });
      }
      focusAfterSso();
      return;
    }
    if (!current()) {
      return;
    }
    store.update({ ssoLogin: null, error: null, ssoRetry: null, mfaRetry: null, ssoDone: profile, mfaDone: null });
    continueAfterSso(retry);
    focusAfterSso();
  }

  /** Submits the MFA code from the error panel; on success re-runs what failed, else shows the new error. */
  async function runMfa(retry: SsoRetry, code: string): Promise<void> {
    const { profile } = retry;
    store.update({ mfaSubmitting: true, mfaDone: null });
    try {
      await api.submitMfaCode(profile, code);
    } catch (error) {
      if (!disposed) {
        // mfa_invalid keeps the same retry, so the form comes back for another code.
        fail(error, { mfaSubmitting: false }, retry);
      }
      return;
    }
    if (disposed) {
      return;
    }
    store.update({ mfaSubmitting: false, error: null, ssoRetry: null, mfaRetry: null, ssoDone: null, mfaDone: profile });
    continueAfterSso(retry);
    focusAfterSso();
  }

  const actions: Actions = {
    selectProfile: (name) =>
      guard(() => {
        const state = get();
        if (selectionLocked(state) || name === state.profile || !state.profiles.some((p) => p.name === name)) {
          return;
        }
        store.update({ profile: name, error: null, statusNote: null, shiftEnded: null, ssoDone: null, mfaDone: null });
        remember(name, null);
        void loadInstances(name, null);
      }),

    setFilter: (text) => guard(() => store.update({ filter: text })),

    selectInstance: (id) =>
      guard(() => {
        const state = get();
        if (selectionLocked(state) || state.profile === null || id === state.instance) {
          return;
        }
        if (!state.instances.some((i) => i.id === id)) {
          return;
        }
        store.update({ instance: id, error: null, statusNote: null, shiftEnded: null, ssoDone: null, mfaDone: null });
        remember(state.profile, id);
      }),

    usePastedInstance: async (text) => {
      const state = get();
      const profile = state.profile;
      const value = text.trim();
      if (profile === null || value === "" || state.resolving || state.ssoLogin !== null) {
        return false;
      }
      store.update({ resolving: true, error: null, statusNote: null, shiftEnded: null, ssoDone: null, mfaDone: null });
      try {
        const found = await api.resolveInstance(profile, value);
        if (!found || typeof found.id !== "string") {
          throw new Error("The backend returned no instance.");
        }
        if (get().profile !== profile) {
          store.update({ resolving: false });
          return false;
        }
        const current = get().instances;
        const instances = current.some((i) => i.id === found.id)
          ? current.map((i) => (i.id === found.id ? found : i))
          : [...current, found];
        store.update({ resolving: false, instances, instance: found.id, filter: "", instancesFailed: false });
        remember(profile, found.id);
        return true;
      } catch (error) {
        fail(error, { resolving: false }, { kind: "none", profile });
        return false;
      }
    },

    signIn: () =>
      guard(() => {
        const state = get();
        const instance = currentInstance(state);
        if (!canSignIn(state) || state.profile === null || instance === null) {
          return;
        }
        runSignIn(state.profile, instance.id, null);
      }),

    signInAgain: (profile, instanceId) =>
      guard(() => {
        if (selectionLocked(get())) {
          return;
        }
        runSignIn(profile, instanceId, sessionKey(profile, instanceId));
      }),

    openSession: (profile, instanceId) => guard(() => runOpen(profile, instanceId)),

    signOut: (profile, instanceId) =>
      guard(() => {
        const key = sessionKey(profile, instanceId);
        if (get().signingOut.includes(key) || get().opening.includes(key)) {
          return;
        }
        const browser = get().signOutBrowser;
        store.update({ signingOut: [...get().signingOut, key], error: null });
        api
          .signOut(profile, instanceId, browser)
          .then(() => {
            const state = get();
            const removed = state.sessions.find((s) => sessionKey(s.profile, s.instanceId) === key);
            const isShown = state.session !== null && sessionKey(state.session.profile, state.session.instanceId) === key;
            const name = removed
              ? sessionInstanceName(removed)
              : isShown && state.session
                ? sessionInstanceName(state.session)
                : instanceId;
            store.update({
              signingOut: state.signingOut.filter((k) => k !== key),
              sessions: removeSession(state.sessions, profile, instanceId),
              session: isShown ? null : state.session,
              resumed: isShown ? null : state.resumed,
              statusNote: isShown
                ? browser
                  ? `Signed out of ${name}. The Amazon Connect sign-out page opened in your browser.`
                  : `Signed out of ${name}.`
                : state.statusNote,
              shiftEnded: isShown ? null : state.shiftEnded,
              ssoDone: null, mfaDone: null,
              // Nothing left to remind about.
              expiring: removeExpiring(state.expiring, profile, instanceId),
            });
            restoreFocus();
            refreshSessions();
          })
          .catch((error: unknown) => {
            fail(error, { signingOut: get().signingOut.filter((k) => k !== key) });
          });
      }),

    endShift: () =>
      guard(() => {
        if (get().endingShift) {
          return;
        }
        store.update({ endingShift: true, error: null });
        api
          .endShift()
          .then((removed) => {
            if (typeof removed !== "number" || !Number.isInteger(removed) || removed < 0) {
              throw new Error("The backend returned an unexpected end-of-shift result.");
            }
            store.update({
              endingShift: false,
              session: null,
              resumed: null,
              statusNote: null,
              shiftEnded: removed,
              ssoDone: null, mfaDone: null,
              expiring: [],
              // Everything stored is gone; the refresh below brings the backend's word.
              sessions: [],
            });
            restoreFocus();
            refreshSessions();
          })
          .catch((error: unknown) => {
            fail(error, { endingShift: false });
            // It stops at the first keychain failure: show which sessions are still there.
            refreshSessions();
          });
      }),

    ssoLogin: () =>
      guard(() => {
        const state = get();
        if (state.error === null || state.ssoRetry === null || state.ssoLogin !== null || state.signingIn) {
          return;
        }
        void runSsoLogin(state.ssoRetry);
      }),

    cancelSsoLogin: () =>
      guard(() => {
        const sso = get().ssoLogin;
        if (sso === null || sso.login === null) {
          return;
        }
        // Whatever the pending wait answers now (normally sso_login_cancelled, before or after this) is ignored.
        ssoAttempt++;
        store.update({ ssoLogin: null });
        focusAfterSso();
        api.ssoLoginCancel(sso.profile).catch((error: unknown) => {
          if (!disposed && get().error === null) {
            fail(error);
          }
        });
      }),

    submitMfaCode: (code) =>
      guard(() => {
        const state = get();
        const value = code.trim();
        if (state.error === null || state.mfaRetry === null || state.mfaSubmitting || value === "") {
          return;
        }
        void runMfa(state.mfaRetry, value);
      }),

    dismissError: () => store.update({ error: null }),
    dismissNotice: () => store.update({ notice: null }),
    setSignOutBrowser: (on) => store.update({ signOutBrowser: on }),
    dismissExpiring: () =>
      guard(() => {
        const list = get().expiring;
        if (list.length > 0) {
          store.update({ expiring: list.slice(0, -1) });
          restoreFocus();
        }
      }),
    reload: () => {
      if (!starting) {
        starting = start().finally(() => {
          starting = null;
        });
      }
    },
  };

  // Layout.
  const startup = createStartupStates(actions.reload);
  const profilePicker = createProfilePicker(actions.selectProfile);
  const instancePicker = createInstancePicker(actions);
  const signInView = createSignIn(actions.signIn);
  const status = createStatusPanel(actions.signOut);
  const sessions = createSessionList(actions);
  const notice = createNoticeBanner(actions.dismissNotice);
  const expiring = createExpiringBanner(actions);
  const error = createErrorPanel(actions);
  const ssoPanel = createSsoLoginPanel(actions.cancelSsoLogin);

  const chooser = h(
    "section",
    { class: "card chooser-card", "aria-label": "Profile and instance" },
    profilePicker.el,
    instancePicker.el,
  );
  const main = h(
    "main",
    { class: "layout" },
    h("div", { class: "column column-choose" }, chooser),
    h("div", { class: "column column-session" }, signInView.el, status.el, sessions.el),
  );
  const views: View[] = [startup, profilePicker, instancePicker, signInView, status, sessions, notice, expiring, error, ssoPanel];

  root.classList.add("app");
  root.replaceChildren(
    createHeader(),
    h("div", { class: "banners" }, notice.el, expiring.el, error.el, ssoPanel.el),
    startup.el,
    main,
  );

  const render = (state: State, previous: State | null): void => {
    show(main, state.phase === "ready" && state.profiles.length > 0);
    for (const view of views) {
      view.update(state, previous);
    }
    if (previous && state.now !== previous.now) {
      refreshRelativeTimes(root, state.now);
    }
  };
  const unsubscribe = store.subscribe(render);
  const unsubscribeFocus = store.subscribe((state) => focusSignInWhenDone(state));
  render(store.state, null);

  // Reminders a few minutes before a stored session ends (the backend also shows a desktop notification).
  const onExpiring = (payload: unknown): void =>
    guard(() => {
      if (!disposed && isExpiring(payload)) {
        store.update({ expiring: addExpiring(get().expiring, payload) });
      }
    });
  api
    .onSessionExpiring(onExpiring)
    .then((stop) => {
      if (disposed) {
        stop();
      } else {
        unlisten = stop;
      }
    })
    .catch((error: unknown) => {
      if (!disposed && get().error === null) {
        fail(remindersUnavailable(error));
      }
    });

  const timer = window.setInterval(() => store.update({ now: clock() }), options.tickMs ?? 30_000);

  starting = start().finally(() => {
    starting = null;
  });

  return {
    ready: starting,
    store,
    dispose() {
      disposed = true;
      window.clearInterval(timer);
      unlisten?.();
      unlisten = null;
      const sso = store.state.ssoLogin;
      if (sso?.login) {
        // Nobody is left to show the code to: stop the backend's wait.
        api.ssoLoginCancel(sso.profile).catch(() => {});
      }
      unsubscribe();
      unsubscribeFocus();
      root.replaceChildren();
    },
  };
}
