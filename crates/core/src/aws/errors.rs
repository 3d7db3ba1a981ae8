//! Turns every way an aws-sdk call can fail into our [`Error`], with a hint that names the next step.

use crate::core::error::{Error, ErrorCode};
use crate::core::profile::ProfileKind;
use aws_credential_types::provider::error::CredentialsError;
use aws_sdk_connect::error::{ProvideErrorMetadata, SdkError};

/// What the failing call was about, so messages can name it.
#[derive(Debug, Clone)]
pub struct CallContext {
    pub profile: String,
    pub profile_kind: Option<ProfileKind>,
    pub instance_id: Option<String>,
    /// The instance's alias, when it was listed or described before.
    pub instance_alias: Option<String>,
    pub region: Option<String>,
    /// Set when known (from an instance ARN); completes the resource ARN in access hints.
    pub account_id: Option<String>,
}

impl CallContext {
    /// "acme-support (a1b2…)" when the alias is known, else the ID.
    fn instance(&self) -> String {
        match (&self.instance_alias, &self.instance_id) {
            (Some(alias), Some(id)) => format!("{alias} ({id})"),
            (None, Some(id)) => id.clone(),
            (Some(alias), None) => alias.clone(),
            (None, None) => "(none)".to_string(),
        }
    }

    fn region(&self) -> &str {
        self.region.as_deref().unwrap_or("the profile's region")
    }
}

/// Quotes a profile name for a POSIX shell so a copied hint is safe to paste.
pub fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

pub fn map_sdk_error<E, R>(error: SdkError<E, R>, context: &CallContext) -> Error
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    R: std::fmt::Debug + Send + Sync + 'static,
{
    match &error {
        SdkError::ServiceError(service) => match service.err().code() {
            Some(code) => map_service_error(code, service.err().message().unwrap_or(""), context),
            // No error code at all: the body could not be parsed (a truncated 200, for example).
            None => bad_response(context, "the response could not be parsed"),
        },
        SdkError::TimeoutError(_) => timeout(context),
        SdkError::DispatchFailure(failure) => {
            if let Some(mapped) = credentials_failure(&error, context) {
                mapped
            } else if failure.is_timeout() {
                timeout(context)
            } else if is_connect_failure(&error) {
                offline(context)
            } else {
                // The connection broke mid-call, or the connector failed in another way.
                network(context)
            }
        }
        SdkError::ResponseError(_) => bad_response(context, "the response could not be read"),
        SdkError::ConstructionFailure(_) => credentials_failure(&error, context)
            .or_else(|| region_missing(&error, context))
            .unwrap_or_else(|| {
                Error::internal(format!(
                    "The request could not be built: {}",
                    chain_text(&error)
                ))
            }),
        _ => Error::internal(format!(
            "Unexpected AWS SDK failure: {}",
            chain_text(&error)
        )),
    }
}

