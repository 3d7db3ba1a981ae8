//! `doctor`'s checks of what AWS lets the profile's identity do at the instance, the questions IT
//! asks first: may it list instances (discovery), and does a Connect user carry its username. An
//! identity without the permission gets "not checked: needs …", never a guess.

use crate::app::App;
use crate::aws::users;
use crate::core::error::{Error, ErrorCode};
use crate::core::instance::InstanceRef;
use crate::diagnostics::doctor::Check;
use crate::{aws::instances, text};

const LIST_NEEDS: &str =
    "needs connect:ListInstances; discovery stays empty, a preset or pasted instance still works";
const SEARCH_NEEDS: &str =
    "needs connect:SearchUsers (with connect:DescribeUser and connect:ListUserProficiencies)";

/// `list-instances`: ListInstances in `region` (the instance's, else the profile's).
pub async fn list_instances(app: &App, profile: &str, region: Option<String>) -> Check {
    let bound = match app.clients.client(profile, region).await {
        Ok(bound) => bound,
        Err(error) => return Check::fail("list-instances", error),
    };
    let context = bound.context(None, None, None);
    match instances::list_instances(&bound.client, &context).await {
        Ok(found) => Check::pass(
            "list-instances",
            format!("{} instance(s) listed in {}", found.len(), bound.region),
        ),
        Err(error) if error.code == ErrorCode::AccessDenied => {
            Check::skip("list-instances", LIST_NEEDS)
        }
        Err(error) => Check::fail("list-instances", error),
    }
}

/// `connect-user`: a user of `instance` whose username is exactly `username` (SearchUsers).
pub async fn connect_user(app: &App, profile: &str, instance: &str, username: &str) -> Check {
    let reference = match InstanceRef::parse(instance) {
        Ok(reference) => app.discovery.locate(profile, reference),
        Err(error) => return Check::fail("connect-user", error),
    };
    let bound = match app.clients.client(profile, reference.region.clone()).await {
        Ok(bound) => bound,
        Err(error) => return Check::fail("connect-user", error),
    };
    let context = app.discovery.context(&bound, &reference);
    let label = app
        .discovery
        .known_instance(&reference.id)
        .map(|known| known.label().to_string())
        .unwrap_or_else(|| reference.id.clone());
    match users::find_by_username(&bound.client, &reference.id, username, &context).await {
        Ok(Some(user)) => Check::pass(
            "connect-user",
            format!(
                "'{}' exists on {label} (user ID {})",
                user.username, user.id
            ),
        ),
        Ok(None) => Check::fail(
            "connect-user",
            Error::new(
                ErrorCode::UserNotFound,
                text!(
                    "error-doctor-connect-user-missing",
                    username = username,
                    instance = &label
                ),
            ),
        ),
        Err(error) if error.code == ErrorCode::AccessDenied => {
            Check::skip("connect-user", SEARCH_NEEDS)
        }
        Err(error) => Check::fail("connect-user", error),
    }
}
