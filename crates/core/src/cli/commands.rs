//! What each CLI command does: one function per command over the app's services, printing a
//! table or sentence for people and one JSON object with `--json`.

use crate::app::App;
use crate::cli::args::{Command, Output, PolicyCommand, ProfileArg, Target};
use crate::cli::format::{describe_expiry, place_and_user};
use crate::cli::print::{print_instances, print_json, print_profiles, print_sessions};
use crate::core::clock::now;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::instance::Instance;
use crate::core::settings_view::PolicyStatus;
use crate::signin::browser::not_fetched;
use serde_json::json;
use std::path::Path;

/// Runs one command; `Ok` holds the exit status (doctor's may be a failure's without an error).
pub async fn execute(app: &App, command: Command) -> Result<i32> {
    match command {
        Command::Profiles(output) => profiles(app, output).await?,
        Command::Instances {
            target,
            all_regions: false,
            output,
            ..
        } => instances(app, target, output).await?,
        Command::Instances {
            target,
            all_regions: true,
            refresh,
            output,
        } => all_regions(app, target, refresh, output).await?,
        Command::Pin {
            target,
            remove,
            output,
        } => pin(app, target, remove, output).await?,
        Command::Policy {
            command: PolicyCommand::Validate { file, output },
        } => validate_policy(&file, output)?,
        Command::Policy {
            command: PolicyCommand::Show(output),
        } => show_policy(app, output),
        Command::Doctor { target, output } => return Ok(doctor(app, target, output).await),
        Command::Completions { .. } => {}
        Command::SignIn {
            target,
            no_open,
            print_url,
            mfa_code_stdin,
            output,
        } => sign_in(app, target, !no_open, print_url, mfa_code_stdin, output).await?,
        Command::Open { target, output } => open(app, target, output).await?,
        Command::SignOut {
            target,
            browser,
            output,
        } => sign_out(app, target, browser, output).await?,
        Command::SsoLogin {
            target,
            no_open,
            output,
        } => sso_login(app, target, !no_open, output).await?,
        Command::ExportProfile { target, output } => export_profile(app, target, output)?,
        Command::EndShift(output) => end_shift(app, output).await?,
        Command::Status(output) => status(app, output).await?,
    }
    Ok(0)
}

async fn profiles(app: &App, output: Output) -> Result<()> {
    let profiles = app.discovery.profiles().await?;
    if output.json {
        print_json(&json!({ "profiles": profiles }));
    } else {
        print_profiles(&profiles);
    }
    Ok(())
}

async fn instances(app: &App, target: ProfileArg, output: Output) -> Result<()> {
    let profile = pick_profile(app, target);
    let instances = app.discovery.instances(&profile).await?;
    if output.json {
        print_json(&json!({ "profile": profile, "instances": instances }));
    } else {
        print_instances(&profile, &instances);
    }
    Ok(())
}

