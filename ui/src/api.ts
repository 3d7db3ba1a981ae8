// Owns the typed IPC surface to the Rust backend: commands and app events; the only module that touches Tauri's API.
import { invoke as tauriInvoke } from "@tauri-apps/api/core";
import { listen as tauriListen } from "@tauri-apps/api/event";
import type {
  AppSnapshot,
  CatalogView,
  DeepLinkView,
  ErrorView,
  ExpiringView,
  InstanceView,
  OpenView,
  ProfileView,
  SessionView,
  SettingsPatch,
  SettingsView,
  SsoLoginView,
} from "./bindings";

/** Transport used by {@link createApi}: Tauri's `invoke` in the app, a fake in tests. */
export type InvokeFn = (cmd: string, args?: Record<string, unknown>) => Promise<unknown>;

/** Event transport used by {@link createApi}: resolves to an unsubscribe function. */
export type ListenFn = (event: string, handler: (payload: unknown) => void) => Promise<() => void>;

/** The app event the backend emits a few minutes before a stored session ends. */
export const SESSION_EXPIRING_EVENT = "session-expiring";
/** A `connect-sso://sign-in?…` link arrived: payload {@link DeepLinkView}. */
export const DEEP_LINK_EVENT = "deep-link";
/** A link was refused (`deep_link_invalid`): payload {@link ErrorView}. */
export const DEEP_LINK_ERROR_EVENT = "deep-link-error";
/** An action the window did not start (tray sign-in, sign-in at launch) failed. */
export const APP_ERROR_EVENT = "app-error";
/** Background discovery finished, or the tray pinned / signed in: payload {@link CatalogView}. */
export const CATALOG_CHANGED_EVENT = "catalog-changed";
/** The tray signed in / out or ended the shift: payload `SessionView[]`. */
export const SESSIONS_CHANGED_EVENT = "sessions-changed";
/** The global shortcut was pressed: payload null. */
export const FOCUS_SEARCH_EVENT = "focus-search";

/** Subscribes to one app event; resolves to an unsubscribe function. Payloads are passed on unchecked. */
export type Subscribe<T> = (handler: (payload: T) => void) => Promise<() => void>;

/** Every command the backend exposes. All of them reject with an {@link ErrorView}. */
export interface Api {
  appSnapshot(): Promise<AppSnapshot>;
  listProfiles(): Promise<ProfileView[]>;
  /** Every known instance of every profile, from the cache, the policy, pins and recents (no network). */
  catalog(): Promise<CatalogView>;
  /**
   * Discovers the instances of one profile (null: every profile) in every region; `refresh: false` reuses a
   * recent cache. Region and profile failures come back inside the view; it rejects only on bad input.
   */
  discoverInstances(profile: string | null, refresh: boolean): Promise<CatalogView>;
  /** Rejects with `setting_managed` when the policy locks pins. */
  setPinned(profile: string, instance: string, pinned: boolean): Promise<CatalogView>;
  settingsView(): Promise<SettingsView>;
  /** Changes the given fields only; rejects with `setting_managed` (locked field) or `invalid_parameter`. */
  updateSettings(patch: SettingsPatch): Promise<SettingsView>;
  /** The deep link waiting for confirmation (removed from the backend), if any. */
  takeDeepLink(): Promise<DeepLinkView | null>;
  resolveInstance(profile: string, instance: string): Promise<InstanceView>;
  rememberSelection(profile: string, instance: string | null): Promise<void>;
  signIn(profile: string, instance: string): Promise<SessionView>;
  /**
   * Opens a stored session in the browser: with its stored tokens when they are still valid
   * (`resumed: true`), else by signing in afresh (`resumed: false`).
   */
  openSession(profile: string, instance: string): Promise<OpenView>;
  /** Forgets a stored session; with `browser`, also opens the instance's Amazon Connect logout page. */
  signOut(profile: string, instance: string, browser: boolean): Promise<void>;
  listSessions(): Promise<SessionView[]>;
  /** Shared desks: forgets every stored session; resolves to how many were removed. */
  endShift(): Promise<number>;
  /**
   * Starts an IAM Identity Center device sign-in for an SSO profile. The backend opens the verification page in
   * the browser itself; the window only shows the code to compare.
   */
  ssoLoginStart(profile: string): Promise<SsoLoginView>;
  /**
   * Resolves when the person approved the started sign-in in the browser. Rejects with `sso_login_expired`,
   * `sso_login_denied`, `sso_login_cancelled` (after {@link Api.ssoLoginCancel}) or another error.
   */
  ssoLoginWait(profile: string): Promise<void>;
  /** Cancels a started or waited-for IAM Identity Center sign-in; true when there was one. */
  ssoLoginCancel(profile: string): Promise<boolean>;
  /**
   * Submits the MFA code for a profile whose role needs MFA (after an `mfa_required` error); needed once per shift.
   * Rejects with `mfa_invalid` when STS refused the code or it is not six digits.
   */
  submitMfaCode(profile: string, code: string): Promise<void>;
  /**
   * Calls `handler` for every `session-expiring` event; resolves to an unsubscribe function.
   * The payload is passed on as received: callers check its shape.
   */
  onSessionExpiring: Subscribe<ExpiringView>;
  onDeepLink: Subscribe<DeepLinkView>;
  onDeepLinkError: Subscribe<ErrorView>;
  onAppError: Subscribe<ErrorView>;
  onCatalogChanged: Subscribe<CatalogView>;
  onSessionsChanged: Subscribe<SessionView[]>;
  onFocusSearch: Subscribe<null>;
}

