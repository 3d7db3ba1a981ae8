//! Entry point: no arguments, a `connect-sso://` link or `--autostart` → the window (the
//! `connect-sso-window` program next to this one, started in this process); anything else → the
//! CLI. The CLI never links the GUI libraries: their loading alone took 60 ms per command.

fn main() {
    if let Some(dir) = connect_sso::diagnostics::crash::default_dir() {
        connect_sso::diagnostics::crash::install(dir);
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let status = match connect_sso::core::launch::launch_of(&args) {
        Some(_) => connect_sso::cli::start_window(&args),
        None => connect_sso::cli::run(args),
    };
    std::process::exit(status);
}
