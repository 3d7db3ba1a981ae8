// The one definition of what crosses the bridge between the window and Rust: every command with
// its arguments and result, every event with its payload. `shell/ipc.rs` expands it into the
// command table, the typed event senders and the TypeScript API (`ui/src/bindings.ts`);
// `build.rs` reads the command names from it for the permission set. Nothing else lists them.
// Every command rejects with an `Error` (code, message, hint).

ipc_contract! {
    commands {
        /// The window's catalogue in the language in use (asked first, before anything is
        /// drawn, and again when the language changes).
        localization() -> Localization;
        /// What the window needs to draw itself at start-up, in one call.
        app_snapshot() -> AppSnapshot;
        /// A pasted instance ID or ARN, described through the profile (an ARN picks the region).
        resolve_instance(profile: String, instance: String) -> Instance;
        /// Remembers the picked profile and instance for the next start.
        remember_selection(profile: String, instance: Option<String>) -> ();
        /// Signs in and opens the browser from Rust; the window gets the session, never the URL.
        sign_in(profile: String, instance: String) -> SessionView;
        /// Reopens a stored session in the browser: with its stored tokens while they are valid
        /// (`resumed: true`), else by signing in afresh (`resumed: false`).
        open_session(profile: String, instance: String) -> OpenView;
        /// Forgets a stored session; with `browser`, also opens the instance's Amazon Connect
        /// logout page.
        sign_out(profile: String, instance: String, browser: bool) -> ();
        /// Shared desks: forgets every stored session; resolves to how many were removed.
        end_shift() -> usize;
        /// Starts an IAM Identity Center sign-in for an SSO profile: `browser` approves in the
        /// browser, which comes back to the app (the device code when it cannot: `flow` says
        /// which runs); `deviceCode` compares a code. Rust opens the page; the window shows the
        /// code to compare (device flow) or waits (browser flow), never the browser's URL.
        sso_login_start(profile: String, method: LoginMethod) -> SsoLoginView;
        /// Resolves when the person approved the started sign-in; rejects with
        /// `sso_login_expired`, `sso_login_denied`, `sso_login_refused`, `sso_login_cancelled`
        /// or another error.
        sso_login_wait(profile: String) -> ();
        /// Cancels a started or waited-for IAM Identity Center sign-in; true when there was one.
        sso_login_cancel(profile: String) -> bool;
        /// The MFA code for a profile whose role needs one (once per shift); rejects with
        /// `mfa_invalid` when STS refused it or it is not six digits.
        submit_mfa_code(profile: String, code: String) -> ();
        /// Discovers the instances of one profile (null: every profile) in every region;
        /// `refresh: false` reuses a recent cache. Failures come back inside the catalog.
        discover_instances(profile: Option<String>, refresh: bool) -> Catalog;
        /// Pins or unpins an instance; rejects with `setting_managed` when the policy locks pins.
        set_pinned(profile: String, instance: String, pinned: bool) -> Catalog;
        /// Changes the given settings only; rejects with `setting_managed` (a locked field) or
        /// `invalid_parameter`.
        update_settings(patch: SettingsPatch) -> SettingsView;
        /// Every supported browser, installed or not, with its profiles (Settings and the
        /// instance's browser choice list them).
        browsers() -> Vec<InstalledBrowser>;
        /// Chooses the browser one instance opens in (null: the one for all); rejects with
        /// `setting_managed` when the policy locks the browser.
        set_instance_browser(instance: String, choice: Option<BrowserChoice>) -> SettingsView;
        /// The deep link waiting for confirmation (taken: asked once), if any.
        take_deep_link() -> Option<DeepLinkView>;
        /// Shows the folder of the log files in the file manager (for the helpdesk).
        open_log_folder() -> ();
        /// Asks where to save the diagnostics bundle (the native save dialog), then writes it
        /// there; null when the person cancelled; rejects with `diagnostics_unwritable`.
        save_diagnostics() -> Option<DiagnosticsSaved>;
    }
    events {
        /// The stored sessions changed (signed in, out, shift ended; from the window, the tray
        /// or a launch), with the new list.
        sessions_changed = "sessions-changed": Vec<SessionView>;
        /// The catalog changed (discovery, pins, a sign-in made an instance recent).
        catalog_changed = "catalog-changed": Catalog;
        /// A settings change was saved.
        settings_changed = "settings-changed": SettingsView;
        /// A stored session ends in a few minutes (a desktop notification says so too).
        session_expiring = "session-expiring": ExpiringView;
        /// A `connect-sso://sign-in?…` link arrived and waits for confirmation.
        deep_link = "deep-link": DeepLinkView;
        /// A link was refused (`deep_link_invalid`).
        deep_link_error = "deep-link-error": Error;
        /// An action the window did not start (a tray sign-in, sign-in at launch) failed.
        app_error = "app-error": Error;
        /// The global shortcut was pressed: focus the search box.
        focus_search = "focus-search": ();
    }
}
