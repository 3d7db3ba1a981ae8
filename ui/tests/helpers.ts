// Test support: a fake Api (the real transport boundary), fixtures, and DOM helpers for mounting the app.
import type { Api } from "../src/api";
import { mountApp, type AppHandle, type AppOptions } from "../src/app";
import { Messages } from "../src/l10n";
import type {
  BrowserChoiceView,
  BrowserView,
  AppSnapshot,
  CatalogEntry,
  CatalogView,
  DiagnosticsSaved,
  DeepLinkView,
  ErrorCode,
  ErrorView,
  ExpiringView,
  InstanceChoice,
  InstanceView,
  LoginMethod,
  LanguageOptionView,
  LocalizationView,
  OpenView,
  ProfileDiscoveryView,
  ProfileView,
  SessionView,
  SettingsPatch,
  SettingsView,
  SsoLoginView,
} from "../src/bindings";

export const NOW = Date.UTC(2030, 0, 15, 12, 0, 0);
export const NOW_S = Math.floor(NOW / 1000);

export function profile(name: string, overrides: Partial<ProfileView> = {}): ProfileView {
  return { name, kind: "sso", region: "eu-west-2", customEndpoint: false, ...overrides };
}

export function instance(id: string, alias: string | null, overrides: Partial<InstanceView> = {}): InstanceView {
  const region = overrides.region ?? "eu-west-2";
  return {
    id,
    arn: `arn:aws:connect:${region}:123456789012:instance/${id}`,
    alias,
    region,
    accountId: "123456789012",
    identityManagementType: "SAML",
    status: "ACTIVE",
    accessUrl: alias ? `https://${alias}.my.connect.aws` : null,
    ...overrides,
  };
}

export function session(profileName: string, inst: InstanceView, overrides: Partial<SessionView> = {}): SessionView {
  return {
    profile: profileName,
    instanceId: inst.id,
    instanceAlias: inst.alias,
    region: inst.region,
    userId: "AIDAEXAMPLE",
    userArn: "arn:aws:sts::123456789012:federated-user/alice",
    connectUsername: null,
    callerArn: null,
    accessTokenExpiresAt: NOW_S + 58 * 60 + 30,
    refreshTokenExpiresAt: NOW_S + 12 * 3600,
    signedInAt: NOW_S,
    remembered: true,
    ...overrides,
  };
}

/** One catalog row as the backend sends it. */
export function catalogEntry(profileName: string, inst: InstanceView, overrides: Partial<CatalogEntry> = {}): CatalogEntry {
  return { profile: profileName, instance: inst, displayName: null, pinned: false, managed: false, useCount: 0, lastUsedAt: null, ...overrides };
}

/** A profile discovered 3 minutes before {@link NOW}, in the regions of `instances` (no errors). */
export function discovery(profileName: string, instances: InstanceView[], overrides: Partial<ProfileDiscoveryView> = {}): ProfileDiscoveryView {
  const regions = [...new Set(instances.map((i) => i.region))];
  return {
    profile: profileName,
    fetchedAt: NOW_S - 3 * 60,
    regions: regions.map((region) => ({
      region,
      count: instances.filter((i) => i.region === region).length,
      error: null,
      elapsedMs: 120,
    })),
    error: null,
    refreshing: false,
    ...overrides,
  };
}

export function catalogOf(entries: CatalogEntry[], overrides: Partial<CatalogView> = {}): CatalogView {
  return { entries, profiles: [], defaultInstance: null, restricted: false, pinsLocked: false, ...overrides };
}

/** What `settings_view` answers by default: nothing managed, no policy file. */
export function settingsView(overrides: Partial<SettingsView> = {}): SettingsView {
  return {
    closeToTray: true,
    startAtLogin: false,
    signInAtLaunch: false,
    globalShortcut: "CommandOrControl+Shift+K",
    extraRegions: [],
    notificationsEnabled: true,
    notificationLeadMinutes: 5,
    regions: ["us-east-1", "us-west-2", "eu-west-2", "eu-central-1", "ap-southeast-2"],
    language: null,
    zoomPercent: 100,
    zoomSteps: [50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 300],
    browser: { browser: "default", profile: null, private: false },
    instanceBrowsers: [],
    locked: [],
    policy: { path: "/etc/connect-sso/policy.json", loaded: false, error: null },
    ...overrides,
  };
}

