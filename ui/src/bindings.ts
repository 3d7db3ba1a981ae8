// Generated from the Rust types (ts-rs) and the IPC contract (src-tauri/src/contract.rs).
// Do not edit: run `make bindings`.

export type AppSnapshot = { profiles: Array<ProfileView>, lastProfile: string | null, lastInstance: string | null, sessions: Array<SessionView>, 
/**
 * Something the person should be told once (settings reset, keychain unavailable,
 * AWS config unreadable).
 */
notice: ErrorView | null, 
/**
 * Every known instance (cache, policy, pins, recents): the search box draws at once.
 */
catalog: CatalogView, settings: SettingsView, 
/**
 * A link the app was started with, waiting for the person to confirm it.
 */
pendingDeepLink: DeepLinkView | null, };

export type BrowserChoiceView = { browser: BrowserIdView, profile: string | null, private: boolean, };

export type BrowserIdView = "default" | "chrome" | "chromium" | "edge" | "brave" | "firefox";

export type BrowserProfileView = { name: string, directory: string, };

export type BrowserView = { id: BrowserIdView, name: string, installed: boolean, 
/**
 * The program that starts it, and where it was found (PATH, a desktop entry, the registry).
 */
path: string | null, foundIn: string | null, profiles: Array<BrowserProfileView>, };

export type CatalogEntry = { profile: string, instance: InstanceView, 
/**
 * Name given by the IT policy; shown instead of the alias when set.
 */
displayName: string | null, pinned: boolean, 
/**
 * Defined by the IT policy.
 */
managed: boolean, useCount: number, 
/**
 * Epoch seconds of the last sign-in from this app.
 */
lastUsedAt: number | null, };

export type CatalogView = { 
/**
 * Pinned first, then by frequency and recency, then by label.
 */
entries: Array<CatalogEntry>, profiles: Array<ProfileDiscoveryView>, defaultInstance: InstanceChoice | null, 
/**
 * Sign-in only to the policy's instances (the others are listed, disabled).
 */
restricted: boolean, 
/**
 * The policy manages pins.
 */
pinsLocked: boolean, };

export type DeepLinkView = { profile: string, 
/**
 * Instance ID (lower case).
 */
instanceId: string, 
/**
 * The ARN's region when the link gave an ARN.
 */
region: string | null, 
/**
 * What to call the instance if it is known (policy display name or alias).
 */
label: string | null, 
/**
 * The value to sign in with: the ARN if one was given, else the ID.
 */
instance: string, };

export type DiagnosticsSaved = { path: string, files: number, };

export type ErrorCode = "no_credentials" | "profile_not_found" | "aws_config_invalid" | "no_region" | "sso_expired" | "not_sso_profile" | "sso_login_expired" | "sso_login_denied" | "sso_login_cancelled" | "sso_login_refused" | "mfa_required" | "mfa_invalid" | "credential_process_failed" | "credentials_rejected" | "clock_skew" | "root_not_allowed" | "resource_not_found" | "user_not_found" | "invalid_request" | "invalid_parameter" | "duplicate_resource" | "internal_service" | "throttled" | "access_denied" | "user_not_onboarded" | "offline" | "network" | "timeout" | "proxy_failed" | "proxy_auth_required" | "tls_untrusted" | "ca_bundle_unreadable" | "bad_response" | "untrusted_sign_in_url" | "browser_failed" | "browser_timeout" | "browser_not_installed" | "browser_profile_not_found" | "keychain_unavailable" | "keychain_locked" | "keychain_entry_damaged" | "settings_corrupt" | "settings_unwritable" | "diagnostics_unwritable" | "session_not_found" | "setting_managed" | "instance_not_allowed" | "policy_invalid" | "deep_link_invalid" | "internal";

export type ErrorView = { code: ErrorCode, message: string, hint: string, 
/**
 * The catalogue message behind `message` and `hint` with its arguments: the window says
 * it in its own language from this.
 */
text?: Text, };

export type ExpiringView = { profile: string, instanceId: string, title: string, body: string, };

export type InstanceBrowserView = { instanceId: string, choice: BrowserChoiceView, };

export type InstanceChoice = { profile: string, 
/**
 * Instance ID or ARN.
 */
instance: string, };

export type InstanceView = { id: string, arn: string, alias: string | null, region: string, accountId: string, identityManagementType: string | null, status: string | null, accessUrl: string | null, };

export type LanguageOptionView = { tag: string, 
/**
 * In that language: "Deutsch", "日本語".
 */
name: string, };

