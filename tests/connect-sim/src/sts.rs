//! STS over the awsQuery protocol: the XML bodies of `GetCallerIdentity` and `AssumeRole` and
//! of errors, and the STS names of the SigV4 rejections (STS words them differently from
//! Connect's gateway).

use crate::scenario::{Credential, Operation};
use crate::wire;

/// The awsQuery namespace of STS, on every response element.
const NAMESPACE: &str = "https://sts.amazonaws.com/doc/2011-06-15/";

/// The only API version STS has.
pub(crate) const VERSION: &str = "2011-06-15";

/// The role ID in assumed-role user IDs. Real ones are per role; one fixed, obviously fake
/// value keeps answers predictable for tests.
pub(crate) const ROLE_ID: &str = "AROAEXAMPLEROLEID";

/// The first bytes of a success of `op`, cut off: what a `malformed` fault answers.
pub(crate) fn truncated(op: Operation) -> &'static [u8] {
    match op {
        Operation::AssumeRole => b"<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n  <AssumeRoleResult>\n    <AssumedRoleUser>\n      <Arn>arn:aws:st",
        _ => b"<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n  <GetCallerIdentityResult>\n    <Arn>arn:aws:st",
    }
}

/// An STS error: the awsQuery `Code`, HTTP status and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct StsError {
    pub code: String,
    pub status: u16,
    pub message: String,
}

/// Escapes text for XML content; scenario values (user and role names) must never become markup.
pub(crate) fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}

/// The caller's ARN as IAM and STS print it: the account root, or the role session.
pub(crate) fn caller_arn(caller: &Credential, region: &str) -> String {
    let partition = wire::partition(region);
    if caller.root {
        format!("arn:{partition}:iam::{}:root", caller.account)
    } else {
        format!(
            "arn:{partition}:sts::{}:assumed-role/{}/{}",
            caller.account,
            caller.role_name(),
            caller.user
        )
    }
}

/// The success body.
pub(crate) fn caller_identity(caller: &Credential, region: &str, request_id: &str) -> String {
    let user_id = if caller.root {
        caller.account.clone()
    } else {
        format!("{ROLE_ID}:{}", caller.user)
    };
    format!(
        "<GetCallerIdentityResponse xmlns=\"{NAMESPACE}\">\n  <GetCallerIdentityResult>\n    <Arn>{}</Arn>\n    <UserId>{}</UserId>\n    <Account>{}</Account>\n  </GetCallerIdentityResult>\n  <ResponseMetadata>\n    <RequestId>{}</RequestId>\n  </ResponseMetadata>\n</GetCallerIdentityResponse>\n",
        escape_xml(&caller_arn(caller, region)),
        escape_xml(&user_id),
        escape_xml(&caller.account),
        escape_xml(request_id)
    )
}

/// What AssumeRole answers with.
pub(crate) struct AssumedRole<'a> {
    pub arn: &'a str,
    pub assumed_role_id: &'a str,
    pub access_key_id: &'a str,
    pub secret_access_key: &'a str,
    pub session_token: &'a str,
    /// ISO 8601 UTC, `2026-11-28T10:00:00Z`.
    pub expiration: &'a str,
}

/// The AssumeRole success body, in the element order STS sends.
pub(crate) fn assume_role_body(role: &AssumedRole<'_>, request_id: &str) -> String {
    format!(
        "<AssumeRoleResponse xmlns=\"{NAMESPACE}\">\n  <AssumeRoleResult>\n    <AssumedRoleUser>\n      <Arn>{}</Arn>\n      <AssumedRoleId>{}</AssumedRoleId>\n    </AssumedRoleUser>\n    <Credentials>\n      <AccessKeyId>{}</AccessKeyId>\n      <SecretAccessKey>{}</SecretAccessKey>\n      <SessionToken>{}</SessionToken>\n      <Expiration>{}</Expiration>\n    </Credentials>\n  </AssumeRoleResult>\n  <ResponseMetadata>\n    <RequestId>{}</RequestId>\n  </ResponseMetadata>\n</AssumeRoleResponse>\n",
        escape_xml(role.arn),
        escape_xml(role.assumed_role_id),
        escape_xml(role.access_key_id),
        escape_xml(role.secret_access_key),
        escape_xml(role.session_token),
        escape_xml(role.expiration),
        escape_xml(request_id)
    )
}

