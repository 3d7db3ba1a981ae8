// Owns the contract between the views (which raise user intents) and the controller (which performs them).
import type { BrowserChoiceView, SettingsPatch, Text } from "./bindings";

export interface Actions {
  /** The profile picker: limits the list, Refresh and paste to one profile; null = all profiles. */
  selectScope(name: string | null): void;
  setQuery(text: string): void;
  /** Highlights an entry (click, arrow keys): what Sign in will use. */
  selectEntry(profile: string, instanceId: string): void;
  /** Resolves a pasted instance ID or ARN; true when it was found and selected. */
  usePastedInstance(text: string): Promise<boolean>;
  /** Signs in to the selected entry (after the same-instance-twice confirmation when needed). */
  signIn(): void;
  /** "Continue" in the same-instance-twice confirmation. */
  confirmDuplicate(): void;
  cancelDuplicate(): void;
  togglePin(profile: string, instanceId: string): void;
  /** Refresh: discovers the profile in scope (or every profile) again, ignoring the cache. */
  refreshInstances(): void;
  openSettings(): void;
  closeSettings(): void;
  /** Saves one changed setting. */
  updateSettings(patch: SettingsPatch): void;
  /** The browser one instance opens in (null: the one for all instances). */
  setInstanceBrowser(instanceId: string, choice: BrowserChoiceView | null): void;
  /** "Choose a browser" when the chosen one is gone: the instance's browser picker (Settings' when none is selected). */
  chooseBrowser(): void;
  /** Settings → Help: shows the folder of the log files in the file manager. */
  openLogFolder(): void;
  /** Settings → Help: asks where (the native save dialog), then writes the diagnostics bundle there. */
  saveDiagnostics(): void;
  /** A settings field the window itself refused (bad region, lead time out of range): a window.ftl message with a `.hint`. */
  settingsInvalid(text: Text): void;
  /** "Sign in" in the deep link confirmation: the normal sign-in path with the link's profile and instance. */
  confirmDeepLink(): void;
  cancelDeepLink(): void;
  dismissPolicyError(): void;
  /** "Sign in again" from the expiry banner: signs in to that session's profile and instance. */
  signInAgain(profile: string, instanceId: string): void;
  /** Re-opens a stored session in the browser (stored tokens when still valid, else a fresh sign-in). */
  openSession(profile: string, instanceId: string): void;
  /** Signs out of one session; also of Amazon Connect in the browser when that option is on. */
  signOut(profile: string, instanceId: string): void;
  /** The "Also sign out of Amazon Connect in the browser" option. */
  setSignOutBrowser(on: boolean): void;
  /** Signs out of every stored session (after the view's inline confirmation). */
  endShift(): void;
  /**
   * "Sign in with IAM Identity Center" from the error panel: runs the browser sign-in for the profile whose token
   * had expired, then re-runs what failed.
   */
  ssoLogin(): void;
  /** "Sign in with IAM Identity Center" on a profile's discovery failure: signs in, then lists its instances again. */
  ssoLoginFor(profile: string): void;
  /** Cancel (or Escape) in the IAM Identity Center sign-in panel. */
  cancelSsoLogin(): void;
  /** "Use a code instead" while the browser sign-in waits: cancels it and starts the device-code sign-in. */
  useSsoCode(): void;
  /** "Continue" (or Enter) in the error panel's MFA code form: submits the code, then re-runs what failed. */
  submitMfaCode(code: string): void;
  dismissError(): void;
  dismissNotice(): void;
  /** Dismisses the expiry reminder the banner shows (the next one, if any, takes its place). */
  dismissExpiring(): void;
  reload(): void;
}
