//! AWS profiles: which exist, what kind each is, its region and whether its endpoint is overridden.
//!
//! Parsing is aws-config's own, so `~/.aws/config`, `~/.aws/credentials`, `AWS_CONFIG_FILE` and
//! `AWS_SHARED_CREDENTIALS_FILE` mean exactly what they mean to the AWS CLI; listing them reads
//! files of the common shape faster ([`profile_scan`]), with the same answers.

use crate::aws::profile_scan;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::profile::{Profile, ProfileKind};
use aws_config::profile::{Profile as AwsProfile, ProfileSet};

/// Environment variables that redirect the Connect endpoint, most specific first, as aws-config
/// applies them.
const ENDPOINT_ENV_VARS: [&str; 2] = ["AWS_ENDPOINT_URL_CONNECT", "AWS_ENDPOINT_URL"];

/// Every profile in the AWS config and credentials files, `default` first, then by name.
pub async fn load_profiles() -> Result<Vec<Profile>> {
    let env_endpoint = env_endpoint_override().is_some();
    let (config, credentials) = profile_scan::read_files().await;
    let mut profiles: Vec<Profile> = match profile_scan::scan(&config, &credentials) {
        Some(scanned) => scanned
            .iter()
            .map(|(name, properties)| {
                describe_with(
                    name,
                    |key| profile_scan::property(properties, key),
                    env_endpoint,
                )
            })
            .collect(),
        None => {
            let set = load_profile_set().await?;
            set.profiles()
                .filter_map(|name| set.get_profile(name))
                .map(|profile| describe(profile, env_endpoint))
                .collect()
        }
    };
    profiles.sort_by(|a, b| {
        (a.name != "default", a.name.as_str()).cmp(&(b.name != "default", b.name.as_str()))
    });
    Ok(profiles)
}

/// The AWS profiles plus the app's own (settings) profiles. On a name clash the AWS config
/// wins, as the person's own file should.
pub async fn load_with(app_profiles: &[crate::core::settings::AppProfile]) -> Result<Vec<Profile>> {
    let mut profiles = load_profiles().await?;
    let env_endpoint = env_endpoint_override().is_some();
    for app in app_profiles {
        if profiles.iter().any(|p| p.name == app.name) {
            tracing::warn!(name = %app.name, "app profile hidden by an AWS profile of the same name");
            continue;
        }
        profiles.push(app_profile_view(app, env_endpoint));
    }
    Ok(profiles)
}

/// One profile by name from the AWS config, else from the app's profiles.
pub async fn find_with(
    name: &str,
    app_profiles: &[crate::core::settings::AppProfile],
) -> Result<Profile> {
    match find_profile(name).await {
        Err(error) if error.code == ErrorCode::ProfileNotFound => app_profiles
            .iter()
            .find(|app| app.name == name)
            .map(|app| app_profile_view(app, env_endpoint_override().is_some()))
            .ok_or(error),
        other => other,
    }
}

fn app_profile_view(app: &crate::core::settings::AppProfile, env_endpoint: bool) -> Profile {
    Profile {
        name: app.name.clone(),
        kind: ProfileKind::Sso,
        region: Some(app.region.clone()),
        custom_endpoint: env_endpoint,
    }
}

/// One profile by name, or `profile_not_found`.
pub async fn find_profile(name: &str) -> Result<Profile> {
    let set = load_profile_set().await?;
    match set.get_profile(name) {
        Some(profile) => Ok(describe(profile, env_endpoint_override().is_some())),
        None => Err(profile_not_found(name)),
    }
}

pub fn profile_not_found(name: &str) -> Error {
    Error::new(
        ErrorCode::ProfileNotFound,
        crate::text!("error-profile-not-found", profile = name),
    )
}

fn env_endpoint_override() -> Option<String> {
    if std::env::var("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS").is_ok_and(|v| v == "true") {
        return None;
    }
    ENDPOINT_ENV_VARS
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|value| !value.is_empty()))
}

