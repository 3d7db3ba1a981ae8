//! IAM Identity Center sign-in inside the app: the OIDC device authorization flow, with the token
//! kept in the AWS CLI's own cache files (`~/.aws/sso/cache/<sha1>.json`, same fields, same
//! naming, 0600), so a sign-in in the app works for the CLI and the other way round. The
//! authorization-code flow (`sso_authcode`) shares the client set-up and the cache file.

use crate::aws::endpoints;
use crate::aws::network::NetworkFailure;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::instance::is_region;
use crate::core::secret::Secret;
use crate::signin::launcher::LoopbackOrigin;
use crate::store::files::write_atomically;
use aws_config::{BehaviorVersion, Region};
use aws_sdk_ssooidc::error::SdkError;
use aws_sdk_ssooidc::operation::create_token::CreateTokenError;
use aws_sdk_ssooidc::Client;
use aws_smithy_runtime_api::client::http::SharedHttpClient;
use serde::{Deserialize, Serialize};
use sha1::{Digest, Sha1};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// The scope an SSO session needs to list accounts and get role credentials.
pub(crate) const SCOPE: &str = "sso:account:access";
const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";
/// How much the poll interval grows on `slow_down` (RFC 8628 §3.5).
const SLOW_DOWN_STEP: Duration = Duration::from_secs(5);

/// Where a profile signs in to IAM Identity Center.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SsoTarget {
    /// The `[sso-session NAME]` the profile uses, or `None` for the legacy `sso_start_url` form.
    pub session_name: Option<String>,
    pub start_url: String,
    pub region: String,
}

impl SsoTarget {
    /// The SSO settings of `profile` in the AWS config, or `not_sso_profile`.
    pub async fn of_profile(profile: &str) -> Result<SsoTarget> {
        let set = crate::aws::profiles::load_profile_set().await?;
        let entry = set
            .get_profile(profile)
            .ok_or_else(|| crate::aws::profiles::profile_not_found(profile))?;
        let not_sso = || {
            Error::new(
                ErrorCode::NotSsoProfile,
                crate::text!("error-not-sso-profile", profile = profile),
            )
        };
        if let Some(session_name) = entry.get("sso_session") {
            let session = set.sso_session(session_name).ok_or_else(not_sso)?;
            return Ok(SsoTarget {
                session_name: Some(session_name.to_string()),
                start_url: session
                    .get("sso_start_url")
                    .ok_or_else(not_sso)?
                    .to_string(),
                region: session.get("sso_region").ok_or_else(not_sso)?.to_string(),
            });
        }
        Ok(SsoTarget {
            session_name: None,
            start_url: entry.get("sso_start_url").ok_or_else(not_sso)?.to_string(),
            region: entry.get("sso_region").ok_or_else(not_sso)?.to_string(),
        })
    }

    /// The AWS CLI's cache file name: SHA-1 of the session name, or of the start URL for
    /// legacy profiles.
    pub fn cache_file(&self, home: &Path) -> PathBuf {
        let key = self.session_name.as_deref().unwrap_or(&self.start_url);
        let digest = hex::encode(Sha1::digest(key.as_bytes()));
        home.join(".aws")
            .join("sso")
            .join("cache")
            .join(format!("{digest}.json"))
    }
}

/// The token file, field for field as the AWS CLI writes and reads it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct CacheFile {
    start_url: String,
    region: String,
    access_token: String,
    expires_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    client_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    client_secret: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    registration_expires_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    refresh_token: Option<String>,
}

/// A device sign-in waiting for the person to approve it in the browser.
pub struct PendingLogin {
    pub target: SsoTarget,
    /// The code the person compares in the browser (not a secret: it only identifies the request).
    pub user_code: String,
    /// Where to approve it, with the code filled in.
    pub verification_url: String,
    pub expires_at: SystemTime,
    device_code: Secret,
    client_id: String,
    client_secret: Secret,
    registration_expires_at: i64,
    interval: Duration,
    client: Client,
}

impl std::fmt::Debug for PendingLogin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PendingLogin")
            .field("start_url", &self.target.start_url)
            .field("user_code", &self.user_code)
            .finish_non_exhaustive()
    }
}

