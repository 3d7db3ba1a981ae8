//! Which endpoint each AWS client will really call, and the IT policy on custom endpoints.
//!
//! The SDK takes an endpoint override from several places: `AWS_ENDPOINT_URL_<SERVICE>`,
//! `AWS_ENDPOINT_URL`, a profile's `endpoint_url`, and a `services` section the profile names.
//! Each generated client reads them the same way from the `SdkConfig` it is built from; this
//! module asks the same question of the same config, so `allowCustomEndpoints: false` holds for
//! every client (Amazon Connect, STS, IAM Identity Center and its sign-in) before any request.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::policy::PolicyLoad;
use aws_config::{BehaviorVersion, Region, SdkConfig};
use aws_types::service_config::ServiceConfigKey;

/// The SDK's service IDs, as their clients look up `AWS_ENDPOINT_URL_<ID>` and `services`
/// sections, with the name a person reads.
pub const CONNECT: (&str, &str) = ("Connect", "Amazon Connect");
pub const STS: (&str, &str) = ("STS", "AWS STS");
pub const SSO: (&str, &str) = ("SSO", "IAM Identity Center");
pub const SSO_OIDC: (&str, &str) = ("SSO OIDC", "IAM Identity Center sign-in");

/// Where calls of `service` (one of the constants above) go when not to AWS's own endpoint:
/// exactly what the generated client computes from `config`.
pub fn override_for(config: &SdkConfig, service: (&str, &str)) -> Option<String> {
    if config.get_origin("endpoint_url").is_client_config() {
        return config.endpoint_url().map(str::to_string);
    }
    let key = ServiceConfigKey::builder()
        .service_id(service.0)
        .env("AWS_ENDPOINT_URL")
        .profile("endpoint_url")
        .build()
        .ok()?;
    config
        .service_config()
        .and_then(|services| services.load_config(key))
        .or_else(|| config.endpoint_url().map(str::to_string))
}

/// The config a profile's clients are built from (`None`: the environment's default profile),
/// for looking at endpoints only: no credentials, a fixed region, so nothing is asked of anyone.
pub async fn inspect(profile: Option<&str>) -> SdkConfig {
    let loader = aws_config::defaults(BehaviorVersion::latest())
        .no_credentials()
        .region(Region::new("us-east-1"));
    match profile {
        Some(name) => loader.profile_name(name),
        None => loader,
    }
    .load()
    .await
}

/// Refuses, before any request, an override of one of `services` that is set but is not an
/// `http(s)://` URL with a host: an empty `AWS_ENDPOINT_URL_CONNECT=` or a typo would otherwise
/// stop the SDK in the middle of a request.
pub fn check_overrides(profile: &str, config: &SdkConfig, services: &[(&str, &str)]) -> Result<()> {
    for (id, name) in services {
        let Some(url) = override_for(config, (id, name)) else {
            continue;
        };
        let usable = url::Url::parse(url.trim()).is_ok_and(|parsed| {
            matches!(parsed.scheme(), "http" | "https") && parsed.host_str().is_some()
        });
        if !usable {
            // Whatever precedes an `@` may be a password: never repeated.
            let shown = match url.rsplit_once('@') {
                Some((_, host)) => format!("…@{host}"),
                None => url.clone(),
            };
            return Err(Error::new(
                ErrorCode::AwsConfigInvalid,
                crate::text!(
                    "error-endpoint-invalid",
                    profile = profile,
                    service = *name,
                    url = shown
                ),
            ));
        }
    }
    Ok(())
}

/// Whether the IT policy forbids custom endpoints.
pub fn forbidden(policy: &PolicyLoad) -> bool {
    policy
        .policy
        .as_ref()
        .is_some_and(|policy| !policy.allow_custom_endpoints)
}

/// Refuses, before any request, when the policy forbids custom endpoints and a client of one of
/// `services` would use one under `config`.
pub fn enforce(
    policy: &PolicyLoad,
    profile: &str,
    config: &SdkConfig,
    services: &[(&str, &str)],
) -> Result<()> {
    if !forbidden(policy) {
        return Ok(());
    }
    match services
        .iter()
        .find(|service| override_for(config, **service).is_some())
    {
        Some((_, name)) => Err(Error::new(
            ErrorCode::SettingManaged,
            crate::text!(
                "error-custom-endpoint-forbidden",
                profile = profile,
                service = *name
            ),
        )),
        None => Ok(()),
    }
}
