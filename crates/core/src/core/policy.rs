//! The IT policy: a JSON file at a system location that pre-defines instances, sets defaults,
//! locks settings and can restrict sign-in. Loaded once at start; a bad file is reported with
//! the exact field and never stops the app (it then runs with user settings only).

use crate::core::browser_choice::BrowserChoice;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::instance::{is_region, InstanceRef};
use crate::core::os_user;
use crate::core::settings::{InstanceChoice, Settings};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Overrides the policy location. For administrators trying a policy out and for tests; a
/// deployed policy lives at [`system_path`].
pub const POLICY_FILE_ENV: &str = "CONNECT_SSO_POLICY_FILE";
/// A policy larger than this is certainly not one.
const MAX_POLICY_BYTES: u64 = 1024 * 1024;
const MAX_DISPLAY_NAME_LEN: usize = 128;

/// The policy as IT writes it (see `docs/policy.schema.json`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Policy {
    /// Editors use it to find the schema; the app ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    #[serde(default)]
    pub instances: Vec<PolicyInstance>,
    /// ID or ARN of one of `instances`: the instance the app starts on.
    #[serde(default)]
    pub default_instance: Option<String>,
    /// Regions searched in addition to the built-in ones.
    #[serde(default)]
    pub extra_regions: Vec<String>,
    /// Only `instances` may be signed in to.
    #[serde(default)]
    pub restrict_to_listed_instances: bool,
    /// False: profiles whose Connect endpoint is not AWS's (`endpoint_url`, `AWS_ENDPOINT_URL*`)
    /// are refused.
    #[serde(default = "yes")]
    pub allow_custom_endpoints: bool,
    #[serde(default)]
    pub close_to_tray: Option<bool>,
    #[serde(default)]
    pub start_at_login: Option<bool>,
    #[serde(default)]
    pub sign_in_at_launch: Option<bool>,
    #[serde(default)]
    pub notifications_enabled: Option<bool>,
    #[serde(default)]
    pub notification_lead_minutes: Option<u64>,
    /// The language of the app (a tag of `l10n::LANGUAGES`); with `locked: ["language"]` the
    /// person cannot choose another.
    #[serde(default)]
    pub language: Option<String>,
    /// The browser every instance opens in unless listed with its own; with
    /// `locked: ["browser"]` the person cannot choose another.
    #[serde(default)]
    pub browser: Option<BrowserChoice>,
    /// The proxy every AWS call goes through (`http://host:port`, credentials in the URL if
    /// it needs them) when the environment names none (`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy: Option<String>,
    /// Hosts that go direct with the policy's proxy, as `NO_PROXY` lists them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_proxy: Option<String>,
    /// Settings the person cannot change; the policy's value (or the default) applies.
    #[serde(default)]
    pub locked: BTreeSet<Lockable>,
}

fn yes() -> bool {
    true
}

/// An instance IT defines for everyone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PolicyInstance {
    /// Instance ARN (preferred: it names the region) or ID.
    pub instance: String,
    /// The AWS profile to sign in with.
    pub profile: String,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub pinned: bool,
    /// The browser this instance opens in.
    #[serde(default)]
    pub browser: Option<BrowserChoice>,
}

/// The settings a policy can lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Lockable {
    CloseToTray,
    StartAtLogin,
    SignInAtLaunch,
    NotificationsEnabled,
    NotificationLeadMinutes,
    ExtraRegions,
    DefaultInstance,
    Pins,
    Language,
    Browser,
}

impl Lockable {
    pub fn as_str(self) -> &'static str {
        match self {
            Lockable::CloseToTray => "closeToTray",
            Lockable::StartAtLogin => "startAtLogin",
            Lockable::SignInAtLaunch => "signInAtLaunch",
            Lockable::NotificationsEnabled => "notificationsEnabled",
            Lockable::NotificationLeadMinutes => "notificationLeadMinutes",
            Lockable::ExtraRegions => "extraRegions",
            Lockable::DefaultInstance => "defaultInstance",
            Lockable::Pins => "pins",
            Lockable::Language => "language",
            Lockable::Browser => "browser",
        }
    }
}

/// What loading found: no file, a policy, or a file that cannot be used.
#[derive(Debug, Clone, Default)]
pub struct PolicyLoad {
    pub path: Option<PathBuf>,
    pub policy: Option<Policy>,
    pub error: Option<Error>,
}

