//! MFA-protected roles (`role_arn` + `source_profile` + `mfa_serial`), which aws-config cannot
//! prompt for: the person types the one-time code, STS AssumeRole gets it, and the role
//! credentials are kept in memory until shortly before they expire, so the code is typed once
//! per shift, not once per click.

use crate::aws::errors::{map_sdk_error, CallContext};
use crate::core::error::{Error, ErrorCode, Result};
use aws_config::{BehaviorVersion, Region};
use aws_credential_types::provider::error::CredentialsError;
use aws_credential_types::provider::{future, ProvideCredentials};
use aws_credential_types::Credentials;
use aws_smithy_runtime_api::client::http::SharedHttpClient;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

/// Role credentials this close to expiry ask for a new code rather than fail mid-call.
const REFRESH_MARGIN: Duration = Duration::from_secs(5 * 60);

/// What an MFA role profile says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MfaRole {
    pub profile: String,
    pub role_arn: String,
    pub source_profile: String,
    pub mfa_serial: String,
    pub role_session_name: Option<String>,
    pub external_id: Option<String>,
    pub duration_seconds: Option<i32>,
    pub region: Option<String>,
}

impl MfaRole {
    /// The MFA role settings of `profile`, or `None` when it is not an MFA role.
    pub async fn of_profile(profile: &str) -> Result<Option<MfaRole>> {
        let set = crate::aws::profiles::load_profile_set().await?;
        let Some(entry) = set.get_profile(profile) else {
            return Ok(None);
        };
        let (Some(role_arn), Some(source_profile), Some(mfa_serial)) = (
            entry.get("role_arn"),
            entry.get("source_profile"),
            entry.get("mfa_serial"),
        ) else {
            return Ok(None);
        };
        Ok(Some(MfaRole {
            profile: profile.to_string(),
            role_arn: role_arn.to_string(),
            source_profile: source_profile.to_string(),
            mfa_serial: mfa_serial.to_string(),
            role_session_name: entry.get("role_session_name").map(str::to_string),
            external_id: entry.get("external_id").map(str::to_string),
            duration_seconds: entry.get("duration_seconds").and_then(|d| d.parse().ok()),
            region: entry.get("region").map(str::to_string),
        }))
    }
}

/// Role credentials obtained with an MFA code, by profile; shared by every client of the app.
#[derive(Debug, Clone, Default)]
pub struct MfaCache {
    credentials: Arc<Mutex<HashMap<String, Credentials>>>,
}

impl MfaCache {
    /// A credentials provider for one profile: the cached role credentials, or "MFA code needed".
    pub fn provider(&self, profile: &str) -> MfaCredentials {
        MfaCredentials {
            cache: self.clone(),
            profile: profile.to_string(),
        }
    }

    /// Whether usable role credentials are held for the profile.
    pub fn has_fresh(&self, profile: &str) -> bool {
        self.fresh(profile).is_some()
    }

    fn fresh(&self, profile: &str) -> Option<Credentials> {
        let cached = self.credentials.lock().ok()?.get(profile).cloned()?;
        let fresh = cached.expiry().is_none_or(|expiry| {
            expiry
                .duration_since(SystemTime::now())
                .is_ok_and(|left| left > REFRESH_MARGIN)
        });
        fresh.then_some(cached)
    }

    /// Calls STS AssumeRole with the code, using the source profile's credentials, and keeps
    /// the role credentials. A refused code is `mfa_invalid`.
    pub async fn assume_with_code(
        &self,
        role: &MfaRole,
        code: &str,
        timeout: Duration,
        http: SharedHttpClient,
    ) -> Result<()> {
        let code = code.trim();
        if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::new(
                ErrorCode::MfaInvalid,
                crate::text!("error-mfa-format"),
            ));
        }
        let source = aws_config::profile::ProfileFileCredentialsProvider::builder()
            .configure(
                &aws_config::provider_config::ProviderConfig::default()
                    .with_http_client(http.clone()),
            )
            .profile_name(&role.source_profile)
            .build();
        let config = aws_config::defaults(BehaviorVersion::latest())
            .region(Region::new(
                role.region
                    .clone()
                    .unwrap_or_else(|| "us-east-1".to_string()),
            ))
            .credentials_provider(source)
            .http_client(http)
            .timeout_config(
                aws_config::timeout::TimeoutConfig::builder()
                    .operation_timeout(timeout)
                    .build(),
            )
            .load()
            .await;
        let session_name = role.role_session_name.clone().unwrap_or_else(|| {
            let stamp = SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or_default();
            format!("connect-sso-{stamp}")
        });
        let answer = aws_sdk_sts::Client::new(&config)
            .assume_role()
            .role_arn(&role.role_arn)
            .role_session_name(session_name)
            .serial_number(&role.mfa_serial)
            .token_code(code)
            .set_external_id(role.external_id.clone())
            .set_duration_seconds(role.duration_seconds)
            .send()
            .await;
        let output = match answer {
            Ok(output) => output,
            Err(error) => {
                use aws_sdk_sts::error::ProvideErrorMetadata;
                let refused_code = error
                    .as_service_error()
                    .and_then(|e| e.message())
                    .is_some_and(|message| message.contains("MultiFactorAuthentication"));
                if refused_code {
                    return Err(Error::new(
                        ErrorCode::MfaInvalid,
                        crate::text!(
                            "error-mfa-refused",
                            profile = &role.profile,
                            device = &role.mfa_serial
                        ),
                    ));
                }
                let context = CallContext {
                    profile: role.profile.clone(),
                    profile_kind: Some(crate::core::profile::ProfileKind::Role),
                    instance_id: None,
                    instance_alias: None,
                    region: role.region.clone(),
                    account_id: None,
                };
                return Err(map_sdk_error(error, &context));
            }
        };
        let issued = output
            .credentials()
            .ok_or_else(|| Error::internal("AssumeRole returned no credentials"))?;
        let expiry = SystemTime::try_from(*issued.expiration()).ok();
        let credentials = Credentials::new(
            issued.access_key_id(),
            issued.secret_access_key(),
            Some(issued.session_token().to_string()),
            expiry,
            "connect-sso-mfa",
        );
        self.credentials
            .lock()
            .map_err(|_| Error::internal("mfa cache poisoned"))?
            .insert(role.profile.clone(), credentials);
        tracing::info!(profile = %role.profile, "MFA role credentials obtained");
        Ok(())
    }
}

/// The credentials provider of an MFA role profile.
#[derive(Debug, Clone)]
pub struct MfaCredentials {
    cache: MfaCache,
    profile: String,
}

/// Marks "needs an MFA code" inside the SDK's error chain, so it maps to `mfa_required`.
#[derive(Debug)]
pub struct MfaCodeNeeded;

impl std::fmt::Display for MfaCodeNeeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an MFA code is needed for this role")
    }
}

impl std::error::Error for MfaCodeNeeded {}

impl ProvideCredentials for MfaCredentials {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        future::ProvideCredentials::ready(
            self.cache
                .fresh(&self.profile)
                .ok_or_else(|| CredentialsError::not_loaded(MfaCodeNeeded)),
        )
    }
}

pub fn mfa_required(role: &MfaRole) -> Error {
    Error::new(
        ErrorCode::MfaRequired,
        crate::text!(
            "error-mfa-required",
            profile = &role.profile,
            device = &role.mfa_serial
        ),
    )
}
