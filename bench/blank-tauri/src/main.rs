//! The floor for start-up and memory benchmarks (`bench/startup.sh`): a Tauri app with one
//! window and one command, built with the same toolchain and profile as Connect SSO.

/// The page calls this once loaded; the line on stderr marks "first IPC answered".
#[tauri::command]
fn ready() -> &'static str {
    eprintln!("blank-tauri: first IPC answered");
    "ok"
}

fn main() {
    let result = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("blank-tauri: {error}");
        std::process::exit(1);
    }
}
