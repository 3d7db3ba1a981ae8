//! The restJson1 wire shapes: error names with their statuses and default messages, and the
//! JSON bodies of the Connect operations.

use crate::scenario::{Instance, InstanceStatus, Operation};
use serde_json::{json, Map, Value};

/// An AWS error to answer with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ApiError {
    pub name: String,
    pub status: u16,
    pub message: String,
}

impl ApiError {
    /// An error with the status of the table and the given message.
    pub fn new(name: &str, message: impl Into<String>) -> Self {
        ApiError {
            name: name.to_string(),
            status: default_status(name),
            message: message.into(),
        }
    }
}

/// The HTTP status AWS sends with each error name; unknown names are client errors.
pub(crate) fn default_status(name: &str) -> u16 {
    match name {
        "InvalidRequestException"
        | "InvalidParameterException"
        | "UserNotOnboardedException"
        | "ValidationException" => 400,
        "ServiceQuotaExceededException" => 402,
        // The SSO portal's and SSO OIDC's modelled 401s.
        "UnauthorizedException" | "InvalidClientException" => 401,
        "ForbiddenException"
        | "AccessDeniedException"
        | "MissingAuthenticationTokenException"
        | "UnrecognizedClientException"
        | "ExpiredTokenException"
        | "InvalidSignatureException"
        | "IncompleteSignatureException" => 403,
        "ResourceNotFoundException" | "UserNotFoundException" | "UnknownOperationException" => 404,
        "DuplicateResourceException"
        | "ResourceConflictException"
        | "ResourceInUseException"
        | "ConflictException" => 409,
        "ThrottlingException" | "LimitExceededException" | "TooManyRequestsException" => 429,
        "InternalServiceException" | "InternalFailure" | "InternalServerException" => 500,
        "ServiceUnavailableException" => 503,
        _ => 400,
    }
}

/// SSO OIDC's statuses: its model gives every error 400 (AccessDenied and ExpiredToken
/// included, unlike the gateway's 403) except InvalidClientException (401) and
/// InternalServerException (500).
pub(crate) fn oidc_status(name: &str) -> u16 {
    match name {
        "InvalidClientException" => 401,
        "InternalServerException" => 500,
        "AccessDeniedException"
        | "AuthorizationPendingException"
        | "ExpiredTokenException"
        | "InvalidClientMetadataException"
        | "InvalidGrantException"
        | "InvalidRedirectUriException"
        | "InvalidRequestException"
        | "InvalidScopeException"
        | "SlowDownException"
        | "UnauthorizedClientException"
        | "UnsupportedGrantTypeException" => 400,
        _ => default_status(name),
    }
}

/// The status of an error `name` answered by `op`: SSO OIDC has its own table.
pub(crate) fn status_for(op: Operation, name: &str) -> u16 {
    if op.service() == "sso-oauth" {
        oidc_status(name)
    } else {
        default_status(name)
    }
}

/// The OAuth 2.0 `error` code SSO OIDC sends in the body of each modelled error (RFC 6749 and
/// RFC 8628 names); `None` for names it does not model.
pub(crate) fn oidc_error_code(name: &str) -> Option<&'static str> {
    Some(match name {
        "AccessDeniedException" => "access_denied",
        "AuthorizationPendingException" => "authorization_pending",
        "ExpiredTokenException" => "expired_token",
        "InternalServerException" => "server_error",
        "InvalidClientException" => "invalid_client",
        "InvalidClientMetadataException" => "invalid_client_metadata",
        "InvalidGrantException" => "invalid_grant",
        "InvalidRedirectUriException" => "invalid_redirect_uri",
        "InvalidRequestException" => "invalid_request",
        "InvalidScopeException" => "invalid_scope",
        "SlowDownException" => "slow_down",
        "UnauthorizedClientException" => "unauthorized_client",
        "UnsupportedGrantTypeException" => "unsupported_grant_type",
        _ => return None,
    })
}

/// The first bytes of a JSON success of `op`, cut off: what a `malformed` fault answers.
pub(crate) fn truncated_json(op: Operation) -> &'static [u8] {
    match op {
        Operation::GetFederationToken => b"{\"Credentials\":{\"AccessToken\":\"tru",
        Operation::ListInstances => b"{\"InstanceSummaryList\":[{\"Id\":",
        Operation::DescribeInstance => b"{\"Instance\":{\"Id\":\"",
        Operation::SearchUsers => b"{\"Users\":[{\"Id\":",
        Operation::RegisterClient => b"{\"clientId\":\"tru",
        Operation::StartDeviceAuthorization => b"{\"deviceCode\":\"tru",
        Operation::CreateToken => b"{\"accessToken\":\"tru",
        Operation::GetRoleCredentials => b"{\"roleCredentials\":{\"accessKeyId\":\"AS",
        Operation::ListAccounts => b"{\"accountList\":[{\"accountId\":",
        Operation::ListAccountRoles => b"{\"roleList\":[{\"roleName\":",
        Operation::Logout | Operation::GetCallerIdentity | Operation::AssumeRole => b"{\"",
    }
}

