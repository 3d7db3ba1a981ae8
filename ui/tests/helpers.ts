// Test support: a fake Api (the real transport boundary), fixtures, and DOM helpers for mounting the app.
import type { Api } from "../src/api";
import { mountApp, type AppHandle, type AppOptions } from "../src/app";
import type { AppSnapshot, ErrorView, InstanceView, ProfileView, SessionView, SsoLoginView } from "../src/bindings";
import type { ExpiringView, OpenView } from "../src/bindings";

export const NOW = Date.UTC(2030, 0, 15, 12, 0, 0);
const NOW_S = Math.floor(NOW / 1000);

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

export function errorView(code: string, message: string, hint = ""): ErrorView {
  return { code, message, hint };
}

/** What `sso_login_start` answers: a code valid for 9.5 more minutes. */
export function ssoLoginView(profileName: string, overrides: Partial<SsoLoginView> = {}): SsoLoginView {
  return {
    profile: profileName,
    userCode: "WDJB-MJHT",
    verificationUrl: "https://device.sso.eu-west-2.amazonaws.com/?user_code=WDJB-MJHT",
    expiresAt: NOW_S + 9 * 60 + 30,
    ...overrides,
  };
}

export const SSO_CANCELLED = errorView(
  "sso_login_cancelled",
  "The IAM Identity Center sign-in was cancelled.",
  "Start it again when you are ready.",
);

export type Call = { method: keyof Api; args: unknown[] };

/** A scriptable backend. Override any method per test; every call is recorded. */
export class FakeApi implements Api {
  calls: Call[] = [];
  snapshot: AppSnapshot = { profiles: [], lastProfile: null, lastInstance: null, sessions: [], notice: null };
  instances: Record<string, InstanceView[]> = {};
  sessions: SessionView[] = [];
  resolvable: Record<string, InstanceView> = {};
  /** Replace to control sign-in per test; defaults to an immediate success. */
  signInImpl: (profile: string, instance: string) => Promise<SessionView> = async (p, i) => {
    const inst = Object.values(this.instances).flat().find((x) => x.id === i) ?? instance(i, null);
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
  listInstancesImpl: ((profile: string) => Promise<InstanceView[]>) | null = null;
  /** Replace to control `sso_login_start`; defaults to {@link ssoLoginView}. */
  ssoLoginStartImpl: (profile: string) => Promise<SsoLoginView> = async (p) => ssoLoginView(p);
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

  private record(method: keyof Api, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  callsOf(method: keyof Api): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  async appSnapshot(): Promise<AppSnapshot> {
    this.record("appSnapshot");
    return this.snapshotImpl ? this.snapshotImpl() : structuredClone(this.snapshot);
  }
  async listProfiles(): Promise<ProfileView[]> {
    this.record("listProfiles");
    return this.snapshot.profiles;
  }
  async listInstances(profileName: string): Promise<InstanceView[]> {
    this.record("listInstances", profileName);
    if (this.listInstancesImpl) {
      return this.listInstancesImpl(profileName);
    }
    return [...(this.instances[profileName] ?? [])];
  }
  async resolveInstance(profileName: string, text: string): Promise<InstanceView> {
    this.record("resolveInstance", profileName, text);
    const found = this.resolvable[text];
    if (!found) {
      throw errorView("instance_not_found", `No Amazon Connect instance ${text}`, "Check the ID or ARN.");
    }
    return found;
  }
  async rememberSelection(profileName: string, inst: string | null): Promise<void> {
    this.record("rememberSelection", profileName, inst);
  }
  async signIn(profileName: string, inst: string): Promise<SessionView> {
    this.record("signIn", profileName, inst);
    return this.signInImpl(profileName, inst);
  }
  async openSession(profileName: string, inst: string): Promise<OpenView> {
    this.record("openSession", profileName, inst);
    return this.openSessionImpl(profileName, inst);
  }
  async signOut(profileName: string, inst: string, browser: boolean): Promise<void> {
    this.record("signOut", profileName, inst, browser);
    return this.signOutImpl(profileName, inst, browser);
  }
  async listSessions(): Promise<SessionView[]> {
    this.record("listSessions");
    return [...this.sessions];
  }
  async endShift(): Promise<number> {
    this.record("endShift");
    return this.endShiftImpl();
  }
  async ssoLoginStart(profileName: string): Promise<SsoLoginView> {
    this.record("ssoLoginStart", profileName);
    const view = await this.ssoLoginStartImpl(profileName);
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
  mounted = mountApp(root, api, { now: () => NOW, ...options });
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

export function text(selector: string): string {
  return ($(selector).textContent ?? "").replace(/\s+/g, " ").trim();
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

export function key(target: Element, keyName: string): void {
  target.dispatchEvent(new KeyboardEvent("keydown", { key: keyName, bubbles: true, cancelable: true }));
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