export type LocalizationView = { 
/**
 * BCP 47 tag of the language in use, for `<html lang>` and `Intl`.
 */
language: string, 
/**
 * `locales/<language>/window.ftl` and `errors.ftl`, as they are (errors travel as a catalogue
 * message and its arguments, which the window renders itself).
 */
sources: Array<string>, 
/**
 * True for the pseudo-locale: the window transforms its own text the same way.
 */
pseudo: boolean, 
/**
 * What Settings offers: every language with its own name.
 */
languages: Array<LanguageOptionView>, };

export type LoginMethod = "browser" | "deviceCode";

export type OpenView = { session: SessionView, 
/**
 * True when the stored tokens were reused (no new federation call).
 */
resumed: boolean, };

export type PolicyStatusView = { 
/**
 * The policy file looked at (null: none on this OS).
 */
path: string | null, 
/**
 * A policy file exists and was applied.
 */
loaded: boolean, 
/**
 * The file exists but is bad: the app runs with user settings only.
 */
error: ErrorView | null, };

export type ProfileDiscoveryView = { profile: string, 
/**
 * Epoch seconds of the last discovery of this profile; null = never discovered.
 */
fetchedAt: number | null, 
/**
 * One entry per region queried (empty until discovered).
 */
regions: Array<RegionStatusView>, 
/**
 * Profile-wide failure (credentials, MFA needed, SSO expired…): no region could be queried.
 */
error: ErrorView | null, 
/**
 * A discovery of this profile is running.
 */
refreshing: boolean, };

export type ProfileKind = "static" | "sso" | "role" | "process" | "other";

export type ProfileView = { name: string, kind: ProfileKind, region: string | null, 
/**
 * The Connect endpoint of this profile is not AWS's: an environment variable or the
 * profile itself overrides it. Shown as a badge so a planted config cannot hide.
 */
customEndpoint: boolean, };

export type RegionStatusView = { region: string, count: number, error: ErrorView | null, elapsedMs: number, };

export type SessionView = { profile: string, instanceId: string, instanceAlias: string | null, region: string, userId: string | null, userArn: string | null, 
/**
 * The Connect username (the caller's role session name), when STS said who the caller is.
 */
connectUsername: string | null, callerArn: string | null, accessTokenExpiresAt: number | null, refreshTokenExpiresAt: number | null, signedInAt: number, 
/**
 * False when the keychain could not store the tokens: the session works now but will not
 * be listed after a restart.
 */
remembered: boolean, };

export type SettingsPatch = { closeToTray?: boolean, startAtLogin?: boolean, signInAtLaunch?: boolean, extraRegions?: Array<string>, notificationsEnabled?: boolean, notificationLeadMinutes?: number, 
/**
 * A language tag, or "" to follow the OS again.
 */
language?: string, 
/**
 * One of [`ZOOM_STEPS`].
 */
zoomPercent?: number, 
/**
 * The browser for all instances (`default`: the system's).
 */
browser?: BrowserChoiceView, };

export type SettingsView = { closeToTray: boolean, startAtLogin: boolean, signInAtLaunch: boolean, 
/**
 * Shows the window and focuses search, e.g. "CommandOrControl+Shift+K".
 */
globalShortcut: string, 
/**
 * Regions searched in addition to the built-in Amazon Connect regions.
 */
extraRegions: Array<string>, notificationsEnabled: boolean, notificationLeadMinutes: number, 
/**
 * Built-in plus extra regions, in search order.
 */
regions: Array<string>, 
/**
 * The language chosen in Settings or by the IT policy (a tag); null follows the OS.
 */
language: string | null, 
/**
 * How large the window draws, in percent (one of [`ZOOM_STEPS`]).
 */
zoomPercent: number, 
/**
 * The sizes offered, smallest first (Ctrl+= and Ctrl+- step through them).
 */
zoomSteps: Array<number>, 
/**
 * The browser pages open in unless their instance has its own.
 */
browser: BrowserChoiceView, 
/**
 * Instances with a browser of their own (the person's or the IT policy's).
 */
instanceBrowsers: Array<InstanceBrowserView>, 
/**
 * The fields the IT policy manages.
 */
locked: Array<string>, policy: PolicyStatusView, };

export type SsoFlow = "authorizationCode" | "deviceCode";

export type SsoLoginView = { profile: string, 
/**
 * Which flow runs: the browser comes back by itself, or a code is compared.
 */
flow: SsoFlow, 
/**
 * The code to compare with the one the browser shows (device flow; empty otherwise).
 */
userCode: string, 
/**
 * The page to approve on (also opened in the browser), with the code filled in (device
 * flow; empty otherwise: the browser flow's page carries its state and stays private).
 */
verificationUrl: string, 
/**
 * Epoch seconds after which the code no longer works, or the wait for the browser ends.
 */
expiresAt: number, };

