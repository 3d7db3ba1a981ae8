//! The background loop that warns before sessions end: a desktop notification and an event the
//! window turns into a "Sign in again" banner.

use crate::handlers::Ipc;
use crate::ipc::events;
use connect_sso::signin::alerts::{AlertTracker, ExpiringView};
use std::time::Duration;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

/// How often sessions are checked. Alerts are minutes ahead, so half a minute is plenty.
const CHECK_EVERY: Duration = Duration::from_secs(30);

/// Runs until the app exits.
pub fn spawn<R: Runtime>(handle: AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        let mut tracker = AlertTracker::default();
        let mut ticker = tokio::time::interval(CHECK_EVERY);
        loop {
            ticker.tick().await;
            let ipc = handle.state::<Ipc>();
            let settings = ipc.preferences.effective();
            if !settings.notifications_enabled {
                continue;
            }
            let Ok(sessions) = ipc.signin.sessions().await else {
                continue;
            };
            for alert in tracker.due(
                &sessions,
                connect_sso::core::clock::now(),
                settings.notification_lead_minutes,
            ) {
                let words = ipc.translator.terminal();
                if let Err(error) = handle
                    .notification()
                    .builder()
                    .title(words.render(&alert.title))
                    .body(words.render(&alert.body))
                    .show()
                {
                    tracing::warn!("desktop notification failed: {error}");
                }
                let shown = ExpiringView::of(&alert, &ipc.translator.window());
                events::session_expiring(&handle, &shown);
            }
        }
    });
}
