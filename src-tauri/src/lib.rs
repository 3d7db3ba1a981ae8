//! Connect SSO's window: the only crate that imports `tauri`. It drives the services of
//! `connect-sso-core` (the `connect_sso` library, whose `lib.rs` is the map of the rest).
//!
//! - `contract.rs`: the one IPC definition, expanded by [`ipc`] into the commands, the typed
//!   event senders and (in tests, [`bindings`]) the TypeScript API; [`handlers`] is what each
//!   command does, in plain Rust.
//! - [`events`]: the change stream forwarded to the window; [`tray`] follows it too.
//! - [`desktop`]: close to tray, the global shortcut, deep links, autostart, background
//!   discovery, sign-in at launch; [`alerts`]: the reminder loop before sessions end.

pub mod alerts;
pub mod desktop;
pub mod events;
pub mod handlers;
pub mod ipc;
pub mod tray;

#[cfg(test)]
mod bindings;

use connect_sso::app::App;
use connect_sso::core::launch::{Launch, AUTOSTART_ARG};
use handlers::Ipc;
use tauri::Manager;

/// The builder with the app's state and commands, for any runtime: the real window uses Wry,
/// the IPC tests use Tauri's mock runtime (and its builder) with the very same command table.
/// [`events::forward`] then connects the change stream once the app is built.
pub fn builder<R: tauri::Runtime>(base: tauri::Builder<R>, app: App) -> tauri::Builder<R> {
    base.manage(Ipc::new(app))
        .manage(tray::TrayState::default())
        .invoke_handler(ipc::invoke_handler())
}

/// Opens the window and runs until the app quits. Returns the process exit status.
pub fn run(launch: Launch) -> i32 {
    connect_sso::diagnostics::logging::init("info");
    // The single-instance plugin must come first: a second launch hands its arguments (a deep
    // link, or nothing) to the running app and exits before anything else starts.
    let base = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|handle, args, _cwd| {
            tracing::info!(arguments = args.len(), "second launch forwarded");
            desktop::show_main_window(handle);
        }))
        .plugin(tauri_plugin_deep_link::init())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(
            tauri_plugin_autostart::Builder::new()
                .args([AUTOSTART_ARG])
                .build(),
        )
        .plugin(desktop::global_shortcut_plugin());
    let result = builder(base, App::production())
        .on_window_event(desktop::on_window_event)
        .setup(move |app| {
            let handle = app.handle().clone();
            desktop::paint_without_gpu(&handle);
            let ipc = handle.state::<Ipc>();
            // While the page loads: the first snapshot lists the sessions kept in the keychain.
            tauri::async_runtime::spawn(ipc.signin.keychain_warm_up());
            ipc.set_save_dialog(std::sync::Arc::new(desktop::NativeSaveDialog::new(
                handle.clone(),
            )));
            match tauri::webview_version() {
                Ok(version) => {
                    tracing::info!(webview = %version, "window started");
                    ipc.set_webview_version(version);
                }
                Err(error) => tracing::info!("the WebView's version is not known: {error}"),
            }
            events::forward(&handle);
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
