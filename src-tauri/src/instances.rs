//! Amazon Connect instances: parse a pasted ID or ARN, list a profile's instances, describe one.

use crate::aws_error::{map_sdk_error, CallContext};
use crate::error::{Error, Result};
use aws_sdk_connect::types::{Instance as SdkInstance, InstanceSummary};
use aws_sdk_connect::Client;
use serde::{Deserialize, Serialize};

/// What the user typed or pasted: a bare instance ID, or an ARN that also names the region and
/// account (which then win over the profile's region).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceRef {
    pub id: String,
    pub region: Option<String>,
    pub account_id: Option<String>,
}

/// Longest input we look at; an instance ARN is well under 128 characters.
const MAX_INPUT_LEN: usize = 256;

impl InstanceRef {
    /// Accepts `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` or
    /// `arn:PARTITION:connect:REGION:ACCOUNT:instance/ID`; anything else is `invalid_parameter`,
    /// caught here before any network call.
    pub fn parse(input: &str) -> Result<InstanceRef> {
        let input = input.trim();
        if input.len() > MAX_INPUT_LEN {
            return Err(malformed("The instance ID or ARN is too long."));
        }
        if is_instance_id(input) {
            return Ok(InstanceRef {
                id: input.to_ascii_lowercase(),
                region: None,
                account_id: None,
            });
        }
        let parts: Vec<&str> = input.splitn(6, ':').collect();
        let [arn, partition, service, region, account, resource] = parts[..] else {
            return Err(malformed(format!(
                "'{}' is neither an instance ID nor an instance ARN.",
                preview(input)
            )));
        };
        let id = resource.strip_prefix("instance/").unwrap_or("");
        let valid = arn == "arn"
            && matches!(partition, "aws" | "aws-us-gov" | "aws-cn")
            && service == "connect"
            && is_region(region)
            && account.len() == 12
            && account.bytes().all(|b| b.is_ascii_digit())
            && is_instance_id(id);
        if !valid {
            return Err(malformed(format!(
                "'{}' is not a valid Amazon Connect instance ARN.",
                preview(input)
            )));
        }
        Ok(InstanceRef {
            id: id.to_ascii_lowercase(),
            region: Some(region.to_string()),
            account_id: Some(account.to_string()),
        })
    }
}

/// An instance as the picker and the CLI show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    test,
    derive(ts_rs::TS),
    ts(rename = "InstanceView", rename_all = "camelCase")
)]
pub struct Instance {
    pub id: String,
    pub arn: String,
    pub alias: Option<String>,
    pub region: String,
    pub account_id: String,
    pub identity_management_type: Option<String>,
    pub status: Option<String>,
    pub access_url: Option<String>,
}

impl Instance {
    pub fn label(&self) -> &str {
        self.alias.as_deref().unwrap_or(&self.id)
    }
}

/// Every instance the client's account has in the client's region, all pages followed.
pub async fn list_instances(client: &Client, context: &CallContext) -> Result<Vec<Instance>> {
    let region = client_region(client);
    let mut pages = client
        .list_instances()
        .max_results(10)
        .into_paginator()
        .send();
    let mut instances = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|error| map_sdk_error(error, context))?;
        instances.extend(
            page.instance_summary_list()
                .iter()
                .map(|summary| from_summary(summary, &region)),
        );
    }
    instances.sort_by_key(|instance| instance.label().to_lowercase());
    Ok(instances)
}

/// One instance by ID (its region is the client's).
pub async fn describe_instance(
    client: &Client,
    id: &str,
    context: &CallContext,
) -> Result<Instance> {
    let region = client_region(client);
    let output = client
        .describe_instance()
        .instance_id(id)
        .send()
        .await
        .map_err(|error| map_sdk_error(error, context))?;
    output
        .instance()
        .map(|instance| from_described(instance, &region))
        .ok_or_else(|| {
            crate::aws_error::bad_response(context, "the instance description is missing")
        })
}

fn client_region(client: &Client) -> String {
    client
        .config()
        .region()
        .map(|region| region.to_string())
        .unwrap_or_default()
}

fn from_summary(summary: &InstanceSummary, region: &str) -> Instance {
    build(
        summary.id(),
        summary.arn(),
        summary.instance_alias(),
        summary.identity_management_type().map(|t| t.as_str()),
        summary.instance_status().map(|s| s.as_str()),
        summary.instance_access_url(),
        region,
    )
}

fn from_described(instance: &SdkInstance, region: &str) -> Instance {
    build(
        instance.id(),
        instance.arn(),
        instance.instance_alias(),
        instance.identity_management_type().map(|t| t.as_str()),
        instance.instance_status().map(|s| s.as_str()),
        instance.instance_access_url(),
        region,
    )
}

fn build(
    id: Option<&str>,
    arn: Option<&str>,
    alias: Option<&str>,
    identity: Option<&str>,
    status: Option<&str>,
    access_url: Option<&str>,
    region: &str,
) -> Instance {
    let arn = arn.unwrap_or_default().to_string();
    let parsed = InstanceRef::parse(&arn).ok();
    let id = id
        .map(str::to_string)
        .or_else(|| parsed.as_ref().map(|p| p.id.clone()))
        .unwrap_or_default();
    Instance {
        id,
        region: parsed
            .as_ref()
            .and_then(|p| p.region.clone())
            .unwrap_or_else(|| region.to_string()),
        account_id: parsed.and_then(|p| p.account_id).unwrap_or_default(),
        arn,
        alias: alias.map(str::to_string),
        identity_management_type: identity.map(str::to_string),
        status: status.map(str::to_string),
        access_url: access_url.map(str::to_string),
    }
}

