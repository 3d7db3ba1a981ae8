//! The CLI's human output: tables of profiles, instances and sessions, and the one JSON object
//! `--json` prints.

use crate::cli::format::{describe_expiry, place_and_user};
use crate::core::clock::now;
use crate::core::instance::Instance;
use crate::core::profile::{Profile, ProfileKind};
use crate::l10n::Localizer;
use crate::store::sessions::SessionView;
use crate::text;
use std::io::Write;

/// One JSON object on one line of stdout.
pub fn print_json(value: &serde_json::Value) {
    let mut stdout = std::io::stdout().lock();
    let _ = serde_json::to_writer(&mut stdout, value);
    let _ = writeln!(stdout);
}

fn kind_label(kind: ProfileKind) -> crate::l10n::Text {
    match kind {
        ProfileKind::Static => text!("cli-kind-static"),
        ProfileKind::Sso => text!("cli-kind-sso"),
        ProfileKind::Role => text!("cli-kind-role"),
        ProfileKind::Process => text!("cli-kind-process"),
        ProfileKind::Other => text!("cli-kind-other"),
    }
}

/// `text` padded to `width` columns (characters, as the terminal shows them).
fn padded(text: &str, width: usize) -> String {
    let shown = text.chars().count();
    format!("{text}{}", " ".repeat(width.saturating_sub(shown)))
}

pub fn print_profiles(words: &Localizer, profiles: &[Profile]) {
    if profiles.is_empty() {
        println!("{}", words.render(&text!("cli-no-profiles")));
        return;
    }
    let width = profiles
        .iter()
        .map(|p| p.name.chars().count())
        .max()
        .unwrap_or(0)
        .max(7);
    let header = |id| words.render(&crate::l10n::Text::plain(id));
    println!(
        "{}  {}  {}  {}",
        padded(&header("cli-column-profile"), width),
        padded(&header("cli-column-kind"), 20),
        padded(&header("cli-column-region"), 16),
        header("cli-column-endpoint"),
    );
    for profile in profiles {
        let endpoint = if profile.custom_endpoint {
            text!("cli-endpoint-custom")
        } else {
            text!("cli-endpoint-aws")
        };
        println!(
            "{}  {}  {}  {}",
            padded(&profile.name, width),
            padded(&words.render(&kind_label(profile.kind)), 20),
            padded(profile.region.as_deref().unwrap_or("-"), 16),
            words.render(&endpoint),
        );
    }
}

pub fn print_instances(words: &Localizer, profile: &str, instances: &[Instance]) {
    if instances.is_empty() {
        println!("{}", words.render(&text!("cli-no-instances", profile = profile)));
        return;
    }
    let width = instances
        .iter()
        .map(|i| i.label().chars().count())
        .max()
        .unwrap_or(0)
        .max(5);
    let header = |id| words.render(&crate::l10n::Text::plain(id));
    println!(
        "{}  {}  {}  {}  {}",
        padded(&header("cli-column-alias"), width),
        padded(&header("cli-column-id"), 36),
        padded(&header("cli-column-region"), 14),
        padded(&header("cli-column-identity"), 18),
        header("cli-column-status"),
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

pub fn print_sessions(words: &Localizer, sessions: &[SessionView]) {
    if sessions.is_empty() {
        println!("{}", words.render(&text!("cli-no-sessions")));
        return;
    }
    let now = now();
    for session in sessions {
        let line = text!(
            "cli-session-line",
            session = place_and_user(session),
            profile = &session.profile
        );
        println!("{}", words.render(&line));
        println!("  {}", words.render(&describe_expiry(session, now)));
    }
}
