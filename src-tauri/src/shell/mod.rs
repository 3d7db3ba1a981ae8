//! Everything that imports `tauri`: the window, the command table and the wiring of real services.

pub mod alerts;
pub mod commands;

use crate::app::App;
use crate::launcher::SystemOpener;
use crate::settings::SettingsStore;
use crate::vault;
use std::sync::Arc;

/// The builder with the app's state and commands, for any runtime: the real window uses Wry,
/// the IPC tests use Tauri's mock runtime (and its builder) with the very same command table.
pub fn builder<R: tauri::Runtime>(base: tauri::Builder<R>, app: App) -> tauri::Builder<R> {
    base.manage(app).invoke_handler(tauri::generate_handler![
        commands::app_snapshot,
        commands::list_profiles,
        commands::list_instances,
        commands::resolve_instance,
        commands::remember_selection,
        commands::sign_in,
        commands::sign_out,
        commands::list_sessions,
        commands::end_shift,
        commands::open_session,
        commands::sso_login_start,
        commands::sso_login_wait,
        commands::sso_login_cancel,
        commands::submit_mfa_code,
    ])
}

/// The production services, wired once.
pub fn production_app() -> App {
    App::new(
        Arc::new(vault::os_keychain()),
        Arc::new(SystemOpener),
        SettingsStore::from_env(),
    )
}

/// Opens the window and runs until it closes. Returns the process exit status.
pub fn run() -> i32 {
    crate::logging::init("info");
    let result = builder(tauri::Builder::default(), production_app())
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            alerts::spawn(app.handle().clone());
            Ok(())
        })
        .run(tauri::generate_context!());
    match result {
        Ok(()) => 0,
        Err(error) => {
            tracing::error!("the window could not start: {error}");
            eprintln!("error: the window could not start: {error}\n  hint: on Linux, install libwebkit2gtk-4.1-0 and run inside a desktop session (DISPLAY or WAYLAND_DISPLAY set).");
            1
        }
    }
}
