// Owns sign-in and sessions: signing in (after the same-instance-twice question), reopening, signing out, ending the
// shift, the stored sessions as the backend announces them, and the reminders before a session ends.
import type { Actions } from "../actions";
import type { ErrorView, ExpiringView, SessionView, Text } from "../bindings";
import { toErrorView, windowError } from "../api";
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

/** Subscribing to reminders failed (e.g. the window may not listen to events): say so once, keep the cause. */
function remindersUnavailable(error: unknown): ErrorView {
  const view = toErrorView(error);
  // The cause in the window's language when it has its own words, else as the system said it.
  return windowError(view.code, { id: "reminders-unavailable", args: { detail: view.text ?? view.message } });
}

/** The session just signed in or opened answers the reminders for it (and for what was asked, an ARN maybe). */
function answered(state: State, profile: string, instance: string, session: SessionView): State["expiring"] {
  return removeExpiring(removeExpiring(state.expiring, profile, instance), session.profile, session.instanceId);
}

/** What a new action clears: the note of the last IAM Identity Center sign-in or MFA code. */
const NOTE_CLEARED = { ssoDone: null, mfaDone: null } as const;

/** Was `key` the session the status panel showed in `state`? */
function isShown(state: State, key: string): boolean {
  return state.session !== null && sessionKey(state.session.profile, state.session.instanceId) === key;
}

export class SessionController {
  readonly actions: SessionActions;
  private readonly ctx: Context;

  constructor(ctx: Context) {
    this.ctx = ctx;
    this.actions = {
      signIn: () => ctx.guard(() => this.signInSelected()),
      confirmDuplicate: () =>
        ctx.guard(() => {
          const pending = ctx.get().duplicate;
          if (pending && !selectionLocked(ctx.get())) {
            this.runSignIn(pending.profile, pending.instance, null);
          }
        }),
      cancelDuplicate: () => ctx.update({ duplicate: null }),
      signInAgain: (profile, instanceId) =>
        ctx.guard(() => {
          if (!selectionLocked(ctx.get())) {
            this.runSignIn(profile, instanceId, sessionKey(profile, instanceId));
          }
        }),
      openSession: (profile, instanceId) => ctx.guard(() => this.runOpen(profile, instanceId)),
      signOut: (profile, instanceId) => ctx.guard(() => this.signOut(profile, instanceId)),
      setSignOutBrowser: (on) => ctx.update({ signOutBrowser: on }),
      endShift: () => ctx.guard(() => this.endShift()),
      dismissExpiring: () => ctx.guard(() => this.dismissExpiring()),
    };
    this.listen();
  }

  /** Signs in, unless the instance is signed in under another profile: then the sign-in card asks first. */
  requestSignIn(profile: string, instance: string, instanceId: string): void {
    const other = otherProfileSession(this.ctx.get(), profile, instanceId);
    if (other) {
      this.ctx.update({ duplicate: { profile, instance, instanceId, other }, error: null });
      return;
    }
    this.runSignIn(profile, instance, null);
  }

