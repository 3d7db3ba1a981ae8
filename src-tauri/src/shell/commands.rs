//! The commands the WebView may call: each takes IDs, calls one service method, maps nothing else.

use crate::app::{App, AppSnapshot, OpenView, SsoLoginView};
use crate::error::Error;
use crate::instances::Instance;
use crate::profiles::Profile;
use crate::sessions::SessionView;
use tauri::State;

#[tauri::command]
pub async fn app_snapshot(app: State<'_, App>) -> Result<AppSnapshot, Error> {
    Ok(app.snapshot().await)
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
pub async fn sign_in(
    app: State<'_, App>,
    profile: String,
    instance: String,
) -> Result<SessionView, Error> {
    Ok(app.sign_in(&profile, &instance, true).await?.session)
}

#[tauri::command]
pub async fn sign_out(
    app: State<'_, App>,
    profile: String,
    instance: String,
    browser: Option<bool>,
) -> Result<(), Error> {
    app.sign_out(&profile, &instance, browser.unwrap_or(false))
        .await
        .map(|_| ())
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
pub async fn end_shift(app: State<'_, App>) -> Result<usize, Error> {
    app.end_shift().await
}

#[tauri::command]
pub async fn list_sessions(app: State<'_, App>) -> Result<Vec<SessionView>, Error> {
    app.sessions().await
}
