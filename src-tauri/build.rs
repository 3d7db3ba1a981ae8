//! Build script: generates Tauri's context and the permission for each app command.
//!
//! The command list is explicit so that no command is reachable from the WebView unless it is
//! named here and granted in `capabilities/main.json`.

/// Every `#[tauri::command]` the shell registers, in the order of `shell::commands`.
const COMMANDS: &[&str] = &[
    "app_snapshot",
    "list_profiles",
    "list_instances",
    "resolve_instance",
    "remember_selection",
    "sign_in",
    "sign_out",
    "list_sessions",
    "end_shift",
    "open_session",
    "sso_login_start",
    "sso_login_wait",
    "sso_login_cancel",
    "submit_mfa_code",
    "catalog",
    "discover_instances",
    "set_pinned",
    "settings_view",
    "update_settings",
    "take_deep_link",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}
