// Owns the UI state shape (one slice per feature controller), a tiny observable store, and pure queries over the state.
import type {
  BrowserView,
  CatalogEntry,
  CatalogView,
  DeepLinkView,
  ErrorView,
  ExpiringView,
  ProfileView,
  SessionView,
  SettingsView,
  SsoLoginView,
  Text,
} from "./bindings";
import { allEntries, EMPTY_CATALOG, entryAllowed, entryKey, keyOf, searchEntries } from "./catalog";

export type Phase = "starting" | "ready" | "failed";

/**
 * What failed with `sso_expired` (the profile's IAM Identity Center token is missing or expired), so it can run
 * again on its own once "Sign in with IAM Identity Center" succeeded.
 */
export type SsoRetry =
  /** A sign-in (Sign in button, or the expiry banner when `renewing` is set). */
  | { kind: "signIn"; profile: string; instanceId: string; renewing: string | null }
  /** Open of a stored session whose tokens had expired. */
  | { kind: "open"; profile: string; instanceId: string }
  /** Discovering the profile's instances (on choosing it, or Refresh). */
  | { kind: "discover"; profile: string }
  /** Anything else (e.g. looking up a pasted instance): nothing to re-run. */
  | { kind: "none"; profile: string };

/** A running IAM Identity Center device sign-in. */
export interface SsoLogin {
  profile: string;
  /** What runs again when it succeeds. */
  retry: SsoRetry;
  /** Null while `sso_login_start` runs; once the browser opened, which flow runs (and its code to compare). */
  login: SsoLoginView | null;
}

/** One instance under one profile (what Sign in uses). */
export interface Choice {
  profile: string;
  instanceId: string;
}

/** A sign-in waiting for "Continue" because the same instance is already signed in under another profile. */
export interface DuplicateSignIn {
  profile: string;
  /** What `sign_in` gets (an ARN from a deep link, else the ID). */
  instance: string;
  instanceId: string;
  /** The stored session of the other profile. */
  other: SessionView;
}

/** The window as a whole: whether it started, the profiles, the one-time notice, the clock and the error panel. */
export interface AppSlice {
  /** "failed": the startup snapshot could not be read. */
  phase: Phase;
  profiles: ProfileView[];
  notice: ErrorView | null;
  /** What failed last, shown in the error panel (any feature may put an error there). */
  error: ErrorView | null;
  /** Epoch ms, refreshed by the clock tick so relative times move. */
  now: number;
}

/** Search and discovery (controllers/search.ts). */
export interface SearchSlice {
  /** Every known instance of every profile (pinned, then most used), with discovery status per profile. */
  catalog: CatalogView;
  /** Instances looked up from a pasted ID/ARN that the catalog does not list. */
  pasted: CatalogEntry[];
  /** The profile picker: the profile that the list, Refresh and paste are limited to; null = all profiles. */
  scope: string | null;
  /** The search box. */
  query: string;
  /** The highlighted row: what Sign in (and Enter) signs in to. */
  selected: Choice | null;
  /** Discoveries this window started and waits for: a profile name, or {@link ALL_PROFILES}. */
  discovering: string[];
  /** Keys of entries whose pin toggle is running. */
  pinning: string[];
  resolving: boolean;
}

/** Sign-in and sessions (controllers/sessions.ts). */
export interface SessionSlice {
  /** A sign-in is running (from the Sign in button or the expiry banner's Sign in again). */
  signingIn: boolean;
  /** Key of the session the running sign-in was started for from the expiry banner; null for the Sign in button. */
  renewing: string | null;
  /** The same instance is signed in under another profile: asks before signing in. */
  duplicate: DuplicateSignIn | null;
  /** "profile\u0000instanceId" keys of sessions whose sign-out is running. */
  signingOut: string[];
  /** Keys of sessions whose Open (re-open in the browser) is running. */
  opening: string[];
  /** The session signed in (or opened) from this window, shown in the status panel. */
  session: SessionView | null;
  /**
   * How Open produced the shown session: true = stored tokens reused, false = they had expired and it
   * signed in again; null when it came from a sign-in.
   */
  resumed: boolean | null;
  /** "Also sign out of Amazon Connect in the browser": passed to every sign-out; remembered for this window only. */
  signOutBrowser: boolean;
  /** Sessions about to end that the person has not dealt with yet, oldest first (the banner shows the last). */
  expiring: ExpiringView[];
  /** A one-line outcome shown in the status panel when there is no session (e.g. "Signed out of …"), as a message. */
  statusNote: Text | null;
  /** End shift (sign out of every stored session) is running. */
  endingShift: boolean;
  /** How many sessions the last End shift removed, shown in the status panel until the next action. */
  shiftEnded: number | null;
  /** The stored sessions, as the backend last announced them (plus one it could not store). */
  sessions: SessionView[];
}

