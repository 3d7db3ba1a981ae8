//! The desktop around the window: close-to-tray, the global shortcut, deep links, autostart,
//! background discovery and "sign in to my default instance at launch".

use crate::handlers::Ipc;
use crate::ipc::{events, MAIN_WINDOW};
use connect_sso::aws::discovery_cache::FRESH_FOR;
use connect_sso::changes::Change;
use connect_sso::core::error::Error;
use connect_sso::core::launch::Launch;
use connect_sso::core::settings::InstanceChoice;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use tauri::{AppHandle, Manager, Runtime, Window, WindowEvent};
use tauri_plugin_autostart::ManagerExt as _;
use tauri_plugin_deep_link::DeepLinkExt as _;
use tauri_plugin_global_shortcut::{GlobalShortcutExt as _, ShortcutState};

/// Brings the main window to the front (from the tray, a second launch or the shortcut).
pub fn show_main_window<R: Runtime>(handle: &AppHandle<R>) {
    if let Some(window) = handle.get_webview_window(MAIN_WINDOW) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Closing the window hides it while the app lives on in the tray (when that setting is on).
pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    if let WindowEvent::CloseRequested { api, .. } = event {
        let to_tray = window.state::<Ipc>().preferences.effective().close_to_tray;
        if window.label() == MAIN_WINDOW && to_tray {
            api.prevent_close();
            let _ = window.hide();
        }
    }
}

pub fn global_shortcut_plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_global_shortcut::Builder::new()
        .with_handler(|handle, _shortcut, event| {
            if event.state == ShortcutState::Pressed {
                show_main_window(handle);
                events::focus_search(handle, &());
            }
        })
        .build()
}

/// After the window is built: deep links, the shortcut, autostart, launch sign-in.
pub fn setup<R: Runtime>(handle: &AppHandle<R>, launch: Launch) {
    let ipc = handle.state::<Ipc>();
    let effective = ipc.preferences.effective();

    if launch == Launch::Autostart {
        if let Some(window) = handle.get_webview_window(MAIN_WINDOW) {
            let _ = window.hide();
        }
    }

    let shortcut = effective.global_shortcut.clone();
    if let Err(error) = handle.global_shortcut().register(shortcut.as_str()) {
        // Another app may own it; the app works without it.
        tracing::warn!("global shortcut {shortcut} not registered: {error}");
    }

    sync_autostart(handle, effective.start_at_login);
    apply_zoom(handle, ipc.preferences.view().zoom_percent);
    let for_settings = handle.clone();
    ipc.changes.subscribe(move |change| {
        if let Change::Settings(view) = change {
            sync_autostart(&for_settings, view.start_at_login);
            apply_zoom(&for_settings, view.zoom_percent);
        }
    });

    let links = handle.deep_link();
    if let Ok(Some(urls)) = links.get_current() {
        for url in urls {
            accept_link(handle, url.as_str());
        }
    }
    let for_links = handle.clone();
    links.on_open_url(move |event| {
        for url in event.urls() {
            accept_link(&for_links, url.as_str());
        }
    });

    spawn_background_discovery(handle);

    if effective.sign_in_at_launch {
        // "My default instance": the one set (by the person or the policy), else the last used.
        let settings = ipc.preferences.settings();
        let last_used = settings
            .last_profile
            .zip(settings.last_instance)
            .map(|(profile, instance)| InstanceChoice { profile, instance });
        if let Some(choice) = effective.default_instance.or(last_used) {
            let handle = handle.clone();
            tauri::async_runtime::spawn(async move {
                sign_in_in_background(&handle, &choice.profile, &choice.instance).await;
            });
        }
    }
}

/// Keeps every profile's instance list fresh while the app runs (the window also refreshes at
/// start and on demand); a list younger than the cache lifetime is not asked for again. What it
/// finds is announced by discovery itself.
fn spawn_background_discovery<R: Runtime>(handle: &AppHandle<R>) {
    let handle = handle.clone();
    tauri::async_runtime::spawn(async move {
        let mut ticker = tokio::time::interval(FRESH_FOR);
        ticker.tick().await; // the first tick is immediate; the window asks at start itself
        loop {
            ticker.tick().await;
            if let Err(error) = handle.state::<Ipc>().discovery.discover(None, false).await {
                tracing::debug!(code = %error.code, "background discovery: {}", error.message)
            }
        }
    });
}

