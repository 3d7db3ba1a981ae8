//! The settings as the window shows and edits them: the effective values, which ones the IT
//! policy locks, and a patch that refuses to touch a locked one.

use crate::core::browser_choice::BrowserChoice;
use crate::core::browser_order;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::policy::{self, Lockable, PolicyLoad};
use crate::core::regions;
use crate::core::settings::{InstanceBrowser, Settings};
use serde::{Deserialize, Serialize};

/// Where the policy came from and whether it applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename = "PolicyStatusView", rename_all = "camelCase")
)]
pub struct PolicyStatus {
    /// The policy file looked at (null: none on this OS).
    pub path: Option<String>,
    /// A policy file exists and was applied.
    pub loaded: bool,
    /// The file exists but is bad: the app runs with user settings only.
    pub error: Option<Error>,
}

impl PolicyStatus {
    pub fn of(load: &PolicyLoad) -> PolicyStatus {
        PolicyStatus {
            path: load.path.as_ref().map(|p| p.display().to_string()),
            loaded: load.policy.is_some(),
            error: load.error.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename = "SettingsView", rename_all = "camelCase")
)]
pub struct SettingsView {
    pub close_to_tray: bool,
    pub start_at_login: bool,
    pub sign_in_at_launch: bool,
    /// Shows the window and focuses search, e.g. "CommandOrControl+Shift+K".
    pub global_shortcut: String,
    /// Regions searched in addition to the built-in Amazon Connect regions.
    pub extra_regions: Vec<String>,
    pub notifications_enabled: bool,
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub notification_lead_minutes: u64,
    /// Built-in plus extra regions, in search order.
    pub regions: Vec<String>,
    /// The language chosen in Settings or by the IT policy (a tag); null follows the OS.
    pub language: Option<String>,
    /// How large the window draws, in percent (one of [`ZOOM_STEPS`]).
    pub zoom_percent: u16,
    /// The sizes offered, smallest first (Ctrl+= and Ctrl+- step through them).
    pub zoom_steps: Vec<u16>,
    /// The browser pages open in unless their instance has its own.
    pub browser: BrowserChoice,
    /// Instances with a browser of their own (the person's or the IT policy's).
    pub instance_browsers: Vec<InstanceBrowser>,
    /// The fields the IT policy manages.
    pub locked: Vec<String>,
    pub policy: PolicyStatus,
}

/// One or more settings to change; absent fields stay as they are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(optional_fields, rename_all = "camelCase")
)]
pub struct SettingsPatch {
    pub close_to_tray: Option<bool>,
    pub start_at_login: Option<bool>,
    pub sign_in_at_launch: Option<bool>,
    pub extra_regions: Option<Vec<String>>,
    pub notifications_enabled: Option<bool>,
    #[cfg_attr(feature = "typescript", ts(as = "Option<u32>"))]
    pub notification_lead_minutes: Option<u64>,
    /// A language tag, or "" to follow the OS again.
    pub language: Option<String>,
    /// One of [`ZOOM_STEPS`].
    pub zoom_percent: Option<u16>,
    /// The browser for all instances (`default`: the system's).
    pub browser: Option<BrowserChoice>,
}

/// The sizes the window offers, in percent: the steps browsers use, up to 300 so 320-pixel-wide
/// content (WCAG reflow) is reachable on an ordinary screen.
pub const ZOOM_STEPS: [u16; 11] = [50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 300];

pub fn view(settings: &Settings, load: &PolicyLoad) -> SettingsView {
    let effective = policy::effective(settings, load.policy.as_ref());
    SettingsView {
        close_to_tray: effective.close_to_tray,
        start_at_login: effective.start_at_login,
        sign_in_at_launch: effective.sign_in_at_launch,
        global_shortcut: effective.global_shortcut,
        regions: regions::all(&effective.extra_regions),
        extra_regions: effective.extra_regions,
        notifications_enabled: effective.notifications_enabled,
        notification_lead_minutes: effective.notification_lead_minutes,
        language: effective.language,
        zoom_percent: settings.zoom_percent.unwrap_or(100),
        zoom_steps: ZOOM_STEPS.to_vec(),
        browser: browser_order::for_all(settings, load.policy.as_ref()),
        instance_browsers: browser_order::per_instance(settings, load.policy.as_ref()),
        locked: effective
            .locked
            .iter()
            .map(|field| field.as_str().to_string())
            .collect(),
        policy: PolicyStatus::of(load),
    }
}

