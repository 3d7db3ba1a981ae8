//! The window process. `connect-sso` starts it (by exec, same process) when it is launched
//! without arguments, with a `connect-sso://` link or with `--autostart`; on its own the CLI
//! never loads the GUI libraries, so it starts in milliseconds.

// A GUI program on Windows: no console window next to it. The CLI (`connect-sso`) keeps its
// console, so its output is never lost.
#![cfg_attr(windows, windows_subsystem = "windows")]

fn main() {
    if let Some(dir) = connect_sso::diagnostics::crash::default_dir() {
        connect_sso::diagnostics::crash::install(dir);
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let launch = connect_sso::core::launch::launch_of(&args)
        .unwrap_or(connect_sso::core::launch::Launch::Normal);
    std::process::exit(connect_sso_shell::run(launch));
}
