//! Amazon Connect users as `doctor` asks about them: whether one has exactly a given username
//! (SearchUsers), without reading anything else about the user.

use crate::aws::errors::{map_sdk_error, CallContext};
use crate::core::error::Result;
use aws_sdk_connect::types::{StringComparisonType, StringCondition, UserSearchCriteria};
use aws_sdk_connect::Client;

/// A Connect user found by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectUser {
    pub id: String,
    pub username: String,
}

/// The user of `instance_id` whose username is exactly `username` (Connect usernames are
/// case-sensitive), if any.
pub async fn find_by_username(
    client: &Client,
    instance_id: &str,
    username: &str,
    context: &CallContext,
) -> Result<Option<ConnectUser>> {
    let criteria = UserSearchCriteria::builder()
        .string_condition(
            StringCondition::builder()
                .field_name("Username")
                .value(username)
                .comparison_type(StringComparisonType::Exact)
                .build(),
        )
        .build();
    let output = client
        .search_users()
        .instance_id(instance_id)
        .search_criteria(criteria)
        .max_results(10)
        .send()
        .await
        .map_err(|error| map_sdk_error(error, context))?;
    // EXACT is documented as exact; compared again so a case-insensitive answer is not a match.
    Ok(output
        .users()
        .iter()
        .find(|user| user.username() == Some(username))
        .map(|user| ConnectUser {
            id: user.id().unwrap_or_default().to_string(),
            username: username.to_string(),
        }))
}