/// Registers a public client and starts device authorization. The verification URL is checked
/// before anyone opens it: https on an IAM Identity Center host (`*.awsapps.com`, an AWS SSO
/// host, or the start URL's own host), or the loopback origin of a loopback OIDC endpoint.
pub async fn start(
    target: SsoTarget,
    timeout: Duration,
    http: SharedHttpClient,
) -> Result<PendingLogin> {
    let config = oidc_config(&target, timeout, http).await;
    let loopback = endpoints::override_for(&config, endpoints::SSO_OIDC)
        .as_deref()
        .and_then(LoopbackOrigin::from_endpoint);
    let client = Client::new(&config);
    let registration = client
        .register_client()
        .client_name("connect-sso")
        .client_type("public")
        .scopes(SCOPE)
        .send()
        .await
        .map_err(|error| oidc_call_failed(&target, &error))?;
    let client_id = registration.client_id().unwrap_or_default().to_string();
    let client_secret = Secret::new(registration.client_secret().unwrap_or_default());
    let authorization = client
        .start_device_authorization()
        .client_id(&client_id)
        .client_secret(client_secret.expose())
        .start_url(&target.start_url)
        .send()
        .await
        .map_err(|error| oidc_call_failed(&target, &error))?;
    let verification_url = authorization
        .verification_uri_complete()
        .or(authorization.verification_uri())
        .unwrap_or_default()
        .to_string();
    check_verification_url(&verification_url, &target, loopback.as_ref())?;
    Ok(PendingLogin {
        user_code: authorization.user_code().unwrap_or_default().to_string(),
        verification_url,
        expires_at: SystemTime::now()
            + Duration::from_secs(authorization.expires_in().max(0) as u64),
        device_code: Secret::new(authorization.device_code().unwrap_or_default()),
        client_id,
        client_secret,
        registration_expires_at: registration.client_secret_expires_at(),
        interval: Duration::from_secs(authorization.interval().max(1) as u64),
        client,
        target,
    })
}

/// Polls until the person approved (writing the CLI cache file), denied, or the code expired,
/// or until `cancelled` turns true.
pub async fn finish(
    pending: PendingLogin,
    home: &Path,
    mut cancelled: tokio::sync::watch::Receiver<bool>,
) -> Result<()> {
    let mut interval = pending.interval;
    loop {
        if SystemTime::now() >= pending.expires_at {
            return Err(expired(&pending.target));
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = cancelled.changed() => {}
        }
        if *cancelled.borrow() {
            return Err(Error::new(
                ErrorCode::SsoLoginCancelled,
                crate::text!("error-sso-login-cancelled"),
            ));
        }
        let answer = pending
            .client
            .create_token()
            .client_id(&pending.client_id)
            .client_secret(pending.client_secret.expose())
            .grant_type(DEVICE_GRANT)
            .device_code(pending.device_code.expose())
            .send()
            .await;
        match answer {
            Ok(token) => {
                let registration = Registration {
                    client_id: &pending.client_id,
                    client_secret: &pending.client_secret,
                    expires_at: pending.registration_expires_at,
                };
                return save_token(&pending.target, home, &token, &registration);
            }
            Err(SdkError::ServiceError(service)) => match service.err() {
                CreateTokenError::AuthorizationPendingException(_) => {}
                CreateTokenError::SlowDownException(_) => interval += SLOW_DOWN_STEP,
                CreateTokenError::ExpiredTokenException(_) => return Err(expired(&pending.target)),
                CreateTokenError::AccessDeniedException(_) => {
                    return Err(Error::new(
                        ErrorCode::SsoLoginDenied,
                        crate::text!(
                            "error-sso-login-denied",
                            start_url = &pending.target.start_url
                        ),
                    ))
                }
                other => return Err(oidc_error(&pending.target, &other.to_string())),
            },
            Err(other) => return Err(oidc_call_failed(&pending.target, &other)),
        }
    }
}

/// The OIDC client's configuration: the profile's SSO region, no credentials (SSO OIDC is
/// unsigned), the app's operation timeout, the app's proxy and trust store.
pub(crate) async fn oidc_config(
    target: &SsoTarget,
    timeout: Duration,
    http: SharedHttpClient,
) -> aws_config::SdkConfig {
    aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new(target.region.clone()))
        .no_credentials()
        .http_client(http)
        .timeout_config(
            aws_config::timeout::TimeoutConfig::builder()
                .operation_timeout(timeout)
                .build(),
        )
        .load()
        .await
}

