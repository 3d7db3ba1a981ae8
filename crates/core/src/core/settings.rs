//! User settings as data: the last profile and instance, pins, recents, app profiles, network
//! timeouts and notifications. Never a secret. The file that keeps them is `store::settings_file`.

use crate::core::browser_choice::BrowserChoice;
use crate::core::instance::{is_region, InstanceRef};
use serde::{Deserialize, Serialize};
use std::time::Duration;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Settings {
    pub last_profile: Option<String>,
    pub last_instance: Option<String>,
    pub network: NetworkSettings,
    pub notifications: NotificationSettings,
    /// Profiles defined here instead of in ~/.aws/config (IAM Identity Center only), so agents
    /// need nothing but the app. Nothing is written to the AWS config for them.
    pub app_profiles: Vec<AppProfile>,
    // The desktop settings below are `None` until the person sets them, so an IT policy can
    // supply the default (see `policy::effective`).
    pub close_to_tray: Option<bool>,
    pub start_at_login: Option<bool>,
    pub sign_in_at_launch: Option<bool>,
    /// Shows the window and focuses search (Tauri accelerator syntax).
    pub global_shortcut: Option<String>,
    /// Regions searched in addition to the built-in Amazon Connect regions.
    pub extra_regions: Vec<String>,
    pub default_instance: Option<InstanceChoice>,
    pub pins: Vec<InstanceChoice>,
    /// Sign-ins from this app, most recent first, bounded by [`MAX_RECENTS`].
    pub recents: Vec<RecentUse>,
    /// The language the person chose (a tag of `l10n::LANGUAGES`); `None` follows the OS.
    pub language: Option<String>,
    /// How large the window draws, in percent (Ctrl+= / Ctrl+- / Ctrl+0); `None` is 100.
    pub zoom_percent: Option<u16>,
    /// The browser pages open in unless their instance has its own; `None`: the policy's, else
    /// the system's default browser.
    pub browser: Option<BrowserChoice>,
    /// Browsers chosen for single instances.
    pub instance_browsers: Vec<InstanceBrowser>,
}

/// The browser one instance's pages open in (by instance ID, whichever profile signs in).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename = "InstanceBrowserView", rename_all = "camelCase")
)]
pub struct InstanceBrowser {
    pub instance_id: String,
    pub choice: BrowserChoice,
}

/// Recents kept; older ones fall off.
pub const MAX_RECENTS: usize = 50;

/// An instance and the profile to use it with.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename_all = "camelCase")
)]
pub struct InstanceChoice {
    pub profile: String,
    /// Instance ID or ARN.
    pub instance: String,
}

/// How often and how lately an instance was signed in to with a profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecentUse {
    pub profile: String,
    pub instance_id: String,
    pub count: u32,
    /// Epoch seconds.
    pub last_used_at: u64,
}

impl Settings {
    /// The app profiles that can be used; one with a malformed field is left out (and reported
    /// once when the settings load), never half-used.
    pub fn usable_app_profiles(&self) -> Vec<AppProfile> {
        self.app_profiles
            .iter()
            .filter(|app| app.problem().is_none())
            .cloned()
            .collect()
    }

    /// Counts a sign-in to `instance_id` with `profile` at `now` (epoch seconds).
    pub fn record_use(&mut self, profile: &str, instance_id: &str, now: u64) {
        let position = self
            .recents
            .iter()
            .position(|r| r.profile == profile && r.instance_id == instance_id);
        let mut entry = position
            .map(|index| self.recents.remove(index))
            .unwrap_or(RecentUse {
                profile: profile.to_string(),
                instance_id: instance_id.to_string(),
                count: 0,
                last_used_at: now,
            });
        entry.count = entry.count.saturating_add(1);
        entry.last_used_at = now;
        self.recents.insert(0, entry);
        self.recents.truncate(MAX_RECENTS);
    }

    pub fn is_pinned(&self, profile: &str, instance_id: &str) -> bool {
        self.pins.iter().any(|pin| {
            pin.profile == profile
                && crate::core::instance::InstanceRef::parse(&pin.instance)
                    .is_ok_and(|r| r.id == instance_id)
        })
    }
}

/// An IAM Identity Center profile the app (or IT) defines: used exactly like one from
/// ~/.aws/config with `sso_session`, `sso_account_id` and `sso_role_name`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AppProfile {
    pub name: String,
    pub sso_start_url: String,
    pub sso_region: String,
    pub account_id: String,
    pub role_name: String,
    /// The region of the Connect instances.
    pub region: String,
    /// The instance this profile signs in to by default (ID or ARN).
    #[serde(default)]
    pub instance: Option<String>,
}

impl AppProfile {
    /// The SSO session name its token is cached under (`~/.aws/sso/cache/<sha1 of it>.json`).
    pub fn session_name(&self) -> String {
        format!("connect-sso-{}", self.name)
    }