/// A message in AWS's words for an injected error that came without one.
pub(crate) fn default_message(name: &str) -> String {
    match name {
        "InvalidRequestException" => "The request is not valid.",
        "InvalidParameterException" => "One or more of the specified parameters are not valid.",
        "ResourceNotFoundException" => "The specified resource was not found.",
        "UserNotFoundException" => "User not found for the provided identity",
        "DuplicateResourceException" => "A resource with the specified name already exists.",
        "ThrottlingException" => "Rate exceeded",
        "InternalServiceException" => {
            "Request processing failed because of an error or failure with the service."
        }
        "AccessDeniedException" => "You do not have sufficient access to perform this action.",
        "UserNotOnboardedException" => {
            "The user is not onboarded to the replica instance in this region."
        }
        "ServiceQuotaExceededException" => "The service quota has been exceeded.",
        "LimitExceededException" => "The allowed limit for the resource has been exceeded.",
        "ServiceUnavailableException" => "The service is currently unavailable.",
        "UnauthorizedException" => "Session token not found or invalid",
        "ForbiddenException" => "No access",
        "TooManyRequestsException" => "Too many requests",
        _ => "An error occurred.",
    }
    .to_string()
}

/// Errors raised by AWS's front door (authentication, authorisation) rather than by Connect
/// itself carry `message` in lower case; the SDKs accept both spellings, and both must be tested.
pub(crate) fn lowercase_message_key(name: &str) -> bool {
    matches!(
        name,
        "AccessDeniedException"
            | "MissingAuthenticationTokenException"
            | "UnrecognizedClientException"
            | "ExpiredTokenException"
            | "InvalidSignatureException"
            | "IncompleteSignatureException"
            | "UnknownOperationException"
    )
}

/// The error body: `{"Message":"…"}` or `{"message":"…"}`.
pub(crate) fn error_body(error: &ApiError) -> Value {
    let key = if lowercase_message_key(&error.name) {
        "message"
    } else {
        "Message"
    };
    let mut map = Map::new();
    map.insert(key.to_string(), Value::String(error.message.clone()));
    Value::Object(map)
}

/// `aws` everywhere except the isolated partitions, which change every ARN.
pub(crate) fn partition(region: &str) -> &'static str {
    if region.starts_with("us-gov-") {
        "aws-us-gov"
    } else if region.starts_with("cn-") {
        "aws-cn"
    } else {
        "aws"
    }
}

pub(crate) fn instance_arn(instance: &Instance) -> String {
    format!(
        "arn:{}:connect:{}:{}:instance/{}",
        partition(&instance.region),
        instance.region,
        instance.account,
        instance.id
    )
}

/// An `InstanceSummary` as ListInstances returns it.
pub(crate) fn instance_summary(instance: &Instance) -> Value {
    // The real role name ends in a random suffix; derive one from the ID to stay deterministic.
    let suffix: String = instance.id.chars().filter(|c| *c != '-').take(20).collect();
    json!({
        "Id": instance.id,
        "Arn": instance_arn(instance),
        "IdentityManagementType": instance.identity_management_type.as_str(),
        "InstanceAlias": instance.alias,
        "CreatedTime": instance.created as f64,
        "ServiceRole": format!(
            "arn:{}:iam::{}:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_{suffix}",
            partition(&instance.region),
            instance.account
        ),
        "InstanceStatus": instance.status.as_str(),
        "InboundCallsEnabled": instance.inbound_calls,
        "OutboundCallsEnabled": instance.outbound_calls,
        "InstanceAccessUrl": instance.access_url(),
    })
}

/// The `Instance` of DescribeInstance: the summary plus `StatusReason` and `Tags`.
pub(crate) fn instance_description(instance: &Instance) -> Value {
    let mut value = instance_summary(instance);
    if let Value::Object(map) = &mut value {
        if instance.status == InstanceStatus::CreationFailed {
            let reason = instance
                .status_reason
                .clone()
                .unwrap_or_else(|| "The instance could not be created.".to_string());
            map.insert("StatusReason".into(), json!({ "Message": reason }));
        }
        map.insert("Tags".into(), json!(instance.tags));
    }
    json!({ "Instance": value })
}

/// Epoch seconds as a JSON number with a fraction, the way Connect sends timestamps.
pub(crate) fn epoch_seconds(millis: u128) -> Value {
    json!(millis as f64 / 1000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_follow_the_table() {
        for (name, status) in [
            ("InvalidRequestException", 400),
            ("InvalidParameterException", 400),
            ("ResourceNotFoundException", 404),
            ("UserNotFoundException", 404),
            ("DuplicateResourceException", 409),
            ("ThrottlingException", 429),
            ("InternalServiceException", 500),
            ("AccessDeniedException", 403),
            ("UserNotOnboardedException", 400),
            ("ServiceQuotaExceededException", 402),
            ("SomethingNewException", 400),
        ] {
            assert_eq!(default_status(name), status, "{name}");
        }
    }

    #[test]
    fn message_key_case_follows_the_source_of_the_error() {
        let denied = error_body(&ApiError::new("AccessDeniedException", "no"));
        assert_eq!(denied, json!({"message": "no"}));
        let throttled = error_body(&ApiError::new("ThrottlingException", "slow"));
        assert_eq!(throttled, json!({"Message": "slow"}));
    }

    #[test]
    fn govcloud_arns_use_their_partition() {
        let instance = Instance {
            id: "11111111-2222-3333-4444-555555555555".into(),
            account: "111122223333".into(),
            region: "us-gov-west-1".into(),
            alias: "gov".into(),
            ..Instance::default()
        };
        assert_eq!(
            instance_arn(&instance),
            "arn:aws-us-gov:connect:us-gov-west-1:111122223333:instance/11111111-2222-3333-4444-555555555555"
        );
    }
}
