//! The floor for start-up and memory benchmarks (`bench/startup.sh`, `bench/web-memory.sh`): a
//! Tauri app with one window and one command, built with the same toolchain and profile as
//! Connect SSO. With `BLANK_TAURI_PAGE=DIR` its window shows DIR/index.html instead (the app's DOM
//! and CSS without its script), so the web process's memory can be split into page and script;
//! with `BLANK_TAURI_NO_GPU=1` it paints without GPU compositing, as Connect SSO's window does.

use std::path::{Component, Path, PathBuf};
use tauri::http::{header::CONTENT_TYPE, Request, Response, StatusCode};
use tauri::{WebviewUrl, WebviewWindowBuilder};

/// The page calls this once loaded; the line on stderr marks "first IPC answered".
#[tauri::command]
fn ready() -> &'static str {
    eprintln!("blank-tauri: first IPC answered");
    "ok"
}

/// Serves `page://localhost/PATH` from `root`; nothing outside it.
fn serve(root: &Path, request: &Request<Vec<u8>>) -> Response<Vec<u8>> {
    let relative = PathBuf::from(request.uri().path().trim_start_matches('/'));
    let inside = relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)));
    let file = if relative.as_os_str().is_empty() {
        root.join("index.html")
    } else {
        root.join(&relative)
    };
    let content_type = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html",
        Some("css") => "text/css",
        Some("js") => "text/javascript",
        Some("svg") => "image/svg+xml",
        Some("woff2") => "font/woff2",
        _ => "application/octet-stream",
    };
    let built = match std::fs::read(&file) {
        Ok(body) if inside => Response::builder()
            .header(CONTENT_TYPE, content_type)
            .body(body),
        _ => Response::builder()
            .status(StatusCode::NOT_FOUND)
            .body(Vec::new()),
    };
    built.unwrap_or_else(|_| Response::new(Vec::new()))
}

#[cfg(target_os = "linux")]
fn paint_without_gpu(window: &tauri::WebviewWindow) -> tauri::Result<()> {
    window.with_webview(|webview| {
        use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt as _, WebViewExt as _};
        if let Some(settings) = webview.inner().settings() {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
        }
    })
}

#[cfg(not(target_os = "linux"))]
fn paint_without_gpu(_window: &tauri::WebviewWindow) -> tauri::Result<()> {
    Ok(())
}

fn main() {
    let page = std::env::var_os("BLANK_TAURI_PAGE").map(PathBuf::from);
    let served = page.clone();
    let result = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .register_uri_scheme_protocol("page", move |_context, request| match &served {
            Some(root) => serve(root, &request),
            None => Response::builder()
                .status(StatusCode::NOT_FOUND)
                .body(Vec::new())
                .unwrap_or_else(|_| Response::new(Vec::new())),
        })
        .setup(move |app| {
            // The window is made here rather than by the config, so it can open on the page instead.
            let mut config = app
                .config()
                .app
                .windows
                .first()
                .cloned()
                .ok_or("no window in tauri.conf.json")?;
            if page.is_some() {
                config.url = WebviewUrl::CustomProtocol("page://localhost/index.html".parse()?);
            }
            let window = WebviewWindowBuilder::from_config(app.handle(), &config)?.build()?;
            if std::env::var_os("BLANK_TAURI_NO_GPU").is_some() {
                paint_without_gpu(&window)?;
            }
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("blank-tauri: {error}");
        std::process::exit(1);
    }
}
