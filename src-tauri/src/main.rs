//! Entry point: arguments given → the CLI; none → the window.

fn main() {
    if let Some(dir) = connect_sso::crash::default_dir() {
        connect_sso::crash::install(dir);
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let status = if args.len() > 1 {
        connect_sso::cli::run(args)
    } else {
        connect_sso::shell::run()
    };
    std::process::exit(status);
}
