//! Everything that imports `tauri`: the window, the command table and the wiring of real services.

pub mod alerts;
pub mod commands;
pub mod desktop;
pub mod tray;

use crate::app::App;
use crate::launcher::SystemOpener;
use crate::settings::SettingsStore;
use crate::vault;
use std::sync::Arc;

/// The builder with the app's state and commands, for any runtime: the real window uses Wry,
/// the IPC tests use Tauri's mock runtime (and its builder) with the very same command table.
pub fn builder<R: tauri::Runtime>(base: tauri::Builder<R>, app: App) -> tauri::Builder<R> {
    base.manage(app)
        .manage(tray::TrayState::default())
        .manage(commands::FirstAnswer::default())
        .invoke_handler(tauri::generate_handler![
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
            commands::catalog,
            commands::discover_instances,
            commands::set_pinned,
            commands::settings_view,
            commands::update_settings,
            commands::take_deep_link,
        ])
}

/// The production services, wired once.
pub fn production_app() -> App {
    App::new(
        Arc::new(vault::os_keychain()),
        Arc::new(SystemOpener),
        SettingsStore::from_env(),
    )
    .with_policy(crate::policy::load(crate::policy::path_from_env()))
}

/// How the window process was started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Launch {
    /// By the person: show the window.
    Normal,
    /// By the login autostart entry: stay in the tray.
    Autostart,
}

/// The argument the autostart entry passes, so a login start can stay in the tray.
pub const AUTOSTART_ARG: &str = "--autostart";

/// Opens the window and runs until the app quits. Returns the process exit status.
pub fn run(launch: Launch) -> i32 {
    crate::logging::init("info");
    // The single-instance plugin must come first: a second launch hands its arguments (a deep
    // link, or nothing) to the running app and exits before anything else starts.
    let base = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|handle, args, _cwd| {
            tracing::info!(arguments = args.len(), "second launch forwarded");
            desktop::show_main_window(handle);
        }))
        .plugin(tauri_plugin_deep_link::init())
        .plugin(tauri_plugin_notification::init())
        .plugin(
            tauri_plugin_autostart::Builder::new()
                .args([AUTOSTART_ARG])
                .build(),
        )
        .plugin(desktop::global_shortcut_plugin());
    let result = builder(base, production_app())
        .on_window_event(desktop::on_window_event)
        .setup(move |app| {
            let handle = app.handle().clone();
            alerts::spawn(handle.clone());
            tray::create(&handle)?;
            desktop::setup(&handle, launch);
            Ok(())
        })
        .run(tauri::generate_context!());
    match result {
        Ok(()) => 0,
        // The running instance was quitting while this one started: once it is gone, this one
        // can be the app. The event loop cannot be built twice in a process, so start afresh.
        Err(error) if is_vanished_primary(&error.to_string()) && !relaunched() => {
            tracing::info!("the running instance quit while this one started: starting again");
            std::thread::sleep(std::time::Duration::from_millis(500));
            relaunch()
        }
        Err(error) => {
            tracing::error!("the window could not start: {error}");
            eprintln!("error: the window could not start: {error}\n  hint: on Linux, install libwebkit2gtk-4.1-0 and run inside a desktop session (DISPLAY or WAYLAND_DISPLAY set).");
            1
        }
    }
}

/// Set on a relaunch, so a second failure is reported instead of looping.
const RELAUNCHED_ENV: &str = "CONNECT_SSO_RELAUNCHED";

fn is_vanished_primary(message: &str) -> bool {
    message.contains("single-instance") && message.contains("failed to forward arguments")
}

fn relaunched() -> bool {
    std::env::var_os(RELAUNCHED_ENV).is_some()
}

/// Runs this program again with the same arguments and returns its exit status.
fn relaunch() -> i32 {
    let status = std::env::current_exe().and_then(|exe| {
        std::process::Command::new(exe)
            .args(std::env::args_os().skip(1))
            .env(RELAUNCHED_ENV, "1")
            .status()
    });
    match status {
        Ok(status) => status.code().unwrap_or(1),
        Err(error) => {
            eprintln!(
                "error: Connect SSO could not start again: {error}\n  hint: start it once more."
            );
            1
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_vanished_primary_is_retried() {
        assert!(super::is_vanished_primary("failed to initialize plugin `single-instance`: failed to forward arguments to the running instance: org.freedesktop.DBus.Error.NoReply"));
        assert!(!super::is_vanished_primary(
            "failed to initialize plugin `deep-link`: x"
        ));
    }
}