async fn all_regions(app: &App, target: ProfileArg, refresh: bool, output: Output) -> Result<()> {
    let profile = pick_profile(app, target);
    let catalog = app.discovery.discover(Some(&profile), refresh).await?;
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
    let (regions, fetched_at) = discovery
        .map(|d| (d.regions, d.fetched_at))
        .unwrap_or_default();
    if output.json {
        print_json(&json!({
            "profile": profile,
            "instances": instances,
            "regions": regions,
            "fetchedAt": fetched_at,
        }));
        return Ok(());
    }
    let mut sorted: Vec<Instance> = instances.into_iter().cloned().collect();
    sorted.sort_by(|a, b| (&a.region, a.label()).cmp(&(&b.region, b.label())));
    print_instances(&profile, &sorted);
    let failed: Vec<_> = regions.iter().filter(|r| r.error.is_some()).collect();
    let age = fetched_at.map(|at| now() - at).unwrap_or_default();
    println!(
        "{} region(s) searched, {} failed; list {}.",
        regions.len(),
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
    Ok(())
}

async fn pin(app: &App, target: Target, remove: bool, output: Output) -> Result<()> {
    let (profile, instance) = pick_target(app, target)?;
    app.discovery
        .set_pinned(&profile, &instance, !remove)
        .await?;
    if output.json {
        print_json(&json!({ "profile": profile, "instance": instance, "pinned": !remove }));
    } else if remove {
        println!("Unpinned {instance} ({profile}).");
    } else {
        println!("Pinned {instance} ({profile}).");
    }
    Ok(())
}

fn validate_policy(file: &Path, output: Output) -> Result<()> {
    let policy = crate::core::policy::read(file)?.ok_or_else(|| {
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
        return Ok(());
    }
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
    Ok(())
}

fn show_policy(app: &App, output: Output) {
    let status = PolicyStatus::of(app.preferences.policy());
    if output.json {
        print_json(&json!({ "policy": status }));
        return;
    }
    match (&status.path, status.loaded, &status.error) {
        (_, _, Some(error)) => println!("{}\n  hint: {}", error.message, error.hint),
        (Some(path), true, None) => println!("The policy at {path} applies."),
        (Some(path), false, None) => println!("No policy: {path} does not exist."),
        (None, _, None) => println!("No policy location on this OS."),
    }
}

/// Every check, printed; the exit status is the first failure's (0 when all passed).
async fn doctor(app: &App, target: Target, output: Output) -> i32 {
    let profile = pick_profile(app, target.profile);
    let instance = target
        .instance
        .or_else(|| app.preferences.settings().last_instance);
    let checks = crate::diagnostics::doctor::run(app, &profile, instance.as_deref()).await;
    let status = crate::diagnostics::doctor::exit_status(&checks);
    if output.json {
        print_json(&json!({ "profile": profile, "ok": status == 0, "checks": checks }));
        return status;
    }
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
    status
}

async fn sign_in(
    app: &App,
    target: Target,
    open: bool,
    print_url: bool,
    mfa_code_stdin: bool,
    output: Output,
) -> Result<()> {
    let (profile, instance) = pick_target(app, target)?;
    if mfa_code_stdin {
        let code = read_mfa_code_from_stdin()?;
        app.logins.submit_mfa_code(&profile, &code).await?;
    }
    let outcome = match app.signin.sign_in(&profile, &instance, open).await {
        Err(error) if error.code == ErrorCode::MfaRequired && !mfa_code_stdin => {
            let code = prompt_mfa_code(&error)?;
            app.logins.submit_mfa_code(&profile, &code).await?;
            app.signin.sign_in(&profile, &instance, open).await?
        }
        other => other?,
    };
    if let Some(error) = &outcome.vault_error {
        eprintln!(
            "warning: {} This session will not be remembered.\n  hint: {}",
            error.message, error.hint
        );
    }
    // The page the browser is sent to lives in this process: stay until it was fetched.
    if open && !app.browser.wait().await {
        return Err(not_fetched(
            "The session is stored: `connect-sso open` opens it in the browser again.",
        ));
    }
    if output.json {
        let mut value = json!({ "session": outcome.session, "browserOpened": open });
        if print_url {
            value["signInUrl"] = json!(outcome.url.expose());
        }
        print_json(&value);
        return Ok(());
    }
    println!("Signed in to {}.", place_and_user(&outcome.session));
    println!("{}", describe_expiry(&outcome.session, now()));
    if open {
        println!("The browser was opened.");
    }
    if print_url {
        println!("{}", outcome.url.expose());
    }
    Ok(())
}

async fn open(app: &App, target: Target, output: Output) -> Result<()> {
    let (profile, instance) = pick_target(app, target)?;
    let outcome = app.signin.open_session(&profile, &instance).await?;
    // The page that hands the session to the browser lives in this process: stay until the
    // browser has fetched it (or it expired).
    if !app.browser.wait().await {
        return Err(not_fetched(
            "The session is still stored: run `connect-sso open` again.",
        ));
    }
    if output.json {
        print_json(&json!({
            "session": outcome.session,
            "resumed": outcome.resumed,
            "pageFetched": true,
        }));
    } else if outcome.resumed {
        println!(
            "Reopened {} with the stored session.",
            place_and_user(&outcome.session)
        );
    } else {
        println!("Signed in again to {}.", place_and_user(&outcome.session));
    }
    Ok(())
}

async fn sign_out(app: &App, target: Target, browser: bool, output: Output) -> Result<()> {
    let (profile, instance) = pick_target(app, target)?;
    let removed = app.signin.sign_out(&profile, &instance, browser).await?;
    if browser && !app.browser.wait().await {
        return Err(not_fetched(
            "The tokens were removed from the keychain; sign out in the Amazon Connect tab of your browser.",
        ));
    }
    if output.json {
        print_json(&json!({ "signedOut": removed, "profile": profile, "instance": instance }));
    } else if removed {
        println!(
            "Signed out: the tokens of '{profile}' on {instance} were removed from the keychain."
        );
    } else {
        println!("No stored session for '{profile}' on {instance}.");
    }
    Ok(())
}

async fn sso_login(app: &App, target: ProfileArg, open: bool, output: Output) -> Result<()> {
    let profile = pick_profile(app, target);
    let login = app.logins.sso_login_start(&profile, open).await?;
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
    app.logins.sso_login_wait(&profile).await?;
    if output.json {
        print_json(&json!({ "profile": profile, "signedIn": true, "userCode": login.user_code }));
    } else {
        println!("Signed in to IAM Identity Center for profile '{profile}'.");
    }
    Ok(())
}

fn export_profile(app: &App, target: ProfileArg, output: Output) -> Result<()> {
    let profile = pick_profile(app, target);
    let path = app.logins.export_app_profile(&profile)?;
    if output.json {
        print_json(&json!({ "profile": profile, "exportedTo": path }));
    } else {
        println!("Profile '{profile}' was added to {}.", path.display());
    }
    Ok(())
}

async fn end_shift(app: &App, output: Output) -> Result<()> {
    let removed = app.signin.end_shift().await?;
    if output.json {
        print_json(&json!({ "removed": removed }));
    } else {
        println!("Shift ended: {removed} stored session(s) removed from the keychain.");
    }
    Ok(())
}

async fn status(app: &App, output: Output) -> Result<()> {
    let sessions = app.signin.sessions().await?;
    if output.json {
        print_json(&json!({ "sessions": sessions }));
    } else {
        print_sessions(&sessions);
    }
    Ok(())
}

fn pick_profile(app: &App, given: ProfileArg) -> String {
    given
        .profile
        .or_else(|| std::env::var("AWS_PROFILE").ok().filter(|p| !p.is_empty()))
        .or_else(|| app.preferences.settings().last_profile)
        .unwrap_or_else(|| "default".to_string())
}

fn pick_target(app: &App, target: Target) -> Result<(String, String)> {
    let profile = pick_profile(app, target.profile);
    let instance = target
        .instance
        .or_else(|| app.preferences.settings().last_instance)
        .ok_or_else(|| {
            Error::invalid_parameter(
                "No instance given and none used before.",
                "Pass --instance ID_OR_ARN (`connect-sso instances` lists them).",
            )
        })?;
    Ok((profile, instance))
}

/// Asks for the MFA code on the terminal, without echo; without a terminal (a script), the error
/// stands and says how a script passes the code.
fn prompt_mfa_code(error: &Error) -> Result<String> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        return Err(Error::english(
            error.code,
            error.message.clone(),
            "Pass --mfa-code-stdin and write the six-digit code from your authenticator app to standard input.",
        ));
    }
    eprintln!("{}", error.message);
    let code = rpassword::prompt_password("MFA code: ")
        .map_err(|e| Error::internal(format!("cannot read the MFA code: {e}")))?;
    Ok(code.trim().to_string())
}

/// One line of standard input, bounded: an MFA code is six digits.
fn read_mfa_code_from_stdin() -> Result<String> {
    use std::io::{BufRead, Read};
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .take(64)
        .read_line(&mut line)
        .map_err(|e| Error::internal(format!("cannot read the MFA code: {e}")))?;
    Ok(line.trim().to_string())
}