fn malformed(message: impl Into<String>) -> Error {
    Error::invalid_parameter(
        message,
        "Paste the instance ID (like 12345678-abcd-…) or the instance ARN from the Amazon Connect console.",
    )
}

fn preview(input: &str) -> String {
    input.chars().take(80).collect()
}

fn is_instance_id(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, len)| group.len() == len && group.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// `us-east-1`, `ap-southeast-2`, `us-gov-west-1`: lowercase words and a trailing number.
pub fn is_region(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() >= 3
        && parts.len() <= 4
        && text.len() <= 32
        && parts[..parts.len() - 1]
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase()))
        && parts
            .last()
            .is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    const ID: &str = "a1b2c3d4-0000-4000-8000-000000000001";

    #[test]
    fn bare_id_and_arn_parse() {
        assert_eq!(
            InstanceRef::parse(ID).unwrap(),
            InstanceRef {
                id: ID.into(),
                region: None,
                account_id: None
            }
        );
        let arn = format!("arn:aws:connect:eu-west-2:111122223333:instance/{ID}");
        assert_eq!(
            InstanceRef::parse(&format!("  {arn} ")).unwrap(),
            InstanceRef {
                id: ID.into(),
                region: Some("eu-west-2".into()),
                account_id: Some("111122223333".into())
            }
        );
        let gov = format!("arn:aws-us-gov:connect:us-gov-west-1:111122223333:instance/{ID}");
        assert_eq!(
            InstanceRef::parse(&gov).unwrap().region.as_deref(),
            Some("us-gov-west-1")
        );
        assert_eq!(InstanceRef::parse(&ID.to_uppercase()).unwrap().id, ID);
    }

    #[test]
    fn malformed_input_is_invalid_parameter() {
        for bad in [
            "",
            "not-an-id",
            "a1b2c3d4-0000-4000-8000-00000000000",
            "a1b2c3d4-0000-4000-8000-00000000000g",
            "arn:aws:connect:us-east-1:111122223333:instance/nope",
            "arn:aws:iam:us-east-1:111122223333:instance/a1b2c3d4-0000-4000-8000-000000000001",
            "arn:aws:connect:US-EAST-1:111122223333:instance/a1b2c3d4-0000-4000-8000-000000000001",
            "arn:aws:connect:us-east-1:12345:instance/a1b2c3d4-0000-4000-8000-000000000001",
            "arn:aws:connect:us-east-1:111122223333:queue/a1b2c3d4-0000-4000-8000-000000000001",
            "arn:aws:connect:us-east-1:111122223333:instance/a1b2c3d4-0000-4000-8000-000000000001/agent/x",
            &"x".repeat(10_000),
        ] {
            let error = InstanceRef::parse(bad).unwrap_err();
            assert_eq!(error.code, ErrorCode::InvalidParameter, "{bad}");
            assert!(error.message.chars().count() < 200);
        }
    }

    proptest::proptest! {
        /// Any input parses or is `invalid_parameter`; what parses is a well-formed ID whose ARN
        /// form parses back to the same reference.
        #[test]
        fn parsing_is_total_and_round_trips(input in ".{0,300}") {
            match InstanceRef::parse(&input) {
                Ok(reference) => {
                    proptest::prop_assert!(is_instance_id(&reference.id));
                    if let (Some(region), Some(account)) = (&reference.region, &reference.account_id) {
                        let arn = format!("arn:aws:connect:{region}:{account}:instance/{}", reference.id);
                        proptest::prop_assert_eq!(InstanceRef::parse(&arn).unwrap(), reference.clone());
                    }
                }
                Err(error) => proptest::prop_assert_eq!(error.code, ErrorCode::InvalidParameter),
            }
        }

        #[test]
        fn generated_arns_parse(
            region in "(us|eu|ap|ca|af)-(east|west|central|south|north|southeast|northeast)-[1-3]",
            account in "[0-9]{12}",
            id in "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        ) {
            let parsed = InstanceRef::parse(&format!("arn:aws:connect:{region}:{account}:instance/{id}")).unwrap();
            proptest::prop_assert_eq!(parsed.id, id);
            proptest::prop_assert_eq!(parsed.region.as_deref(), Some(region.as_str()));
            proptest::prop_assert_eq!(parsed.account_id.as_deref(), Some(account.as_str()));
        }
    }

    #[test]
    fn regions() {
        for ok in [
            "us-east-1",
            "ap-southeast-2",
            "us-gov-west-1",
            "eu-central-1",
        ] {
            assert!(is_region(ok), "{ok}");
        }
        for bad in [
            "us-east",
            "US-east-1",
            "us--1",
            "us-east-1a",
            "../x",
            "us-east-1-",
        ] {
            assert!(!is_region(bad), "{bad}");
        }
    }
}
