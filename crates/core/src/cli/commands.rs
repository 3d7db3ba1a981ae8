//! What each CLI command does: one function per command over the app's services, printing a
//! table or sentence for people and one JSON object with `--json`.

use crate::app::App;
use crate::aws::logins::{LoginMethod, SsoFlow};
use crate::cli::args::{BrowserArgs, Command, Output, PolicyCommand, ProfileArg, Target};
use crate::cli::browsers;
use crate::cli::format::{describe_expiry, place_and_user};
use crate::cli::print::{print_instances, print_json, print_profiles, print_sessions};
use crate::core::clock::now;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::instance::Instance;
use crate::core::settings_view::PolicyStatus;
use crate::l10n::Text;
use crate::signin::browser::not_fetched;
use crate::text;
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
        Command::Diagnostics { output, format } => diagnostics(app, output, format).await?,
        Command::SignIn {
            target,
            no_open,
            print_url,
            mfa_code_stdin,
            browser,
            output,
        } => {
            choose_browser(app, browser)?;
            sign_in(app, target, !no_open, print_url, mfa_code_stdin, output).await?
        }
        Command::Open {
            target,
            browser,
            output,
        } => {
            choose_browser(app, browser)?;
            open(app, target, output).await?
        }
        Command::Browsers(output) => browsers::list(app, output),
        Command::SignOut {
            target,
            browser,
            output,
        } => sign_out(app, target, browser, output).await?,
        Command::SsoLogin {
            target,
            no_open,
            use_device_code,
            output,
        } => {
            let method = if use_device_code {
                LoginMethod::DeviceCode
            } else {
                LoginMethod::Browser
            };
            sso_login(app, target, !no_open, method, output).await?
        }
        Command::ExportProfile { target, output } => export_profile(app, target, output)?,
        Command::EndShift(output) => end_shift(app, output).await?,
        Command::Status(output) => status(app, output).await?,
    }
    Ok(0)
}

/// `--browser` and friends: this command's pages open there instead of the chosen browser.
fn choose_browser(app: &App, args: BrowserArgs) -> Result<()> {
    let Some(id) = args.browser else {
        return Ok(());
    };
    let browser = crate::browsers::BrowserId::parse(&id).ok_or_else(|| {
        Error::new(
            ErrorCode::InvalidParameter,
            text!("error-browser-choice-invalid", detail = id),
        )
    })?;
    app.browser
        .choose_for_this_process(crate::browsers::BrowserChoice {
            browser,
            profile: args.browser_profile,
            private: args.private,
        })
}

async fn profiles(app: &App, output: Output) -> Result<()> {
    let profiles = app.discovery.profiles().await?;
    if output.json {
        print_json(&json!({ "profiles": profiles }));
    } else {
        print_profiles(&app.translator.terminal(), &profiles);
    }
    Ok(())
}

