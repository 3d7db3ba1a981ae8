//! Amazon Connect instances as the app names them: a pasted ID or ARN ([`InstanceRef`]), checked
//! before any network call, and an [`Instance`] as the picker, the cache and the CLI show it.

use crate::core::error::{Error, ErrorCode, Result};
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
            return Err(malformed(crate::text!("error-instance-too-long")));
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
            return Err(malformed(crate::text!(
                "error-instance-not-id-or-arn",
                input = preview(input)
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
            return Err(malformed(crate::text!(
                "error-instance-bad-arn",
                input = preview(input)
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
    feature = "typescript",
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

/// `text`'s message; the hint is the same for every malformed instance.
fn malformed(text: crate::l10n::Text) -> Error {
    Error::new(ErrorCode::InvalidParameter, text)
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

/// An ACTIVE SAML instance in account 123456789012, for tests.
#[cfg(test)]
pub(crate) fn sample(id: &str, alias: &str, region: &str) -> Instance {
    Instance {
        id: id.into(),
        arn: format!("arn:aws:connect:{region}:123456789012:instance/{id}"),
        alias: Some(alias.into()),
        region: region.into(),
        account_id: "123456789012".into(),
        identity_management_type: Some("SAML".into()),
        status: Some("ACTIVE".into()),
        access_url: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::error::ErrorCode;

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