export type Text = { 
/**
 * The Fluent message ID, as in the `.ftl` files under `locales/`.
 */
id: string, args: Record<string, TextArg>, };

export type TextArg = number | string | Text;

/** How commands reach Rust: Tauri's `invoke` in the app, a fake in tests. */
export type InvokeFn = (command: string, args?: Record<string, unknown>) => Promise<unknown>;

/** How events reach the window: resolves to an unsubscribe function. */
export type ListenFn = (event: string, handler: (payload: unknown) => void) => Promise<() => void>;

/** Subscribes to one event; resolves to an unsubscribe function. */
export type Subscribe<T> = (handler: (payload: T) => void) => Promise<() => void>;

/** Every command of the contract. Each rejects with an {@link ErrorView}. */
export interface Commands {
  /** The window's catalogue in the language in use (asked first, before anything is drawn, and again when the language changes). */
  localization(): Promise<LocalizationView>;
  /** What the window needs to draw itself at start-up, in one call. */
  appSnapshot(): Promise<AppSnapshot>;
  /** A pasted instance ID or ARN, described through the profile (an ARN picks the region). */
  resolveInstance(profile: string, instance: string): Promise<InstanceView>;
  /** Remembers the picked profile and instance for the next start. */
  rememberSelection(profile: string, instance: string | null): Promise<void>;
  /** Signs in and opens the browser from Rust; the window gets the session, never the URL. */
  signIn(profile: string, instance: string): Promise<SessionView>;
  /** Reopens a stored session in the browser: with its stored tokens while they are valid (`resumed: true`), else by signing in afresh (`resumed: false`). */
  openSession(profile: string, instance: string): Promise<OpenView>;
  /** Forgets a stored session; with `browser`, also opens the instance's Amazon Connect logout page. */
  signOut(profile: string, instance: string, browser: boolean): Promise<void>;
  /** Shared desks: forgets every stored session; resolves to how many were removed. */
  endShift(): Promise<number>;
  /** Starts an IAM Identity Center sign-in for an SSO profile: `browser` approves in the browser, which comes back to the app (the device code when it cannot: `flow` says which runs); `deviceCode` compares a code. Rust opens the page; the window shows the code to compare (device flow) or waits (browser flow), never the browser's URL. */
  ssoLoginStart(profile: string, method: LoginMethod): Promise<SsoLoginView>;
  /** Resolves when the person approved the started sign-in; rejects with `sso_login_expired`, `sso_login_denied`, `sso_login_refused`, `sso_login_cancelled` or another error. */
  ssoLoginWait(profile: string): Promise<void>;
  /** Cancels a started or waited-for IAM Identity Center sign-in; true when there was one. */
  ssoLoginCancel(profile: string): Promise<boolean>;
  /** The MFA code for a profile whose role needs one (once per shift); rejects with `mfa_invalid` when STS refused it or it is not six digits. */
  submitMfaCode(profile: string, code: string): Promise<void>;
  /** Discovers the instances of one profile (null: every profile) in every region; `refresh: false` reuses a recent cache. Failures come back inside the catalog. */
  discoverInstances(profile: string | null, refresh: boolean): Promise<CatalogView>;
  /** Pins or unpins an instance; rejects with `setting_managed` when the policy locks pins. */
  setPinned(profile: string, instance: string, pinned: boolean): Promise<CatalogView>;
  /** Changes the given settings only; rejects with `setting_managed` (a locked field) or `invalid_parameter`. */
  updateSettings(patch: SettingsPatch): Promise<SettingsView>;
  /** Every supported browser, installed or not, with its profiles (Settings and the instance's browser choice list them). */
  browsers(): Promise<Array<BrowserView>>;
  /** Chooses the browser one instance opens in (null: the one for all); rejects with `setting_managed` when the policy locks the browser. */
  setInstanceBrowser(instance: string, choice: BrowserChoiceView | null): Promise<SettingsView>;
  /** The deep link waiting for confirmation (taken: asked once), if any. */
  takeDeepLink(): Promise<DeepLinkView | null>;
  /** Shows the folder of the log files in the file manager (for the helpdesk). */
  openLogFolder(): Promise<void>;
  /** Asks where to save the diagnostics bundle (the native save dialog), then writes it there; null when the person cancelled; rejects with `diagnostics_unwritable`. */
  saveDiagnostics(): Promise<DiagnosticsSaved | null>;
}