/// Maps a Connect (or gateway) error code and message, as read from `x-amzn-ErrorType` and the
/// body, to our code.
pub fn map_service_error(code: &str, message: &str, ctx: &CallContext) -> Error {
    let profile = &ctx.profile;
    let instance = ctx.instance();
    let region = ctx.region();
    let quoted = shell_quote(profile);
    let aws_says = if message.is_empty() {
        String::new()
    } else {
        format!(" AWS says: {message}")
    };
    match code {
        "ResourceNotFoundException" => Error::english(
            ErrorCode::ResourceNotFound,
            format!("Instance {instance} was not found in {region} for profile '{profile}'."),
            "Check the instance ID, or paste the instance ARN so the right account and region are used.",
        ),
        "UserNotFoundException" => Error::english(
            ErrorCode::UserNotFound,
            format!("No Amazon Connect user on instance {instance} matches the identity of profile '{profile}'."),
            "For SAML sign-in the role session name must equal your Connect username exactly (case-sensitive). Ask your Connect administrator to check your user.",
        ),
        "InvalidRequestException" if message.contains("cannot be used for federation") => {
            root_not_allowed(profile)
        }
        "InvalidRequestException" => {
            let hint = if message.to_ascii_lowercase().contains("saml") {
                "Federated sign-in needs an instance set up for SAML 2.0 identity management. Ask your Connect administrator."
            } else {
                "Check the instance with your Connect administrator."
            };
            Error::english(
                ErrorCode::InvalidRequest,
                format!("Amazon Connect refused the sign-in request for instance {instance}.{aws_says}"),
                hint,
            )
        }
        "InvalidParameterException" | "ValidationException" => Error::english(
            ErrorCode::InvalidParameter,
            format!("Amazon Connect rejected a parameter for instance {instance}.{aws_says}"),
            "Check the instance ID or ARN.",
        ),
        "DuplicateResourceException" => Error::english(
            ErrorCode::DuplicateResource,
            format!("Amazon Connect reports a duplicate user for profile '{profile}' on instance {instance}.{aws_says}"),
            "Ask your Connect administrator to check that your user exists only once.",
        ),
        "InternalServiceException" | "InternalServerException" | "ServiceUnavailableException" => Error::english(
            ErrorCode::InternalService,
            format!("Amazon Connect in {region} had an internal error, also after retrying."),
            "Try again in a minute. If it persists, check the AWS Health Dashboard.",
        ),
        "ThrottlingException" | "TooManyRequestsException" | "Throttling" => Error::english(
            ErrorCode::Throttled,
            format!("Amazon Connect is throttling requests for profile '{profile}', also after retrying."),
            "Wait a few seconds and try again.",
        ),
        "AccessDeniedException" | "AccessDenied" => Error::english(
            ErrorCode::AccessDenied,
            format!("Profile '{profile}' is not allowed to sign in to instance {instance}.{aws_says}"),
            format!(
                "Ask your AWS administrator to allow connect:GetFederationToken on arn:aws:connect:{}:{}:instance/{}/user/${{aws:userid}}.",
                ctx.region.as_deref().unwrap_or("REGION"),
                ctx.account_id.as_deref().unwrap_or("ACCOUNT"),
                ctx.instance_id.as_deref().unwrap_or("INSTANCE_ID"),
            ),
        ),
        "UserNotOnboardedException" => Error::english(
            ErrorCode::UserNotOnboarded,
            format!("Your user is not onboarded to instance {instance} yet."),
            "Ask your Connect administrator to onboard your user to this (Global Resiliency) instance.",
        ),
        "RequestTimeTooSkewed" => clock_skew(),
        "InvalidSignatureException" | "SignatureDoesNotMatch" if message.contains("Signature expired") || message.contains("Signature not yet current") => {
            clock_skew()
        }
        "UnrecognizedClientException" | "InvalidClientTokenId" | "ExpiredTokenException"
        | "ExpiredToken" | "InvalidSignatureException" | "SignatureDoesNotMatch"
        | "IncompleteSignature" | "MissingAuthenticationTokenException" => Error::english(
            ErrorCode::CredentialsRejected,
            format!("AWS rejected the credentials of profile '{profile}' ({code})."),
            format!("They are expired or wrong: refresh them (for example `aws configure --profile {quoted}`) and try again."),
        ),
        _ if message.contains("cannot be used for federation") => root_not_allowed(profile),
        _ => Error::english(
            ErrorCode::InternalService,
            format!("Amazon Connect answered with an unexpected error {code} for instance {instance}.{aws_says}"),
            "Try again; if it persists, report this message.",
        ),
    }
}

pub fn bad_response(ctx: &CallContext, what: &str) -> Error {
    Error::english(
        ErrorCode::BadResponse,
        format!(
            "Amazon Connect sent an unusable answer for instance {}: {what}.",
            ctx.instance()
        ),
        "Try again; if it persists, report this message.",
    )
}

fn root_not_allowed(profile: &str) -> Error {
    Error::english(
        ErrorCode::RootNotAllowed,
        format!("Profile '{profile}' uses the account's root credentials, which cannot sign in to Amazon Connect."),
        "Use an IAM role (or IAM user) whose session name matches your Connect username.",
    )
}

fn clock_skew() -> Error {
    Error::english(
        ErrorCode::ClockSkew,
        "AWS refused the request because this computer's clock is wrong.",
        "Turn on automatic time (for example `timedatectl set-ntp true`) and try again.",
    )
}