export function deepLink(profileName: string, instanceId: string, overrides: Partial<DeepLinkView> = {}): DeepLinkView {
  return { profile: profileName, instanceId, region: null, label: null, instance: instanceId, ...overrides };
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function errorView(code: ErrorCode, message: string, hint = ""): ErrorView {
  return { code, message, hint };
}

/** What `sso_login_start` answers in the device flow: a code valid for 9.5 more minutes. */
export function ssoLoginView(profileName: string, overrides: Partial<SsoLoginView> = {}): SsoLoginView {
  return {
    profile: profileName,
    flow: "deviceCode",
    userCode: "WDJB-MJHT",
    verificationUrl: "https://device.sso.eu-west-2.amazonaws.com/?user_code=WDJB-MJHT",
    expiresAt: NOW_S + 9 * 60 + 30,
    ...overrides,
  };
}

/** What `sso_login_start` answers in the browser flow: no code, no page; ten minutes for the browser to come back. */
export function browserLoginView(profileName: string): SsoLoginView {
  return { profile: profileName, flow: "authorizationCode", userCode: "", verificationUrl: "", expiresAt: NOW_S + 600 };
}

export const SSO_CANCELLED = errorView(
  "sso_login_cancelled",
  "The IAM Identity Center sign-in was cancelled.",
  "Start it again when you are ready.",
);

export type Call = { method: keyof Api; args: unknown[] };

/** The snapshot a test sets up; the catalog, settings and pending link default to the fake backend's own. */
export type SnapshotFixture = Omit<AppSnapshot, "catalog" | "settings" | "pendingDeepLink"> &
  Partial<Pick<AppSnapshot, "catalog" | "settings" | "pendingDeepLink">>;

/** A scriptable backend. Override any method per test; every call is recorded. */
export class FakeApi implements Api {
  calls: Call[] = [];
  snapshot: SnapshotFixture = { profiles: [], lastProfile: null, lastInstance: null, sessions: [], notice: null };
  /** What discovery finds, per profile (and what the cached catalog holds: the cache is warm unless a test says not). */
  instances: Record<string, InstanceView[]> = {};
  /** Entry keys (`profile\u0000id`) that are pinned / defined by the policy. */
  pins = new Set<string>();
  managed = new Set<string>();
  displayNames: Record<string, string> = {};
  /** Recorded uses (sign-ins) per entry key. */
  uses: Record<string, { count: number; last: number }> = {};
  restricted = false;
  pinsLocked = false;
  defaultInstance: InstanceChoice | null = null;
  profileErrors: Record<string, ErrorView> = {};
  /** Per profile, per region. */
  regionErrors: Record<string, Record<string, ErrorView>> = {};
  refreshingProfiles = new Set<string>();
  fetchedAt: number | null = NOW_S - 3 * 60;
  settings: SettingsView = settingsView();
  /** What `take_deep_link` hands out (once). */
  pendingLink: DeepLinkView | null = null;
  /** Replace to control discovery; defaults to the current {@link catalogView}. */
  discoverImpl: ((profile: string | null, refresh: boolean) => Promise<CatalogView>) | null = null;
  setPinnedImpl: ((profile: string, instance: string, pinned: boolean) => Promise<CatalogView>) | null = null;
  updateSettingsImpl: ((patch: SettingsPatch) => Promise<SettingsView>) | null = null;
  /** Handlers per app event name (see {@link fire}). */
  readonly handlers = new Map<string, Set<(payload: unknown) => void>>();
  sessions: SessionView[] = [];
  resolvable: Record<string, InstanceView> = {};
  /** Replace to control sign-in per test; defaults to an immediate success. */
  signInImpl: (profile: string, instance: string) => Promise<SessionView> = async (p, i) => {
    const inst = Object.values(this.instances).flat().find((x) => x.id === i) ?? instance(i, null);
    // Like the backend: a sign-in counts as a use (Recent).
    const key = `${p}\u0000${inst.id}`;
    this.uses[key] = { count: (this.uses[key]?.count ?? 0) + 1, last: NOW_S };
    return session(p, inst);
  };
  signOutImpl: (profile: string, instance: string, browser: boolean) => Promise<void> = async () => {};
  /** Replace to control Open; defaults to reusing the stored tokens (`resumed: true`). */
  openSessionImpl: (profile: string, instance: string) => Promise<OpenView> = async (p, i) => {
    const stored = this.sessions.find((s) => s.profile === p && s.instanceId === i);
    return { session: stored ?? session(p, instance(i, null)), resumed: true };
  };
  /** Replace to make subscribing to `session-expiring` fail. */
  subscribeImpl: (() => Promise<void>) | null = null;
  /** The handlers currently subscribed to `session-expiring` (see {@link fireExpiring}). */
  readonly expiringHandlers = new Set<(event: ExpiringView) => void>();
  /** Replace to control End shift; defaults to removing every stored session and returning the count. */
  endShiftImpl: () => Promise<number> = async () => {
    const removed = this.sessions.length;
    this.sessions = [];
    return removed;
  };
  /** Replace to control `sso_login_start`; defaults to {@link ssoLoginView} (the device flow, whatever was asked). */
  ssoLoginStartImpl: (profile: string, method: LoginMethod) => Promise<SsoLoginView> = async (p) => ssoLoginView(p);
  /**
   * Like the backend: `sso_login_wait` waits for {@link approveSso} / {@link rejectSso}, and rejects with
   * sso_login_cancelled when the sign-in was cancelled (before or while waiting) or never started.
   */
  ssoLoginWaitImpl: ((profile: string) => Promise<void>) | null = null;
  /** Replace to control `sso_login_cancel`; defaults to cancelling like the backend. */
  ssoLoginCancelImpl: ((profile: string) => Promise<boolean>) | null = null;
  /** Replace to control `submit_mfa_code`; defaults to accepting the code. */
  submitMfaCodeImpl: (profile: string, code: string) => Promise<void> = async () => {};
  private readonly ssoStarted = new Set<string>();
  private readonly ssoWaits = new Map<string, Deferred<void>>();
  snapshotImpl: (() => Promise<AppSnapshot>) | null = null;
  /** Replace to control `save_diagnostics`; defaults to a bundle saved in the Documents folder. */
  saveDiagnosticsImpl: () => Promise<DiagnosticsSaved | null> = async () => ({
    path: "/home/agent/Documents/connect-sso-diagnostics-20261206-090000.zip",
    files: 10,
  });

  private record(method: keyof Api, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  callsOf(method: keyof Api): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  /** The language the fake backend speaks; tests switch it to follow a language change. */
  language = "en";

  async localization(): Promise<LocalizationView> {
    this.record("localization");
    // The pseudo-locale reads English's catalogue, like the backend.
    const pseudo = this.language === "en-XA";
    return { language: this.language, sources: catalogueSources(pseudo ? "en" : this.language), pseudo, languages: LANGUAGES };
  }

  async appSnapshot(): Promise<AppSnapshot> {
    this.record("appSnapshot");
    if (this.snapshotImpl) {
      return this.snapshotImpl();
    }
    return structuredClone({
      catalog: this.catalogView(),
      settings: this.settings,
      pendingDeepLink: null,
      ...this.snapshot,
    });
  }

  /** The catalog as the backend would build it now: pinned first, then most recently used, then as listed. */
  catalogView(): CatalogView {
    const names = [...this.snapshot.profiles.map((p) => p.name)];
    for (const name of Object.keys(this.instances)) {
      if (!names.includes(name)) {
        names.push(name);
      }
    }
    const entries: CatalogEntry[] = [];
    for (const name of names) {
      for (const inst of this.instances[name] ?? []) {
        const key = `${name}\u0000${inst.id}`;
        entries.push(
          catalogEntry(name, inst, {
            displayName: this.displayNames[key] ?? null,
            pinned: this.pins.has(key),
            managed: this.managed.has(key),
            useCount: this.uses[key]?.count ?? 0,
            lastUsedAt: this.uses[key]?.last ?? null,
          }),
        );
      }
    }
    const order = entries.map((e, index) => ({ e, index }));
    order.sort(
      (a, b) =>
        Number(b.e.pinned) - Number(a.e.pinned) ||
        (b.e.lastUsedAt ?? -1) - (a.e.lastUsedAt ?? -1) ||
        a.index - b.index,
    );
    return structuredClone({
      entries: order.map((o) => o.e),
      profiles: names
        .filter((name) => this.snapshot.profiles.some((p) => p.name === name))
        .map((name) => {
          const regionErrors = this.regionErrors[name] ?? {};
          const base = discovery(name, this.instances[name] ?? [], {
            fetchedAt: this.fetchedAt,
            error: this.profileErrors[name] ?? null,
            refreshing: this.refreshingProfiles.has(name),
          });
          for (const [region, error] of Object.entries(regionErrors)) {
            const known = base.regions.find((r) => r.region === region);
            if (known) {
              known.error = error;
            } else {
              base.regions.push({ region, count: 0, error, elapsedMs: 10_000 });
            }
          }
          return base;
        }),
      defaultInstance: this.defaultInstance,
      restricted: this.restricted,
      pinsLocked: this.pinsLocked,
    });
  }

  async discoverInstances(profileName: string | null, refresh: boolean): Promise<CatalogView> {
    this.record("discoverInstances", profileName, refresh);
    const catalog = this.discoverImpl ? await this.discoverImpl(profileName, refresh) : this.catalogView();
    // Like the backend: a discovery is announced before it answers.
    this.fire("catalog-changed", catalog);
    return catalog;
  }
  async setPinned(profileName: string, inst: string, pinned: boolean): Promise<CatalogView> {
    this.record("setPinned", profileName, inst, pinned);
    if (this.setPinnedImpl) {
      return this.setPinnedImpl(profileName, inst, pinned);
    }
    if (this.pinsLocked) {
      throw errorView("setting_managed", "Pins are managed by your organization.", "Ask your IT team to change them.");
    }
    const key = `${profileName}\u0000${inst}`;
    if (pinned) {
      this.pins.add(key);
    } else {
      this.pins.delete(key);
    }
    const catalog = this.catalogView();
    this.fire("catalog-changed", catalog);
    return catalog;
  }
  async updateSettings(patch: SettingsPatch): Promise<SettingsView> {
    this.record("updateSettings", patch);
    if (this.updateSettingsImpl) {
      return this.updateSettingsImpl(patch);
    }
    for (const field of Object.keys(patch)) {
      if (this.settings.locked.includes(field)) {
        throw errorView("setting_managed", `${field} is managed by your organization.`, "Ask your IT team to change it.");
      }
    }
    this.settings = { ...this.settings, ...patch };
    if (patch.language !== undefined) {
      // The backend speaks the chosen language from now on ("" follows the system: English here).
      this.settings.language = patch.language === "" ? null : patch.language;
      this.language = patch.language === "" ? "en" : patch.language;
    }
    if (patch.extraRegions) {
      this.settings.regions = [...settingsView().regions, ...patch.extraRegions];
    }
    this.fire("settings-changed", structuredClone(this.settings));
    return structuredClone(this.settings);
  }
  /** What `browsers` answers: Chrome with two profiles and Firefox installed, Edge not. */
  installedBrowsers: BrowserView[] = [
    {
      id: "chrome",
      name: "Google Chrome",
      installed: true,
      path: "/usr/bin/google-chrome",
      foundIn: "PATH",
      profiles: [
        { name: "Person 1", directory: "Default" },
        { name: "Work", directory: "Profile 2" },
      ],
    },
    { id: "firefox", name: "Firefox", installed: true, path: "/usr/bin/firefox", foundIn: "PATH", profiles: [] },
    { id: "edge", name: "Microsoft Edge", installed: false, path: null, foundIn: null, profiles: [] },
  ];
  async browsers(): Promise<BrowserView[]> {
    this.record("browsers");
    return structuredClone(this.installedBrowsers);
  }
  async setInstanceBrowser(instance: string, choice: BrowserChoiceView | null): Promise<SettingsView> {
    this.record("setInstanceBrowser", instance, choice);
    if (this.settings.locked.includes("browser")) {
      throw errorView("setting_managed", "browser is managed by your organization.", "Ask your IT team to change it.");
    }
    const others = this.settings.instanceBrowsers.filter((b) => b.instanceId !== instance);
    this.settings = { ...this.settings, instanceBrowsers: choice ? [...others, { instanceId: instance, choice }] : others };
    this.fire("settings-changed", structuredClone(this.settings));
    return structuredClone(this.settings);
  }
  async openLogFolder(): Promise<void> {
    this.record("openLogFolder");
  }
  async saveDiagnostics(): Promise<DiagnosticsSaved | null> {
    this.record("saveDiagnostics");
    return this.saveDiagnosticsImpl();
  }
  async takeDeepLink(): Promise<DeepLinkView | null> {
    this.record("takeDeepLink");
    const link = this.pendingLink;
    this.pendingLink = null;
    return link;
  }
  async resolveInstance(profileName: string, text: string): Promise<InstanceView> {
    this.record("resolveInstance", profileName, text);
    const found = this.resolvable[text];
    if (!found) {
      throw errorView("resource_not_found", `No Amazon Connect instance ${text}`, "Check the ID or ARN.");
    }
    return found;
  }
  async rememberSelection(profileName: string, inst: string | null): Promise<void> {
    this.record("rememberSelection", profileName, inst);
  }
  async signIn(profileName: string, inst: string): Promise<SessionView> {
    this.record("signIn", profileName, inst);
    const signed = await this.signInImpl(profileName, inst);
    this.announceSignIn(signed);
    return signed;
  }
  async openSession(profileName: string, inst: string): Promise<OpenView> {
    this.record("openSession", profileName, inst);
    const opened = await this.openSessionImpl(profileName, inst);
    if (!opened.resumed) {
      this.announceSignIn(opened.session);
    }
    return opened;
  }
  async signOut(profileName: string, inst: string, browser: boolean): Promise<void> {
    this.record("signOut", profileName, inst, browser);
    await this.signOutImpl(profileName, inst, browser);
    this.sessions = this.sessions.filter((s) => !(s.profile === profileName && s.instanceId === inst));
    this.announceSessions();
  }
  async endShift(): Promise<number> {
    this.record("endShift");
    try {
      return await this.endShiftImpl();
    } finally {
      // Like the backend: what is left is announced, whether the keychain let every session go or not.
      this.announceSessions();
    }
  }
  /** What the backend announces after a fresh sign-in: the stored sessions (when stored) and the catalog (a use). */
  private announceSignIn(signed: SessionView): void {
    if (signed.remembered) {
      this.sessions = [signed, ...this.sessions.filter((s) => !(s.profile === signed.profile && s.instanceId === signed.instanceId))];
      this.announceSessions();
    }
    this.fire("catalog-changed", this.catalogView());
  }
  /** The sessions-changed event, with the stored sessions as they are now. */
  announceSessions(): void {
    this.fire("sessions-changed", structuredClone(this.sessions));
  }
  async ssoLoginStart(profileName: string, method: LoginMethod): Promise<SsoLoginView> {
    this.record("ssoLoginStart", profileName, method);
    const view = await this.ssoLoginStartImpl(profileName, method);
    this.ssoStarted.add(profileName);
    return view;
  }
  async ssoLoginWait(profileName: string): Promise<void> {
    this.record("ssoLoginWait", profileName);
    if (this.ssoLoginWaitImpl) {
      return this.ssoLoginWaitImpl(profileName);
    }
    if (!this.ssoStarted.delete(profileName)) {
      throw SSO_CANCELLED;
    }
    const wait = deferred<void>();
    this.ssoWaits.set(profileName, wait);
    return wait.promise;
  }
  async ssoLoginCancel(profileName: string): Promise<boolean> {
    this.record("ssoLoginCancel", profileName);
    if (this.ssoLoginCancelImpl) {
      return this.ssoLoginCancelImpl(profileName);
    }
    return this.cancelSso(profileName);
  }
  /** What the backend does on cancel: forget the started sign-in and end a running wait with sso_login_cancelled. */
  cancelSso(profileName: string): boolean {
    const started = this.ssoStarted.delete(profileName);
    const wait = this.ssoWaits.get(profileName);
    this.ssoWaits.delete(profileName);
    wait?.reject(SSO_CANCELLED);
    return started || wait !== undefined;
  }
  /** The person approved in the browser: the pending `sso_login_wait` resolves. */
  approveSso(profileName: string): void {
    this.takeWait(profileName).resolve();
  }
  /** The pending `sso_login_wait` rejects with `error`. */
  rejectSso(profileName: string, error: ErrorView): void {
    this.takeWait(profileName).reject(error);
  }
  /** True while the fake backend waits for approval for this profile. */
  ssoWaiting(profileName: string): boolean {
    return this.ssoWaits.has(profileName);
  }
  private takeWait(profileName: string): Deferred<void> {
    const wait = this.ssoWaits.get(profileName);
    if (!wait) {
      throw new Error(`no sso_login_wait is pending for ${profileName}`);
    }
    this.ssoWaits.delete(profileName);
    return wait;
  }
  async submitMfaCode(profileName: string, code: string): Promise<void> {
    this.record("submitMfaCode", profileName, code);
    return this.submitMfaCodeImpl(profileName, code);
  }
  async onSessionExpiring(handler: (event: ExpiringView) => void): Promise<() => void> {
    this.record("onSessionExpiring");
    if (this.subscribeImpl) {
      await this.subscribeImpl();
    }
    this.expiringHandlers.add(handler);
    return () => {
      this.expiringHandlers.delete(handler);
    };
  }
  private subscribe(method: keyof Api, event: string, handler: (payload: never) => void): Promise<() => void> {
    this.record(method);
    const set = this.handlers.get(event) ?? new Set();
    this.handlers.set(event, set);
    const h = handler as (payload: unknown) => void;
    set.add(h);
    return Promise.resolve(() => {
      set.delete(h);
    });
  }
  onDeepLink(handler: (link: DeepLinkView) => void): Promise<() => void> {
    return this.subscribe("onDeepLink", "deep-link", handler);
  }
  onDeepLinkError(handler: (error: ErrorView) => void): Promise<() => void> {
    return this.subscribe("onDeepLinkError", "deep-link-error", handler);
  }
  onAppError(handler: (error: ErrorView) => void): Promise<() => void> {
    return this.subscribe("onAppError", "app-error", handler);
  }
  onCatalogChanged(handler: (catalog: CatalogView) => void): Promise<() => void> {
    return this.subscribe("onCatalogChanged", "catalog-changed", handler);
  }
  onSessionsChanged(handler: (sessions: SessionView[]) => void): Promise<() => void> {
    return this.subscribe("onSessionsChanged", "sessions-changed", handler);
  }
  onSettingsChanged(handler: (settings: SettingsView) => void): Promise<() => void> {
    return this.subscribe("onSettingsChanged", "settings-changed", handler);
  }
  onFocusSearch(handler: (payload: null) => void): Promise<() => void> {
    return this.subscribe("onFocusSearch", "focus-search", handler);
  }

  /** What the backend's app event does: every handler subscribed to `event` gets the payload. */
  fire(event: string, payload: unknown): void {
    for (const handler of this.handlers.get(event) ?? []) {
      handler(payload);
    }
  }

  /** What the backend's `session-expiring` event does: every subscribed handler gets the payload. */
  fireExpiring(payload: ExpiringView): void {
    for (const handler of this.expiringHandlers) {
      handler(payload);
    }
  }
}

/** A `session-expiring` payload as the backend words it. */
export function expiringEvent(profileName: string, inst: InstanceView, overrides: Partial<ExpiringView> = {}): ExpiringView {
  const name = inst.alias ?? inst.id;
  return {
    profile: profileName,
    instanceId: inst.id,
    title: `Your ${name} session ends soon`,
    body: `Amazon Connect will sign you out of ${name} in 5 minutes. Sign in again to keep working.`,
    ...overrides,
  };
}

/** Lets pending promise chains (fake backend replies, renders) run to completion. */
/** The languages the backend offers, as Settings lists them. */
export const LANGUAGES: LanguageOptionView[] = [
  { tag: "en", name: "English" },
  { tag: "de", name: "Deutsch" },
  { tag: "es", name: "Español" },
  { tag: "fr", name: "Français" },
  { tag: "it", name: "Italiano" },
  { tag: "ja", name: "日本語" },
  { tag: "ko", name: "한국어" },
  { tag: "pt-BR", name: "Português (Brasil)" },
  { tag: "zh-CN", name: "简体中文" },
  { tag: "zh-TW", name: "繁體中文" },
];

/** Every catalogue file of the repository, by path. */
const CATALOGUE_FILES = import.meta.glob<string>("../../locales/*/*.ftl", { query: "?raw", import: "default", eager: true });

/** `locales/<language>/window.ftl` and `errors.ftl`, as the backend hands them over. */
export function catalogueSources(language: string): string[] {
  return ["window", "errors"].map((file) => CATALOGUE_FILES[`../../locales/${language}/${file}.ftl`] ?? "");
}

/** The window's catalogue in `language`, read from the repository. */
export function messagesIn(language: string, pseudo = false): Messages {
  return new Messages(language, catalogueSources(language), pseudo, LANGUAGES);
}

export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
}

let mounted: AppHandle | null = null;

export async function mount(api: Api, options: AppOptions = {}): Promise<AppHandle> {
  unmount();
  document.body.replaceChildren();
  const root = document.createElement("div");
  root.id = "app";
  document.body.appendChild(root);
  // Links are armed at once unless a test is about arming.
  mounted = mountApp(root, api, messagesIn("en"), { now: () => NOW, deepLinkArmMs: 0, ...options });
  await mounted.ready;
  await settle();
  return mounted;
}

export function unmount(): void {
  mounted?.dispose();
  mounted = null;
}

export function $(selector: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) {
    throw new Error(`no element matches ${selector}`);
  }
  return el;
}

