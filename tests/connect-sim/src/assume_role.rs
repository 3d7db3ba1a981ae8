//! STS AssumeRole: the parameter constraints of its model, the scenario's `[[roles]]` rules
//! (who may assume, external ID, MFA, session duration), and the temporary credentials it
//! issues.

use crate::form;
use crate::scenario::{Credential, Operation, Role};
use crate::server::{AssumeRoleCall, Shared};
use crate::sigv4::AuthHeader;
use crate::sts::{self, AssumedRole, StsError, ROLE_ID};

/// `DurationSeconds` when the request has none, as STS defaults it.
const DEFAULT_DURATION_SECS: u64 = 3600;

/// Role chaining (assuming a role with temporary role credentials) is capped at one hour.
const CHAINED_MAX_SECS: u64 = 3600;

/// What `Sim::assume_role_calls` keeps of a request: never the MFA code itself.
pub(crate) fn call_record(
    fields: &[(String, String)],
    auth: Option<&AuthHeader>,
) -> AssumeRoleCall {
    let value = |name: &str| form::field(fields, name).map(str::to_string);
    let sent = |name: &str| fields.iter().any(|(n, _)| n == name);
    AssumeRoleCall {
        access_key_id: auth.map(|a| a.access_key_id.clone()),
        role_arn: value("RoleArn"),
        role_session_name: value("RoleSessionName"),
        serial_number: value("SerialNumber"),
        token_code_sent: sent("TokenCode"),
        external_id_sent: sent("ExternalId"),
        duration_seconds: value("DurationSeconds"),
        status: 0,
        error_code: None,
    }
}

/// The parameters, once they satisfy the model.
struct Params<'f> {
    role_arn: &'f str,
    session_name: &'f str,
    duration_secs: u64,
    external_id: Option<&'f str>,
    serial_number: Option<&'f str>,
    token_code: Option<&'f str>,
}

/// The model's wording for a broken constraint; STS reports the first one.
fn constraint(value: Option<&str>, member: &str, rule: &str) -> StsError {
    let value = value.map_or_else(|| "null".to_string(), |v| format!("'{v}'"));
    sts::validation_error(format!(
        "1 validation error detected: Value {value} at '{member}' failed to satisfy constraint: {rule}"
    ))
}

/// Checks length and alphabet of an optional string member.
fn check(
    value: Option<&str>,
    member: &str,
    min: usize,
    max: usize,
    allowed: impl Fn(char) -> bool,
    pattern: &str,
) -> Result<(), StsError> {
    let Some(v) = value else {
        return Ok(());
    };
    let len = v.chars().count();
    if len < min {
        return Err(constraint(
            value,
            member,
            &format!("Member must have length greater than or equal to {min}"),
        ));
    }
    if len > max {
        return Err(constraint(
            value,
            member,
            &format!("Member must have length less than or equal to {max}"),
        ));
    }
    if !v.chars().all(allowed) {
        return Err(constraint(
            value,
            member,
            &format!("Member must satisfy regular expression pattern: {pattern}"),
        ));
    }
    Ok(())
}

/// `\w` of the model's patterns (ASCII letters, digits, underscore).
fn word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn params(fields: &[(String, String)]) -> Result<Params<'_>, StsError> {
    let get = |name: &str| form::field(fields, name);
    let role_arn = get("RoleArn");
    let session_name = get("RoleSessionName");
    let (Some(arn), Some(session)) = (role_arn, session_name) else {
        let member = if role_arn.is_none() {
            "roleArn"
        } else {
            "roleSessionName"
        };
        return Err(constraint(None, member, "Member must not be null"));
    };
    check(
        role_arn,
        "roleArn",
        20,
        2048,
        |c| !c.is_control() || c == '\t' || c == '\n' || c == '\r',
        "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+",
    )?;
    check(
        session_name,
        "roleSessionName",
        2,
        64,
        |c| word(c) || "+=,.@-".contains(c),
        "[\\w+=,.@-]*",
    )?;
    let duration = get("DurationSeconds");
    let duration_secs = match duration {
        None => DEFAULT_DURATION_SECS,
        Some(raw) => {
            let secs: u64 = raw.parse().map_err(|_| {
                constraint(duration, "durationSeconds", "Member must be an integer")
            })?;
            if secs < 900 {
                return Err(constraint(
                    duration,
                    "durationSeconds",
                    "Member must have value greater than or equal to 900",
                ));
            }
            if secs > 43_200 {
                return Err(constraint(
                    duration,
                    "durationSeconds",
                    "Member must have value less than or equal to 43200",
                ));
            }
            secs
        }
    };
    let external_id = get("ExternalId");
    check(
        external_id,
        "externalId",
        2,
        1224,
        |c| word(c) || "+=,.@:/-".contains(c),
        "[\\w+=,.@:\\/-]*",
    )?;
    let serial_number = get("SerialNumber");
    check(
        serial_number,
        "serialNumber",
        9,
        256,
        |c| word(c) || "+=/:,.@-".contains(c),
        "[\\w+=/:,.@-]*",
    )?;
    let token_code = get("TokenCode");
    check(
        token_code,
        "tokenCode",
        6,
        6,
        |c| c.is_ascii_digit(),
        "[\\d]*",
    )?;
    Ok(Params {
        role_arn: arn,
        session_name: session,
        duration_secs,
        external_id,
        serial_number,
        token_code,
    })
}

