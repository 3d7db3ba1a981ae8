//! GetFederationToken: one call to Amazon Connect, its answer converted into our own [`SignIn`].
//!
//! The SDK output's `Debug` prints the sign-in URL, so it never leaves this module: the URL and
//! both tokens move on inside [`Secret`]s.

use crate::aws_error::{bad_response, map_sdk_error, CallContext};
use crate::error::Result;
use crate::secret::Secret;
use aws_sdk_connect::Client;

/// The two Connect tokens and when each expires (epoch seconds, as Connect sent them).
#[derive(Debug, Clone, PartialEq)]
pub struct Tokens {
    pub access_token: Secret,
    pub access_token_expires_at: Option<f64>,
    pub refresh_token: Secret,
    pub refresh_token_expires_at: Option<f64>,
}

/// A successful federation: where to send the browser, who signed in, and the tokens.
#[derive(Debug, Clone)]
pub struct SignIn {
    pub url: Secret,
    pub user_id: Option<String>,
    pub user_arn: Option<String>,
    pub tokens: Tokens,
}

/// Calls GetFederationToken for `instance_id` on a client already bound to the profile and region.
pub async fn get_federation_token(
    client: &Client,
    instance_id: &str,
    context: &CallContext,
) -> Result<SignIn> {
    let output = client
        .get_federation_token()
        .instance_id(instance_id)
        .send()
        .await
        .map_err(|error| map_sdk_error(error, context))?;

    let url = output
        .sign_in_url()
        .filter(|url| !url.is_empty())
        .ok_or_else(|| bad_response(context, "it has no sign-in URL"))?;
    let credentials = output
        .credentials()
        .ok_or_else(|| bad_response(context, "it has no credentials"))?;
    let access_token = credentials
        .access_token()
        .filter(|token| !token.is_empty())
        .ok_or_else(|| bad_response(context, "it has no access token"))?;
    // The refresh token is only needed to resume a session later; a missing one is tolerated.
    let refresh_token = credentials.refresh_token().unwrap_or_default();

    Ok(SignIn {
        url: Secret::new(url),
        user_id: output.user_id().map(str::to_string),
        user_arn: output.user_arn().map(str::to_string),
        tokens: Tokens {
            access_token: Secret::new(access_token),
            access_token_expires_at: credentials
                .access_token_expiration()
                .map(|t| t.as_secs_f64()),
            refresh_token: Secret::new(refresh_token),
            refresh_token_expires_at: credentials
                .refresh_token_expiration()
                .map(|t| t.as_secs_f64()),
        },
    })
}