  /**
   * Signs in to one profile + instance (an ID, or an ARN from a deep link); `renewing` is the session key when the
   * expiry banner asked for it. `afterLogin`: it continues an IAM Identity Center sign-in or MFA code, whose note stays.
   */
  runSignIn(profile: string, instance: string, renewing: string | null, afterLogin = false): void {
    const { ctx } = this;
    ctx.update({
      signingIn: true,
      renewing,
      duplicate: null,
      error: null,
      statusNote: null,
      shiftEnded: null,
      ...(afterLogin ? {} : NOTE_CLEARED),
    });
    ctx.api
      .signIn(profile, instance)
      .then((session) => {
        const state = ctx.get();
        const expiring = answered(state, profile, instance, session);
        // The stored list arrives with sessions-changed; a session the keychain refused is this window's alone.
        ctx.update({
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

  /** Re-opens a stored session (stored tokens when still valid, else a fresh sign-in); `afterLogin` as for runSignIn. */
  runOpen(profile: string, instanceId: string, afterLogin = false): void {
    const { ctx } = this;
    const key = sessionKey(profile, instanceId);
    const state = ctx.get();
    if (state.opening.includes(key) || state.signingOut.includes(key)) {
      return;
    }
    ctx.update({ opening: [...state.opening, key], error: null });
    ctx.api
      .openSession(profile, instanceId)
      .then(({ session, resumed }) => {
        const current = ctx.get();
        ctx.update({
          opening: current.opening.filter((k) => k !== key),
          session,
          resumed,
          sessions: upsertSession(current.sessions, session),
          statusNote: null,
          shiftEnded: null,
          ...(afterLogin ? {} : NOTE_CLEARED),
          // Signed in afresh: that answers the session's reminder. Reused tokens end as planned.
          expiring: resumed ? current.expiring : answered(current, profile, instanceId, session),
          now: ctx.clock(),
        });
      })
      .catch((error: unknown) => {
        ctx.fail(error, { opening: ctx.get().opening.filter((k) => k !== key) }, { kind: "open", profile, instanceId });
      });
  }

  private signInSelected(): void {
    const state = this.ctx.get();
    const entry = currentEntry(state);
    if (canSignIn(state) && entry !== null) {
      this.requestSignIn(entry.profile, entry.instance.id, entry.instance.id);
    }
  }

  private signOut(profile: string, instanceId: string): void {
    const { ctx } = this;
    const key = sessionKey(profile, instanceId);
    const before = ctx.get();
    if (before.signingOut.includes(key) || before.opening.includes(key)) {
      return;
    }
    const browser = before.signOutBrowser;
    // What the status panel shows now decides the outcome note: the announced list may arrive before the reply.
    const shown = isShown(before, key);
    const listed = before.sessions.find((s) => sessionKey(s.profile, s.instanceId) === key);
    const name = listed ? sessionInstanceName(listed) : shown && before.session ? sessionInstanceName(before.session) : instanceId;
    ctx.update({ signingOut: [...before.signingOut, key], error: null });
    ctx.api
      .signOut(profile, instanceId, browser)
      .then(() => {
        const state = ctx.get();
        const stillShown = isShown(state, key);
        const outcome: Text = browser
          ? { id: "status-signed-out-browser", args: { name } }
          : { id: "status-signed-out", args: { name } };
        ctx.update({
          signingOut: state.signingOut.filter((k) => k !== key),
          sessions: removeSession(state.sessions, profile, instanceId),
          session: stillShown ? null : state.session,
          resumed: stillShown ? null : state.resumed,
          statusNote: shown || stillShown ? outcome : state.statusNote,
          shiftEnded: shown || stillShown ? null : state.shiftEnded,
          ...NOTE_CLEARED,
          // Nothing left to remind about.
          expiring: removeExpiring(state.expiring, profile, instanceId),
        });
        ctx.restoreFocus();
      })
      .catch((error: unknown) => {
        ctx.fail(error, { signingOut: ctx.get().signingOut.filter((k) => k !== key) });
      });
  }

  private endShift(): void {
    const { ctx } = this;
    if (ctx.get().endingShift) {
      return;
    }
    ctx.update({ endingShift: true, error: null });
    ctx.api
      .endShift()
      .then((removed) => {
        ctx.update({
          endingShift: false,
          session: null,
          resumed: null,
          statusNote: null,
          shiftEnded: removed,
          ...NOTE_CLEARED,
          expiring: [],
          // The stored sessions come with their announcement; one this window could not store goes too.
          sessions: ctx.get().sessions.filter((s) => s.remembered),
        });
        ctx.restoreFocus();
      })
      .catch((error: unknown) => {
        // It stops at the first keychain failure: the announced list shows which sessions are still there.
        ctx.fail(error, { endingShift: false });
      });
  }

  private dismissExpiring(): void {
    const list = this.ctx.get().expiring;
    if (list.length > 0) {
      this.ctx.update({ expiring: list.slice(0, -1) });
      this.ctx.restoreFocus();
    }
  }

  /** The stored sessions as the backend announces them: after any sign-in, sign-out or end of shift, from this window,
   * the tray, a launch or a link. */
  private sessionsAnnounced(announced: SessionView[]): void {
    const { ctx } = this;
    let list = announced;
    const shown = ctx.get().session;
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
    ctx.update({ ...patch, sessions: list });
    ctx.restoreFocus();
  }

  private listen(): void {
    const { ctx } = this;
    ctx.listen<SessionView[]>(
      (handler) => ctx.api.onSessionsChanged(handler),
      (announced) => this.sessionsAnnounced(announced),
    );
    // Reminders a few minutes before a stored session ends (the backend also shows a desktop notification).
    ctx.listen<ExpiringView>(
      (handler) => ctx.api.onSessionExpiring(handler),
      (reminder) => ctx.update({ expiring: addExpiring(ctx.get().expiring, reminder) }),
      // The other events need the same permission: this one message covers them.
      (failure) => {
        if (ctx.get().error === null) {
          ctx.fail(remindersUnavailable(failure));
        }
      },
    );
    // An action the window did not start (a tray sign-in, sign-in at launch) failed.
    ctx.listen<ErrorView>(
      (handler) => ctx.api.onAppError(handler),
      (error) => ctx.fail(error),
    );
  }
}
