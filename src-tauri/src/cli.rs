//! The command-line face: the same services as the window, for terminals and scripts.
//!
//! `--json` prints exactly one JSON object on stdout; failures are `{"error":{code,message,hint}}`
//! and exit with the code's status (see `ErrorCode::exit_status`). No token or URL is ever
//! printed unless `sign-in --print-url` asks for the URL.

use crate::app::App;
use crate::cli_args::{Cli, Command, PolicyCommand, ProfileArg, Target};
use crate::error::{Error, Result};
use crate::format::{describe_expiry, place_and_user};
use crate::instances::Instance;
use crate::launcher::SystemOpener;
use crate::profiles::{Profile, ProfileKind};
use crate::sessions::SessionView;
use crate::settings::SettingsStore;
use crate::vault;
use clap::Parser;
use serde_json::json;
use std::ffi::OsString;
use std::io::Write;
use std::sync::Arc;

/// The window's way of starting, when these arguments (program name first) are for the window
/// rather than the CLI: none, a single `connect-sso://` link (the desktop opens links that way),
/// or the autostart flag.
pub fn launch_of(args: &[OsString]) -> Option<crate::shell::Launch> {
    match args {
        [_] => Some(crate::shell::Launch::Normal),
        [_, arg] if arg == crate::shell::AUTOSTART_ARG => Some(crate::shell::Launch::Autostart),
        [_, arg]
            if arg
                .to_str()
                .is_some_and(|a| a.starts_with(&format!("{}:", crate::deeplink::SCHEME))) =>
        {
            Some(crate::shell::Launch::Normal)
        }
        _ => None,
    }
}

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
    crate::logging::init("warn");
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
    let app = App::new(
        Arc::new(vault::os_keychain()),
        Arc::new(SystemOpener),
        SettingsStore::from_env(),
    )
    .with_policy(crate::policy::load(crate::policy::path_from_env()));
    let json = wants_json(&cli.command);
    match runtime.block_on(execute(&app, cli.command)) {
        Ok(()) => 0,
        Err(error) => {
            report_error(&error, json);
            error.exit_status()
        }
    }
}

fn wants_json(command: &Command) -> bool {
    match command {
        Command::Profiles(o) | Command::Status(o) | Command::EndShift(o) => o.json,
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
        Command::Completions { .. } => false,
    }
}

