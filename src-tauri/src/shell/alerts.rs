//! The background loop that warns before sessions end: a desktop notification and an event the
//! window turns into a "Sign in again" banner.

use crate::alerts::{AlertTracker, ExpiryAlert};
use crate::app::App;
use serde::Serialize;
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

/// How often sessions are checked. Alerts are minutes ahead, so half a minute is plenty.
const CHECK_EVERY: Duration = Duration::from_secs(30);

/// The `session-expiring` event's payload.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename_all = "camelCase"))]
pub struct ExpiringView {
    pub profile: String,
    pub instance_id: String,
    pub title: String,
    pub body: String,
}

impl From<ExpiryAlert> for ExpiringView {
    fn from(alert: ExpiryAlert) -> Self {
        ExpiringView {
            profile: alert.profile,
            instance_id: alert.instance_id,
            title: alert.title,
            body: alert.body,
        }
    }
}

/// Runs until the app exits.
pub fn spawn<R: Runtime>(handle: AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        let mut tracker = AlertTracker::default();
        let mut ticker = tokio::time::interval(CHECK_EVERY);
        loop {
            ticker.tick().await;
            let app = handle.state::<App>();
            let settings = app.effective();
            if !settings.notifications_enabled {
                continue;
            }
            let Ok(sessions) = app.sessions().await else {
                continue;
            };
            for alert in tracker.due(
                &sessions,
                crate::format::now(),
                settings.notification_lead_minutes,
            ) {
                if let Err(error) = handle
                    .notification()
                    .builder()
                    .title(&alert.title)
                    .body(&alert.body)
                    .show()
                {
                    tracing::warn!("desktop notification failed: {error}");
                }
                if let Err(error) =
                    handle.emit_to("main", "session-expiring", ExpiringView::from(alert))
                {
                    tracing::warn!("session-expiring event failed: {error}");
                }
            }
        }
    });
}
