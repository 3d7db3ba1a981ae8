//! The CLI's human output: tables of profiles, instances and sessions, and the one JSON object
//! `--json` prints.

use crate::cli::format::{describe_expiry, place_and_user};
use crate::core::clock::now;
use crate::core::instance::Instance;
use crate::core::profile::{Profile, ProfileKind};
use crate::store::sessions::SessionView;
use std::io::Write;

/// One JSON object on one line of stdout.
pub fn print_json(value: &serde_json::Value) {
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

pub fn print_profiles(profiles: &[Profile]) {
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

pub fn print_instances(profile: &str, instances: &[Instance]) {
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

pub fn print_sessions(sessions: &[SessionView]) {
    if sessions.is_empty() {
        println!("No stored sessions.");
        return;
    }
    let now = now();
    for session in sessions {
        println!("{} [profile {}]", place_and_user(session), session.profile);
        println!("  {}", describe_expiry(session, now));
    }
}
