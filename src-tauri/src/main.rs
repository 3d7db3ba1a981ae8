//! Entry point: no arguments, a `connect-sso://` link or `--autostart` → the window; anything
//! else → the CLI.

fn main() {
    if let Some(dir) = connect_sso::crash::default_dir() {
        connect_sso::crash::install(dir);
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let status = match connect_sso::cli::launch_of(&args) {
        Some(launch) => connect_sso::shell::run(launch),
        None => connect_sso::cli::run(args),
    };
    std::process::exit(status);
}