/// The documented system location on this OS.
pub fn system_path() -> Option<PathBuf> {
    if cfg!(target_os = "windows") {
        std::env::var_os("ProgramData")
            .map(PathBuf::from)
            .map(|dir| dir.join("Connect SSO").join("policy.json"))
    } else if cfg!(target_os = "macos") {
        Some(PathBuf::from(
            "/Library/Application Support/Connect SSO/policy.json",
        ))
    } else {
        Some(PathBuf::from("/etc/connect-sso/policy.json"))
    }
}

/// [`system_path`]; in test builds (debug assertions on) the override from [`POLICY_FILE_ENV`]
/// first. A release build ignores the variable: the person whose settings IT manages must not be
/// able to point the policy elsewhere (or at nothing).
pub fn path_from_env() -> Option<PathBuf> {
    let overridden = cfg!(debug_assertions)
        .then(|| std::env::var_os(POLICY_FILE_ENV))
        .flatten()
        .filter(|path| !path.is_empty())
        .map(PathBuf::from);
    overridden.or_else(system_path)
}

/// Loads the policy at `path`; a missing file is no policy and no error.
pub fn load(path: Option<PathBuf>) -> PolicyLoad {
    let Some(path) = path else {
        return PolicyLoad::default();
    };
    match read(&path) {
        Ok(None) => PolicyLoad {
            path: Some(path),
            ..PolicyLoad::default()
        },
        Ok(Some(policy)) => PolicyLoad {
            path: Some(path),
            policy: Some(policy),
            error: None,
        },
        Err(error) => PolicyLoad {
            path: Some(path),
            policy: None,
            error: Some(error),
        },
    }
}

/// `Ok(None)` when there is no file. Errors name the file and the exact field, or why the file
/// is not trusted.
pub fn read(path: &Path) -> Result<Option<Policy>> {
    let bytes = match std::fs::metadata(path) {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(unusable(path, &error.to_string())),
        Ok(meta) if meta.len() > MAX_POLICY_BYTES => {
            return Err(unusable(path, "the file is larger than 1 MB"))
        }
        Ok(_) => {
            if let Some(reason) = writable_by_others(path) {
                return Err(unusable(path, &reason));
            }
            std::fs::read(path).map_err(|error| unusable(path, &error.to_string()))?
        }
    };
    parse(&bytes)
        .map(Some)
        .map_err(|detail| unusable(path, &detail))
}

/// Why people other than administrators could change the policy at `path` (the file or the
/// folder it is in), if they could: see [`os_user::writable_by_others`].
fn writable_by_others(path: &Path) -> Option<String> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    [("the file", Some(path)), ("its folder", folder)]
        .into_iter()
        .find_map(|(what, place)| {
            os_user::writable_by_others(place?).map(|reason| format!("{what} {reason}"))
        })
}

/// Parses and checks policy bytes; the error is "FIELD: what is wrong".
pub fn parse(bytes: &[u8]) -> std::result::Result<Policy, String> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let policy: Policy = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        let field = if path == "." {
            "the file".to_string()
        } else {
            path
        };
        format!(
            "{field}: {} (line {}, column {})",
            strip_position(&inner.to_string()),
            inner.line(),
            inner.column()
        )
    })?;
    deserializer
        .end()
        .map_err(|error| format!("the file: {}", strip_position(&error.to_string())))?;
    policy.check()?;
    Ok(policy)
}

/// serde_json appends " at line L column C"; the caller says where in its own words.
fn strip_position(message: &str) -> &str {
    message.split(" at line ").next().unwrap_or(message)
}