export function $$(selector: string): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(selector));
}

/** Visible = neither it nor an ancestor has the hidden attribute. */
export function isShown(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute("hidden")) {
      return false;
    }
  }
  return true;
}

/**
 * Text as a person reads it: without the Unicode isolation marks Fluent puts around arguments (they keep a
 * right-to-left name from reordering the sentence, and show nothing), whitespace collapsed.
 */
export function plain(value: string | null | undefined): string {
  return (value ?? "").replace(/[\u2068\u2069]/g, "");
}

export function text(selector: string): string {
  return plain($(selector).textContent).replace(/\s+/g, " ").trim();
}

/** An attribute as a person reads it (see {@link plain}); null when it is not set. */
export function attr(element: Element | null | undefined, name: string): string | null {
  const value = element?.getAttribute(name);
  return value === null || value === undefined ? null : plain(value);
}

export function options(): HTMLElement[] {
  return $$("#instances [role='option']");
}

export function optionIds(): string[] {
  return options().map((o) => o.getAttribute("data-instance-id") ?? "");
}

export function selectedIds(): string[] {
  return options()
    .filter((o) => o.getAttribute("aria-selected") === "true")
    .map((o) => o.getAttribute("data-instance-id") ?? "");
}

export function key(target: Element, keyName: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(new KeyboardEvent("keydown", { key: keyName, bubbles: true, cancelable: true, ...init }));
}