/// Whether the scenario lets `caller` assume `role`: a listed source key, or with no list any
/// key of the role's account.
fn may_assume(role: &Role, caller: &Credential) -> bool {
    if role.source_keys.is_empty() {
        caller.account == role.account()
    } else {
        role.source_keys.contains(&caller.access_key_id)
    }
}

/// AssumeRole for an authenticated caller: the body of the answer or the STS error.
pub(crate) fn assume_role(
    shared: &Shared,
    caller: &Credential,
    region: &str,
    fields: &[(String, String)],
    request_id: &str,
) -> Result<String, StsError> {
    let p = params(fields)?;
    if caller.root {
        return Err(sts::access_denied(
            "Roles may not be assumed by root accounts.",
        ));
    }
    // IAM answers an unknown role, a trust policy that leaves the caller out and a failed
    // condition (external ID, MFA present) alike, so callers learn nothing about the role.
    let not_authorized = || {
        sts::access_denied(format!(
            "User: {} is not authorized to perform: sts:AssumeRole on resource: {}",
            sts::caller_arn(caller, region),
            p.role_arn
        ))
    };
    let role = shared
        .scenario
        .roles
        .iter()
        .find(|r| r.arn == p.role_arn)
        .ok_or_else(not_authorized)?;
    if !may_assume(role, caller) {
        return Err(not_authorized());
    }
    if let Some(expected) = &role.external_id {
        if p.external_id != Some(expected.as_str()) {
            return Err(not_authorized());
        }
    }
    if let (Some(serial), Some(code)) = (&role.mfa_serial, &role.mfa_code) {
        if p.serial_number.is_none() && p.token_code.is_none() {
            // No MFA at all: the trust policy's `aws:MultiFactorAuthPresent` is false.
            return Err(not_authorized());
        }
        if p.serial_number != Some(serial.as_str()) || p.token_code != Some(code.as_str()) {
            return Err(sts::access_denied(
                "MultiFactorAuthentication failed with invalid MFA one time pass code.",
            ));
        }
    }
    if p.duration_secs > role.max_duration_secs {
        return Err(sts::validation_error(
            "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
        ));
    }
    if p.duration_secs > CHAINED_MAX_SECS && shared.is_temporary(&caller.access_key_id) {
        return Err(sts::validation_error(
            "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
        ));
    }
    let expires_ms = shared.now_ms() + u128::from(p.duration_secs) * 1000;
    let issued = shared.issue_credentials(
        role.account(),
        role.name(),
        p.session_name,
        expires_ms,
        Operation::AssumeRole,
    );
    let arn = format!(
        "arn:{}:sts::{}:assumed-role/{}/{}",
        role.partition(),
        role.account(),
        role.name(),
        p.session_name
    );
    Ok(sts::assume_role_body(
        &AssumedRole {
            arn: &arn,
            assumed_role_id: &format!("{ROLE_ID}:{}", p.session_name),
            access_key_id: &issued.access_key_id,
            secret_access_key: &issued.secret_access_key,
            session_token: &issued.session_token,
            expiration: &sts::iso8601(issued.expiration),
        },
        request_id,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn model_constraints_are_checked_in_order() {
        let arn = ("RoleArn", "arn:aws:iam::111122223333:role/R");
        let cases: [(Vec<(&str, &str)>, &str); 8] = [
            (vec![], "Value null at 'roleArn'"),
            (vec![arn], "Value null at 'roleSessionName'"),
            (
                vec![("RoleArn", "short"), ("RoleSessionName", "s1")],
                "length greater than or equal to 20",
            ),
            (
                vec![arn, ("RoleSessionName", "has space")],
                "regular expression pattern: [\\w+=,.@-]*",
            ),
            (
                vec![arn, ("RoleSessionName", "s1"), ("DurationSeconds", "899")],
                "greater than or equal to 900",
            ),
            (
                vec![arn, ("RoleSessionName", "s1"), ("DurationSeconds", "43201")],
                "less than or equal to 43200",
            ),
            (
                vec![arn, ("RoleSessionName", "s1"), ("TokenCode", "12345")],
                "'tokenCode'",
            ),
            (
                vec![arn, ("RoleSessionName", "s1"), ("SerialNumber", "short")],
                "'serialNumber'",
            ),
        ];
        for (pairs, expected) in cases {
            let error = params(&fields(&pairs)).err().expect("refused");
            assert_eq!(error.code, "ValidationError");
            assert_eq!(error.status, 400);
            assert!(
                error.message.contains(expected),
                "{pairs:?}: {}",
                error.message
            );
        }
        let valid = fields(&[arn, ("RoleSessionName", "s1"), ("TokenCode", "123456")]);
        let ok = params(&valid).expect("valid");
        assert_eq!(ok.duration_secs, 3600);
        assert_eq!(ok.token_code, Some("123456"));
    }

    #[test]
    fn records_presence_not_the_code() {
        let call = call_record(
            &fields(&[
                ("SerialNumber", "arn:aws:iam::1:mfa/x"),
                ("TokenCode", "654321"),
            ]),
            None,
        );
        assert!(call.sent_mfa());
        assert!(!format!("{call:?}").contains("654321"));
    }
}
