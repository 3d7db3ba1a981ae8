// Owns sign-in and sessions: signing in (after the same-instance-twice question), reopening, signing out, ending the
// shift, the stored sessions as the backend announces them, and the reminders before a session ends.
import type { Actions } from "../actions";
import type { ErrorView, ExpiringView, SessionView } from "../bindings";
import { toErrorView } from "../api";
import { sessionInstanceName } from "../format";
import {
  addExpiring,
  canSignIn,
  currentEntry,
  otherProfileSession,
  removeExpiring,
  removeSession,
  selectionLocked,
  sessionKey,
  upsertSession,
  type State,
} from "../state";
import type { Context } from "./context";

export type SessionActions = Pick<
  Actions,
  | "signIn"
  | "confirmDuplicate"
  | "cancelDuplicate"
  | "signInAgain"
  | "openSession"
  | "signOut"
  | "setSignOutBrowser"
  | "endShift"
  | "dismissExpiring"
>;

export interface SessionController {
  actions: SessionActions;
  /** Signs in, unless the instance is signed in under another profile: then the sign-in card asks first. */
  requestSignIn(profile: string, instance: string, instanceId: string): void;
  /**
   * Signs in to one profile + instance (an ID, or an ARN from a deep link); `renewing` is the session key when the
   * expiry banner asked for it. `afterLogin`: it continues an IAM Identity Center sign-in or MFA code, whose note stays.
   */
  runSignIn(profile: string, instance: string, renewing: string | null, afterLogin?: boolean): void;
  /** Re-opens a stored session (stored tokens when still valid, else a fresh sign-in); `afterLogin` as for runSignIn. */
  runOpen(profile: string, instanceId: string, afterLogin?: boolean): void;
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

/** The session just signed in or opened answers the reminders for it (and for what was asked, an ARN maybe). */
function answered(state: State, profile: string, instance: string, session: SessionView): State["expiring"] {
  return removeExpiring(removeExpiring(state.expiring, profile, instance), session.profile, session.instanceId);
}

export function createSessionController(ctx: Context): SessionController {
  const { api, get, update } = ctx;
  const noteCleared = { ssoDone: null, mfaDone: null } as const;

  function runSignIn(profile: string, instance: string, renewing: string | null, afterLogin = false): void {
    update({
      signingIn: true,
      renewing,
      duplicate: null,
      error: null,
      statusNote: null,
      shiftEnded: null,
      ...(afterLogin ? {} : noteCleared),
    });
    api
      .signIn(profile, instance)
      .then((session) => {
        const state = get();
        const expiring = answered(state, profile, instance, session);
        // The stored list arrives with sessions-changed; a session the keychain refused is this window's alone.
        update({
          signingIn: false,
          renewing: null,
          session,
          resumed: null,
          sessions: upsertSession(state.sessions, session),
          expiring,
          now: ctx.clock(),
        });
        if (expiring !== state.expiring) {
          // The banner may have gone with focus inside it.
          ctx.restoreFocus();
        }
      })
      .catch((error: unknown) => {
        ctx.fail(error, { signingIn: false, renewing: null }, { kind: "signIn", profile, instanceId: instance, renewing });
      });
  }

  function runOpen(profile: string, instanceId: string, afterLogin = false): void {
    const key = sessionKey(profile, instanceId);
    const state = get();
    if (state.opening.includes(key) || state.signingOut.includes(key)) {
      return;
    }
    update({ opening: [...state.opening, key], error: null });
    api
      .openSession(profile, instanceId)
      .then(({ session, resumed }) => {
        const current = get();
        update({
          opening: current.opening.filter((k) => k !== key),
          session,
          resumed,
          sessions: upsertSession(current.sessions, session),
          statusNote: null,
          shiftEnded: null,
          ...(afterLogin ? {} : noteCleared),
          // Signed in afresh: that answers the session's reminder. Reused tokens end as planned.
          expiring: resumed ? current.expiring : answered(current, profile, instanceId, session),
          now: ctx.clock(),
        });
      })
      .catch((error: unknown) => {
        ctx.fail(error, { opening: get().opening.filter((k) => k !== key) }, { kind: "open", profile, instanceId });
      });
  }

  function requestSignIn(profile: string, instance: string, instanceId: string): void {
    const other = otherProfileSession(get(), profile, instanceId);
    if (other) {
      update({ duplicate: { profile, instance, instanceId, other }, error: null });
      return;
    }
    runSignIn(profile, instance, null);
  }

  function signOut(profile: string, instanceId: string): void {
    const key = sessionKey(profile, instanceId);
    const before = get();
    if (before.signingOut.includes(key) || before.opening.includes(key)) {
      return;
    }
    const browser = before.signOutBrowser;
    // What the status panel shows now decides the outcome note: the announced list may arrive before the reply.
    const shown = before.session !== null && sessionKey(before.session.profile, before.session.instanceId) === key;
    const listed = before.sessions.find((s) => sessionKey(s.profile, s.instanceId) === key);
    const name = listed ? sessionInstanceName(listed) : shown && before.session ? sessionInstanceName(before.session) : instanceId;
    update({ signingOut: [...before.signingOut, key], error: null });
    api
      .signOut(profile, instanceId, browser)
      .then(() => {
        const state = get();
        const stillShown = state.session !== null && sessionKey(state.session.profile, state.session.instanceId) === key;
        const outcome =
          shown || stillShown
            ? browser
              ? `Signed out of ${name}. The Amazon Connect sign-out page opened in your browser.`
              : `Signed out of ${name}.`
            : state.statusNote;
        update({
          signingOut: state.signingOut.filter((k) => k !== key),
          sessions: removeSession(state.sessions, profile, instanceId),
          session: stillShown ? null : state.session,
          resumed: stillShown ? null : state.resumed,
          statusNote: outcome,
          shiftEnded: shown || stillShown ? null : state.shiftEnded,
          ...noteCleared,
          // Nothing left to remind about.
          expiring: removeExpiring(state.expiring, profile, instanceId),
        });
        ctx.restoreFocus();
      })
      .catch((error: unknown) => {
        ctx.fail(error, { signingOut: get().signingOut.filter((k) => k !== key) });
      });
  }

  function endShift(): void {
    if (get().endingShift) {
      return;
    }
    update({ endingShift: true, error: null });
    api
      .endShift()
      .then((removed) => {
        update({
          endingShift: false,
          session: null,
          resumed: null,
          statusNote: null,
          shiftEnded: removed,
          ...noteCleared,
          expiring: [],
          // The stored sessions come with their announcement; one this window could not store goes too.
          sessions: get().sessions.filter((s) => s.remembered),
        });
        ctx.restoreFocus();
      })
      .catch((error: unknown) => {
        // It stops at the first keychain failure: the announced list shows which sessions are still there.
        ctx.fail(error, { endingShift: false });
      });
  }

  const actions: SessionActions = {
    signIn: () =>
      ctx.guard(() => {
        const state = get();
        const entry = currentEntry(state);
        if (canSignIn(state) && entry !== null) {
          requestSignIn(entry.profile, entry.instance.id, entry.instance.id);
        }
      }),
    confirmDuplicate: () =>
      ctx.guard(() => {
        const pending = get().duplicate;
        if (pending && !selectionLocked(get())) {
          runSignIn(pending.profile, pending.instance, null);
        }
      }),
    cancelDuplicate: () => update({ duplicate: null }),
    signInAgain: (profile, instanceId) =>
      ctx.guard(() => {
        if (!selectionLocked(get())) {
          runSignIn(profile, instanceId, sessionKey(profile, instanceId));
        }
      }),
    openSession: (profile, instanceId) => ctx.guard(() => runOpen(profile, instanceId)),
    signOut: (profile, instanceId) => ctx.guard(() => signOut(profile, instanceId)),
    setSignOutBrowser: (on) => update({ signOutBrowser: on }),
    endShift: () => ctx.guard(endShift),
    dismissExpiring: () =>
      ctx.guard(() => {
        const list = get().expiring;
        if (list.length > 0) {
          update({ expiring: list.slice(0, -1) });
          ctx.restoreFocus();
        }
      }),
  };

  // The stored sessions as the backend announces them: after any sign-in, sign-out or end of shift, from this window,
  // the tray, a launch or a link.
  ctx.listen<SessionView[]>(
    (handler) => api.onSessionsChanged(handler),
    (announced) => {
      let list = announced;
      const shown = get().session;
      const patch: Partial<State> = {};
      if (shown && !list.some((s) => sessionKey(s.profile, s.instanceId) === sessionKey(shown.profile, shown.instanceId))) {
        if (shown.remembered) {
          // Signed out elsewhere (the tray): the status panel no longer claims it.
          patch.session = null;
          patch.resumed = null;
        } else {
          // Never stored, so never listed: it is still this window's session.
          list = upsertSession(list, shown);
        }
      }
      update({ ...patch, sessions: list });
      ctx.restoreFocus();
    },
  );
  // Reminders a few minutes before a stored session ends (the backend also shows a desktop notification).
  ctx.listen<ExpiringView>(
    (handler) => api.onSessionExpiring(handler),
    (reminder) => update({ expiring: addExpiring(get().expiring, reminder) }),
    // The other events need the same permission: this one message covers them.
    (failure) => {
      if (get().error === null) {
        ctx.fail(remindersUnavailable(failure));
      }
    },
  );
  // An action the window did not start (a tray sign-in, sign-in at launch) failed.
  ctx.listen<ErrorView>(
    (handler) => api.onAppError(handler),
    (error) => ctx.fail(error),
  );

  return { actions, requestSignIn, runSignIn, runOpen };
}
