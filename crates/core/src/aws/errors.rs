//! Turns every way an aws-sdk call can fail into our [`Error`], with a hint that names the next step.

use crate::aws::network::NetworkFailure;
pub use crate::core::error::chain_text;
use crate::core::error::{Error, ErrorCode};
use crate::core::profile::ProfileKind;
use crate::l10n::Text;
use crate::text;
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
    fn instance(&self) -> Text {
        match (&self.instance_alias, &self.instance_id) {
            (Some(alias), Some(id)) => text!("instance-with-alias", alias = alias, id = id),
            (None, Some(id)) => text!("data", value = id),
            (Some(alias), None) => text!("data", value = alias),
            (None, None) => text!("instance-none"),
        }
    }

    fn region(&self) -> Text {
        match &self.region {
            Some(region) => text!("data", value = region),
            None => text!("region-of-profile"),
        }
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
    // The proxy or a certificate, named by the HTTP stack: not Connect's doing, whatever the kind.
    if let Some(failure) = NetworkFailure::find(&error) {
        return failure.to_error();
    }
    match &error {
        SdkError::ServiceError(service) => match service.err().code() {
            Some(code) => map_service_error(code, service.err().message().unwrap_or(""), context),
            // No error code at all: the body could not be parsed (a truncated 200, for example).
            None => bad_response(context, text!("bad-response-unparsed")),
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
        SdkError::ResponseError(_) => bad_response(context, text!("bad-response-unread")),
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
    // What AWS said, when it said anything, follows our sentence.
    let aws: Text = if message.is_empty() {
        text!("data", value = "")
    } else {
        text!("aws-says", message = message)
    };
    match code {
        "ResourceNotFoundException" => Error::new(
            ErrorCode::ResourceNotFound,
            text!(
                "error-resource-not-found",
                instance = instance,
                region = region,
                profile = profile
            ),
        ),
        "UserNotFoundException" => Error::new(
            ErrorCode::UserNotFound,
            text!(
                "error-user-not-found",
                instance = instance,
                profile = profile
            ),
        ),
        "InvalidRequestException" if message.contains("cannot be used for federation") => {
            root_not_allowed(profile)
        }
        "InvalidRequestException" => {
            let saml = if message.to_ascii_lowercase().contains("saml") {
                "yes"
            } else {
                "no"
            };
            Error::new(
                ErrorCode::InvalidRequest,
                text!(
                    "error-invalid-request",
                    instance = instance,
                    aws = aws,
                    saml = saml
                ),
            )
        }
        "InvalidParameterException" | "ValidationException" => Error::new(
            ErrorCode::InvalidParameter,
            text!("error-invalid-parameter", instance = instance, aws = aws),
        ),
        "DuplicateResourceException" => Error::new(
            ErrorCode::DuplicateResource,
            text!(
                "error-duplicate-resource",
                profile = profile,
                instance = instance,
                aws = aws
            ),
        ),
        "InternalServiceException" | "InternalServerException" | "ServiceUnavailableException" => {
            Error::new(
                ErrorCode::InternalService,
                text!("error-internal-service", region = region),
            )
        }
        "ThrottlingException" | "TooManyRequestsException" | "Throttling" => Error::new(
            ErrorCode::Throttled,
            text!("error-throttled", profile = profile),
        ),
        "AccessDeniedException" | "AccessDenied" => Error::new(
            ErrorCode::AccessDenied,
            text!(
                "error-access-denied",
                profile = profile,
                instance = instance,
                aws = aws,
                // IAM's message names the resource it refused (with the account, which the
                // app may not know yet); otherwise it is built from what is known.
                resource = refused_resource(message).unwrap_or_else(|| format!(
                    "arn:{}:connect:{}:{}:instance/{}/user/${{aws:userid}}",
                    crate::core::regions::partition(ctx.region.as_deref().unwrap_or_default()),
                    ctx.region.as_deref().unwrap_or("REGION"),
                    ctx.account_id.as_deref().unwrap_or("ACCOUNT"),
                    ctx.instance_id.as_deref().unwrap_or("INSTANCE_ID"),
                )),
            ),
        ),
        "UserNotOnboardedException" => Error::new(
            ErrorCode::UserNotOnboarded,
            text!("error-user-not-onboarded", instance = instance),
        ),
        "RequestTimeTooSkewed" => clock_skew(),
        "InvalidSignatureException" | "SignatureDoesNotMatch"
            if message.contains("Signature expired")
                || message.contains("Signature not yet current") =>
        {
            clock_skew()
        }
        "UnrecognizedClientException"
        | "InvalidClientTokenId"
        | "ExpiredTokenException"
        | "ExpiredToken"
        | "InvalidSignatureException"
        | "SignatureDoesNotMatch"
        | "IncompleteSignature"
        | "MissingAuthenticationTokenException" => Error::new(
            ErrorCode::CredentialsRejected,
            text!(
                "error-credentials-rejected",
                profile = profile,
                code = code,
                quoted = quoted
            ),
        ),
        _ if message.contains("cannot be used for federation") => root_not_allowed(profile),
        _ => Error::new(
            ErrorCode::InternalService,
            text!(
                "error-unexpected-service-error",
                code = code,
                instance = instance,
                aws = aws
            ),
        ),
    }
}

pub fn bad_response(ctx: &CallContext, what: Text) -> Error {
    Error::new(
        ErrorCode::BadResponse,
        text!("error-bad-response", instance = ctx.instance(), what = what),
    )
}

fn root_not_allowed(profile: &str) -> Error {
    Error::new(
        ErrorCode::RootNotAllowed,
        text!("error-root-not-allowed", profile = profile),
    )
}

fn clock_skew() -> Error {
    Error::new(ErrorCode::ClockSkew, text!("error-clock-skew"))
}

fn timeout(ctx: &CallContext) -> Error {
    Error::new(
        ErrorCode::Timeout,
        text!("error-timeout", region = ctx.region()),
    )
}

fn offline(ctx: &CallContext) -> Error {
    Error::new(
        ErrorCode::Offline,
        text!("error-offline", region = ctx.region()),
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
    Error::new(
        ErrorCode::Network,
        text!("error-network", region = ctx.region()),
    )
}

fn region_missing(error: &(dyn std::error::Error + 'static), ctx: &CallContext) -> Option<Error> {
    let text = chain_text(error).to_ascii_lowercase();
    text.contains("region").then(|| {
        Error::new(
            ErrorCode::NoRegion,
            text!("error-no-region", profile = &ctx.profile),
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
    // An assumed role or IAM Identity Center portal call that failed at the proxy or on a
    // certificate: said as such, not as broken credentials.
    if let Some(failure) = NetworkFailure::find(error) {
        return failure.to_error();
    }
    let profile = &ctx.profile;
    let quoted = shell_quote(profile);
    let detail = chain_text(error);
    let is_process =
        ctx.profile_kind == Some(ProfileKind::Process) || detail.contains("credential_process");
    if let CredentialsError::ProviderTimedOut(timed_out) = error {
        let seconds = timed_out.timeout_duration().as_secs();
        return if is_process {
            Error::new(
                ErrorCode::CredentialProcessFailed,
                text!(
                    "error-credential-process-timeout",
                    profile = profile,
                    seconds = seconds
                ),
            )
        } else {
            Error::new(
                ErrorCode::Timeout,
                text!(
                    "error-credentials-timeout",
                    profile = profile,
                    seconds = seconds
                ),
            )
        };
    }
    if ctx.profile_kind == Some(ProfileKind::Sso) {
        Error::new(
            ErrorCode::SsoExpired,
            text!("error-sso-expired", profile = profile, quoted = quoted),
        )
    } else if is_process {
        Error::new(
            ErrorCode::CredentialProcessFailed,
            text!(
                "error-credential-process-failed",
                profile = profile,
                detail = detail
            ),
        )
    } else {
        Error::new(
            ErrorCode::NoCredentials,
            text!(
                "error-no-credentials",
                profile = profile,
                detail = detail,
                quoted = quoted
            ),
        )
    }
}

/// The resource to allow, from the ARN an IAM denial names ("... is not authorized to perform:
/// ACTION on resource: ARN ..."): its instance, with the caller's own user as a policy variable,
/// as the guide's policy has it (the concrete user ARN would fit one person only).
fn refused_resource(message: &str) -> Option<String> {
    let (_, rest) = message.split_once(" on resource: ")?;
    let arn = rest.split_whitespace().next()?;
    let instance = arn
        .split_once("/user/")
        .map_or(arn, |(instance, _)| instance);
    let (_, id) = instance.rsplit_once(":instance/")?;
    (arn.starts_with("arn:") && !id.is_empty() && !id.contains('/'))
        .then(|| format!("{instance}/user/${{aws:userid}}"))
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

    #[test]
    fn the_resource_to_allow_comes_from_iam_s_message() {
        let message = "User: arn:aws:sts::111122223333:assumed-role/Agent/jane is not authorized to perform: connect:GetFederationToken on resource: arn:aws:connect:us-east-1:111122223333:instance/i-1/user/jane because no identity-based policy allows it";
        assert_eq!(
            refused_resource(message).as_deref(),
            Some("arn:aws:connect:us-east-1:111122223333:instance/i-1/user/${aws:userid}")
        );
        assert_eq!(refused_resource("Access denied"), None);
        assert_eq!(refused_resource("on resource: *"), None);
    }
}
