//! Entry point: arguments given → the CLI; none → the window.

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let status = if args.len() > 1 {
        connect_sso::cli::run(args)
    } else {
        connect_sso::shell::run()
    };
    std::process::exit(status);
}