/** IAM Identity Center sign-in and MFA codes (controllers/logins.ts). */
export interface LoginSlice {
  /** Set with an `sso_expired` (or `sso_login_expired`) error: the error panel then offers Sign in with IAM Identity Center. */
  ssoRetry: SsoRetry | null;
  /** The IAM Identity Center sign-in that is running (starting, or waiting for approval). */
  ssoLogin: SsoLogin | null;
  /** Profile whose IAM Identity Center sign-in just succeeded: noted in the status panel until the next action. */
  ssoDone: string | null;
  /**
   * Set with an `mfa_required` / `mfa_invalid` error: the error panel then shows the MFA code form for `profile`,
   * and what failed runs again once the code is accepted.
   */
  mfaRetry: SsoRetry | null;
  /** `submit_mfa_code` is running. */
  mfaSubmitting: boolean;
  /** Profile whose MFA code was just accepted: noted in the status panel until the next action. */
  mfaDone: string | null;
}

/** Deep links (controllers/deeplinks.ts). */
export interface DeepLinkSlice {
  /** The deep link on screen, waiting for the person's answer. */
  deepLink: DeepLinkView | null;
  /**
   * The newest link that arrived while another was on screen: it never replaces the one being read (its Sign in may
   * be about to be clicked), it is shown once that one is answered.
   */
  deepLinkNext: DeepLinkView | null;
  /** The link on screen has been there long enough for Sign in to count as a decision about it. */
  deepLinkArmed: boolean;
}

/** Settings (controllers/settings.ts). */
export interface SettingsSlice {
  /** Null until the startup snapshot brought them. */
  settings: SettingsView | null;
  settingsOpen: boolean;
  /** A refused or invalid change, shown inside the settings dialog. */
  settingsError: ErrorView | null;
  /** The policy-file banner was dismissed for this window. */
  policyErrorDismissed: boolean;
  /** The supported browsers, installed or not, with their profiles (asked after start and when Settings opens). */
  browsers: BrowserView[];
  /** "Save diagnostics…": being written, or where it went (null: not asked in this window, or cancelled). */
  diagnostics: DiagnosticsStatus | null;
}

export type DiagnosticsStatus = { kind: "saving" } | { kind: "saved"; path: string; files: number };

/** The whole window: one slice per feature, each written by its controller. */
export type State = AppSlice & SearchSlice & SessionSlice & LoginSlice & DeepLinkSlice & SettingsSlice;

export function initialState(now: number): State {
  return {
    phase: "starting",
    profiles: [],
    notice: null,
    error: null,
    now,
    catalog: EMPTY_CATALOG,
    pasted: [],
    scope: null,
    query: "",
    selected: null,
    discovering: [],
    pinning: [],
    resolving: false,
    signingIn: false,
    renewing: null,
    duplicate: null,
    signingOut: [],
    opening: [],
    session: null,
    resumed: null,
    signOutBrowser: false,
    expiring: [],
    statusNote: null,
    endingShift: false,
    shiftEnded: null,
    sessions: [],
    ssoRetry: null,
    ssoLogin: null,
    ssoDone: null,
    mfaRetry: null,
    mfaSubmitting: false,
    mfaDone: null,
    deepLink: null,
    deepLinkNext: null,
    deepLinkArmed: false,
    settings: null,
    settingsOpen: false,
    settingsError: null,
    policyErrorDismissed: false,
    browsers: [],
    diagnostics: null,
  };
}