/// A link from the launch or a second launch: checked, kept pending, shown for confirmation.
fn accept_link<R: Runtime>(handle: &AppHandle<R>, link: &str) {
    show_main_window(handle);
    match handle.state::<Ipc>().links.accept(link) {
        Ok(view) => {
            tracing::info!(profile = %view.profile, instance = %view.instance_id, "deep link waiting for confirmation");
            events::deep_link(handle, &view);
        }
        Err(error) => {
            tracing::warn!(code = %error.code, "deep link refused");
            events::deep_link_error(handle, &error);
        }
    }
}

/// Makes the login autostart entry match the setting.
pub fn sync_autostart<R: Runtime>(handle: &AppHandle<R>, wanted: bool) {
    let autostart = handle.autolaunch();
    let current = autostart.is_enabled().unwrap_or(false);
    let result = match (wanted, current) {
        (true, false) => autostart.enable(),
        (false, true) => autostart.disable(),
        _ => Ok(()),
    };
    if let Err(error) = result {
        tracing::warn!("start at login could not be set to {wanted}: {error}");
    }
}

/// A sign-in started outside the window (tray, launch). Its success reaches the window and the
/// tray through the change stream; a failure is shown in the window.
pub async fn sign_in_in_background<R: Runtime>(
    handle: &AppHandle<R>,
    profile: &str,
    instance: &str,
) {
    let result = handle
        .state::<Ipc>()
        .signin
        .sign_in(profile, instance, true)
        .await;
    if let Err(error) = result {
        report(handle, error);
    }
}

/// An error from an action the window did not start: shown there, and the window brought up.
pub fn report<R: Runtime>(handle: &AppHandle<R>, error: Error) {
    tracing::warn!(code = %error.code, "{}", error.message);
    show_main_window(handle);
    events::app_error(handle, &error);
}

/// Draws the window at `percent` (the whole page, as a browser zooms: layouts reflow).
fn apply_zoom<R: Runtime>(handle: &AppHandle<R>, percent: u16) {
    if let Some(window) = handle.get_webview_window(MAIN_WINDOW) {
        if let Err(error) = window.set_zoom(f64::from(percent) / 100.0) {
            tracing::warn!("the window could not be zoomed: {error}");
        }
    }
}

/// Linux: the window's page is painted by the CPU, never composited through OpenGL. A form and a
/// list gain nothing to see from the GPU path, and it costs: WebKitGTK's compositor sets up a GL
/// context, on machines without a GPU (VDI hosts, this build machine) Mesa's software
/// rasterizer, about 85 MiB of the web process's PSS (`bench/web-memory.sh`). Set before the
/// event loop first runs, so the page never enters compositing mode. Windows and macOS paint
/// through their own WebView's compositor and are left as they are.
pub fn paint_without_gpu<R: Runtime>(handle: &AppHandle<R>) {
    #[cfg(target_os = "linux")]
    if let Some(window) = handle.get_webview_window(MAIN_WINDOW) {
        let applied = window.with_webview(|webview| {
            use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt as _, WebViewExt as _};
            if let Some(settings) = webview.inner().settings() {
                settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            }
        });
        if let Err(error) = applied {
            tracing::warn!("the window keeps GPU compositing: {error}");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = handle;
}

/// "Save diagnostics…" asks through the OS's own save dialog, over the main window.
pub struct NativeSaveDialog<R: Runtime> {
    handle: AppHandle<R>,
}

impl<R: Runtime> NativeSaveDialog<R> {
    pub fn new(handle: AppHandle<R>) -> NativeSaveDialog<R> {
        NativeSaveDialog { handle }
    }
}

impl<R: Runtime> crate::handlers::SaveDialog for NativeSaveDialog<R> {
    fn ask(
        &self,
        title: String,
        suggested: PathBuf,
    ) -> Pin<Box<dyn Future<Output = Option<PathBuf>> + Send>> {
        use tauri_plugin_dialog::DialogExt;
        let (answer, answered) = tokio::sync::oneshot::channel();
        let mut dialog = self
            .handle
            .dialog()
            .file()
            .set_title(title)
            .add_filter("ZIP", &["zip"]);
        if let Some(folder) = suggested.parent() {
            dialog = dialog.set_directory(folder);
        }
        if let Some(name) = suggested.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        if let Some(window) = self.handle.get_webview_window(MAIN_WINDOW) {
            dialog = dialog.set_parent(&window);
        }
        dialog.save_file(move |chosen| {
            let _ = answer.send(chosen.and_then(|path| path.into_path().ok()));
        });
        Box::pin(async move { answered.await.ok().flatten() })
    }
}
