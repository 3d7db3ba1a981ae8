//! Who a profile's credentials are, according to STS GetCallerIdentity, and the Connect
//! username that identity implies (for SAML federation it is the role session name).

use aws_sdk_sts::Client;
use serde::Serialize;

/// The caller as AWS sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CallerIdentity {
    pub arn: String,
    pub account: String,
}

impl CallerIdentity {
    /// The name Connect matches against its users: the session name of an assumed role
    /// (`arn:aws:sts::1:assumed-role/ROLE/SESSION`), the user name of an IAM user. Root has none.
    pub fn connect_username(&self) -> Option<&str> {
        let resource = self.arn.splitn(6, ':').nth(5)?;
        let mut parts = resource.split('/');
        match parts.next()? {
            "assumed-role" => parts.nth(1),
            "user" => parts.next_back(),
            _ => None,
        }
        .filter(|name| !name.is_empty())
    }
}

/// Asks STS who the client's credentials belong to. Failures are not errors for the person
/// (the identity only explains and labels), so they come back as `None`.
pub async fn caller_identity(client: &Client) -> Option<CallerIdentity> {
    match client.get_caller_identity().send().await {
        Ok(output) => Some(CallerIdentity {
            arn: output.arn()?.to_string(),
            account: output.account().unwrap_or_default().to_string(),
        }),
        Err(error) => {
            tracing::debug!(
                "GetCallerIdentity failed: {}",
                aws_sdk_sts::error::DisplayErrorContext(&error)
            );
            None
        }
    }
}

/// Like [`caller_identity`], but a failure is an error for the person (`doctor`).
pub async fn caller_identity_checked(
    client: &Client,
    context: &crate::aws::errors::CallContext,
) -> crate::core::error::Result<CallerIdentity> {
    let output = client
        .get_caller_identity()
        .send()
        .await
        .map_err(|error| crate::aws::errors::map_sdk_error(error, context))?;
    Ok(CallerIdentity {
        arn: output.arn().unwrap_or_default().to_string(),
        account: output.account().unwrap_or_default().to_string(),
    })
}

impl CallerIdentity {
    /// Root credentials cannot federate into Amazon Connect.
    pub fn is_root(&self) -> bool {
        self.arn.ends_with(":root")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity(arn: &str) -> CallerIdentity {
        CallerIdentity {
            arn: arn.into(),
            account: "111122223333".into(),
        }
    }

    #[test]
    fn connect_username_from_the_arn() {
        assert_eq!(
            identity("arn:aws:sts::111122223333:assumed-role/ConnectAgent/jane.doe")
                .connect_username(),
            Some("jane.doe")
        );
        assert_eq!(
            identity("arn:aws:iam::111122223333:user/ops/bob").connect_username(),
            Some("bob")
        );
        assert_eq!(
            identity("arn:aws:iam::111122223333:root").connect_username(),
            None
        );
        assert_eq!(identity("garbage").connect_username(), None);
        assert_eq!(
            identity("arn:aws:sts::1:assumed-role/R/").connect_username(),
            None
        );
    }
}
