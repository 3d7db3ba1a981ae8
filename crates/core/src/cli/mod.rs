//! The command-line face: the same services as the window, for terminals and scripts.
//!
//! `--json` prints exactly one JSON object on stdout; failures are `{"error":{code,message,hint}}`
//! and exit with the code's status (see `ErrorCode::exit_status`). No token or URL is ever
//! printed unless `sign-in --print-url` asks for the URL.

pub mod args;
mod browsers;
mod commands;
mod format;
mod print;

use crate::app::App;
use crate::cli::args::{Cli, Command, PolicyCommand};
use crate::cli::print::print_json;
use crate::core::error::Error;
use clap::Parser;
use serde_json::json;
use std::ffi::OsString;

/// The window program, installed next to this one.
pub const WINDOW_PROGRAM: &str = if cfg!(windows) {
    "connect-sso-window.exe"
} else {
    "connect-sso-window"
};

/// Becomes the window program with the same arguments (on Unix the same process, so whoever
/// started `connect-sso` sees the window's exit status and signals). Returns only on failure.
pub fn start_window(args: &[OsString]) -> i32 {
    let program = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join(WINDOW_PROGRAM)));
    let Some(program) = program else {
        eprintln!(
            "error: cannot find where connect-sso is installed\n  hint: reinstall Connect SSO."
        );
        return 1;
    };
    let mut command = std::process::Command::new(&program);
    command.args(args.iter().skip(1));
    #[cfg(unix)]
    let error = {
        use std::os::unix::process::CommandExt;
        command.exec()
    };
    #[cfg(not(unix))]
    let error = match command.status() {
        Ok(status) => return status.code().unwrap_or(1),
        Err(error) => error,
    };
    eprintln!(
        "error: the window program {} could not start: {error}\n  hint: reinstall Connect SSO; the command-line forms (`connect-sso --help`) work without it.",
        program.display()
    );
    1
}

/// Runs the CLI with these arguments (the first is the program name) and returns the exit status.
pub fn run(args: Vec<OsString>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() { 2 } else { 0 };
        }
    };
    crate::diagnostics::logging::init("warn");
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start: {error}");
            return 1;
        }
    };
    if let Command::Completions { shell } = cli.command {
        let mut command = <Cli as clap::CommandFactory>::command();
        clap_complete::generate(shell, &mut command, "connect-sso", &mut std::io::stdout());
        return 0;
    }
    let app = App::production();
    let json = wants_json(&cli.command);
    match runtime.block_on(commands::execute(&app, cli.command)) {
        Ok(status) => status,
        Err(error) => {
            report_error(&app, &error, json);
            error.exit_status()
        }
    }
}

fn wants_json(command: &Command) -> bool {
    match command {
        Command::Profiles(o) | Command::Status(o) | Command::EndShift(o) | Command::Browsers(o) => {
            o.json
        }
        Command::Policy {
            command: PolicyCommand::Show(o),
        } => o.json,
        Command::Policy {
            command: PolicyCommand::Validate { output, .. },
        }
        | Command::Instances { output, .. }
        | Command::Open { output, .. }
        | Command::SsoLogin { output, .. }
        | Command::ExportProfile { output, .. }
        | Command::SignIn { output, .. }
        | Command::SignOut { output, .. }
        | Command::Pin { output, .. }
        | Command::Doctor { output, .. } => output.json,
        Command::Diagnostics { format, .. } => format.json,
        Command::Completions { .. } => false,
    }
}

/// `--json`: the error as it is (English message and hint, the stable code, the catalogue
/// message and its arguments). Otherwise in the person's language.
fn report_error(app: &App, error: &Error, json: bool) {
    if json {
        print_json(&json!({ "error": error }));
    } else {
        let words = app.translator.terminal();
        let shown = error.rendered_by(&words);
        eprintln!(
            "{}",
            words.render(&crate::text!(
                "cli-error",
                message = shown.message,
                hint = shown.hint,
                code = error.code.as_str()
            ))
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_parse() {
        let cli = Cli::try_parse_from([
            "connect-sso",
            "sign-in",
            "--profile",
            "agent",
            "--instance",
            "id",
            "--no-open",
            "--json",
        ])
        .unwrap();
        assert!(wants_json(&cli.command));
        let cli = Cli::try_parse_from(["connect-sso", "instances", "--all-regions", "--refresh"])
            .unwrap();
        assert!(matches!(
            cli.command,
            Command::Instances {
                all_regions: true,
                refresh: true,
                ..
            }
        ));
        assert!(
            Cli::try_parse_from(["connect-sso", "instances", "--refresh"]).is_err(),
            "--refresh needs --all-regions"
        );
        assert!(Cli::try_parse_from(["connect-sso", "sign-in", "--bogus"]).is_err());
        Cli::command_for_tests().debug_assert();
    }

    impl Cli {
        fn command_for_tests() -> clap::Command {
            <Cli as clap::CommandFactory>::command()
        }
    }
}