/// One setting of a profile in the AWS config (`ca_bundle`, …), if the profile sets it.
pub async fn setting_of(profile: &str, key: &str) -> Option<String> {
    let set = load_profile_set().await.ok()?;
    set.get_profile(profile)?
        .get(key)
        .map(str::to_string)
        .filter(|value| !value.trim().is_empty())
}

/// The merged profile set of the AWS config and credentials files (aws-config's parser).
pub(crate) async fn load_profile_set() -> Result<ProfileSet> {
    let files = Default::default();
    // aws-config's own loader; its file-system and environment arguments default to the real ones.
    aws_config::profile::load(&Default::default(), &Default::default(), &files, None)
        .await
        .map_err(|error| {
            Error::new(
                ErrorCode::AwsConfigInvalid,
                crate::text!("error-aws-config-invalid", detail = error.to_string()),
            )
        })
}

fn describe(profile: &AwsProfile, env_endpoint: bool) -> Profile {
    describe_with(profile.name(), |key| profile.get(key), env_endpoint)
}

/// A profile from its name and a look-up of its properties (aws-config's, or the scan's).
fn describe_with<'a>(
    name: &str,
    get: impl Fn(&str) -> Option<&'a str>,
    env_endpoint: bool,
) -> Profile {
    Profile {
        name: name.to_string(),
        kind: classify_with(&get),
        region: get("region").map(str::to_string),
        custom_endpoint: env_endpoint || get("endpoint_url").is_some() || get("services").is_some(),
    }
}

#[cfg(test)]
fn classify(profile: &AwsProfile) -> ProfileKind {
    classify_with(&|key| profile.get(key))
}

/// Mirrors the order in which aws-config's profile provider picks a credential source: a role
/// wins over the static keys it may sit beside, SSO over static keys, and so on.
fn classify_with<'a>(get: &impl Fn(&str) -> Option<&'a str>) -> ProfileKind {
    let has = |key: &str| get(key).is_some_and(|value| !value.trim().is_empty());
    if has("role_arn") {
        ProfileKind::Role
    } else if has("sso_session") || has("sso_start_url") {
        ProfileKind::Sso
    } else if has("credential_process") {
        ProfileKind::Process
    } else if has("aws_access_key_id") {
        ProfileKind::Static
    } else {
        ProfileKind::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn profile(pairs: &[(&str, &str)]) -> AwsProfile {
        let properties: HashMap<String, aws_config::profile::Property> = pairs
            .iter()
            .map(|(k, v)| {
                (
                    k.to_string(),
                    aws_config::profile::Property::new(k.to_string(), v.to_string()),
                )
            })
            .collect();
        AwsProfile::new("p", properties)
    }

    #[test]
    fn classification_follows_the_credential_source() {
        assert_eq!(
            classify(&profile(&[("aws_access_key_id", "AKID")])),
            ProfileKind::Static
        );
        assert_eq!(
            classify(&profile(&[("sso_session", "corp")])),
            ProfileKind::Sso
        );
        assert_eq!(
            classify(&profile(&[("sso_start_url", "https://x")])),
            ProfileKind::Sso
        );
        assert_eq!(
            classify(&profile(&[
                ("role_arn", "arn:aws:iam::1:role/r"),
                ("source_profile", "base")
            ])),
            ProfileKind::Role
        );
        assert_eq!(
            classify(&profile(&[("credential_process", "/bin/creds")])),
            ProfileKind::Process
        );
        assert_eq!(
            classify(&profile(&[("region", "us-east-1")])),
            ProfileKind::Other
        );
        assert_eq!(
            classify(&profile(&[
                ("role_arn", "arn"),
                ("aws_access_key_id", "AKID")
            ])),
            ProfileKind::Role
        );
    }

    #[test]
    fn endpoint_settings_mark_the_profile() {
        let plain = describe(&profile(&[("region", "us-east-1")]), false);
        assert!(!plain.custom_endpoint);
        assert_eq!(plain.region.as_deref(), Some("us-east-1"));
        assert!(describe(&profile(&[("endpoint_url", "http://x")]), false).custom_endpoint);
        assert!(describe(&profile(&[("services", "local")]), false).custom_endpoint);
        assert!(describe(&profile(&[]), true).custom_endpoint);
    }
}
