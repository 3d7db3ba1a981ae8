//! Human wording of sessions for the terminal: who, where, and how long the tokens last.

use crate::store::sessions::SessionView;
use time::OffsetDateTime;

/// "acme-support (us-east-1) as Connect user 4f1c…". GetFederationToken names the user by ID
/// only; the username is the caller's role session name, which the response does not carry.
pub fn place_and_user(session: &SessionView) -> String {
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
        })
        .unwrap_or("(unknown)");
    format!("{place} ({}) as Connect user {user}", session.region)
}

/// "Access token expires 2026-11-28 10:23 UTC (in 59 min); refresh token 2026-11-28 20:23 UTC (in 10 h 59 min)."
pub fn describe_expiry(session: &SessionView, now: f64) -> String {
    let part = |at: Option<f64>| match at {
        Some(at) => format!("{} ({})", utc(at), relative(at - now)),
        None => "unknown".to_string(),
    };
    format!(
        "Access token expires {}; refresh token {}.",
        part(session.access_token_expires_at),
        part(session.refresh_token_expires_at)
    )
}

fn utc(epoch: f64) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    OffsetDateTime::from_unix_timestamp(epoch as i64)
        .ok()
        .and_then(|t| t.format(&format).ok())
        .unwrap_or_else(|| "an unknown time".to_string())
}

/// "in 5 min", "in 2 h 3 min", "expired 4 min ago".
pub fn relative(seconds: f64) -> String {
    let minutes = (seconds.abs() / 60.0).round() as i64;
    let span = if minutes >= 60 {
        format!("{} h {} min", minutes / 60, minutes % 60)
    } else {
        format!("{minutes} min")
    };
    if seconds >= 0.0 {
        format!("in {span}")
    } else {
        format!("expired {span} ago")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_times() {
        assert_eq!(relative(300.0), "in 5 min");
        assert_eq!(relative(7_380.0), "in 2 h 3 min");
        assert_eq!(relative(-240.0), "expired 4 min ago");
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
            place_and_user(&session),
            "acme (us-east-1) as Connect user jane"
        );
        let text = describe_expiry(&session, 1_795_848_298.8 - 3_600.0);
        assert!(text.contains("(in 1 h 0 min)"), "{text}");
        assert!(text.contains("refresh token unknown"), "{text}");
    }
}