/** The commands over a transport (Tauri's `invoke`, or a fake in tests). */
export function createCommands(invoke: InvokeFn): Commands {
  return {
    localization: () => invoke("localization") as Promise<LocalizationView>,
    appSnapshot: () => invoke("app_snapshot") as Promise<AppSnapshot>,
    resolveInstance: (profile, instance) => invoke("resolve_instance", { profile, instance }) as Promise<InstanceView>,
    rememberSelection: async (profile, instance) => {
      await invoke("remember_selection", { profile, instance });
    },
    signIn: (profile, instance) => invoke("sign_in", { profile, instance }) as Promise<SessionView>,
    openSession: (profile, instance) => invoke("open_session", { profile, instance }) as Promise<OpenView>,
    signOut: async (profile, instance, browser) => {
      await invoke("sign_out", { profile, instance, browser });
    },
    endShift: () => invoke("end_shift") as Promise<number>,
    ssoLoginStart: (profile, method) => invoke("sso_login_start", { profile, method }) as Promise<SsoLoginView>,
    ssoLoginWait: async (profile) => {
      await invoke("sso_login_wait", { profile });
    },
    ssoLoginCancel: (profile) => invoke("sso_login_cancel", { profile }) as Promise<boolean>,
    submitMfaCode: async (profile, code) => {
      await invoke("submit_mfa_code", { profile, code });
    },
    discoverInstances: (profile, refresh) => invoke("discover_instances", { profile, refresh }) as Promise<CatalogView>,
    setPinned: (profile, instance, pinned) => invoke("set_pinned", { profile, instance, pinned }) as Promise<CatalogView>,
    updateSettings: (patch) => invoke("update_settings", { patch }) as Promise<SettingsView>,
    browsers: () => invoke("browsers") as Promise<Array<BrowserView>>,
    setInstanceBrowser: (instance, choice) => invoke("set_instance_browser", { instance, choice }) as Promise<SettingsView>,
    takeDeepLink: () => invoke("take_deep_link") as Promise<DeepLinkView | null>,
    openLogFolder: async () => {
      await invoke("open_log_folder");
    },
    saveDiagnostics: () => invoke("save_diagnostics") as Promise<DiagnosticsSaved | null>,
  };
}

/** Every event of the contract, by name. */
export const EVENTS = {
  sessionsChanged: "sessions-changed",
  catalogChanged: "catalog-changed",
  settingsChanged: "settings-changed",
  sessionExpiring: "session-expiring",
  deepLink: "deep-link",
  deepLinkError: "deep-link-error",
  appError: "app-error",
  focusSearch: "focus-search",
} as const;

/** Every event of the contract. */
export interface Events {
  /** The stored sessions changed (signed in, out, shift ended; from the window, the tray or a launch), with the new list. */
  onSessionsChanged: Subscribe<Array<SessionView>>;
  /** The catalog changed (discovery, pins, a sign-in made an instance recent). */
  onCatalogChanged: Subscribe<CatalogView>;
  /** A settings change was saved. */
  onSettingsChanged: Subscribe<SettingsView>;
  /** A stored session ends in a few minutes (a desktop notification says so too). */
  onSessionExpiring: Subscribe<ExpiringView>;
  /** A `connect-sso://sign-in?…` link arrived and waits for confirmation. */
  onDeepLink: Subscribe<DeepLinkView>;
  /** A link was refused (`deep_link_invalid`). */
  onDeepLinkError: Subscribe<ErrorView>;
  /** An action the window did not start (a tray sign-in, sign-in at launch) failed. */
  onAppError: Subscribe<ErrorView>;
  /** The global shortcut was pressed: focus the search box. */
  onFocusSearch: Subscribe<null>;
}

/** The events over a transport (Tauri's `listen`, or a fake in tests). */
export function createEvents(listen: ListenFn): Events {
  return {
    onSessionsChanged: (handler) => listen("sessions-changed", (payload) => handler(payload as Array<SessionView>)),
    onCatalogChanged: (handler) => listen("catalog-changed", (payload) => handler(payload as CatalogView)),
    onSettingsChanged: (handler) => listen("settings-changed", (payload) => handler(payload as SettingsView)),
    onSessionExpiring: (handler) => listen("session-expiring", (payload) => handler(payload as ExpiringView)),
    onDeepLink: (handler) => listen("deep-link", (payload) => handler(payload as DeepLinkView)),
    onDeepLinkError: (handler) => listen("deep-link-error", (payload) => handler(payload as ErrorView)),
    onAppError: (handler) => listen("app-error", (payload) => handler(payload as ErrorView)),
    onFocusSearch: (handler) => listen("focus-search", (payload) => handler(payload as null)),
  };
}