/** The rows as "profile/instanceId", in order. */
export function optionKeys(): string[] {
  return options().map((o) => `${o.getAttribute("data-profile") ?? ""}/${o.getAttribute("data-instance-id") ?? ""}`);
}

export function search(value: string): void {
  typeInto("#search", value);
}

export function chooseProfile(name: string): void {
  const select = $("#profile") as HTMLSelectElement;
  select.value = name;
  select.dispatchEvent(new Event("change", { bubbles: true }));
}

export function typeInto(selector: string, value: string): void {
  const input = $(selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

/** A standard backend: two profiles, three instances for the second, a remembered selection. */
export function standardApi(): FakeApi {
  const api = new FakeApi();
  const support = instance("11111111-aaaa-bbbb-cccc-000000000001", "support-uk");
  const sales = instance("22222222-aaaa-bbbb-cccc-000000000002", "Sales-EMEA", { region: "eu-central-1" });
  const noAlias = instance("33333333-aaaa-bbbb-cccc-000000000003", null, { region: "us-east-1" });
  api.snapshot = {
    profiles: [
      profile("dev", { kind: "static", region: "us-east-1" }),
      profile("agents", { kind: "sso", region: "eu-west-2" }),
    ],
    lastProfile: "agents",
    lastInstance: sales.id,
    sessions: [],
    notice: null,
  };
  api.instances = {
    dev: [instance("44444444-aaaa-bbbb-cccc-000000000004", "dev-lab", { region: "us-east-1" })],
    agents: [support, sales, noAlias],
  };
  return api;
}
