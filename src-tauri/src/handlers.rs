//! What each command does, in plain Rust over the app's services: one async function per command
//! of the contract, with its exact arguments and result (the generated command calls it, so the
//! compiler holds the two together). No Tauri type appears here.

use connect_sso::app::App;
use connect_sso::aws::catalog::Catalog;
use connect_sso::aws::logins::{LoginMethod, SsoLoginView};
use connect_sso::browsers::{BrowserChoice, InstalledBrowser};
use connect_sso::core::error::{Error, Result};
use connect_sso::core::instance::Instance;
use connect_sso::core::profile::Profile;
use connect_sso::core::settings_view::{SettingsPatch, SettingsView};
use connect_sso::l10n::Localization;
use connect_sso::signin::deeplink::DeepLinkView;
use connect_sso::signin::OpenView;
use connect_sso::store::sessions::SessionView;
use serde::Serialize;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

/// Asks the person where to save a file: the native save dialog in the window.
pub trait SaveDialog: Send + Sync {
    /// `title` for the dialog, `suggested` its folder and file name; None when cancelled.
    fn ask(
        &self,
        title: String,
        suggested: PathBuf,
    ) -> Pin<Box<dyn Future<Output = Option<PathBuf>> + Send>>;
}

/// The app as the window reaches it.
pub struct Ipc {
    app: App,
    /// Set once the window exists (the dialog needs it).
    save_dialog: OnceLock<Arc<dyn SaveDialog>>,
    /// The WebView's version, for the diagnostics bundle (known once the window runs).
    webview_version: OnceLock<String>,
    /// When the app was wired; the first answer to the window is logged with the time since, as
    /// "first IPC answered" (`bench/startup.sh` waits for that line).
    started: Instant,
    answered: AtomicBool,
}

impl Ipc {
    pub fn new(app: App) -> Ipc {
        Ipc {
            app,
            save_dialog: OnceLock::new(),
            webview_version: OnceLock::new(),
            started: Instant::now(),
            answered: AtomicBool::new(false),
        }
    }
}

impl Ipc {
    /// Where "Save diagnostics…" asks for a file (set once; later calls change nothing).
    pub fn set_save_dialog(&self, dialog: Arc<dyn SaveDialog>) {
        let _ = self.save_dialog.set(dialog);
    }

    /// The WebView's version, as the window reports it.
    pub fn set_webview_version(&self, version: String) {
        let _ = self.webview_version.set(version);
    }
}

impl std::ops::Deref for Ipc {
    type Target = App;

    fn deref(&self) -> &App {
        &self.app
    }
}

/// What the window needs to draw itself at start-up, in one call.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename_all = "camelCase"))]
pub struct AppSnapshot {
    pub profiles: Vec<Profile>,
    pub last_profile: Option<String>,
    pub last_instance: Option<String>,
    pub sessions: Vec<SessionView>,
    /// Something the person should be told once (settings reset, keychain unavailable,
    /// AWS config unreadable).
    pub notice: Option<Error>,
    /// Every known instance (cache, policy, pins, recents): the search box draws at once.
    pub catalog: Catalog,
    pub settings: SettingsView,
    /// A link the app was started with, waiting for the person to confirm it.
    pub pending_deep_link: Option<DeepLinkView>,
}

pub async fn localization(ipc: &Ipc) -> Result<Localization> {
    Ok(ipc.translator.localization())
}

pub async fn app_snapshot(ipc: &Ipc) -> Result<AppSnapshot> {
    let mut notice = ipc.preferences.take_notice();
    // Independent: the AWS config files are parsed while the keychain answers.
    let (profiles, sessions) = tokio::join!(ipc.discovery.profiles(), ipc.signin.sessions());
    let profiles = profiles.unwrap_or_else(|error| {
        notice.get_or_insert(error);
        Vec::new()
    });
    let sessions = sessions.unwrap_or_else(|error| {
        notice.get_or_insert(error);
        Vec::new()
    });
    let settings = ipc.preferences.settings();
    let snapshot = AppSnapshot {
        catalog: ipc.discovery.catalog_of(&profiles),
        profiles,
        last_profile: settings.last_profile,
        last_instance: settings.last_instance,
        sessions,
        notice,
        settings: ipc.preferences.view(),
        pending_deep_link: ipc.links.take(),
    };
    if !ipc.answered.swap(true, Ordering::Relaxed) {
        tracing::info!(
            elapsed_ms = ipc.started.elapsed().as_millis() as u64,
            "first IPC answered"
        );
    }
    Ok(snapshot)
}

