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

/// `text` padded to `width` terminal cells (a CJK character takes two).
fn padded(text: &str, width: usize) -> String {
    let shown = unicode_width::UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(shown)))
}

/// Prints `rows` under `headers` in columns as wide as their widest cell (the last column is not
/// padded), in terminal cells.
pub(crate) fn print_table(headers: Vec<String>, rows: Vec<Vec<String>>) {
    let cell = |text: &str| unicode_width::UnicodeWidthStr::width(text);
    let widths: Vec<usize> = (0..headers.len())
        .map(|column| {
            rows.iter()
                .map(|row| cell(&row[column]))
                .chain([cell(&headers[column])])
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in std::iter::once(&headers).chain(rows.iter()) {
        let last = row.len() - 1;
        let line: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(column, text)| {
                if column == last {
                    text.clone()
                } else {
                    padded(text, widths[column])
                }
            })
            .collect();
        println!("{}", line.join("  "));
    }
}

pub fn print_profiles(words: &Localizer, profiles: &[Profile]) {
    if profiles.is_empty() {
        println!("{}", words.render(&text!("cli-no-profiles")));
        return;
    }
    let say = |id| words.render(&crate::l10n::Text::plain(id));
    let headers = vec![
        say("cli-column-profile"),
        say("cli-column-kind"),
        say("cli-column-region"),
        say("cli-column-endpoint"),
    ];
    let rows = profiles
        .iter()
        .map(|profile| {
            vec![
                profile.name.clone(),
                words.render(&kind_label(profile.kind)),
                profile.region.clone().unwrap_or_else(|| "-".into()),
                say(if profile.custom_endpoint {
                    "cli-endpoint-custom"
                } else {
                    "cli-endpoint-aws"
                }),
            ]
        })
        .collect();
    print_table(headers, rows);
}

pub fn print_instances(words: &Localizer, profile: &str, instances: &[Instance]) {
    if instances.is_empty() {
        println!(
            "{}",
            words.render(&text!("cli-no-instances", profile = profile))
        );
        return;
    }
    let say = |id| words.render(&crate::l10n::Text::plain(id));
    let headers = vec![
        say("cli-column-alias"),
        say("cli-column-id"),
        say("cli-column-region"),
        say("cli-column-identity"),
        say("cli-column-status"),
    ];
    let rows = instances
        .iter()
        .map(|instance| {
            vec![
                instance.label().to_string(),
                instance.id.clone(),
                instance.region.clone(),
                instance
                    .identity_management_type
                    .clone()
                    .unwrap_or_else(|| "-".into()),
                instance.status.clone().unwrap_or_else(|| "-".into()),
            ]
        })
        .collect();
    print_table(headers, rows);
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