export type Listener = (state: State, previous: State) => void;

export class Store {
  private current: State;
  private readonly listeners = new Set<Listener>();

  constructor(state: State) {
    this.current = state;
  }

  get state(): State {
    return this.current;
  }

  update(patch: Partial<State>): void {
    const previous = this.current;
    this.current = { ...previous, ...patch };
    for (const listener of this.listeners) {
      listener(this.current, previous);
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

/** Discovery of every profile, in {@link State.discovering}. */
export const ALL_PROFILES = "\u0000all";

export function sessionKey(profile: string, instanceId: string): string {
  return entryKey(profile, instanceId);
}

/** The profile the picker is limited to, if any. */
export function scopeProfile(state: State): ProfileView | null {
  return state.profiles.find((p) => p.name === state.scope) ?? null;
}

/** Catalog entries plus pasted ones. */
export function entries(state: State): CatalogEntry[] {
  return allEntries(state.catalog, state.pasted);
}

export function findEntry(state: State, profile: string, instanceId: string): CatalogEntry | null {
  const key = entryKey(profile, instanceId);
  return entries(state).find((e) => keyOf(e) === key) ?? null;
}

/** The selected (highlighted) entry. */
export function currentEntry(state: State): CatalogEntry | null {
  return state.selected ? findEntry(state, state.selected.profile, state.selected.instanceId) : null;
}

/** The rows of the list, in order. */
export function visibleEntries(state: State): CatalogEntry[] {
  return searchEntries(entries(state), state.scope, state.query);
}

/** The profile a pasted ID/ARN is looked up with: the chosen one, or the only one there is. */
export function pasteProfile(state: State): string | null {
  if (state.scope !== null) {
    return state.scope;
  }
  return state.profiles.length === 1 ? (state.profiles[0]?.name ?? null) : null;
}

/** A discovery this window started for the profiles in scope is running. */
export function discoveringScope(state: State): boolean {
  return state.discovering.some((key) => key === ALL_PROFILES || key === state.scope || state.scope === null);
}

/** A session of the same instance under another profile (signing in again may end it). */
export function otherProfileSession(state: State, profile: string, instanceId: string): SessionView | null {
  const id = instanceId.toLowerCase();
  return state.sessions.find((s) => s.profile !== profile && s.instanceId.toLowerCase() === id) ?? null;
}

/** A sign-in, an IAM Identity Center sign-in or an MFA code submit is running: the profile and instance stay as they are. */
export function selectionLocked(state: State): boolean {
  return state.signingIn || state.ssoLogin !== null || state.mfaSubmitting;
}

export function canSignIn(state: State): boolean {
  const entry = currentEntry(state);
  return state.phase === "ready" && !selectionLocked(state) && entry !== null && entryAllowed(state.catalog, entry);
}

/** Adds or replaces the session for the same profile and instance, newest first. */
export function upsertSession(sessions: SessionView[], session: SessionView): SessionView[] {
  const key = sessionKey(session.profile, session.instanceId);
  return [session, ...sessions.filter((s) => sessionKey(s.profile, s.instanceId) !== key)];
}

export function removeSession(sessions: SessionView[], profile: string, instanceId: string): SessionView[] {
  const key = sessionKey(profile, instanceId);
  return sessions.filter((s) => sessionKey(s.profile, s.instanceId) !== key);
}

/** Adds a reminder as the latest one, replacing an older reminder for the same session. */
export function addExpiring(list: ExpiringView[], event: ExpiringView): ExpiringView[] {
  const key = sessionKey(event.profile, event.instanceId);
  return [...list.filter((e) => sessionKey(e.profile, e.instanceId) !== key), event];
}

/** Drops the reminders for one session (it was signed in again or signed out). */
export function removeExpiring(list: ExpiringView[], profile: string, instanceId: string): ExpiringView[] {
  const key = sessionKey(profile, instanceId);
  return list.some((e) => sessionKey(e.profile, e.instanceId) === key)
    ? list.filter((e) => sessionKey(e.profile, e.instanceId) !== key)
    : list;
}