pub async fn resolve_instance(ipc: &Ipc, profile: String, instance: String) -> Result<Instance> {
    ipc.discovery.resolve_instance(&profile, &instance).await
}

pub async fn remember_selection(
    ipc: &Ipc,
    profile: String,
    instance: Option<String>,
) -> Result<()> {
    ipc.preferences
        .remember_selection(&profile, instance.as_deref())
}

pub async fn sign_in(ipc: &Ipc, profile: String, instance: String) -> Result<SessionView> {
    Ok(ipc.signin.sign_in(&profile, &instance, true).await?.session)
}

pub async fn open_session(ipc: &Ipc, profile: String, instance: String) -> Result<OpenView> {
    Ok(ipc.signin.open_session(&profile, &instance).await?.into())
}

pub async fn sign_out(ipc: &Ipc, profile: String, instance: String, browser: bool) -> Result<()> {
    ipc.signin.sign_out(&profile, &instance, browser).await?;
    Ok(())
}

pub async fn end_shift(ipc: &Ipc) -> Result<usize> {
    ipc.signin.end_shift().await
}

pub async fn sso_login_start(
    ipc: &Ipc,
    profile: String,
    method: LoginMethod,
) -> Result<SsoLoginView> {
    ipc.logins.sso_login_start(&profile, true, method).await
}

pub async fn sso_login_wait(ipc: &Ipc, profile: String) -> Result<()> {
    ipc.logins.sso_login_wait(&profile).await
}

pub async fn sso_login_cancel(ipc: &Ipc, profile: String) -> Result<bool> {
    Ok(ipc.logins.sso_login_cancel(&profile))
}

pub async fn submit_mfa_code(ipc: &Ipc, profile: String, code: String) -> Result<()> {
    ipc.logins.submit_mfa_code(&profile, &code).await
}

pub async fn discover_instances(
    ipc: &Ipc,
    profile: Option<String>,
    refresh: bool,
) -> Result<Catalog> {
    ipc.discovery.discover(profile.as_deref(), refresh).await
}

pub async fn set_pinned(
    ipc: &Ipc,
    profile: String,
    instance: String,
    pinned: bool,
) -> Result<Catalog> {
    ipc.discovery.set_pinned(&profile, &instance, pinned).await
}

pub async fn update_settings(ipc: &Ipc, patch: SettingsPatch) -> Result<SettingsView> {
    ipc.preferences.update(&patch)
}

pub async fn browsers(ipc: &Ipc) -> Result<Vec<InstalledBrowser>> {
    ipc.browser.installed().await
}

pub async fn set_instance_browser(
    ipc: &Ipc,
    instance: String,
    choice: Option<BrowserChoice>,
) -> Result<SettingsView> {
    ipc.preferences.set_instance_browser(&instance, choice)
}

pub async fn take_deep_link(ipc: &Ipc) -> Result<Option<DeepLinkView>> {
    Ok(ipc.links.take())
}

/// Where the diagnostics went, for the window to say.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename_all = "camelCase"))]
pub struct DiagnosticsSaved {
    pub path: String,
    pub files: usize,
}

pub async fn open_log_folder(ipc: &Ipc) -> Result<()> {
    ipc.browser.show_log_folder().await
}

pub async fn save_diagnostics(ipc: &Ipc) -> Result<Option<DiagnosticsSaved>> {
    use connect_sso::diagnostics::bundle;
    let dialog = ipc
        .save_dialog
        .get()
        .ok_or_else(|| Error::internal("no save dialog in this window"))?;
    let folder = dirs::document_dir()
        .or_else(dirs::home_dir)
        .unwrap_or_default();
    let title = ipc
        .translator
        .terminal()
        .render(&connect_sso::text!("diagnostics-save-title"));
    let Some(mut path) = dialog
        .ask(title, folder.join(bundle::default_file_name()))
        .await
    else {
        return Ok(None);
    };
    if path.extension().is_none() {
        path.set_extension("zip");
    }
    let environment = bundle::Environment {
        webview_version: ipc.webview_version.get().cloned(),
        written_by: "window",
    };
    let report = bundle::write(ipc, &path, &environment).await?;
    Ok(Some(DiagnosticsSaved {
        path: report.path.display().to_string(),
        files: report.files.len(),
    }))
}