async fn execute(app: &App, command: Command) -> Result<()> {
    match command {
        Command::Profiles(output) => {
            let profiles = app.profiles().await?;
            if output.json {
                print_json(&json!({ "profiles": profiles }));
            } else {
                print_profiles(&profiles);
            }
        }
        Command::Instances {
            target,
            all_regions: false,
            output,
            ..
        } => {
            let profile = pick_profile(app, target);
            let instances = app.instances(&profile).await?;
            if output.json {
                print_json(&json!({ "profile": profile, "instances": instances }));
            } else {
                print_instances(&profile, &instances);
            }
        }
        Command::Instances {
            target,
            all_regions: true,
            refresh,
            output,
        } => {
            let profile = pick_profile(app, target);
            let catalog = app.discover(Some(&profile), refresh).await?;
            let discovery = catalog
                .profiles
                .iter()
                .find(|d| d.profile == profile)
                .cloned();
            let instances: Vec<&Instance> = catalog
                .entries
                .iter()
                .filter(|e| e.profile == profile)
                .map(|e| &e.instance)
                .collect();
            if let Some(error) = discovery.as_ref().and_then(|d| d.error.clone()) {
                return Err(error);
            }
            let regions = discovery
                .map(|d| (d.regions, d.fetched_at))
                .unwrap_or_default();
            if output.json {
                print_json(&json!({
                    "profile": profile,
                    "instances": instances,
                    "regions": regions.0,
                    "fetchedAt": regions.1,
                }));
            } else {
                let mut sorted: Vec<Instance> = instances.into_iter().cloned().collect();
                sorted.sort_by(|a, b| (&a.region, a.label()).cmp(&(&b.region, b.label())));
                print_instances(&profile, &sorted);
                let failed: Vec<_> = regions.0.iter().filter(|r| r.error.is_some()).collect();
                let age = regions
                    .1
                    .map(|at| crate::format::now() - at)
                    .unwrap_or_default();
                println!(
                    "{} region(s) searched, {} failed; list {}.",
                    regions.0.len(),
                    failed.len(),
                    if age < 5.0 {
                        "fetched now".to_string()
                    } else {
                        format!("from {} s ago (--refresh asks again)", age.round())
                    }
                );
                for region in failed {
                    if let Some(error) = &region.error {
                        eprintln!(
                            "warning: {}: {} ({})",
                            region.region, error.message, error.code
                        );
                    }
                }
            }
        }
        Command::Pin {
            target,
            remove,
            output,
        } => {
            let (profile, instance) = pick_target(app, target)?;
            app.set_pinned(&profile, &instance, !remove).await?;
            if output.json {
                print_json(&json!({ "profile": profile, "instance": instance, "pinned": !remove }));
            } else if remove {
                println!("Unpinned {instance} ({profile}).");
            } else {
                println!("Pinned {instance} ({profile}).");
            }
        }
        Command::Policy {
            command: PolicyCommand::Validate { file, output },
        } => {
            let policy = crate::policy::read(&file)?.ok_or_else(|| {
                Error::invalid_parameter(
                    format!("{} does not exist.", file.display()),
                    "Give the path of the policy file to check.",
                )
            })?;
            let locked: Vec<&str> = policy.locked.iter().map(|l| l.as_str()).collect();
            if output.json {
                print_json(
                    &json!({ "valid": true, "file": file, "instances": policy.instances.len(), "locked": locked }),
                );
            } else {
                println!(
                    "{} is a valid Connect SSO policy: {} instance(s), {} locked setting(s){}{}.",
                    file.display(),
                    policy.instances.len(),
                    locked.len(),
                    if locked.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", locked.join(", "))
                    },
                    if policy.restrict_to_listed_instances {
                        ", sign-in restricted to them"
                    } else {
                        ""
                    },
                );
            }
        }
        Command::Policy {
            command: PolicyCommand::Show(output),
        } => {
            let status = crate::preferences::PolicyStatus::of(app.policy());
            if output.json {
                print_json(&json!({ "policy": status }));
            } else {
                match (&status.path, status.loaded, &status.error) {
                    (_, _, Some(error)) => {
                        println!(
                            "{}
  hint: {}",
                            error.message, error.hint
                        )
                    }
                    (Some(path), true, None) => println!("The policy at {path} applies."),
                    (Some(path), false, None) => println!("No policy: {path} does not exist."),
                    (None, _, None) => println!("No policy location on this OS."),
                }
            }
        }
        Command::Doctor { target, output } => {
            let profile = pick_profile(app, target.profile);
            let instance = target.instance.or_else(|| app.settings().last_instance);
            let checks = crate::doctor::run(app, &profile, instance.as_deref()).await;
            let status = crate::doctor::exit_status(&checks);
            if output.json {
                print_json(&json!({ "profile": profile, "ok": status == 0, "checks": checks }));
            } else {
                for check in &checks {
                    let mark = match (check.ok, check.skipped) {
                        (true, _) => "pass",
                        (false, true) => "skip",
                        (false, false) => "FAIL",
                    };
                    println!("{mark}  {:<12} {}", check.name, check.detail);
                    if let Some(error) = &check.error {
                        println!("      {:<12} hint: {} ({})", "", error.hint, error.code);
                    }
                }
            }
            if status != 0 {
                std::process::exit(status);
            }
        }
        Command::Completions { .. } => {}
        Command::SignIn {
            target,
            no_open,
            print_url,
            mfa_code,
            output,
        } => {
            let (profile, instance) = pick_target(app, target)?;
            if let Some(code) = &mfa_code {
                app.submit_mfa_code(&profile, code).await?;
            }
            let outcome = match app.sign_in(&profile, &instance, !no_open).await {
                Err(error) if error.code == crate::ErrorCode::MfaRequired && mfa_code.is_none() => {
                    let code = prompt_mfa_code(&error)?;
                    app.submit_mfa_code(&profile, &code).await?;
                    app.sign_in(&profile, &instance, !no_open).await?
                }
                other => other?,
            };
            if let Some(error) = &outcome.vault_error {
                eprintln!(
                    "warning: {} This session will not be remembered.\n  hint: {}",
                    error.message, error.hint
                );
            }
            if output.json {
                let mut value = json!({ "session": outcome.session, "browserOpened": !no_open });
                if print_url {
                    value["signInUrl"] = json!(outcome.url.expose());
                }
                print_json(&value);
            } else {
                println!("Signed in to {}.", place_and_user(&outcome.session));
                println!(
                    "{}",
                    describe_expiry(&outcome.session, crate::format::now())
                );
                if !no_open {
                    println!("The browser was opened.");
                }
                if print_url {
                    println!("{}", outcome.url.expose());
                }
            }
        }
        Command::Open { target, output } => {
            let (profile, instance) = pick_target(app, target)?;
            let outcome = app.open_session(&profile, &instance).await?;
            // The page that hands the stored tokens to the browser lives in this process: stay
            // until the browser has fetched it (or it expired).
            let page_fetched = match outcome.page_fetched {
                Some(handle) => Some(handle.await.unwrap_or(false)),
                None => None,
            };
            if output.json {
                print_json(&json!({
                    "session": outcome.session,
                    "resumed": outcome.resumed,
                    "pageFetched": page_fetched,
                }));
            } else if outcome.resumed {
                println!(
                    "Reopened {} with the stored session.",
                    place_and_user(&outcome.session)
                );
                if page_fetched == Some(false) {
                    eprintln!("warning: the browser did not pick up the session within {} s; run `connect-sso open` again.", crate::resume::PAGE_LIFETIME.as_secs());
                }
            } else {
                println!("Signed in again to {}.", place_and_user(&outcome.session));
            }
        }
        Command::SignOut {
            target,
            browser,
            output,
        } => {
            let (profile, instance) = pick_target(app, target)?;
            let removed = app.sign_out(&profile, &instance, browser).await?;
            if output.json {
                print_json(
                    &json!({ "signedOut": removed, "profile": profile, "instance": instance }),
                );
            } else if removed {
                println!("Signed out: the tokens of '{profile}' on {instance} were removed from the keychain.");
            } else {
                println!("No stored session for '{profile}' on {instance}.");
            }
        }
        Command::SsoLogin {
            target,
            no_open,
            output,
        } => {
            let profile = pick_profile(app, target);
            let login = app.sso_login_start(&profile, !no_open).await?;
            if !output.json {
                println!(
                    "To sign in to IAM Identity Center, open:\n  {}",
                    login.verification_url
                );
                println!(
                    "and check that the page shows this code: {}",
                    login.user_code
                );
                println!("Waiting for approval…");
            }
            app.sso_login_wait(&profile).await?;
            if output.json {
                print_json(
                    &json!({ "profile": profile, "signedIn": true, "userCode": login.user_code }),
                );
            } else {
                println!("Signed in to IAM Identity Center for profile '{profile}'.");
            }
        }
        Command::ExportProfile { target, output } => {
            let profile = pick_profile(app, target);
            let path = app.export_app_profile(&profile)?;
            if output.json {
                print_json(&json!({ "profile": profile, "exportedTo": path }));
            } else {
                println!("Profile '{profile}' was added to {}.", path.display());
            }
        }
        Command::EndShift(output) => {
            let removed = app.end_shift().await?;
            if output.json {
                print_json(&json!({ "removed": removed }));
            } else {
                println!("Shift ended: {removed} stored session(s) removed from the keychain.");
            }
        }
        Command::Status(output) => {
            let sessions = app.sessions().await?;
            if output.json {
                print_json(&json!({ "sessions": sessions }));
            } else {
                print_sessions(&sessions);
            }
        }
    }
    Ok(())
}

