// Owns the controller: performs user intents against the Api, keeps the Store current, and mounts the views.
import type { Actions } from "./actions";
import { toErrorView, type Api, type Subscribe } from "./api";
import type {
  CatalogView,
  DeepLinkView,
  ErrorView,
  ExpiringView,
  OpenView,
  SessionView,
  SettingsView,
  SsoLoginView,
} from "./bindings";
import { entryAllowed, entryKey, isErrorView, matchesChoice, pastedEntry, toCatalog } from "./catalog";
import { sessionInstanceName } from "./format";
import {
  addExpiring,
  ALL_PROFILES,
  canSignIn,
  currentEntry,
  discoveringScope,
  entries,
  findEntry,
  initialState,
  otherProfileSession,
  pasteProfile,
  removeExpiring,
  removeSession,
  selectionLocked,
  sessionKey,
  Store,
  upsertSession,
  visibleEntries,
  type Choice,
  type SsoRetry,
  type State,
} from "./state";
import { createErrorPanel, createExpiringBanner, createNoticeBanner, createPolicyBanner } from "./view/banners";
import { createDeepLinkDialog } from "./view/deeplink";
import { createDiscoveryStatus } from "./view/discovery";
import { h, refreshRelativeTimes, setAttr, show } from "./view/dom";
import { createHeader } from "./view/header";
import { createInstancePicker } from "./view/instances";
import { createProfilePicker } from "./view/profiles";
import { createSessionList } from "./view/sessions";
import { createSettingsDialog } from "./view/settings";
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
  /** Settles when startup (snapshot, and the deep link that may have arrived before the window listened) is done. */
  ready: Promise<void>;
  store: Store;
  dispose(): void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isSession(value: unknown): value is SessionView {
  if (!isRecord(value)) {
    return false;
  }
  return typeof value["profile"] === "string" && typeof value["instanceId"] === "string" && typeof value["region"] === "string";
}

function isOpenView(value: unknown): value is OpenView {
  return isRecord(value) && isSession(value["session"]) && typeof value["resumed"] === "boolean";
}

function isSsoLoginView(value: unknown): value is SsoLoginView {
  if (!isRecord(value)) {
    return false;
  }
  return (
    typeof value["userCode"] === "string" &&
    value["userCode"].trim() !== "" &&
    typeof value["expiresAt"] === "number" &&
    Number.isFinite(value["expiresAt"])
  );
}