/// The settings with the patch applied, or why not (nothing is changed then).
pub fn apply(settings: &Settings, patch: &SettingsPatch, load: &PolicyLoad) -> Result<Settings> {
    let locked = |field: Lockable| {
        load.policy
            .as_ref()
            .is_some_and(|policy| policy.is_locked(field))
    };
    let checks = [
        (patch.close_to_tray.is_some(), Lockable::CloseToTray),
        (patch.start_at_login.is_some(), Lockable::StartAtLogin),
        (patch.sign_in_at_launch.is_some(), Lockable::SignInAtLaunch),
        (patch.extra_regions.is_some(), Lockable::ExtraRegions),
        (
            patch.notifications_enabled.is_some(),
            Lockable::NotificationsEnabled,
        ),
        (
            patch.notification_lead_minutes.is_some(),
            Lockable::NotificationLeadMinutes,
        ),
        (patch.language.is_some(), Lockable::Language),
        (patch.browser.is_some(), Lockable::Browser),
    ];
    if let Some((_, field)) = checks
        .iter()
        .find(|(changed, field)| *changed && locked(*field))
    {
        return Err(managed(field.as_str()));
    }
    let mut next = settings.clone();
    if let Some(value) = patch.close_to_tray {
        next.close_to_tray = Some(value);
    }
    if let Some(value) = patch.start_at_login {
        next.start_at_login = Some(value);
    }
    if let Some(value) = patch.sign_in_at_launch {
        next.sign_in_at_launch = Some(value);
    }
    if let Some(value) = patch.notifications_enabled {
        next.notifications.enabled = Some(value);
    }
    if let Some(minutes) = patch.notification_lead_minutes {
        if !(1..=120).contains(&minutes) {
            return Err(Error::new(
                ErrorCode::InvalidParameter,
                crate::text!("error-lead-minutes-range"),
            ));
        }
        next.notifications.lead_minutes = Some(minutes);
    }
    if let Some(percent) = patch.zoom_percent {
        if !ZOOM_STEPS.contains(&percent) {
            return Err(Error::new(
                ErrorCode::InvalidParameter,
                crate::text!("error-zoom-unknown", percent = percent),
            ));
        }
        next.zoom_percent = (percent != 100).then_some(percent);
    }
    if let Some(choice) = &patch.browser {
        if let Some(problem) = choice.problem() {
            return Err(Error::new(
                ErrorCode::InvalidParameter,
                crate::text!("error-browser-choice-invalid", detail = problem),
            ));
        }
        next.browser = (*choice != BrowserChoice::default()).then(|| choice.clone());
    }
    if let Some(language) = &patch.language {
        next.language = match language.as_str() {
            "" => None,
            tag if crate::l10n::LANGUAGES
                .iter()
                .any(|(known, _)| *known == tag) =>
            {
                Some(tag.to_string())
            }
            // The pseudo-locale is for tests; it is not offered, but it may be chosen.
            tag if tag == crate::l10n::languages::PSEUDO => Some(tag.to_string()),
            other => {
                return Err(Error::new(
                    ErrorCode::InvalidParameter,
                    crate::text!("error-language-unknown", language = other),
                ))
            }
        };
    }
    if let Some(regions) = &patch.extra_regions {
        let mut cleaned: Vec<String> = Vec::new();
        for region in regions.iter().map(|r| r.trim().to_ascii_lowercase()) {
            if !region.is_empty() && !cleaned.contains(&region) {
                cleaned.push(region);
            }
        }
        regions::validate_extra(&cleaned)?;
        next.extra_regions = cleaned;
    }
    Ok(next)
}