/// The registered OIDC client a token was issued to: the AWS CLI refreshes the token with it,
/// so it is cached beside the token.
pub(crate) struct Registration<'a> {
    pub client_id: &'a str,
    pub client_secret: &'a Secret,
    /// Epoch seconds, as RegisterClient's `clientSecretExpiresAt`.
    pub expires_at: i64,
}

/// Writes a token CreateToken issued (by either grant) to the AWS CLI's cache file, with the
/// fields the CLI reads to use and to refresh it.
pub(crate) fn save_token(
    target: &SsoTarget,
    home: &Path,
    token: &aws_sdk_ssooidc::operation::create_token::CreateTokenOutput,
    registration: &Registration<'_>,
) -> Result<()> {
    let expires_at = SystemTime::now() + Duration::from_secs(token.expires_in().max(0) as u64);
    let file = CacheFile {
        start_url: target.start_url.clone(),
        region: target.region.clone(),
        access_token: token.access_token().unwrap_or_default().to_string(),
        expires_at: rfc3339(expires_at),
        client_id: Some(registration.client_id.to_string()),
        client_secret: Some(registration.client_secret.expose().to_string()),
        registration_expires_at: Some(rfc3339(
            UNIX_EPOCH + Duration::from_secs(registration.expires_at.max(0) as u64),
        )),
        refresh_token: token.refresh_token().map(str::to_string),
    };
    write_cache(&target.cache_file(home), &file)?;
    tracing::info!(start_url = %target.start_url, "IAM Identity Center sign-in complete");
    Ok(())
}

/// Where the cache lives: `$HOME/.aws/sso/cache`, as the AWS CLI uses.
pub fn home() -> Result<PathBuf> {
    dirs::home_dir()
        .ok_or_else(|| Error::internal("no home directory for the IAM Identity Center cache"))
}

pub(crate) fn expired(target: &SsoTarget) -> Error {
    Error::new(
        ErrorCode::SsoLoginExpired,
        crate::text!("error-sso-login-expired", start_url = &target.start_url),
    )
}

/// A call to IAM Identity Center's OIDC service that failed: at the proxy or on a certificate
/// (said as such), else with the service's own words.
pub(crate) fn oidc_call_failed<E, R>(target: &SsoTarget, error: &SdkError<E, R>) -> Error
where
    E: std::error::Error + Send + Sync + 'static,
    R: std::fmt::Debug + Send + Sync + 'static,
{
    if let Some(failure) = NetworkFailure::find(error) {
        return failure.to_error();
    }
    let detail = match error {
        SdkError::ServiceError(service) => service.err().to_string(),
        other => aws_sdk_ssooidc::error::DisplayErrorContext(other).to_string(),
    };
    oidc_error(target, &detail)
}

pub(crate) fn oidc_error(target: &SsoTarget, detail: &str) -> Error {
    Error::new(
        ErrorCode::SsoExpired,
        crate::text!(
            "error-sso-refused",
            start_url = &target.start_url,
            detail = detail
        ),
    )
}

/// The page may open when it is https on the default port without user-info, on
/// `device.sso.<region>.amazonaws.com`, under `/start` on an `*.awsapps.com` portal, or on the
/// start URL's own host; or on the loopback origin of a loopback OIDC endpoint (tests, demo).
/// Not any `*.amazonaws.com` host: that includes every S3 bucket.
fn check_verification_url(
    url: &str,
    target: &SsoTarget,
    loopback: Option<&LoopbackOrigin>,
) -> Result<()> {
    let refuse = || {
        Error::new(
            ErrorCode::UntrustedSignInUrl,
            crate::text!("error-untrusted-verification-url"),
        )
    };
    let parsed = url::Url::parse(url).map_err(|_| refuse())?;
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(refuse());
    }
    if let Some(origin) = loopback {
        if parsed.scheme() == origin.scheme
            && parsed.host_str() == Some(origin.host.as_str())
            && parsed.port_or_known_default() == Some(origin.port)
        {
            return Ok(());
        }
    }
    if parsed.scheme() != "https" || parsed.port().is_some() {
        return Err(refuse());
    }
    let host = parsed.host_str().unwrap_or_default().to_ascii_lowercase();
    let start_host = url::Url::parse(&target.start_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase));
    let device_host = host
        .strip_prefix("device.sso.")
        .and_then(|rest| {
            rest.strip_suffix(".amazonaws.com")
                .or_else(|| rest.strip_suffix(".amazonaws.com.cn"))
        })
        .is_some_and(is_region);
    let portal = host
        .strip_suffix(".awsapps.com")
        .is_some_and(|label| !label.is_empty() && !label.contains('.'))
        && (parsed.path() == "/start" || parsed.path().starts_with("/start/"));
    if device_host || portal || Some(&host) == start_host.as_ref() {
        Ok(())
    } else {
        Err(refuse())
    }
}