fn timeout(ctx: &CallContext) -> Error {
    Error::english(
        ErrorCode::Timeout,
        format!("Amazon Connect in {} did not answer in time.", ctx.region()),
        "The network is slow or Connect is not answering: try again. Timeouts can be raised in settings.",
    )
}

fn offline(ctx: &CallContext) -> Error {
    Error::english(
        ErrorCode::Offline,
        format!(
            "Cannot reach Amazon Connect in {}: this computer looks offline.",
            ctx.region()
        ),
        "Check your internet connection, VPN or proxy, then try again.",
    )
}

/// The connection was never made: DNS failed, the host refused or could not be routed to.
fn is_connect_failure(error: &(dyn std::error::Error + 'static)) -> bool {
    use std::io::ErrorKind::*;
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(err) = current {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            if matches!(
                io.kind(),
                ConnectionRefused
                    | HostUnreachable
                    | NetworkUnreachable
                    | AddrNotAvailable
                    | NetworkDown
            ) {
                return true;
            }
        }
        let text = err.to_string().to_ascii_lowercase();
        if text.contains("dns error")
            || text.contains("failed to lookup address")
            || text.contains("tcp connect error")
        {
            return true;
        }
        current = err.source();
    }
    false
}

fn network(ctx: &CallContext) -> Error {
    Error::english(
        ErrorCode::Network,
        format!(
            "The connection to Amazon Connect in {} broke during the call.",
            ctx.region()
        ),
        "Try again; if it keeps happening, check your VPN or proxy.",
    )
}

