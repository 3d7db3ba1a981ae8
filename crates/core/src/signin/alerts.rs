//! When to warn that a session is about to end: once per session and end time, a set number of
//! minutes before, never a storm.

use crate::l10n::{Localizer, Text};
use crate::store::sessions::SessionView;
use serde::Serialize;
use std::collections::HashSet;

/// A session that ends soon, as a notification says it.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpiryAlert {
    pub profile: String,
    pub instance_id: String,
    pub title: Text,
    pub body: Text,
}

/// Remembers which (session, end time) pairs were already announced. A re-sign-in gives the
/// session a new end time, which may be announced again.
#[derive(Debug, Default)]
pub struct AlertTracker {
    announced: HashSet<(String, String, i64)>,
}

impl AlertTracker {
    /// The alerts due at `now` (epoch seconds) for sessions ending within `lead_minutes`.
    /// Sessions already over are not announced: the window shows them as expired.
    pub fn due(
        &mut self,
        sessions: &[SessionView],
        now: f64,
        lead_minutes: u64,
    ) -> Vec<ExpiryAlert> {
        let lead = (lead_minutes * 60) as f64;
        let mut alerts = Vec::new();
        for session in sessions {
            let Some(ends) = session_end(session) else {
                continue;
            };
            if ends <= now || ends - now > lead {
                continue;
            }
            let key = (
                session.profile.clone(),
                session.instance_id.clone(),
                ends as i64,
            );
            if !self.announced.insert(key) {
                continue;
            }
            let place = session
                .instance_alias
                .as_deref()
                .unwrap_or(&session.instance_id);
            let minutes = ((ends - now) / 60.0).ceil().max(1.0) as u64;
            alerts.push(ExpiryAlert {
                profile: session.profile.clone(),
                instance_id: session.instance_id.clone(),
                title: crate::text!("notification-expiring-title", place = place),
                body: crate::text!(
                    "notification-expiring-body",
                    place = place,
                    region = &session.region,
                    minutes = minutes
                ),
            });
        }
        alerts
    }
}

/// When the person is signed out: the refresh token's end (the access token renews until then),
/// else the access token's.
pub fn session_end(session: &SessionView) -> Option<f64> {
    session
        .refresh_token_expires_at
        .or(session.access_token_expires_at)
}

/// The `session-expiring` event's payload.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename_all = "camelCase")
)]
pub struct ExpiringView {
    pub profile: String,
    pub instance_id: String,
    pub title: String,
    pub body: String,
}

impl ExpiringView {
    /// The alert as the window shows it, in `localizer`'s language.
    pub fn of(alert: &ExpiryAlert, localizer: &Localizer) -> Self {
        ExpiringView {
            profile: alert.profile.clone(),
            instance_id: alert.instance_id.clone(),
            title: localizer.render(&alert.title),
            body: localizer.render(&alert.body),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(instance: &str, refresh_ends: Option<f64>, access_ends: Option<f64>) -> SessionView {
        SessionView {
            profile: "agent".into(),
            instance_id: instance.into(),
            instance_alias: Some("acme".into()),
            region: "us-east-1".into(),
            user_id: None,
            user_arn: None,
            connect_username: None,
            caller_arn: None,
            access_token_expires_at: access_ends,
            refresh_token_expires_at: refresh_ends,
            signed_in_at: 0.0,
            remembered: true,
        }
    }

    #[test]
    fn one_alert_per_session_and_end_time() {
        let mut tracker = AlertTracker::default();
        let sessions = [
            session("a", Some(1_000.0), Some(100.0)),
            session("b", Some(5_000.0), None),
        ];
        assert!(
            tracker.due(&sessions, 0.0, 10).is_empty(),
            "not yet within 10 minutes"
        );
        let alerts = tracker.due(&sessions, 500.0, 10);
        assert_eq!(alerts.len(), 1);
        assert_eq!(alerts[0].instance_id, "a");
        let body = crate::l10n::english().render(&alerts[0].body);
        assert!(body.contains("ends in 9 min"), "{body}");
        assert!(tracker.due(&sessions, 520.0, 10).is_empty(), "no storm");
        assert!(
            tracker.due(&sessions, 1_001.0, 10).is_empty(),
            "over: nothing to say"
        );

        // Signed in again: a new end time is announced again when its time comes.
        let renewed = [session("a", Some(9_000.0), None)];
        assert_eq!(tracker.due(&renewed, 8_500.0, 10).len(), 1);
    }

    #[test]
    fn the_access_token_counts_when_there_is_no_refresh_token() {
        let mut tracker = AlertTracker::default();
        let sessions = [session("a", None, Some(600.0))];
        assert_eq!(tracker.due(&sessions, 100.0, 10).len(), 1);
    }
}