fn pick_profile(app: &App, given: ProfileArg) -> String {
    given
        .profile
        .or_else(|| std::env::var("AWS_PROFILE").ok().filter(|p| !p.is_empty()))
        .or_else(|| app.settings().last_profile)
        .unwrap_or_else(|| "default".to_string())
}

fn pick_target(app: &App, target: Target) -> Result<(String, String)> {
    let profile = pick_profile(app, target.profile);
    let instance = target
        .instance
        .or_else(|| app.settings().last_instance)
        .ok_or_else(|| {
            Error::invalid_parameter(
                "No instance given and none used before.",
                "Pass --instance ID_OR_ARN (`connect-sso instances` lists them).",
            )
        })?;
    Ok((profile, instance))
}

/// Asks for the MFA code on the terminal; without one (a script), the error stands.
fn prompt_mfa_code(error: &Error) -> Result<String> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        return Err(Error::new(
            error.code,
            error.message.clone(),
            "Pass --mfa-code with the six-digit code from your authenticator app.",
        ));
    }
    eprint!("{}\nMFA code: ", error.message);
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| Error::internal(format!("cannot read the MFA code: {e}")))?;
    Ok(line.trim().to_string())
}

fn report_error(error: &Error, json: bool) {
    if json {
        print_json(&json!({ "error": error }));
    } else {
        eprintln!(
            "error: {}\n  hint: {}\n  code: {}",
            error.message, error.hint, error.code
        );
    }
}