function optionalString(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function toDeepLink(value: unknown): DeepLinkView | null {
  if (!isRecord(value)) {
    return null;
  }
  const { profile, instanceId, instance } = value;
  if (typeof profile !== "string" || profile === "" || typeof instanceId !== "string" || instanceId === "") {
    return null;
  }
  return {
    profile,
    instanceId,
    instance: typeof instance === "string" && instance !== "" ? instance : instanceId,
    region: optionalString(value["region"]),
    label: optionalString(value["label"]),
  };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** The backend's settings with missing parts defaulted, or null when it sent none (an older backend). */
function toSettings(value: unknown): SettingsView | null {
  if (!isRecord(value) || typeof value["closeToTray"] !== "boolean") {
    return null;
  }
  const policy = isRecord(value["policy"]) ? value["policy"] : {};
  const lead = value["notificationLeadMinutes"];
  return {
    closeToTray: value["closeToTray"],
    startAtLogin: value["startAtLogin"] === true,
    signInAtLaunch: value["signInAtLaunch"] === true,
    globalShortcut: typeof value["globalShortcut"] === "string" ? value["globalShortcut"] : "",
    extraRegions: strings(value["extraRegions"]),
    notificationsEnabled: value["notificationsEnabled"] === true,
    notificationLeadMinutes: typeof lead === "number" && Number.isFinite(lead) ? lead : 5,
    regions: strings(value["regions"]),
    locked: strings(value["locked"]),
    policy: {
      path: optionalString(policy["path"]),
      loaded: policy["loaded"] === true,
      error: isErrorView(policy["error"]) ? toErrorView(policy["error"]) : null,
    },
  };
}

/** The profile's IAM Identity Center token is missing or expired: the error panel offers to sign in there. */
const SSO_EXPIRED = "sso_expired";
/** The device sign-in's code ran out before approval: offered again. */
const SSO_LOGIN_EXPIRED = "sso_login_expired";
/** The device sign-in was cancelled (Cancel, Escape, or elsewhere): no error to show. */
const SSO_LOGIN_CANCELLED = "sso_login_cancelled";
/** The profile's role needs an MFA code (once per shift) / the submitted code was refused: the error panel asks for it. */
const MFA_CODES: readonly string[] = ["mfa_required", "mfa_invalid"];
/** The policy file is bad: it also arrives in the settings, whose banner says it better than the notice. */
const POLICY_INVALID = "policy_invalid";

function isExpiring(value: unknown): value is ExpiringView {
  if (!isRecord(value)) {
    return false;
  }
  return (
    typeof value["profile"] === "string" &&
    value["profile"] !== "" &&
    typeof value["instanceId"] === "string" &&
    value["instanceId"] !== "" &&
    typeof value["title"] === "string" &&
    typeof value["body"] === "string"
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

function without(list: string[], key: string): string[] {
  const at = list.indexOf(key);
  return at < 0 ? list : [...list.slice(0, at), ...list.slice(at + 1)];
}

export function mountApp(root: HTMLElement, api: Api, options: AppOptions = {}): AppHandle {
  const clock = options.now ?? (() => Date.now());
  const store = new Store(initialState(clock()));
  let sessionsRequest = 0;
  let noticeShown = false;
  let starting: Promise<void> | null = null;
  let disposed = false;
  const unlisteners: (() => void)[] = [];
  /** Counts IAM Identity Center sign-ins: replies for an older one (cancelled) are ignored. */
  let ssoAttempt = 0;
  /** After an IAM Identity Center sign-in: focus goes to Sign in once what it continued has finished. */
  let focusSignInWhenIdle = false;
  /**
   * The remembered (else the default) instance, highlighted as soon as the catalog lists it. A cold cache lists it
   * only after the first discovery; if even that does not, it is looked up once (it may have been pasted).
   */
  let preselect: Choice | null = null;
  /** Until the first discovery answered, no other guess is made while `preselect` is not listed. */
  let awaitPreselect = true;
  /** `take_deep_link` runs once per window: a link that arrived before the listener was ready. */
  let deepLinkTaken = false;

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
      const profile = retry?.profile ?? get().selected?.profile ?? get().scope;
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

  /** The entry a remembered or default choice names (IDs compared case-insensitively; a default may be an ARN). */
  function matchChoice(state: State, choice: Choice): Choice | null {
    const wanted = { profile: choice.profile, instance: choice.instanceId };
    const entry = entries(state).find((e) => matchesChoice(e, wanted));
    return entry ? { profile: entry.profile, instanceId: entry.instance.id } : null;
  }

  /**
   * What to highlight when nothing is: the remembered instance once listed, else the only one there is (never a
   * guess). Null when nothing should be.
   */
  function firstChoice(state: State): Choice | null {
    if (state.selected !== null || selectionLocked(state)) {
      return null;
    }
    if (preselect) {
      const found = matchChoice(state, preselect);
      if (found && (state.scope === null || state.scope === found.profile)) {
        preselect = null;
        return found;
      }
      if (awaitPreselect) {
        // Still coming with the first discovery: no other guess meanwhile.
        return null;
      }
    }
    if (state.query.trim() === "") {
      const allowed = visibleEntries(state).filter((e) => entryAllowed(state.catalog, e));
      if (allowed.length === 1 && allowed[0]) {
        return { profile: allowed[0].profile, instanceId: allowed[0].instance.id };
      }
    }
    return null;
  }

  function ensureSelection(): void {
    const chosen = firstChoice(get());
    if (chosen) {
      store.update({ selected: chosen });
    }
  }

  /** With a search, the best (allowed) match is highlighted, so Enter signs in to it; no match keeps the highlight. */
  function highlightBest(): void {
    const state = get();
    if (state.query.trim() === "" || selectionLocked(state)) {
      return;
    }
    const results = visibleEntries(state);
    const best = results.find((e) => entryAllowed(state.catalog, e)) ?? results[0];
    if (best && (state.selected?.profile !== best.profile || state.selected.instanceId !== best.instance.id)) {
      store.update({ selected: { profile: best.profile, instanceId: best.instance.id }, duplicate: null });
    }
  }

  /** A remembered instance the first discovery did not list (it was pasted, maybe another region): look it up quietly. */
  async function resolvePreselect(): Promise<void> {
    const choice = preselect;
    if (!choice || get().selected !== null || !get().profiles.some((p) => p.name === choice.profile)) {
      awaitPreselect = false;
      ensureSelection();
      return;
    }
    let found;
    try {
      found = await api.resolveInstance(choice.profile, choice.instanceId);
    } catch {
      found = null;
    }
    awaitPreselect = false;
    const state = get();
    if (disposed || !found || typeof found.id !== "string" || state.selected !== null || selectionLocked(state)) {
      // Not found now (gone, or the profile needs a sign-in first): it is still chosen if it shows up later; until
      // then, what is listed decides.
      ensureSelection();
      return;
    }
    preselect = null;
    const listed = findEntry(state, choice.profile, found.id) !== null;
    store.update({
      pasted: listed ? state.pasted : [...state.pasted, pastedEntry(choice.profile, found)],
      selected: { profile: choice.profile, instanceId: found.id },
    });
  }

  /** Shows a new catalog (with `patch` in the same update): a selection it no longer lists goes, a new one may come. */
  function applyCatalog(catalog: CatalogView, patch: Partial<State> = {}): void {
    const state = { ...get(), ...patch, catalog };
    const { selected } = state;
    const gone = selected !== null && !selectionLocked(state) && findEntry(state, selected.profile, selected.instanceId) === null;
    const next: Partial<State> = { ...patch, catalog, ...(gone ? { selected: null } : {}) };
    const chosen = gone || selected === null ? firstChoice({ ...state, ...next }) : null;
    // One update: whoever waits for the discovery to end (focus after an IAM Identity Center sign-in) sees the result.
    store.update(chosen ? { ...next, selected: chosen } : next);
  }

  function refreshCatalog(): void {
    api
      .catalog()
      .then((value) => {
        const catalog = toCatalog(value);
        if (catalog && !disposed) {
          applyCatalog(catalog);
        }
      })
      .catch(() => {
        // Only a refresh after a sign-in: the catalog-changed event or the next discovery brings it too.
      });
  }

  /** A failed profile shown in the error panel, so Sign in with IAM Identity Center / the MFA form can fix it. */
  function reportDiscovery(catalog: CatalogView, profile: string | null): void {
    const failed = catalog.profiles.filter((p) => p.error && (profile === null || p.profile === profile));
    // For every profile at once, only what the person can fix here: the rest stays in the status line.
    const shown =
      profile !== null
        ? failed[0]
        : failed.find((p) => p.error && (p.error.code === SSO_EXPIRED || MFA_CODES.includes(p.error.code)));
    if (shown?.error) {
      fail(shown.error, {}, { kind: "discover", profile: shown.profile });
    }
  }

  /**
   * Discovers one profile's (null: every profile's) instances. "background" (startup) only updates the list;
   * "scope" (the profile was chosen) and "refresh" (Refresh) also report a failed profile in the error panel.
   */
  async function discover(profile: string | null, refresh: boolean, origin: "background" | "scope" | "refresh"): Promise<void> {
    const key = profile ?? ALL_PROFILES;
    store.update({ discovering: [...get().discovering, key] });
    let catalog: CatalogView | null = null;
    let failure: unknown = null;
    try {
      catalog = toCatalog(await api.discoverInstances(profile, refresh));
      if (!catalog) {
        throw new Error("The backend returned an unexpected instance list.");
      }
    } catch (error) {
      failure = error;
    }
    if (disposed) {
      return;
    }
    const discovering = without(get().discovering, key);
    if (catalog === null) {
      if (origin !== "background" || get().error === null) {
        fail(failure, { discovering }, profile !== null ? { kind: "discover", profile } : null);
      } else {
        store.update({ discovering });
      }
    } else {
      applyCatalog(catalog, { discovering });
      if (origin === "refresh" || (origin === "scope" && get().scope === profile)) {
        reportDiscovery(catalog, profile);
      }
    }
    if (origin === "background" && awaitPreselect) {
      void resolvePreselect();
    }
  }

  function showDeepLink(link: DeepLinkView): void {
    // The link asks for a decision now: it takes the settings dialog's place.
    store.update({ deepLink: link, settingsOpen: false, settingsError: null });
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
    const names = new Set(profiles.map((p) => p.name));
    const catalog = toCatalog(snapshot?.catalog) ?? get().catalog;
    const settings = toSettings(snapshot?.settings) ?? get().settings;
    let notice: ErrorView | null = noticeShown ? get().notice : (snapshot?.notice ?? null);
    if (notice?.code === POLICY_INVALID && settings?.policy.error) {
      notice = null;
    }
    noticeShown = true;
    const last = snapshot?.lastProfile ?? null;
    const lastInstance = snapshot?.lastInstance ?? null;
    const fallback = catalog.defaultInstance;
    preselect =
      last !== null && lastInstance !== null && names.has(last)
        ? { profile: last, instanceId: lastInstance }
        : fallback
          ? { profile: fallback.profile, instanceId: fallback.instance }
          : null;
    awaitPreselect = true;
    const scope = get().scope;
    store.update({
      phase: "ready",
      profiles,
      catalog,
      settings,
      pasted: [],
      scope: scope !== null && names.has(scope) ? scope : null,
      selected: null,
      sessions: asArray(snapshot?.sessions).filter(isSession),
      notice,
    });
    ensureSelection();
    const pending = toDeepLink(snapshot?.pendingDeepLink);
    if (pending) {
      showDeepLink(pending);
    }
    if (profiles.length > 0) {
      // Stale-while-revalidate: the cached catalog is on screen; this brings it up to date.
      void discover(null, false, "background");
    }
    if (!deepLinkTaken) {
      deepLinkTaken = true;
      try {
        const taken = toDeepLink(await api.takeDeepLink());
        if (taken && !disposed) {
          showDeepLink(taken);
        }
      } catch {
        // The snapshot's pendingDeepLink and the deep-link event cover it.
      }
    }
    focusStart();
  }

  function focusStart(): void {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) {
      return;
    }
    // The search box: type to find, Enter signs in to the highlighted (remembered) instance.
    root.querySelector<HTMLElement>(get().profiles.length > 0 ? "#search" : "#reload")?.focus({ preventScroll: true });
  }

  /** Moves focus to Sign in when it was lost: on <body>, removed, or inside something now hidden. */
  function restoreFocus(): void {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected || active.closest("[hidden]") !== null) {
      const signIn = root.querySelector<HTMLButtonElement>("#sign-in");
      (signIn && !signIn.disabled ? signIn : root.querySelector<HTMLElement>("#search"))?.focus({ preventScroll: true });
    }
  }

  /** Signs in, unless the instance is signed in under another profile: then the sign-in card asks first. */
  function requestSignIn(profile: string, instance: string, instanceId: string): void {
    const other = otherProfileSession(get(), profile, instanceId);
    if (other) {
      store.update({ duplicate: { profile, instance, instanceId, other }, error: null });
      return;
    }
    runSignIn(profile, instance, null);
  }

  /**
   * Signs in to one profile + instance (an ID, or an ARN from a deep link); `renewing` is the session key when the
   * expiry banner asked for it. `afterSso`: it continues a Sign in with IAM Identity Center, whose note stays.
   */
  function runSignIn(profile: string, instance: string, renewing: string | null, afterSso = false): void {
    store.update({
      signingIn: true,
      renewing,
      duplicate: null,
      error: null,
      statusNote: null,
      shiftEnded: null,
      ...(afterSso ? {} : { ssoDone: null, mfaDone: null }),
    });
    api
      .signIn(profile, instance)
      .then((session) => {
        if (!isSession(session)) {
          throw new Error("The backend returned an unexpected sign-in result.");
        }
        const state = get();
        // A fresh sign-in answers the reminder for that session.
        const expiring = removeExpiring(
          removeExpiring(state.expiring, profile, instance),
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
        // The sign-in counts as a use: Recent and the order change.
        refreshCatalog();
      })
      .catch((error: unknown) => {
        fail(error, { signingIn: false, renewing: null }, { kind: "signIn", profile, instanceId: instance, renewing });
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
      case "discover":
        void discover(retry.profile, true, "refresh");
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
    if (!focusSignInWhenIdle || state.signingIn || state.discovering.length > 0 || state.ssoLogin !== null || state.opening.length > 0) {
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
    selectScope: (name) =>
      guard(() => {
        const state = get();
        if (selectionLocked(state) || name === state.scope || (name !== null && !state.profiles.some((p) => p.name === name))) {
          return;
        }
        const keep = state.selected !== null && (name === null || state.selected.profile === name);
        store.update({
          scope: name,
          selected: keep ? state.selected : null,
          duplicate: null,
          error: null,
          statusNote: null,
          shiftEnded: null,
          ssoDone: null,
          mfaDone: null,
        });
        if (get().query.trim() !== "") {
          highlightBest();
        } else {
          ensureSelection();
        }
        if (name !== null) {
          // Cheap with a fresh cache; an expired token or MFA shows up in the error panel, ready to fix.
          void discover(name, false, "scope");
        }
      }),

    setQuery: (text) =>
      guard(() => {
        if (text === get().query) {
          return;
        }
        store.update({ query: text });
        highlightBest();
      }),

    selectEntry: (profile, instanceId) =>
      guard(() => {
        const state = get();
        if (selectionLocked(state) || findEntry(state, profile, instanceId) === null) {
          return;
        }
        if (state.selected?.profile === profile && state.selected.instanceId === instanceId) {
          return;
        }
        preselect = null;
        store.update({
          selected: { profile, instanceId },
          duplicate: null,
          error: null,
          statusNote: null,
          shiftEnded: null,
          ssoDone: null,
          mfaDone: null,
        });
        remember(profile, instanceId);
      }),

    usePastedInstance: async (text) => {
      const state = get();
      const profile = pasteProfile(state);
      const value = text.trim();
      if (profile === null || value === "" || state.resolving || selectionLocked(state)) {
        return false;
      }
      store.update({ resolving: true, error: null, statusNote: null, shiftEnded: null, ssoDone: null, mfaDone: null });
      try {
        const found = await api.resolveInstance(profile, value);
        if (!found || typeof found.id !== "string" || typeof found.region !== "string") {
          throw new Error("The backend returned no instance.");
        }
        const current = get();
        if (pasteProfile(current) !== profile || selectionLocked(current)) {
          store.update({ resolving: false });
          return false;
        }
        const key = entryKey(profile, found.id);
        const listed = current.catalog.entries.some((e) => e.profile === profile && e.instance.id === found.id);
        const pasted = current.pasted.filter((e) => entryKey(e.profile, e.instance.id) !== key);
        store.update({
          resolving: false,
          pasted: listed ? pasted : [...pasted, pastedEntry(profile, found)],
          selected: { profile, instanceId: found.id },
          duplicate: null,
          // The looked-up instance must not stay hidden by a search.
          query: "",
        });
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
        const entry = currentEntry(state);
        if (!canSignIn(state) || entry === null) {
          return;
        }
        requestSignIn(entry.profile, entry.instance.id, entry.instance.id);
      }),

    confirmDuplicate: () =>
      guard(() => {
        const pending = get().duplicate;
        if (pending && !selectionLocked(get())) {
          runSignIn(pending.profile, pending.instance, null);
        }
      }),

    cancelDuplicate: () => store.update({ duplicate: null }),

    signInAgain: (profile, instanceId) =>
      guard(() => {
        if (selectionLocked(get())) {
          return;
        }
        runSignIn(profile, instanceId, sessionKey(profile, instanceId));
      }),

    togglePin: (profile, instanceId) =>
      guard(() => {
        const state = get();
        const entry = findEntry(state, profile, instanceId);
        const key = entryKey(profile, instanceId);
        if (entry === null || state.catalog.pinsLocked || state.pinning.includes(key)) {
          return;
        }
        store.update({ pinning: [...state.pinning, key] });
        api
          .setPinned(profile, instanceId, !entry.pinned)
          .then((value) => {
            const catalog = toCatalog(value);
            if (!catalog) {
              throw new Error("The backend returned an unexpected instance list.");
            }
            applyCatalog(catalog, { pinning: without(get().pinning, key) });
          })
          .catch((error: unknown) => {
            fail(error, { pinning: without(get().pinning, key) });
          });
      }),

    refreshInstances: () =>
      guard(() => {
        const state = get();
        if (state.phase !== "ready" || state.profiles.length === 0 || discoveringScope(state)) {
          return;
        }
        void discover(state.scope, true, "refresh");
      }),

    openSettings: () =>
      guard(() => {
        if (get().settingsOpen || get().deepLink !== null) {
          return;
        }
        store.update({ settingsOpen: true, settingsError: null });
        // The snapshot's copy may be old (the tray, or the policy file, may have changed it).
        api
          .settingsView()
          .then((value) => {
            const settings = toSettings(value);
            if (settings && !disposed) {
              store.update({ settings });
            }
          })
          .catch((error: unknown) => {
            if (!disposed && get().settingsOpen) {
              store.update({ settingsError: toErrorView(error) });
            }
          });
      }),

    closeSettings: () => store.update({ settingsOpen: false, settingsError: null }),

    updateSettings: (patch) =>
      guard(() => {
        store.update({ settingsError: null });
        api
          .updateSettings(patch)
          .then((value) => {
            const settings = toSettings(value);
            if (!settings) {
              throw new Error("The backend returned unexpected settings.");
            }
            store.update({ settings });
          })
          .catch((error: unknown) => {
            const settings = get().settings;
            // A new object: the dialog shows the saved values again (the refused change is undone).
            store.update({ settingsError: toErrorView(error), settings: settings ? { ...settings } : null });
          });
      }),

    settingsInvalid: (message, hint) => store.update({ settingsError: { code: "invalid_parameter", message, hint } }),

    confirmDeepLink: () =>
      guard(() => {
        const link = get().deepLink;
        if (link === null || selectionLocked(get())) {
          return;
        }
        store.update({ deepLink: null });
        requestSignIn(link.profile, link.instance, link.instanceId);
      }),

    cancelDeepLink: () => store.update({ deepLink: null }),

    dismissPolicyError: () => store.update({ policyErrorDismissed: true }),

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
  const profilePicker = createProfilePicker(actions.selectScope);
  const discovery = createDiscoveryStatus(actions.refreshInstances);
  const instancePicker = createInstancePicker(actions, [
    h("div", { class: "scope-row" }, profilePicker.el, discovery.refresh),
    discovery.el,
  ]);
  const signInView = createSignIn(actions);
  const status = createStatusPanel(actions.signOut);
  const sessions = createSessionList(actions);
  const notice = createNoticeBanner(actions.dismissNotice);
  const policy = createPolicyBanner(actions.dismissPolicyError);
  const expiring = createExpiringBanner(actions);
  const error = createErrorPanel(actions);
  const ssoPanel = createSsoLoginPanel(actions.cancelSsoLogin);
  const settings = createSettingsDialog(actions);
  const deepLink = createDeepLinkDialog(actions);

  const chooser = h("section", { class: "card chooser-card", "aria-label": "Amazon Connect instances" }, instancePicker.el);
  const main = h(
    "main",
    { class: "layout" },
    h("div", { class: "column column-choose" }, chooser),
    h("div", { class: "column column-session" }, signInView.el, status.el, sessions.el),
  );
  const views: View[] = [
    startup,
    profilePicker,
    discovery,
    instancePicker,
    signInView,
    status,
    sessions,
    notice,
    policy,
    expiring,
    error,
    ssoPanel,
    settings,
    deepLink,
  ];
  const header = createHeader(actions.openSettings);
  const banners = h("div", { class: "banners" }, policy.el, notice.el, expiring.el, error.el, ssoPanel.el);
  /** Everything behind a modal dialog: inert while one is open, so focus and clicks stay in the dialog. */
  const behind = [header, banners, startup.el, main];

  root.classList.add("app");
  root.replaceChildren(header, banners, startup.el, main, settings.el, deepLink.el);

  const setInert = (on: boolean): void => {
    for (const el of behind) {
      setAttr(el, "inert", on);
    }
  };
  const render = (state: State, previous: State | null): void => {
    show(main, state.phase === "ready" && state.profiles.length > 0);
    const modal = state.settingsOpen || state.deepLink !== null;
    const wasModal = previous !== null && (previous.settingsOpen || previous.deepLink !== null);
    // Off before the dialog gives focus back, on after it took focus (focus inside an inert part would be dropped).
    if (wasModal && !modal) {
      setInert(false);
    }
    for (const view of views) {
      view.update(state, previous);
    }
    if (modal && !wasModal) {
      setInert(true);
    }
    if (previous && state.now !== previous.now) {
      refreshRelativeTimes(root, state.now);
    }
  };
  const unsubscribe = store.subscribe(render);
  const unsubscribeFocus = store.subscribe((state) => focusSignInWhenDone(state));
  render(store.state, null);

  /** Subscribes to an app event for this window's lifetime; payloads are checked by `handler`. */
  function listen<T>(subscribe: Subscribe<T>, handler: (payload: unknown) => void, onError?: (error: unknown) => void): void {
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
  }

  // Reminders a few minutes before a stored session ends (the backend also shows a desktop notification).
  listen(
    (handler) => api.onSessionExpiring(handler),
    (payload) => {
      if (isExpiring(payload)) {
        store.update({ expiring: addExpiring(get().expiring, payload) });
      }
    },
    // The other events need the same permission: this one message covers them.
    (failure) => {
      if (get().error === null) {
        fail(remindersUnavailable(failure));
      }
    },
  );
  listen(
    (handler) => api.onDeepLink(handler),
    (payload) => {
      const link = toDeepLink(payload);
      if (link) {
        showDeepLink(link);
      }
    },
  );
  listen((handler) => api.onDeepLinkError(handler), (payload) => fail(payload));
  listen((handler) => api.onAppError(handler), (payload) => fail(payload));
  listen(
    (handler) => api.onCatalogChanged(handler),
    (payload) => {
      const catalog = toCatalog(payload);
      if (catalog && get().phase === "ready") {
        applyCatalog(catalog);
      }
    },
  );
  listen(
    (handler) => api.onSessionsChanged(handler),
    (payload) => {
      if (!Array.isArray(payload)) {
        return;
      }
      // Newer than any list still on its way.
      sessionsRequest++;
      let list = payload.filter(isSession);
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
      store.update({ ...patch, sessions: list });
      restoreFocus();
    },
  );
  listen(
    (handler) => api.onFocusSearch(handler),
    () => {
      // A pending deep link keeps the focus: it waits for an answer.
      if (get().deepLink !== null) {
        return;
      }
      if (get().settingsOpen) {
        store.update({ settingsOpen: false, settingsError: null });
      }
      const search = root.querySelector<HTMLInputElement>("#search");
      search?.focus({ preventScroll: true });
      search?.select();
    },
  );

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
      for (const stop of unlisteners.splice(0)) {
        stop();
      }
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