    /// What is wrong with it, if anything. Its fields become lines of `~/.aws/config` on export
    /// and reach IAM Identity Center, so each must have the form AWS gives it: a newline in a
    /// role name would otherwise add a line such as `credential_process = …` to that file.
    pub fn problem(&self) -> Option<String> {
        let name_ok = !self.name.is_empty()
            && self.name.len() <= 64
            && self
                .name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_-.@+".contains(c));
        let start_url_ok = self.sso_start_url.len() <= 512
            && !self
                .sso_start_url
                .chars()
                .any(|c| c.is_control() || c.is_whitespace())
            && url::Url::parse(&self.sso_start_url).is_ok_and(|url| {
                url.scheme() == "https" && url.host_str().is_some() && url.username().is_empty()
            });
        let account_ok =
            self.account_id.len() == 12 && self.account_id.bytes().all(|b| b.is_ascii_digit());
        let role_ok = !self.role_name.is_empty()
            && self.role_name.len() <= 64
            && self
                .role_name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+=,.@_-".contains(c));
        let instance_ok = self
            .instance
            .as_deref()
            .is_none_or(|instance| InstanceRef::parse(instance).is_ok());
        let field = [
            (name_ok, "name (letters, digits and _ - . @ +, at most 64)"),
            (start_url_ok, "ssoStartUrl (an https URL)"),
            (
                is_region(&self.sso_region),
                "ssoRegion (a region such as us-east-1)",
            ),
            (account_ok, "accountId (12 digits)"),
            (role_ok, "roleName (an IAM role name)"),
            (
                is_region(&self.region),
                "region (a region such as us-east-1)",
            ),
            (instance_ok, "instance (an instance ID or ARN)"),
        ]
        .into_iter()
        .find(|(ok, _)| !ok)?;
        Some(field.1.to_string())
    }
}

/// Desktop notifications before a session ends; `None` = not set (policy, else default).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct NotificationSettings {
    pub enabled: Option<bool>,
    /// Minutes before the end of a session to warn, once.
    pub lead_minutes: Option<u64>,
}

/// Timeouts and retries of every AWS call. Retries apply to throttling and 5xx only (the SDK's
/// standard retry mode).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct NetworkSettings {
    pub connect_timeout_ms: u64,
    pub attempt_timeout_ms: u64,
    pub operation_timeout_ms: u64,
    pub max_attempts: u32,
    /// Discovery gives up on a region after this long; the other regions are still listed.
    pub discovery_region_timeout_ms: u64,
}

impl Default for NetworkSettings {
    fn default() -> Self {
        NetworkSettings {
            connect_timeout_ms: 3_000,
            attempt_timeout_ms: 5_000,
            operation_timeout_ms: 15_000,
            max_attempts: 3,
            discovery_region_timeout_ms: 8_000,
        }
    }
}

impl NetworkSettings {
    pub fn connect_timeout(&self) -> Duration {
        Duration::from_millis(self.connect_timeout_ms.clamp(100, 60_000))
    }
    pub fn attempt_timeout(&self) -> Duration {
        Duration::from_millis(self.attempt_timeout_ms.clamp(100, 120_000))
    }
    pub fn operation_timeout(&self) -> Duration {
        Duration::from_millis(self.operation_timeout_ms.clamp(100, 300_000))
    }
    pub fn discovery_region_timeout(&self) -> Duration {
        Duration::from_millis(self.discovery_region_timeout_ms.clamp(100, 120_000))
    }
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts.clamp(1, 3)
    }
}

#[cfg(test)]
mod app_profile_tests {
    use super::*;

    fn good() -> AppProfile {
        AppProfile {
            name: "contact-center".into(),
            sso_start_url: "https://corp.awsapps.com/start".into(),
            sso_region: "us-east-1".into(),
            account_id: "111122223333".into(),
            role_name: "ConnectAgent".into(),
            region: "eu-west-2".into(),
            instance: None,
        }
    }

    #[test]
    fn every_field_must_have_the_form_aws_gives_it() {
        assert_eq!(good().problem(), None);
        type Break = fn(&mut AppProfile);
        let cases: [(&str, Break); 8] = [
            ("name", |a| a.name = "a]\n[profile x".into()),
            ("ssoStartUrl", |a| {
                a.sso_start_url = "http://corp.example/start".into()
            }),
            ("ssoStartUrl", |a| {
                a.sso_start_url = "https://corp.example/\nx = y".into()
            }),
            ("ssoRegion", |a| a.sso_region = "us-east-1\nx".into()),
            ("accountId", |a| a.account_id = "1111222233334".into()),
            ("roleName", |a| {
                a.role_name = "Agent\ncredential_process = evil".into()
            }),
            ("region", |a| a.region = "Europe".into()),
            ("instance", |a| a.instance = Some("not-an-instance".into())),
        ];
        for (field, break_it) in cases {
            let mut app = good();
            break_it(&mut app);
            let problem = app.problem().unwrap_or_default();
            assert!(problem.starts_with(field), "{field}: {problem}");
        }
    }
}
