//! Which instance and which Connect user a request names: instance references (an ID or an ARN)
//! looked up in the caller's account and region, users' stable IDs, and SearchUsers over an
//! instance's `users`.

use crate::scenario::{is_uuid, Credential, Instance, Scenario};
use crate::wire::{self, ApiError};
use rand::Rng;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// An instance reference from a path label: the bare ID, or the ARN whose region and account
/// must match as well.
pub(crate) struct InstanceRef {
    pub id: String,
    pub arn_scope: Option<(String, String)>,
}

pub(crate) fn parse_instance_ref(label: &str) -> Result<InstanceRef, String> {
    let decoded = percent_encoding::percent_decode_str(label)
        .decode_utf8_lossy()
        .into_owned();
    if is_uuid(&decoded) {
        return Ok(InstanceRef {
            id: decoded,
            arn_scope: None,
        });
    }
    let parts: Vec<&str> = decoded.split(':').collect();
    if let [arn, partition, "connect", region, account, resource] = parts.as_slice() {
        if *arn == "arn" && partition.starts_with("aws") {
            if let Some(id) = resource.strip_prefix("instance/").filter(|id| is_uuid(id)) {
                return Ok(InstanceRef {
                    id: id.to_string(),
                    arn_scope: Some((region.to_string(), account.to_string())),
                });
            }
        }
    }
    Err(decoded)
}

pub(crate) fn find_instance<'s>(
    scenario: &'s Scenario,
    caller: &Credential,
    region: &str,
    target: &InstanceRef,
) -> Result<&'s Instance, ApiError> {
    let arn_matches = |i: &Instance| {
        target
            .arn_scope
            .as_ref()
            .is_none_or(|(r, a)| *r == i.region && *a == i.account)
    };
    scenario
        .instances
        .iter()
        .find(|i| {
            i.id == target.id && i.account == caller.account && i.region == region && arn_matches(i)
        })
        .ok_or_else(|| {
            ApiError::new(
                "ResourceNotFoundException",
                format!("Instance not found: {}", target.id),
            )
        })
}

/// Connect user IDs are UUIDs per instance; derived from the names so they are stable across
/// calls, as a real user's is.
pub(crate) fn user_id(instance: &Instance, user: &str) -> String {
    let digest = Sha256::digest(format!("{}/{}/{user}", instance.account, instance.id).as_bytes());
    uuid_from_bytes(&digest[..16])
}

pub(crate) fn random_uuid() -> String {
    let bytes: [u8; 16] = rand::rng().random();
    uuid_from_bytes(&bytes)
}

/// Formats 16 bytes as a version-4-shaped UUID.
pub(crate) fn uuid_from_bytes(bytes: &[u8]) -> String {
    let mut b = [0u8; 16];
    for (dst, src) in b.iter_mut().zip(bytes) {
        *dst = *src;
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// SearchUsers (`POST /search-users`): the instance's users whose username meets the request's
/// `StringCondition` on `Username` (`EXACT`, `STARTS_WITH` or `CONTAINS`, case-sensitive as
/// Connect usernames are), or all of them. An instance without `users` accepts every caller, so
/// every username searched for exists there.
pub(crate) fn search_users(
    scenario: &Scenario,
    caller: &Credential,
    region: &str,
    body: &[u8],
) -> Result<Value, ApiError> {
    let request: Value = serde_json::from_slice(body).map_err(|_| {
        ApiError::new(
            "InvalidRequestException",
            "The request body is not valid JSON",
        )
    })?;
    let id = search_instance_id(&request)
        .ok_or_else(|| ApiError::new("InvalidParameterException", "InstanceId is required"))?;
    let target = parse_instance_ref(&id).map_err(|decoded| {
        ApiError::new(
            "InvalidParameterException",
            format!("Invalid InstanceId: {decoded:?}"),
        )
    })?;
    let instance = find_instance(scenario, caller, region, &target)?;
    let condition = &request["SearchCriteria"]["StringCondition"];
    let wanted = match (condition["FieldName"].as_str(), condition["Value"].as_str()) {
        (Some("Username"), Some(value)) => Some((
            value.to_string(),
            condition["ComparisonType"]
                .as_str()
                .unwrap_or("EXACT")
                .to_string(),
        )),
        (Some(field), _) => {
            return Err(ApiError::new(
                "InvalidParameterException",
                format!("The simulator searches users by Username only, not {field}"),
            ))
        }
        (None, _) => None,
    };
    let matches = |name: &str| match &wanted {
        None => true,
        Some((value, comparison)) => match comparison.as_str() {
            "STARTS_WITH" => name.starts_with(value.as_str()),
            "CONTAINS" => name.contains(value.as_str()),
            _ => name == value,
        },
    };
    let names: Vec<String> = match (&instance.users, &wanted) {
        (Some(users), _) => users.iter().filter(|u| matches(u)).cloned().collect(),
        (None, Some((value, _))) => vec![value.clone()],
        (None, None) => vec![caller.user.clone()],
    };
    let users: Vec<Value> = names
        .iter()
        .map(|name| user_summary(instance, name))
        .collect();
    Ok(json!({ "Users": users, "ApproximateTotalCount": users.len() }))
}

/// The instance a SearchUsers body names, for the handler and for IAM's message.
pub(crate) fn search_instance_id(request: &Value) -> Option<String> {
    request["InstanceId"].as_str().map(str::to_string)
}

/// A `UserSearchSummary` as SearchUsers returns it.
fn user_summary(instance: &Instance, name: &str) -> Value {
    let id = user_id(instance, name);
    json!({
        "Arn": format!("{}/agent/{id}", wire::instance_arn(instance)),
        "Id": id,
        "Username": name,
        "RoutingProfileId": user_id(instance, "routing-profile/basic"),
        "SecurityProfileIds": [user_id(instance, "security-profile/agent")],
        "IdentityInfo": { "FirstName": name, "LastName": "" },
        "PhoneConfig": { "PhoneType": "SOFT_PHONE", "AutoAccept": false, "AfterContactWorkTimeLimit": 0 },
        "Tags": {}
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instance_refs_accept_ids_and_arns() {
        let id = "a1b2c3d4-0000-4000-8000-000000000001";
        assert_eq!(parse_instance_ref(id).unwrap().id, id);
        let arn = format!("arn%3Aaws%3Aconnect%3Aus-east-1%3A111122223333%3Ainstance%2F{id}");
        let r = parse_instance_ref(&arn).unwrap();
        assert_eq!(r.id, id);
        assert_eq!(
            r.arn_scope,
            Some(("us-east-1".to_string(), "111122223333".to_string()))
        );
        assert!(parse_instance_ref("not-an-id").is_err());
        assert!(parse_instance_ref("arn%3Aaws%3As3%3A%3A%3Abucket").is_err());
    }

    #[test]
    fn uuids_are_well_formed() {
        let u = uuid_from_bytes(&[0xff; 16]);
        assert!(is_uuid(&u));
        assert_eq!(&u[14..15], "4");
        assert!(is_uuid(&random_uuid()));
    }
}
