//! AWS profiles as the app shows them: a name, how it gets credentials, its region.

use crate::core::error::{Error, ErrorCode, Result};
use serde::Serialize;

/// How a profile gets its credentials, in the words the profile picker shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub enum ProfileKind {
    /// `aws_access_key_id` + `aws_secret_access_key` (maybe a session token).
    Static,
    /// IAM Identity Center: `sso_session` or the legacy `sso_start_url`.
    Sso,
    /// `role_arn` with a `source_profile`, `credential_source` or web identity.
    Role,
    /// `credential_process`.
    Process,
    /// Anything else (for example a profile that only sets a region).
    Other,
}

/// One profile as the picker shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename = "ProfileView", rename_all = "camelCase")
)]
pub struct Profile {
    pub name: String,
    pub kind: ProfileKind,
    pub region: Option<String>,
    /// The Connect endpoint of this profile is not AWS's: an environment variable or the
    /// profile itself overrides it. Shown as a badge so a planted config cannot hide.
    pub custom_endpoint: bool,
}

/// Longest profile name accepted from the UI or the command line.
const MAX_NAME_LEN: usize = 256;

/// Names come from the UI or the command line: bounded, printable, non-empty.
pub fn check_name(name: &str) -> Result<()> {
    if name.is_empty() || name.len() > MAX_NAME_LEN || name.chars().any(char::is_control) {
        return Err(Error::new(
            ErrorCode::InvalidParameter,
            crate::text!("error-profile-name-invalid"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::error::ErrorCode;

    #[test]
    fn profile_names_are_checked() {
        assert!(check_name("agent").is_ok());
        assert!(check_name("with space/and:colon").is_ok());
        for bad in ["", "a\nb", &"x".repeat(300)] {
            assert_eq!(
                check_name(bad).unwrap_err().code,
                ErrorCode::InvalidParameter
            );
        }
    }
}