const INTERNAL_HINT = "Try again. If it keeps happening, restart Connect SSO.";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Turns anything a rejected call can produce into an {@link ErrorView}. */
export function toErrorView(error: unknown): ErrorView {
  if (isRecord(error) && typeof error["code"] === "string" && typeof error["message"] === "string") {
    return {
      code: error["code"],
      message: error["message"],
      hint: typeof error["hint"] === "string" ? error["hint"] : "",
    };
  }
  let message = "Something went wrong.";
  if (typeof error === "string" && error.trim() !== "") {
    message = error;
  } else if (error instanceof Error && error.message !== "") {
    message = error.message;
  } else if (isRecord(error) && typeof error["message"] === "string" && error["message"] !== "") {
    message = error["message"];
  }
  return { code: "internal", message, hint: INTERNAL_HINT };
}

/** For transports without events: subscribing succeeds and nothing ever arrives. */
const noEvents: ListenFn = () => Promise.resolve(() => {});

/** Builds the typed API over any transport. */
export function createApi(invoke: InvokeFn, listen: ListenFn = noEvents): Api {
  async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
    try {
      return (await (args === undefined ? invoke(cmd) : invoke(cmd, args))) as T;
    } catch (error) {
      throw toErrorView(error);
    }
  }
  function subscribe<T>(event: string): Subscribe<T> {
    return async (handler) => {
      try {
        return await listen(event, (payload) => handler(payload as T));
      } catch (error) {
        throw toErrorView(error);
      }
    };
  }
  return {
    appSnapshot: () => call<AppSnapshot>("app_snapshot"),
    listProfiles: () => call<ProfileView[]>("list_profiles"),
    catalog: () => call<CatalogView>("catalog"),
    discoverInstances: (profile, refresh) => call<CatalogView>("discover_instances", { profile, refresh }),
    setPinned: (profile, instance, pinned) => call<CatalogView>("set_pinned", { profile, instance, pinned }),
    settingsView: () => call<SettingsView>("settings_view"),
    updateSettings: (patch) => call<SettingsView>("update_settings", { patch }),
    takeDeepLink: () => call<DeepLinkView | null>("take_deep_link"),
    resolveInstance: (profile, instance) =>
      call<InstanceView>("resolve_instance", { profile, instance }),
    rememberSelection: async (profile, instance) => {
      await call<unknown>("remember_selection", { profile, instance });
    },
    signIn: (profile, instance) => call<SessionView>("sign_in", { profile, instance }),
    openSession: (profile, instance) => call<OpenView>("open_session", { profile, instance }),
    signOut: async (profile, instance, browser) => {
      await call<unknown>("sign_out", { profile, instance, browser });
    },
    listSessions: () => call<SessionView[]>("list_sessions"),
    endShift: () => call<number>("end_shift"),
    ssoLoginStart: (profile) => call<SsoLoginView>("sso_login_start", { profile }),
    ssoLoginWait: async (profile) => {
      await call<unknown>("sso_login_wait", { profile });
    },
    ssoLoginCancel: (profile) => call<boolean>("sso_login_cancel", { profile }),
    submitMfaCode: async (profile, code) => {
      await call<unknown>("submit_mfa_code", { profile, code });
    },
    onSessionExpiring: subscribe<ExpiringView>(SESSION_EXPIRING_EVENT),
    onDeepLink: subscribe<DeepLinkView>(DEEP_LINK_EVENT),
    onDeepLinkError: subscribe<ErrorView>(DEEP_LINK_ERROR_EVENT),
    onAppError: subscribe<ErrorView>(APP_ERROR_EVENT),
    onCatalogChanged: subscribe<CatalogView>(CATALOG_CHANGED_EVENT),
    onSessionsChanged: subscribe<SessionView[]>(SESSIONS_CHANGED_EVENT),
    onFocusSearch: subscribe<null>(FOCUS_SEARCH_EVENT),
  };
}

/** The API wired to the real Tauri IPC. */
export function createTauriApi(): Api {
  return createApi(
    (cmd, args) => tauriInvoke(cmd, args),
    (event, handler) => tauriListen<unknown>(event, (e) => handler(e.payload)),
  );
}