async fn instances(app: &App, target: ProfileArg, output: Output) -> Result<()> {
    let profile = pick_profile(app, target);
    let instances = app.discovery.instances(&profile).await?;
    if output.json {
        print_json(&json!({ "profile": profile, "instances": instances }));
    } else {
        print_instances(&app.translator.terminal(), &profile, &instances);
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
    let words = app.translator.terminal();
    print_instances(&words, &profile, &sorted);
    let failed: Vec<_> = regions.iter().filter(|r| r.error.is_some()).collect();
    let age = fetched_at.map(|at| now() - at).unwrap_or_default();
    let list = if age < 5.0 {
        text!("cli-list-fresh")
    } else {
        text!("cli-list-cached", seconds = age.round() as i64)
    };
    say(
        app,
        text!(
            "cli-regions-searched",
            regions = regions.len(),
            failed = failed.len(),
            list = list
        ),
    );
    for region in failed {
        if let Some(error) = &region.error {
            let error = error.rendered_by(&words);
            eprintln!(
                "{}",
                words.render(&text!(
                    "cli-region-warning",
                    region = &region.region,
                    message = &error.message,
                    code = error.code.as_str()
                ))
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
        say(
            app,
            text!("cli-unpinned", instance = &instance, profile = &profile),
        );
    } else {
        say(
            app,
            text!("cli-pinned", instance = &instance, profile = &profile),
        );
    }
    Ok(())
}

fn validate_policy(file: &Path, output: Output) -> Result<()> {
    let policy = crate::core::policy::read(file)?.ok_or_else(|| {
        Error::new(
            ErrorCode::InvalidParameter,
            crate::text!(
                "error-policy-file-missing",
                path = file.display().to_string()
            ),
        )
    })?;
    let locked: Vec<&str> = policy.locked.iter().map(|l| l.as_str()).collect();
    if output.json {
        print_json(
            &json!({ "valid": true, "file": file, "instances": policy.instances.len(), "locked": locked }),
        );
        return Ok(());
    }
    let words = crate::l10n::Localizer::new(
        crate::l10n::languages::negotiate(
            crate::l10n::Translator::os_languages()
                .iter()
                .map(String::as_str),
        ),
        false,
    );
    let valid = text!(
        "cli-policy-valid",
        path = file.display().to_string(),
        instances = policy.instances.len(),
        locked = locked.len(),
        names = locked.join(", "),
        restricted = if policy.restrict_to_listed_instances {
            "yes"
        } else {
            "no"
        }
    );
    println!("{}", words.render(&valid));
    Ok(())
}

fn show_policy(app: &App, output: Output) {
    let status = PolicyStatus::of(app.preferences.policy());
    if output.json {
        print_json(&json!({ "policy": status }));
        return;
    }
    let words = app.translator.terminal();
    match (&status.path, status.loaded, &status.error) {
        (_, _, Some(error)) => {
            let error = error.rendered_by(&words);
            say(
                app,
                text!(
                    "cli-policy-unusable",
                    message = error.message,
                    hint = error.hint
                ),
            );
        }
        (Some(path), true, None) => say(app, text!("cli-policy-applies", path = path)),
        (Some(path), false, None) => say(app, text!("cli-policy-none", path = path)),
        (None, _, None) => say(app, text!("cli-policy-no-location")),
    }
}

/// The helpdesk's zip, written where asked (or here, under a dated name).
async fn diagnostics(app: &App, path: Option<std::path::PathBuf>, output: Output) -> Result<()> {
    let path = path.unwrap_or_else(|| crate::diagnostics::bundle::default_file_name().into());
    let environment = crate::diagnostics::bundle::Environment {
        webview_version: None,
        written_by: "cli",
    };
    let report = crate::diagnostics::bundle::write(app, &path, &environment).await?;
    if output.json {
        print_json(&json!(report));
    } else {
        say(
            app,
            text!(
                "cli-diagnostics-saved",
                path = report.path.display().to_string(),
                files = report.files.len(),
                kib = report.bytes.div_ceil(1024)
            ),
        );
    }
    Ok(())
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
    // The details line up after the longest check name.
    let width = checks
        .iter()
        .map(|check| check.name.len())
        .max()
        .unwrap_or(0);
    for check in &checks {
        let mark = match (check.ok, check.skipped) {
            (true, _) => "pass",
            (false, true) => "skip",
            (false, false) => "FAIL",
        };
        println!("{mark}  {:<width$} {}", check.name, check.detail);
        if let Some(error) = &check.error {
            println!("      {:<width$} hint: {} ({})", "", error.hint, error.code);
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
            let code = prompt_mfa_code(&app.translator.terminal(), &error)?;
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
        return Err(not_fetched(crate::text!("browser-timeout-after-sign-in")));
    }
    if output.json {
        let mut value = json!({ "session": outcome.session, "browserOpened": open });
        if print_url {
            value["signInUrl"] = json!(outcome.url.expose());
        }
        print_json(&value);
        return Ok(());
    }
    say(
        app,
        text!("cli-signed-in", session = place_and_user(&outcome.session)),
    );
    say(app, describe_expiry(&outcome.session, now()));
    if open {
        say(app, text!("cli-browser-opened"));
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
        return Err(not_fetched(crate::text!("browser-timeout-after-open")));
    }
    if output.json {
        print_json(&json!({
            "session": outcome.session,
            "resumed": outcome.resumed,
            "pageFetched": true,
        }));
    } else if outcome.resumed {
        say(
            app,
            text!("cli-reopened", session = place_and_user(&outcome.session)),
        );
    } else {
        say(
            app,
            text!(
                "cli-signed-in-again",
                session = place_and_user(&outcome.session)
            ),
        );
    }
    Ok(())
}

async fn sign_out(app: &App, target: Target, browser: bool, output: Output) -> Result<()> {
    let (profile, instance) = pick_target(app, target)?;
    let removed = app.signin.sign_out(&profile, &instance, browser).await?;
    if browser && !app.browser.wait().await {
        return Err(not_fetched(crate::text!("browser-timeout-after-sign-out")));
    }
    if output.json {
        print_json(&json!({ "signedOut": removed, "profile": profile, "instance": instance }));
    } else if removed {
        say(
            app,
            text!("cli-signed-out", profile = &profile, instance = &instance),
        );
    } else {
        say(
            app,
            text!("cli-no-session", profile = &profile, instance = &instance),
        );
    }
    Ok(())
}

async fn sso_login(
    app: &App,
    target: ProfileArg,
    open: bool,
    method: LoginMethod,
    output: Output,
) -> Result<()> {
    let profile = pick_profile(app, target);
    let login = app.logins.sso_login_start(&profile, open, method).await?;
    if !output.json {
        match login.flow {
            SsoFlow::AuthorizationCode => say(app, text!("cli-sso-browser")),
            SsoFlow::DeviceCode => {
                say(app, text!("cli-sso-open", url = &login.verification_url));
                say(app, text!("cli-sso-code", code = &login.user_code));
            }
        }
        say(app, text!("cli-sso-waiting"));
    }
    app.logins.sso_login_wait(&profile).await?;
    if output.json {
        let mut answer = json!({ "profile": profile, "signedIn": true, "flow": login.flow });
        if login.flow == SsoFlow::DeviceCode {
            answer["userCode"] = json!(login.user_code);
        }
        print_json(&answer);
    } else {
        say(app, text!("cli-sso-signed-in", profile = &profile));
    }
    Ok(())
}

fn export_profile(app: &App, target: ProfileArg, output: Output) -> Result<()> {
    let profile = pick_profile(app, target);
    let path = app.logins.export_app_profile(&profile)?;
    if output.json {
        print_json(&json!({ "profile": profile, "exportedTo": path }));
    } else {
        say(
            app,
            text!(
                "cli-exported",
                profile = &profile,
                path = path.display().to_string()
            ),
        );
    }
    Ok(())
}

async fn end_shift(app: &App, output: Output) -> Result<()> {
    let removed = app.signin.end_shift().await?;
    if output.json {
        print_json(&json!({ "removed": removed }));
    } else {
        say(app, text!("cli-shift-ended", removed = removed));
    }
    Ok(())
}

async fn status(app: &App, output: Output) -> Result<()> {
    let sessions = app.signin.sessions().await?;
    if output.json {
        print_json(&json!({ "sessions": sessions }));
    } else {
        print_sessions(&app.translator.terminal(), &sessions);
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
            Error::new(
                ErrorCode::InvalidParameter,
                crate::text!("error-no-instance-given"),
            )
        })?;
    Ok((profile, instance))
}

/// Asks for the MFA code on the terminal, without echo; without a terminal (a script), the error
/// stands and says how a script passes the code.
fn prompt_mfa_code(words: &crate::l10n::Localizer, error: &Error) -> Result<String> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        let reason = error
            .text
            .clone()
            .unwrap_or_else(|| crate::text!("data", value = &error.message));
        return Err(Error::new(
            error.code,
            crate::text!("error-mfa-in-a-script", reason = reason),
        ));
    }
    eprintln!("{}", error.rendered_by(words).message);
    let code = rpassword::prompt_password(words.render(&text!("cli-mfa-prompt")))
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

/// Prints `text` in the person's language.
fn say(app: &App, text: Text) {
    println!("{}", app.translator.terminal().render(&text));
}