impl Policy {
    fn check(&self) -> std::result::Result<(), String> {
        let mut seen = BTreeSet::new();
        for (index, entry) in self.instances.iter().enumerate() {
            let at = |field: &str| format!("instances[{index}].{field}");
            let reference = InstanceRef::parse(&entry.instance)
                .map_err(|_| format!("{}: not an instance ID or ARN", at("instance")))?;
            if entry.profile.is_empty()
                || entry.profile.len() > 256
                || entry.profile.chars().any(char::is_control)
            {
                return Err(format!("{}: not a valid AWS profile name", at("profile")));
            }
            if let Some(name) = &entry.display_name {
                if name.trim().is_empty()
                    || name.chars().count() > MAX_DISPLAY_NAME_LEN
                    || name.chars().any(char::is_control)
                {
                    return Err(format!(
                        "{}: must be 1 to {MAX_DISPLAY_NAME_LEN} printable characters",
                        at("displayName")
                    ));
                }
            }
            if let Some(problem) = entry.browser.as_ref().and_then(BrowserChoice::problem) {
                return Err(format!("{}.{problem}", at("browser")));
            }
            if !seen.insert((entry.profile.clone(), reference.id)) {
                return Err(format!(
                    "{}: this instance is already listed with this profile",
                    at("instance")
                ));
            }
        }
        if let Some(default) = &self.default_instance {
            let id = InstanceRef::parse(default)
                .map_err(|_| "defaultInstance: not an instance ID or ARN".to_string())?
                .id;
            if !self.instances.iter().any(|entry| entry_id(entry) == id) {
                return Err(
                    "defaultInstance: must be one of the instances listed in `instances`"
                        .to_string(),
                );
            }
        }
        for (index, region) in self.extra_regions.iter().enumerate() {
            if !is_region(region) {
                return Err(format!("extraRegions[{index}]: not an AWS region code"));
            }
        }
        if let Some(minutes) = self.notification_lead_minutes {
            if !(1..=120).contains(&minutes) {
                return Err("notificationLeadMinutes: must be between 1 and 120".to_string());
            }
        }
        if let Some(problem) = self.browser.as_ref().and_then(BrowserChoice::problem) {
            return Err(format!("browser.{problem}"));
        }
        if let Some(language) = &self.language {
            if !crate::l10n::LANGUAGES
                .iter()
                .any(|(tag, _)| tag == language)
            {
                let tags: Vec<&str> = crate::l10n::LANGUAGES.iter().map(|(tag, _)| *tag).collect();
                return Err(format!("language: must be one of {}", tags.join(", ")));
            }
        }
        Ok(())
    }

    pub fn is_locked(&self, field: Lockable) -> bool {
        self.locked.contains(&field)
    }

    /// The policy's default instance with its profile.
    pub fn default_choice(&self) -> Option<InstanceChoice> {
        let id = InstanceRef::parse(self.default_instance.as_deref()?)
            .ok()?
            .id;
        self.instances
            .iter()
            .find(|entry| entry_id(entry) == id)
            .map(|entry| InstanceChoice {
                profile: entry.profile.clone(),
                instance: entry.instance.clone(),
            })
    }

    /// Whether the person may sign in to this instance with this profile.
    pub fn allows(&self, profile: &str, instance_id: &str) -> bool {
        !self.restrict_to_listed_instances
            || self
                .instances
                .iter()
                .any(|entry| entry.profile == profile && entry_id(entry) == instance_id)
    }

    /// The entry for an instance, if the policy lists it.
    pub fn instance(&self, profile: &str, instance_id: &str) -> Option<&PolicyInstance> {
        self.instances
            .iter()
            .find(|entry| entry.profile == profile && entry_id(entry) == instance_id)
    }
}

/// The lower-case instance ID of a checked entry.
pub fn entry_id(entry: &PolicyInstance) -> String {
    InstanceRef::parse(&entry.instance)
        .map(|reference| reference.id)
        .unwrap_or_default()
}

/// `detail` is technical and for IT (a field path and what is wrong with it, or the system's
/// reason), so it stays as the parser or the OS said it.
fn unusable(path: &Path, detail: &str) -> Error {
    Error::new(
        ErrorCode::PolicyInvalid,
        crate::text!(
            "error-policy-invalid",
            path = path.display().to_string(),
            detail = detail
        ),
    )
}

/// The settings in force: the policy's values where it locks them, else the person's, else the
/// policy's as defaults, else the app's defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Effective {
    pub close_to_tray: bool,
    pub start_at_login: bool,
    pub sign_in_at_launch: bool,
    pub notifications_enabled: bool,
    pub notification_lead_minutes: u64,
    pub global_shortcut: String,
    /// Policy regions, then the person's unless locked.
    pub extra_regions: Vec<String>,
    pub default_instance: Option<InstanceChoice>,
    /// The language chosen (by the policy or the person); `None` follows the OS.
    pub language: Option<String>,
    pub locked: BTreeSet<Lockable>,
}

pub const DEFAULT_GLOBAL_SHORTCUT: &str = "CommandOrControl+Shift+K";
pub const DEFAULT_LEAD_MINUTES: u64 = 10;