fn region_missing(error: &(dyn std::error::Error + 'static), ctx: &CallContext) -> Option<Error> {
    let text = chain_text(error).to_ascii_lowercase();
    text.contains("region").then(|| {
        Error::english(
            ErrorCode::NoRegion,
            format!("Profile '{}' does not say which AWS region to use.", ctx.profile),
            "Add `region = ...` to the profile in ~/.aws/config, or paste the instance ARN, which names its region.",
        )
    })
}

/// Credential resolution fails inside the SDK's request pipeline; find the provider's error in
/// the source chain and explain it in terms of the profile's kind.
fn credentials_failure(
    error: &(dyn std::error::Error + 'static),
    ctx: &CallContext,
) -> Option<Error> {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(err) = current {
        if let Some(credentials_error) = err.downcast_ref::<CredentialsError>() {
            return Some(map_credentials_error(credentials_error, ctx));
        }
        current = err.source();
    }
    None
}

pub fn map_credentials_error(error: &CredentialsError, ctx: &CallContext) -> Error {
    let profile = &ctx.profile;
    let quoted = shell_quote(profile);
    let detail = chain_text(error);
    let is_process =
        ctx.profile_kind == Some(ProfileKind::Process) || detail.contains("credential_process");
    if let CredentialsError::ProviderTimedOut(timed_out) = error {
        let seconds = timed_out.timeout_duration().as_secs_f32();
        return if is_process {
            Error::english(
                ErrorCode::CredentialProcessFailed,
                format!("The credential_process of profile '{profile}' did not finish within {seconds} s."),
                "Run the profile's credential_process command by hand: it may be waiting for input it cannot get here.",
            )
        } else {
            Error::english(
                ErrorCode::Timeout,
                format!(
                    "Loading the credentials of profile '{profile}' took longer than {seconds} s."
                ),
                "Check your network and the profile's credential source, then try again.",
            )
        };
    }
    if ctx.profile_kind == Some(ProfileKind::Sso) {
        Error::english(
            ErrorCode::SsoExpired,
            format!(
                "The IAM Identity Center sign-in of profile '{profile}' is missing or expired."
            ),
            format!("Run `aws sso login --profile {quoted}` and try again."),
        )
    } else if is_process {
        Error::english(
            ErrorCode::CredentialProcessFailed,
            format!("The credential_process of profile '{profile}' failed: {detail}"),
            "Run the profile's credential_process command by hand to see its error; it must print JSON credentials.",
        )
    } else {
        Error::english(
            ErrorCode::NoCredentials,
            format!("Profile '{profile}' has no usable AWS credentials: {detail}"),
            format!("Run `aws configure --profile {quoted}`, or ask IT for a profile with Amazon Connect access."),
        )
    }
}

/// The error and its sources on one line, for messages. Only used on errors that carry no
/// secrets (credential and SDK plumbing errors, never response bodies).
pub fn chain_text(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = vec![error.to_string()];
    let mut current = error.source();
    while let Some(err) = current {
        let text = err.to_string();
        if !parts.iter().any(|part| part.contains(&text)) {
            parts.push(text);
        }
        current = err.source();
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> CallContext {
        CallContext {
            profile: "agent's".into(),
            profile_kind: Some(ProfileKind::Static),
            instance_id: Some("11111111-2222-3333-4444-555555555555".into()),
            instance_alias: None,
            region: Some("us-east-1".into()),
            account_id: Some("111122223333".into()),
        }
    }

    #[test]
    fn shell_quote_survives_single_quotes() {
        assert_eq!(shell_quote("plain"), "'plain'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
    }

    #[test]
    fn service_codes_map_to_our_codes() {
        let cases = [
            ("ResourceNotFoundException", "", ErrorCode::ResourceNotFound),
            ("UserNotFoundException", "", ErrorCode::UserNotFound),
            ("InvalidRequestException", "not SAML", ErrorCode::InvalidRequest),
            ("InvalidParameterException", "", ErrorCode::InvalidParameter),
            ("DuplicateResourceException", "", ErrorCode::DuplicateResource),
            ("InternalServiceException", "", ErrorCode::InternalService),
            ("ThrottlingException", "", ErrorCode::Throttled),
            ("AccessDeniedException", "", ErrorCode::AccessDenied),
            ("UserNotOnboardedException", "", ErrorCode::UserNotOnboarded),
            ("UnrecognizedClientException", "", ErrorCode::CredentialsRejected),
            ("ExpiredTokenException", "", ErrorCode::CredentialsRejected),
            ("InvalidSignatureException", "does not match", ErrorCode::CredentialsRejected),
            ("InvalidSignatureException", "Signature expired: 2026", ErrorCode::ClockSkew),
            ("RequestTimeTooSkewed", "", ErrorCode::ClockSkew),
            (
                "InvalidRequestException",
                "Provided identity: Principal: arn:aws:iam::1:root User: 1 cannot be used for federation with Amazon Connect",
                ErrorCode::RootNotAllowed,
            ),
        ];
        for (code, message, expected) in cases {
            assert_eq!(
                map_service_error(code, message, &ctx()).code,
                expected,
                "{code} {message}"
            );
        }
    }

    #[test]
    fn hints_name_the_next_step() {
        let saml = map_service_error("InvalidRequestException", "instance is not SAML", &ctx());
        assert!(saml.hint.contains("SAML"));
        let denied = map_service_error("AccessDeniedException", "", &ctx());
        assert!(denied.hint.contains(
            "arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/user/${aws:userid}"
        ));
        let user = map_service_error("UserNotFoundException", "", &ctx());
        assert!(user.hint.contains("case-sensitive"));
        let rejected = map_service_error("ExpiredTokenException", "", &ctx());
        assert!(rejected.hint.contains(r"'agent'\''s'"));
    }

    #[test]
    fn credential_failures_follow_the_profile_kind() {
        let mut sso = ctx();
        sso.profile_kind = Some(ProfileKind::Sso);
        let error = map_credentials_error(&CredentialsError::not_loaded("no token"), &sso);
        assert_eq!(error.code, ErrorCode::SsoExpired);
        assert!(error.hint.contains(r"aws sso login --profile 'agent'\''s'"));
        let mut process = ctx();
        process.profile_kind = Some(ProfileKind::Process);
        let error = map_credentials_error(&CredentialsError::provider_error("exit 1"), &process);
        assert_eq!(error.code, ErrorCode::CredentialProcessFailed);
        let error = map_credentials_error(&CredentialsError::not_loaded("nothing"), &ctx());
        assert_eq!(error.code, ErrorCode::NoCredentials);
    }
}
