//! Human wording of sessions for the terminal: who, where, and how long the tokens last.

use crate::l10n::Text;
use crate::store::sessions::SessionView;
use crate::text;
use time::OffsetDateTime;

/// "acme-support (us-east-1) as Connect user 4f1c…". GetFederationToken names the user by ID
/// only; the username is the caller's role session name, which the response does not carry.
pub fn place_and_user(session: &SessionView) -> Text {
    let place = session
        .instance_alias
        .as_deref()
        .unwrap_or(&session.instance_id);
    let user = session
        .connect_username
        .as_deref()
        .or(session.user_id.as_deref())
        .or_else(|| {
            session
                .user_arn
                .as_deref()
                .and_then(|arn| arn.rsplit('/').next())
        });
    match user {
        Some(user) => text!(
            "cli-place-and-user",
            place = place,
            region = &session.region,
            user = user
        ),
        None => text!(
            "cli-place-unknown-user",
            place = place,
            region = &session.region
        ),
    }
}

/// "Access token expires 2026-11-28 10:23 UTC (in 59 min); refresh token 2026-11-28 20:23 UTC (in 10 h 59 min)."
pub fn describe_expiry(session: &SessionView, now: f64) -> Text {
    let part = |at: Option<f64>| match at {
        Some(at) => text!(
            "cli-expiry-at",
            time = utc(at),
            relative = relative(at - now)
        ),
        None => text!("cli-expiry-unknown"),
    };
    text!(
        "cli-expiry",
        access = part(session.access_token_expires_at),
        refresh = part(session.refresh_token_expires_at)
    )
}

/// A UTC timestamp, the same in every language (ISO 8601 order).
fn utc(epoch: f64) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    OffsetDateTime::from_unix_timestamp(epoch as i64)
        .ok()
        .and_then(|t| t.format(&format).ok())
        .unwrap_or_else(|| "?".to_string())
}

/// "in 5 min", "in 2 h 3 min", "expired 4 min ago": the catalogue says the words and picks each
/// language's plural forms.
pub fn relative(seconds: f64) -> Text {
    let minutes = (seconds.abs() / 60.0).round() as i64;
    let span = if minutes >= 60 {
        text!(
            "cli-span-hours",
            hours = minutes / 60,
            minutes = minutes % 60
        )
    } else {
        text!("cli-span-minutes", minutes = minutes)
    };
    if seconds >= 0.0 {
        text!("cli-relative-in", span = span)
    } else {
        text!("cli-relative-ago", span = span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english(text: &Text) -> String {
        crate::l10n::english().render(text)
    }

    #[test]
    fn relative_times() {
        assert_eq!(english(&relative(300.0)), "in 5 min");
        assert_eq!(english(&relative(7_380.0)), "in 2 h 3 min");
        assert_eq!(english(&relative(-240.0)), "expired 4 min ago");
    }

    #[test]
    fn expiry_sentence() {
        let session = SessionView {
            profile: "p".into(),
            instance_id: "id".into(),
            instance_alias: Some("acme".into()),
            region: "us-east-1".into(),
            user_id: None,
            user_arn: Some("arn:aws:connect:us-east-1:1:instance/i/agent/jane".into()),
            connect_username: None,
            caller_arn: None,
            access_token_expires_at: Some(1_795_848_298.8),
            refresh_token_expires_at: None,
            signed_in_at: 0.0,
            remembered: true,
        };
        assert_eq!(
            english(&place_and_user(&session)),
            "acme (us-east-1) as Connect user jane"
        );
        let text = english(&describe_expiry(&session, 1_795_848_298.8 - 3_600.0));
        assert!(text.contains("(in 1 h 0 min)"), "{text}");
        assert!(text.contains("refresh token unknown"), "{text}");
    }
}