/// The error for a change the policy does not allow.
pub fn managed(field: &str) -> Error {
    Error::new(
        ErrorCode::SettingManaged,
        crate::text!("error-setting-managed", setting = field),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> PolicyLoad {
        PolicyLoad {
            path: Some("/etc/connect-sso/policy.json".into()),
            policy: Some(policy::parse(text.as_bytes()).unwrap()),
            error: None,
        }
    }

    #[test]
    fn the_language_is_a_known_tag_or_the_system_s_and_the_policy_may_lock_it() {
        let none = PolicyLoad::default();
        let patch = |tag: &str| SettingsPatch {
            language: Some(tag.to_string()),
            ..SettingsPatch::default()
        };
        let german = apply(&Settings::default(), &patch("de"), &none).unwrap();
        assert_eq!(german.language.as_deref(), Some("de"));
        assert_eq!(apply(&german, &patch(""), &none).unwrap().language, None);
        let unknown = apply(&german, &patch("xx-YY"), &none).unwrap_err();
        assert_eq!(unknown.code, ErrorCode::InvalidParameter);
        assert!(unknown.message.contains("xx-YY"), "{}", unknown.message);

        let locked = load(r#"{"language":"fr","locked":["language"]}"#);
        let refused = apply(&german, &patch("ja"), &locked).unwrap_err();
        assert_eq!(refused.code, ErrorCode::SettingManaged);
        // The person's earlier choice no longer counts: the policy's applies.
        assert_eq!(view(&german, &locked).language.as_deref(), Some("fr"));
        let preset = load(r#"{"language":"fr"}"#);
        assert_eq!(
            view(&Settings::default(), &preset).language.as_deref(),
            Some("fr")
        );
        assert_eq!(view(&german, &preset).language.as_deref(), Some("de"));
    }

    #[test]
    fn the_size_is_one_of_the_steps_and_100_is_no_setting() {
        let none = PolicyLoad::default();
        let patch = |percent| SettingsPatch {
            zoom_percent: Some(percent),
            ..SettingsPatch::default()
        };
        let large = apply(&Settings::default(), &patch(200), &none).unwrap();
        assert_eq!(view(&large, &none).zoom_percent, 200);
        assert_eq!(
            apply(&large, &patch(100), &none).unwrap().zoom_percent,
            None
        );
        let odd = apply(&large, &patch(133), &none).unwrap_err();
        assert_eq!(odd.code, ErrorCode::InvalidParameter);
        assert_eq!(
            view(&Settings::default(), &none).zoom_steps,
            ZOOM_STEPS.to_vec()
        );
    }

    #[test]
    fn locked_fields_are_refused_and_nothing_changes() {
        let load = load(r#"{"startAtLogin":true,"locked":["startAtLogin","extraRegions"]}"#);
        let settings = Settings::default();
        let error = apply(
            &settings,
            &SettingsPatch {
                close_to_tray: Some(false),
                start_at_login: Some(false),
                ..SettingsPatch::default()
            },
            &load,
        )
        .unwrap_err();
        assert_eq!(error.code, ErrorCode::SettingManaged);
        assert!(error.message.contains("startAtLogin"));
        let view = view(&settings, &load);
        assert!(view.start_at_login);
        assert_eq!(view.locked, vec!["startAtLogin", "extraRegions"]);
        assert!(view.policy.loaded);
    }

    #[test]
    fn unlocked_fields_change_and_regions_are_cleaned() {
        let next = apply(
            &Settings::default(),
            &SettingsPatch {
                close_to_tray: Some(false),
                extra_regions: Some(vec![" EU-WEST-3 ".into(), "eu-west-3".into(), "".into()]),
                ..SettingsPatch::default()
            },
            &PolicyLoad::default(),
        )
        .unwrap();
        assert_eq!(next.close_to_tray, Some(false));
        assert_eq!(next.extra_regions, vec!["eu-west-3".to_string()]);
        let bad = SettingsPatch {
            extra_regions: Some(vec!["https://evil.example".into()]),
            ..SettingsPatch::default()
        };
        assert_eq!(
            apply(&Settings::default(), &bad, &PolicyLoad::default())
                .unwrap_err()
                .code,
            ErrorCode::InvalidParameter
        );
        let view = view(&next, &PolicyLoad::default());
        assert!(view.regions.contains(&"eu-west-3".to_string()));
        assert!(!view.close_to_tray);
    }
}