fn print_json(value: &serde_json::Value) {
    let mut stdout = std::io::stdout().lock();
    let _ = serde_json::to_writer(&mut stdout, value);
    let _ = writeln!(stdout);
}

fn kind_label(kind: ProfileKind) -> &'static str {
    match kind {
        ProfileKind::Static => "static keys",
        ProfileKind::Sso => "IAM Identity Center",
        ProfileKind::Role => "role",
        ProfileKind::Process => "credential process",
        ProfileKind::Other => "other",
    }
}

fn print_profiles(profiles: &[Profile]) {
    if profiles.is_empty() {
        println!("No AWS profiles found. Add one with `aws configure sso` or in ~/.aws/config.");
        return;
    }
    let width = profiles
        .iter()
        .map(|p| p.name.chars().count())
        .max()
        .unwrap_or(0)
        .max(7);
    println!(
        "{:<width$}  {:<20}  {:<16}  ENDPOINT",
        "PROFILE", "KIND", "REGION"
    );
    for profile in profiles {
        println!(
            "{:<width$}  {:<20}  {:<16}  {}",
            profile.name,
            kind_label(profile.kind),
            profile.region.as_deref().unwrap_or("-"),
            if profile.custom_endpoint {
                "custom"
            } else {
                "aws"
            },
        );
    }
}

fn print_instances(profile: &str, instances: &[Instance]) {
    if instances.is_empty() {
        println!("No Amazon Connect instances visible to profile '{profile}' in its region.");
        return;
    }
    let width = instances
        .iter()
        .map(|i| i.label().chars().count())
        .max()
        .unwrap_or(0)
        .max(5);
    println!(
        "{:<width$}  {:<36}  {:<14}  {:<18}  STATUS",
        "ALIAS", "ID", "REGION", "IDENTITY"
    );
    for instance in instances {
        println!(
            "{:<width$}  {:<36}  {:<14}  {:<18}  {}",
            instance.label(),
            instance.id,
            instance.region,
            instance.identity_management_type.as_deref().unwrap_or("-"),
            instance.status.as_deref().unwrap_or("-"),
        );
    }
}

fn print_sessions(sessions: &[SessionView]) {
    if sessions.is_empty() {
        println!("No stored sessions.");
        return;
    }
    let now = crate::format::now();
    for session in sessions {
        println!("{} [profile {}]", place_and_user(session), session.profile);
        println!("  {}", describe_expiry(session, now));
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