/// ISO 8601 in UTC to the second (`2026-11-28T10:00:00Z`), as STS dates credentials.
pub(crate) fn iso8601(t: std::time::SystemTime) -> String {
    let t = time::OffsetDateTime::from(t);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// A 400 ValidationError, STS's answer to a parameter outside its model's constraints.
pub(crate) fn validation_error(message: impl Into<String>) -> StsError {
    StsError {
        code: "ValidationError".to_string(),
        status: 400,
        message: message.into(),
    }
}

/// A 403 AccessDenied.
pub(crate) fn access_denied(message: impl Into<String>) -> StsError {
    StsError {
        code: "AccessDenied".to_string(),
        status: 403,
        message: message.into(),
    }
}

/// The awsQuery error body. `Type` says whose fault it is, as the SDKs read it for retries.
pub(crate) fn error_body(error: &StsError, request_id: &str) -> String {
    let kind = if error.status >= 500 {
        "Receiver"
    } else {
        "Sender"
    };
    format!(
        "<ErrorResponse xmlns=\"{NAMESPACE}\">\n  <Error>\n    <Type>{kind}</Type>\n    <Code>{}</Code>\n    <Message>{}</Message>\n  </Error>\n  <RequestId>{}</RequestId>\n</ErrorResponse>\n",
        escape_xml(&error.code),
        escape_xml(&error.message),
        escape_xml(request_id)
    )
}

/// STS's answer to a request the SigV4 checks refused, from the gateway error name Connect
/// uses for the same problem. The signature messages (skew, scope, mismatch) are the same text
/// under another code; the token messages differ.
pub(crate) fn auth_error(connect_name: &str, message: &str) -> StsError {
    let (code, status, message) = match connect_name {
        "MissingAuthenticationTokenException" => (
            "MissingAuthenticationToken",
            403,
            "Request is missing Authentication Token",
        ),
        "UnrecognizedClientException" => (
            "InvalidClientTokenId",
            403,
            "The security token included in the request is invalid.",
        ),
        "ExpiredTokenException" => (
            "ExpiredToken",
            403,
            "The security token included in the request is expired",
        ),
        // AWS's common errors give this one 400, unlike Connect's gateway.
        "IncompleteSignatureException" => ("IncompleteSignature", 400, message),
        _ => ("SignatureDoesNotMatch", 403, message),
    };
    StsError {
        code: code.to_string(),
        status,
        message: message.to_string(),
    }
}

/// An unknown or missing `Action`, or a `Version` STS does not have, in STS's words.
pub(crate) fn invalid_action(action: Option<&str>, version: Option<&str>) -> StsError {
    StsError {
        code: "InvalidAction".to_string(),
        status: 400,
        message: format!(
            "Could not find operation {} for version {}",
            action.unwrap_or(""),
            version.unwrap_or("NO_VERSION_SPECIFIED")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agent() -> Credential {
        Credential {
            access_key_id: "AKID".into(),
            secret_access_key: "s".into(),
            account: "111122223333".into(),
            user: "jane.doe".into(),
            ..Credential::default()
        }
    }

    #[test]
    fn assumed_role_and_root_identities() {
        let body = caller_identity(&agent(), "us-east-1", "req-1");
        assert!(body
            .contains("<Arn>arn:aws:sts::111122223333:assumed-role/ConnectAgent/jane.doe</Arn>"));
        assert!(body.contains("<UserId>AROAEXAMPLEROLEID:jane.doe</UserId>"));
        assert!(body.contains("<RequestId>req-1</RequestId>"));
        let root = Credential {
            root: true,
            ..agent()
        };
        let body = caller_identity(&root, "us-gov-west-1", "req-2");
        assert!(body.contains("<Arn>arn:aws-us-gov:iam::111122223333:root</Arn>"));
        assert!(body.contains("<UserId>111122223333</UserId>"));
    }

    #[test]
    fn values_are_escaped() {
        let odd = Credential {
            user: "<b>&'\"".into(),
            ..agent()
        };
        let body = caller_identity(&odd, "us-east-1", "r");
        assert!(!body.contains("jane.doe"));
        assert!(body.contains("&lt;b&gt;&amp;&apos;&quot;"));
        assert!(!body.contains("<b>"));
        let error = error_body(
            &StsError {
                code: "X".into(),
                status: 500,
                message: "a < b".into(),
            },
            "r",
        );
        assert!(error.contains("<Type>Receiver</Type>"));
        assert!(error.contains("<Message>a &lt; b</Message>"));
    }

    #[test]
    fn auth_errors_use_sts_codes() {
        for (connect, code, status) in [
            (
                "MissingAuthenticationTokenException",
                "MissingAuthenticationToken",
                403,
            ),
            ("UnrecognizedClientException", "InvalidClientTokenId", 403),
            ("ExpiredTokenException", "ExpiredToken", 403),
            ("InvalidSignatureException", "SignatureDoesNotMatch", 403),
            ("IncompleteSignatureException", "IncompleteSignature", 400),
        ] {
            let e = auth_error(connect, "m");
            assert_eq!((e.code.as_str(), e.status), (code, status), "{connect}");
        }
    }
}