fn rfc3339(at: SystemTime) -> String {
    let seconds = at
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default() as i64;
    OffsetDateTime::from_unix_timestamp(seconds)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_default()
}

/// Atomic and private like the CLI's own writes: 0700 directory, 0600 file.
fn write_cache(path: &Path, file: &CacheFile) -> Result<()> {
    let json = serde_json::to_vec_pretty(file)
        .map_err(|e| Error::internal(format!("cannot encode the SSO cache: {e}")))?;
    write_atomically(path, &json).map_err(|error| {
        Error::new(
            ErrorCode::SettingsUnwritable,
            crate::text!(
                "error-sso-cache-unwritable",
                path = path.display().to_string(),
                detail = error.to_string()
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_file_names_match_the_aws_cli() {
        // The CLI names sso-session caches by SHA-1 of the session name, legacy ones by the URL.
        let session = SsoTarget {
            session_name: Some("my-sso".into()),
            start_url: "https://d-abc123.awsapps.com/start".into(),
            region: "us-east-1".into(),
        };
        assert_eq!(
            session.cache_file(Path::new("/h")),
            Path::new("/h/.aws/sso/cache")
                .join(format!("{}.json", hex::encode(Sha1::digest(b"my-sso"))))
        );
        let legacy = SsoTarget {
            session_name: None,
            ..session
        };
        assert!(legacy.cache_file(Path::new("/h")).ends_with(format!(
            "{}.json",
            hex::encode(Sha1::digest(b"https://d-abc123.awsapps.com/start"))
        )));
    }

    #[test]
    fn verification_urls_must_be_aws_sign_in_hosts() {
        let target = SsoTarget {
            session_name: None,
            start_url: "https://corp.example.com/start".into(),
            region: "us-east-1".into(),
        };
        for ok in [
            "https://device.sso.us-east-1.amazonaws.com/?user_code=ABCD-EFGH",
            "https://d-abc.awsapps.com/start/#/device?user_code=ABCD-EFGH",
            "https://corp.example.com/device",
            "https://device.sso.cn-north-1.amazonaws.com.cn/?user_code=ABCD-EFGH",
        ] {
            assert!(check_verification_url(ok, &target, None).is_ok(), "{ok}");
        }
        for bad in [
            "http://device.sso.us-east-1.amazonaws.com/",
            "https://evil.com/?awsapps.com",
            "https://awsapps.com.evil.com/",
            "https://user@d-abc.awsapps.com/",
            "https://d-abc.awsapps.com:8443/",
            "javascript:alert(1)",
            // Not any AWS host: S3 buckets and API gateways are anyone's.
            "https://my-bucket.s3.amazonaws.com/device?user_code=ABCD-EFGH",
            "https://abc.execute-api.us-east-1.amazonaws.com/device",
            "https://device.sso.evil.amazonaws.com/",
            "https://device.sso.us-east-1.amazonaws.com.evil.com/",
            // On a portal only its /start pages.
            "https://d-abc.awsapps.com/connect/",
            "https://d-abc.awsapps.com/",
            "https://a.b.awsapps.com/start",
            "http://127.0.0.1:4567/device",
        ] {
            assert!(check_verification_url(bad, &target, None).is_err(), "{bad}");
        }
        let sim = LoopbackOrigin::from_endpoint("http://127.0.0.1:4567").unwrap();
        assert!(
            check_verification_url("http://127.0.0.1:4567/device", &target, Some(&sim)).is_ok()
        );
        assert!(
            check_verification_url("http://127.0.0.1:4568/device", &target, Some(&sim)).is_err()
        );
    }

    #[test]
    fn timestamps_are_rfc3339_utc() {
        assert_eq!(
            rfc3339(UNIX_EPOCH + Duration::from_secs(1_795_860_000)),
            "2026-11-28T10:00:00Z"
        );
    }
}
