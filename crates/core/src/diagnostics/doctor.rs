//! `connect-sso doctor`: checks, in the order a sign-in needs them, that a profile and instance
//! can work on this computer; each check passes or fails with the error's hint.

use crate::app::App;
use crate::aws::identity::CallerIdentity;
use crate::core::error::{Error, ErrorCode};
use crate::core::instance::InstanceRef;
use crate::core::regions;
use crate::diagnostics::{access_checks, log_file, network_checks};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Check {
    /// Stable name for scripts.
    pub name: &'static str,
    pub ok: bool,
    /// What was found, or what went wrong.
    pub detail: String,
    /// Only when failed: the error with its code and hint.
    pub error: Option<Error>,
    /// Skipped because an earlier check failed.
    pub skipped: bool,
}

impl Check {
    pub(crate) fn pass(name: &'static str, detail: impl Into<String>) -> Check {
        Check {
            name,
            ok: true,
            detail: detail.into(),
            error: None,
            skipped: false,
        }
    }

    pub(crate) fn fail(name: &'static str, error: Error) -> Check {
        Check {
            name,
            ok: false,
            detail: error.message.clone(),
            error: Some(error),
            skipped: false,
        }
    }

    pub(crate) fn skip(name: &'static str, why: &str) -> Check {
        Check {
            name,
            ok: false,
            detail: format!("not checked: {why}"),
            error: None,
            skipped: true,
        }
    }
}

/// Runs every check for `profile` (and `instance`, when known). Never stops early: a later check
/// that cannot run says so.
pub async fn run(app: &App, profile: &str, instance: Option<&str>) -> Vec<Check> {
    let mut checks = vec![policy(app)];
    let region = match app.clients.check_credentials(profile).await {
        Ok((found, region)) => {
            checks.push(Check::pass(
                "credentials",
                format!(
                    "profile '{}' resolves credentials (region {region})",
                    found.name
                ),
            ));
            Some(region)
        }
        Err(error) => {
            checks.push(Check::fail("credentials", error));
            None
        }
    };
    let (identity_check, caller) = match region {
        Some(_) => identity(app, profile).await,
        None => (Check::skip("identity", "no credentials"), None),
    };
    checks.push(identity_check);
    let instance_region = match instance.map(InstanceRef::parse) {
        Some(Ok(reference)) => reference.region.or_else(|| region.clone()),
        _ => region.clone(),
    };
    checks.push(region_check(app, instance_region.as_deref()));
    checks.push(match (instance, &region) {
        (None, _) => Check::skip("instance", "no instance given (--instance)"),
        (Some(_), None) => Check::skip("instance", "no credentials"),
        (Some(instance), Some(_)) => instance_check(app, profile, instance).await,
    });
    checks.push(match &region {
        Some(_) => access_checks::list_instances(app, profile, instance_region.clone()).await,
        None => Check::skip("list-instances", "no credentials"),
    });
    let username = caller.as_ref().and_then(CallerIdentity::connect_username);
    checks.push(match (instance, username) {
        (None, _) => Check::skip("connect-user", "no instance given (--instance)"),
        (Some(_), None) => {
            Check::skip("connect-user", "no Connect username known for the identity")
        }
        (Some(instance), Some(username)) => {
            access_checks::connect_user(app, profile, instance, username).await
        }
    });
    checks.push(match app.signin.probe_keychain().await {
        Ok(()) => Check::pass("keychain", "stores and returns an entry"),
        Err(error) => Check::fail("keychain", error),
    });
    checks.push(match app.signin.browser_launcher() {
        Ok(launcher) => Check::pass("browser", launcher),
        Err(error) => Check::fail("browser", error),
    });
    // Without credentials the way to AWS is still worth checking: the profile's own region.
    let path_region = match region {
        Some(region) => Some(region),
        None => crate::aws::profiles::setting_of(profile, "region").await,
    };
    checks.extend(network_checks::checks(app, profile, path_region.as_deref()).await);
    checks.push(log_check());
    checks
}

/// Where this computer's log is (the helpdesk asks for it). A log that cannot be written is
/// reported, but fails nothing: sign-in works without it.
fn log_check() -> Check {
    let Some(dir) = log_file::log_dir() else {
        return Check::skip("log", "this OS names no folder for logs");
    };
    let path = dir.join(log_file::LOG_FILE_NAME);
    match log_file::open_writer(&dir) {
        Ok(_) => Check::pass("log", path.display().to_string()),
        Err(error) => Check {
            name: "log",
            ok: false,
            detail: format!("{} cannot be written: {error}", path.display()),
            error: None,
            skipped: false,
        },
    }
}

fn policy(app: &App) -> Check {
    let policy = app.preferences.policy();
    match (&policy.error, &policy.policy, &policy.path) {
        (Some(error), _, _) => Check::fail("policy", error.clone()),
        (None, Some(_), Some(path)) => Check::pass("policy", format!("{} applies", path.display())),
        (None, _, Some(path)) => Check::pass(
            "policy",
            format!("none ({} does not exist)", path.display()),
        ),
        (None, _, None) => Check::pass("policy", "none on this OS"),
    }
}

/// Who AWS sees the profile as, and so which Connect username a sign-in needs; the identity is
/// returned for the checks that need that name (none for root, which cannot federate).
async fn identity(app: &App, profile: &str) -> (Check, Option<CallerIdentity>) {
    match app.clients.whoami(profile).await {
        Ok(identity) if identity.is_root() => (
            Check::fail(
                "identity",
                Error::new(
                    ErrorCode::RootNotAllowed,
                    crate::text!("error-doctor-root", profile = profile, arn = &identity.arn),
                ),
            ),
            None,
        ),
        Ok(identity) => (
            Check::pass(
                "identity",
                match identity.connect_username() {
                    Some(name) => format!("{} (Connect username '{name}')", identity.arn),
                    None => identity.arn.clone(),
                },
            ),
            Some(identity),
        ),
        Err(error) => (Check::fail("identity", error), None),
    }
}

fn region_check(app: &App, region: Option<&str>) -> Check {
    let Some(region) = region else {
        return Check::skip("region", "no region known");
    };
    let known = regions::all(&app.preferences.effective().extra_regions);
    if known.iter().any(|r| r == region) {
        Check::pass("region", format!("{region} has Amazon Connect"))
    } else {
        Check::fail(
            "region",
            Error::new(
                ErrorCode::NoRegion,
                crate::text!("error-doctor-region-unknown", region = region),
            ),
        )
    }
}

async fn instance_check(app: &App, profile: &str, instance: &str) -> Check {
    match app.discovery.resolve_instance(profile, instance).await {
        Ok(found) => Check::pass(
            "instance",
            format!(
                "{} ({}) answers: {}, {}",
                found.label(),
                found.region,
                found.status.as_deref().unwrap_or("status unknown"),
                found
                    .identity_management_type
                    .as_deref()
                    .unwrap_or("identity type unknown"),
            ),
        ),
        // Agents may lack connect:DescribeInstance: sign-in works without it.
        Err(error) if error.code == ErrorCode::AccessDenied => Check::skip(
            "instance",
            "needs connect:DescribeInstance; sign-in still works, naming the instance by its ID",
        ),
        Err(error) => Check::fail("instance", error),
    }
}

/// The exit status of a doctor run: 0 when everything passed, else the first failure's.
pub fn exit_status(checks: &[Check]) -> i32 {
    checks
        .iter()
        .find_map(|check| check.error.as_ref().map(Error::exit_status))
        .unwrap_or(0)
}
