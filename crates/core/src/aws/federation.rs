//! GetFederationToken: one call to Amazon Connect, its answer converted into our own [`Federated`].
//!
//! The SDK output's `Debug` prints the sign-in URL, so it never leaves this module: the URL and
//! both tokens move on inside [`Secret`]s.

use crate::aws::errors::{bad_response, map_sdk_error, CallContext};
use crate::core::error::Result;
use crate::core::secret::{Secret, Tokens};
use aws_sdk_connect::operation::RequestId;
use aws_sdk_connect::Client;

/// A successful federation: where to send the browser, who signed in, and the tokens.
#[derive(Debug, Clone)]
pub struct Federated {
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
) -> Result<Federated> {
    let output = client
        .get_federation_token()
        .instance_id(instance_id)
        .send()
        .await
        .map_err(|error| {
            // The request ID is what AWS Support asks for; the helpdesk finds it in the log. At
            // info: the person already reads the error itself.
            let request_id = error.request_id().map(str::to_string);
            let mapped = map_sdk_error(error, context);
            tracing::info!(
                instance = instance_id,
                request_id = request_id.as_deref().unwrap_or("-"),
                code = %mapped.code,
                "GetFederationToken failed"
            );
            mapped
        })?;
    tracing::info!(
        instance = instance_id,
        request_id = output.request_id().unwrap_or("-"),
        "GetFederationToken answered"
    );

    let url = output
        .sign_in_url()
        .filter(|url| !url.is_empty())
        .ok_or_else(|| bad_response(context, crate::text!("bad-response-no-sign-in-url")))?;
    let credentials = output
        .credentials()
        .ok_or_else(|| bad_response(context, crate::text!("bad-response-no-credentials")))?;
    let access_token = credentials
        .access_token()
        .filter(|token| !token.is_empty())
        .ok_or_else(|| bad_response(context, crate::text!("bad-response-no-access-token")))?;
    // The refresh token is only needed to resume a session later; a missing one is tolerated.
    let refresh_token = credentials.refresh_token().unwrap_or_default();

    Ok(Federated {
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
