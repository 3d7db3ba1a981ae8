//! The commands the WebView may call: each takes IDs, calls one service method, maps nothing else.

use crate::app::{App, AppSnapshot, DeepLinkView, OpenView, SsoLoginView};
use crate::catalog::Catalog;
use crate::error::Error;
use crate::instances::Instance;
use crate::preferences::{SettingsPatch, SettingsView};
use crate::profiles::Profile;
use crate::sessions::SessionView;
use tauri::{AppHandle, Runtime, State};

/// Whether the window has been answered yet: the first answer is logged, with the time since the
/// app was wired, as "first IPC answered" (`bench/startup.sh` waits for that line).
pub struct FirstAnswer {
    started: std::time::Instant,
    answered: std::sync::atomic::AtomicBool,
}

impl Default for FirstAnswer {
    fn default() -> Self {
        FirstAnswer {
            started: std::time::Instant::now(),
            answered: std::sync::atomic::AtomicBool::new(false),
        }
    }
}

#[tauri::command]
pub async fn app_snapshot(
    app: State<'_, App>,
    first: State<'_, FirstAnswer>,
) -> Result<AppSnapshot, Error> {
    let snapshot = app.snapshot().await;
    if !first
        .answered
        .swap(true, std::sync::atomic::Ordering::Relaxed)
    {
        tracing::info!(
            elapsed_ms = first.started.elapsed().as_millis() as u64,
            "first IPC answered"
        );
    }
    Ok(snapshot)
}

#[tauri::command]
pub async fn list_profiles(app: State<'_, App>) -> Result<Vec<Profile>, Error> {
    app.profiles().await
}

#[tauri::command]
pub async fn list_instances(app: State<'_, App>, profile: String) -> Result<Vec<Instance>, Error> {
    app.instances(&profile).await
}

#[tauri::command]
pub async fn resolve_instance(
    app: State<'_, App>,
    profile: String,
    instance: String,
) -> Result<Instance, Error> {
    app.resolve_instance(&profile, &instance).await
}

#[tauri::command]
pub fn remember_selection(
    app: State<'_, App>,
    profile: String,
    instance: Option<String>,
) -> Result<(), Error> {
    app.remember_selection(&profile, instance.as_deref())
}

/// Signs in and opens the browser from Rust; the WebView gets the session, never the URL.
#[tauri::command]
pub async fn sign_in<R: Runtime>(
    handle: AppHandle<R>,
    app: State<'_, App>,
    profile: String,
    instance: String,
) -> Result<SessionView, Error> {
    let session = app.sign_in(&profile, &instance, true).await?.session;
    super::tray::refresh(&handle);
    Ok(session)
}

#[tauri::command]
pub async fn sign_out<R: Runtime>(
    handle: AppHandle<R>,
    app: State<'_, App>,
    profile: String,
    instance: String,
    browser: Option<bool>,
) -> Result<(), Error> {
    app.sign_out(&profile, &instance, browser.unwrap_or(false))
        .await?;
    super::tray::refresh(&handle);
    Ok(())
}

/// Re-opens a stored session in the browser (or signs in afresh when it cannot).
#[tauri::command]
pub async fn open_session(
    app: State<'_, App>,
    profile: String,
    instance: String,
) -> Result<OpenView, Error> {
    let outcome = app.open_session(&profile, &instance).await?;
    Ok(OpenView {
        session: outcome.session,
        resumed: outcome.resumed,
    })
}

/// Starts an IAM Identity Center device sign-in; Rust opens the verification page.
#[tauri::command]
pub async fn sso_login_start(app: State<'_, App>, profile: String) -> Result<SsoLoginView, Error> {
    app.sso_login_start(&profile, true).await
}

/// Resolves when the device sign-in is approved (or fails: denied, expired, cancelled).
#[tauri::command]
pub async fn sso_login_wait(app: State<'_, App>, profile: String) -> Result<(), Error> {
    app.sso_login_wait(&profile).await
}

#[tauri::command]
pub fn sso_login_cancel(app: State<'_, App>, profile: String) -> bool {
    app.sso_login_cancel(&profile)
}

/// The one-time code for an MFA role profile (asked once per shift).
#[tauri::command]
pub async fn submit_mfa_code(
    app: State<'_, App>,
    profile: String,
    code: String,
) -> Result<(), Error> {
    app.submit_mfa_code(&profile, &code).await
}

/// Forgets every stored session (shared desks); returns how many there were.
#[tauri::command]
pub async fn end_shift<R: Runtime>(
    handle: AppHandle<R>,
    app: State<'_, App>,
) -> Result<usize, Error> {
    let removed = app.end_shift().await?;
    super::tray::refresh(&handle);
    Ok(removed)
}

/// Every known instance, from the cache and the policy: no network.
#[tauri::command]
pub async fn catalog(app: State<'_, App>) -> Result<Catalog, Error> {
    Ok(app.catalog().await)
}

/// Discovers one profile's (or every profile's) instances in every region.
#[tauri::command]
pub async fn discover_instances<R: Runtime>(
    handle: AppHandle<R>,
    app: State<'_, App>,
    profile: Option<String>,
    refresh: bool,
) -> Result<Catalog, Error> {
    let catalog = app.discover(profile.as_deref(), refresh).await?;
    super::tray::refresh(&handle);
    Ok(catalog)
}

#[tauri::command]
pub async fn set_pinned<R: Runtime>(
    handle: AppHandle<R>,
    app: State<'_, App>,
    profile: String,
    instance: String,
    pinned: bool,
) -> Result<Catalog, Error> {
    let catalog = app.set_pinned(&profile, &instance, pinned).await?;
    super::tray::refresh(&handle);
    Ok(catalog)
}

#[tauri::command]
pub fn settings_view(app: State<'_, App>) -> SettingsView {
    app.settings_view()
}

/// Changes settings the policy does not lock, then applies them to the desktop (autostart).
#[tauri::command]
pub fn update_settings<R: Runtime>(
    handle: AppHandle<R>,
    app: State<'_, App>,
    patch: SettingsPatch,
) -> Result<SettingsView, Error> {
    let view = app.update_settings(&patch)?;
    if patch.start_at_login.is_some() {
        super::desktop::sync_autostart(&handle, view.start_at_login);
    }
    Ok(view)
}

/// The deep link waiting for confirmation, if any.
#[tauri::command]
pub fn take_deep_link(app: State<'_, App>) -> Option<DeepLinkView> {
    app.take_deep_link()
}

#[tauri::command]
pub async fn list_sessions(app: State<'_, App>) -> Result<Vec<SessionView>, Error> {
    app.sessions().await
}
