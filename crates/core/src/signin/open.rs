//! "Open": a stored session goes back to the browser with its stored tokens (no new federation
//! call) while they are valid; otherwise, or when anything on the way fails, a fresh sign-in.

use super::SignIn;
use crate::aws::endpoints;
use crate::core::clock::now;
use crate::core::error::Result;
use crate::core::instance::InstanceRef;
use crate::core::profile::check_name;
use crate::core::secret::Secret;
use crate::signin::launcher::{self, LoopbackOrigin, UrlPolicy};
use crate::signin::{handoff, resume};
use crate::store::sessions::{SessionKey, SessionView};
use serde::Serialize;

/// Stored tokens this close to expiry are not reused: a fresh sign-in is safer than a session
/// that ends a minute after opening.
const RESUME_MARGIN_SECS: f64 = 120.0;

/// The result of "Open": the session, and whether its stored tokens were reused. A short-lived
/// process (the CLI) then waits for the browser (`Browser::wait`), or the page dies with it.
#[derive(Debug)]
pub struct OpenOutcome {
    pub session: SessionView,
    pub resumed: bool,
}

/// What the window gets back from "Open".
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename_all = "camelCase")
)]
pub struct OpenView {
    pub session: SessionView,
    /// True when the stored tokens were reused (no new federation call).
    pub resumed: bool,
}

impl From<OpenOutcome> for OpenView {
    fn from(outcome: OpenOutcome) -> Self {
        OpenView {
            session: outcome.session,
            resumed: outcome.resumed,
        }
    }
}

impl SignIn {
    /// Re-opens a stored session in the browser with its stored tokens while they are valid;
    /// otherwise, or if anything on the way fails, signs in afresh.
    pub async fn open_session(&self, profile: &str, instance: &str) -> Result<OpenOutcome> {
        check_name(profile)?;
        let reference = InstanceRef::parse(instance)?;
        let key = SessionKey {
            profile: profile.to_string(),
            instance_id: reference.id,
        };
        match self.try_resume(&key).await {
            Ok(Some(session)) => {
                tracing::info!(profile, instance = %key.instance_id, "session resumed");
                return Ok(OpenOutcome {
                    session,
                    resumed: true,
                });
            }
            Ok(None) => {}
            Err(error) => {
                tracing::info!(code = %error.code, "resume failed, signing in afresh: {}", error.message)
            }
        }
        let outcome = self.sign_in(profile, instance, true).await?;
        Ok(OpenOutcome {
            session: outcome.session,
            resumed: false,
        })
    }

    /// `Ok(None)` when there is nothing to resume (no tokens, expired, origin unknown).
    async fn try_resume(&self, key: &SessionKey) -> Result<Option<SessionView>> {
        let lookup = key.clone();
        let (record, tokens) = self
            .sessions
            .run("keychain", move |store| {
                Ok((store.get(&lookup)?, store.tokens(&lookup)?))
            })
            .await?;
        let (Some(record), Some((access_token, refresh_token))) = (record, tokens) else {
            return Ok(None);
        };
        let usable = record
            .access_token_expires_at
            .is_some_and(|expires| expires - RESUME_MARGIN_SECS > now());
        let target = record
            .sign_in_origin
            .as_deref()
            .and_then(|base| launcher::under_base(base, "auth/sign-in"));
        let (true, Some(target)) = (usable, target) else {
            return Ok(None);
        };
        // The origin came from the keychain and the endpoint may have changed since: the target
        // must pass the same validation as a sign-in URL from Connect.
        let policy = UrlPolicy {
            loopback_origin: loopback_origin_of(&key.profile).await?,
            ..UrlPolicy::default()
        };
        launcher::validate_sign_in_url(&Secret::new(target.as_str()), &policy)?;

        let nonce = handoff::random_hex(16);
        let credentials = resume::StoredCredentials {
            access_token: &access_token,
            access_token_expires_at: record.access_token_expires_at,
            refresh_token: &refresh_token,
            refresh_token_expires_at: record.refresh_token_expires_at,
        };
        let page = resume::page(&target, &credentials, &nonce)?;
        self.browser
            .open_page(page, resume::csp(&target, &nonce), &key.instance_id)
            .await?;
        Ok(Some(record.view(true)))
    }
}

/// The loopback origin a profile's Connect endpoint override allows (a local test or demo
/// endpoint), from wherever the SDK would take it.
pub(super) async fn loopback_origin_of(profile: &str) -> Result<Option<LoopbackOrigin>> {
    let config = endpoints::inspect(Some(profile)).await;
    Ok(endpoints::override_for(&config, endpoints::CONNECT)
        .as_deref()
        .and_then(LoopbackOrigin::from_endpoint))
}