pub fn effective(user: &Settings, policy: Option<&Policy>) -> Effective {
    let empty = Policy::default();
    let policy = policy.unwrap_or(&empty);
    let pick = |field: Lockable, user: Option<bool>, from_policy: Option<bool>, default: bool| {
        if policy.is_locked(field) {
            from_policy.unwrap_or(default)
        } else {
            user.or(from_policy).unwrap_or(default)
        }
    };
    let lead = if policy.is_locked(Lockable::NotificationLeadMinutes) {
        policy.notification_lead_minutes
    } else {
        user.notifications
            .lead_minutes
            .or(policy.notification_lead_minutes)
    };
    let mut extra_regions = policy.extra_regions.clone();
    if !policy.is_locked(Lockable::ExtraRegions) {
        for region in &user.extra_regions {
            if !extra_regions.contains(region) {
                extra_regions.push(region.clone());
            }
        }
    }
    let default_instance = if policy.is_locked(Lockable::DefaultInstance) {
        policy.default_choice()
    } else {
        user.default_instance
            .clone()
            .or_else(|| policy.default_choice())
    };
    let language = if policy.is_locked(Lockable::Language) {
        policy.language.clone()
    } else {
        user.language.clone().or_else(|| policy.language.clone())
    };
    Effective {
        language,
        close_to_tray: pick(
            Lockable::CloseToTray,
            user.close_to_tray,
            policy.close_to_tray,
            true,
        ),
        start_at_login: pick(
            Lockable::StartAtLogin,
            user.start_at_login,
            policy.start_at_login,
            false,
        ),
        sign_in_at_launch: pick(
            Lockable::SignInAtLaunch,
            user.sign_in_at_launch,
            policy.sign_in_at_launch,
            false,
        ),
        notifications_enabled: pick(
            Lockable::NotificationsEnabled,
            user.notifications.enabled,
            policy.notifications_enabled,
            true,
        ),
        notification_lead_minutes: lead.unwrap_or(DEFAULT_LEAD_MINUTES).clamp(1, 120),
        global_shortcut: user
            .global_shortcut
            .clone()
            .unwrap_or_else(|| DEFAULT_GLOBAL_SHORTCUT.to_string()),
        extra_regions,
        default_instance,
        locked: policy.locked.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARN: &str =
        "arn:aws:connect:eu-west-2:123456789012:instance/44444444-4444-4444-8444-444444444444";

    fn parse_str(text: &str) -> std::result::Result<Policy, String> {
        parse(text.as_bytes())
    }

    #[test]
    fn the_published_example_is_valid() {
        let example = include_str!("../../../../docs/policy.example.json");
        let policy = parse_str(example).unwrap();
        assert!(!policy.instances.is_empty());
        assert!(policy.default_choice().is_some());
    }

    #[test]
    fn mistakes_name_their_exact_field() {
        let cases = [
            (
                r#"{"instances":[{"instance":"x","profile":"p"}]}"#,
                "instances[0].instance",
            ),
            (
                &format!(
                    r#"{{"instances":[{{"instance":"{ARN}","profile":"p","displayNme":"x"}}]}}"#
                ),
                "instances[0].displayNme: unknown field `displayNme`",
            ),
            (
                r#"{"locked":["closeToTray","colour"]}"#,
                "locked[1]: unknown variant `colour`",
            ),
            (
                r#"{"extraRegions":["eu-west-3","moon"]}"#,
                "extraRegions[1]",
            ),
            (
                r#"{"notificationLeadMinutes":0}"#,
                "notificationLeadMinutes",
            ),
            (
                r#"{"notificationLeadMinutes":"ten"}"#,
                "notificationLeadMinutes: invalid type",
            ),
            (
                r#"{"defaultInstance":"44444444-4444-4444-8444-444444444444"}"#,
                "defaultInstance",
            ),
            (r#"{"restrictToListedInstances":true,}"#, "line 1"),
            (r#"{} {}"#, "the file: trailing characters"),
            (r#"{"policyVersion":2}"#, "unknown field `policyVersion`"),
        ];
        for (text, expected) in cases {
            let error = parse_str(text).unwrap_err();
            assert!(error.contains(expected), "{text} → {error}");
        }
    }

    #[test]
    fn a_bad_file_is_reported_once_with_its_path_and_a_missing_file_is_no_policy() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("policy.json");
        let none = load(Some(path.clone()));
        assert!(none.policy.is_none() && none.error.is_none());
        std::fs::write(&path, br#"{"locked":["nope"]}"#).unwrap();
        let bad = load(Some(path.clone()));
        let error = bad.error.unwrap();
        assert_eq!(error.code, ErrorCode::PolicyInvalid);
        assert!(error.message.contains(&path.display().to_string()));
        assert!(error.message.contains("locked[0]"), "{}", error.message);
        assert!(bad.policy.is_none());
    }

    #[test]
    fn user_settings_overlay_the_policy_where_not_locked() {
        let policy = parse_str(&format!(
            r#"{{"instances":[{{"instance":"{ARN}","profile":"agent","pinned":true}}],
                "defaultInstance":"{ARN}","extraRegions":["eu-west-3"],"closeToTray":false,
                "notificationLeadMinutes":15,"locked":["notificationLeadMinutes","extraRegions"]}}"#
        ))
        .unwrap();
        let mut user = Settings::default();
        let defaults = effective(&user, Some(&policy));
        assert!(!defaults.close_to_tray, "the policy value is the default");
        assert_eq!(defaults.notification_lead_minutes, 15);
        assert_eq!(defaults.default_instance.unwrap().profile, "agent");
        user.close_to_tray = Some(true);
        user.notifications.lead_minutes = Some(3);
        user.extra_regions = vec!["ap-south-1".into()];
        let overlaid = effective(&user, Some(&policy));
        assert!(
            overlaid.close_to_tray,
            "not locked: the person's value wins"
        );
        assert_eq!(overlaid.notification_lead_minutes, 15, "locked");
        assert_eq!(
            overlaid.extra_regions,
            vec!["eu-west-3".to_string()],
            "locked"
        );
        let without = effective(&user, None);
        assert_eq!(without.notification_lead_minutes, 3);
        assert_eq!(without.extra_regions, vec!["ap-south-1".to_string()]);
    }

    /// The published schema and the loader describe the same file: same keys at both levels,
    /// same lockable names.
    #[test]
    fn the_schema_matches_the_loader() {
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../../../../docs/policy.schema.json")).unwrap();
        let keys = |value: &serde_json::Value| -> BTreeSet<String> {
            value.as_object().unwrap().keys().cloned().collect()
        };
        let full = Policy {
            schema: Some("x".into()),
            instances: vec![PolicyInstance {
                instance: ARN.into(),
                profile: "p".into(),
                display_name: Some("d".into()),
                pinned: true,
                browser: Some(BrowserChoice::default()),
            }],
            default_instance: Some(ARN.into()),
            close_to_tray: Some(true),
            start_at_login: Some(true),
            sign_in_at_launch: Some(true),
            notifications_enabled: Some(true),
            notification_lead_minutes: Some(5),
            language: Some("de".into()),
            browser: Some(BrowserChoice::default()),
            proxy: Some("http://proxy.example.com:8080".into()),
            no_proxy: Some(".internal.example.com".into()),
            ..Policy::default()
        };
        let json = serde_json::to_value(&full).unwrap();
        assert_eq!(keys(&json), keys(&schema["properties"]));
        assert_eq!(
            keys(&json["instances"][0]),
            keys(&schema["properties"]["instances"]["items"]["properties"])
        );
        let lockables: Vec<String> = [
            Lockable::CloseToTray,
            Lockable::StartAtLogin,
            Lockable::SignInAtLaunch,
            Lockable::NotificationsEnabled,
            Lockable::NotificationLeadMinutes,
            Lockable::ExtraRegions,
            Lockable::DefaultInstance,
            Lockable::Pins,
            Lockable::Language,
            Lockable::Browser,
        ]
        .iter()
        .map(|l| {
            assert_eq!(serde_json::to_value(l).unwrap(), l.as_str());
            l.as_str().to_string()
        })
        .collect();
        let schema_enum: Vec<String> = schema["properties"]["locked"]["items"]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        assert_eq!(lockables, schema_enum);
    }

    #[test]
    fn restriction_allows_only_listed_pairs() {
        let policy = parse_str(&format!(
            r#"{{"instances":[{{"instance":"{ARN}","profile":"agent"}}],"restrictToListedInstances":true}}"#
        ))
        .unwrap();
        assert!(policy.allows("agent", "44444444-4444-4444-8444-444444444444"));
        assert!(!policy.allows("other", "44444444-4444-4444-8444-444444444444"));
        assert!(!policy.allows("agent", "11111111-1111-4111-8111-111111111111"));
        assert!(Policy::default().allows("anyone", "anything"));
    }
}
