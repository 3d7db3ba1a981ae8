//! The sign-in service: the click. Federate with the profile's credentials, check the sign-in
//! URL, open the browser, keep the tokens in the keychain; and everything after it: reopen a
//! stored session, sign out, end a shift. Every change to the stored sessions is announced.

pub mod alerts;
pub mod browser;
pub mod deeplink;
pub mod handoff;
pub mod launcher;
mod open;
pub(crate) mod peer;
pub mod resume;
mod sign_out;

use crate::aws::clients::{BoundClient, ClientPool};
use crate::aws::discovery::Discovery;
use crate::aws::federation::{self, Federated};
use crate::aws::identity::CallerIdentity;
use crate::aws::instances;
use crate::changes::{Change, ChangeFeed};
use crate::core::blocking::Blocking;
use crate::core::clock::now;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::instance::{Instance, InstanceRef};
use crate::core::preferences::Preferences;
use crate::core::profile::check_name;
use crate::core::secret::Secret;
use crate::signin::browser::Browser;
use crate::signin::launcher::UrlPolicy;
use crate::store::sessions::{SessionRecord, SessionStore, SessionView};
use std::sync::Arc;
use std::time::Duration;

pub use open::{OpenOutcome, OpenView};

/// How long a sign-in, its browser already opened, waits for STS to say who the caller is.
const IDENTITY_WAIT_AFTER_OPEN: Duration = Duration::from_secs(1);

/// How long a failing sign-in may wait for STS to say who the caller is.
const IDENTITY_WAIT_ON_FAILURE: Duration = Duration::from_secs(2);

/// The result of a sign-in: what to show, and the URL for `--print-url` (never sent to the UI).
#[derive(Debug)]
pub struct SignInOutcome {
    pub session: SessionView,
    pub url: Secret,
    /// The keychain refused the tokens: the sign-in worked but will not be remembered.
    pub vault_error: Option<Error>,
}

pub struct SignIn {
    preferences: Arc<Preferences>,
    clients: Arc<ClientPool>,
    discovery: Arc<Discovery>,
    sessions: Blocking<SessionStore>,
    browser: Arc<Browser>,
    changes: ChangeFeed,
    /// Held while the session list is read and announced, so announcements keep their order.
    announcing: tokio::sync::Mutex<()>,
}

impl SignIn {
    pub fn new(
        preferences: Arc<Preferences>,
        clients: Arc<ClientPool>,
        discovery: Arc<Discovery>,
        sessions: SessionStore,
        browser: Arc<Browser>,
        changes: ChangeFeed,
    ) -> SignIn {
        SignIn {
            preferences,
            clients,
            discovery,
            sessions: Blocking::new(Arc::new(sessions)),
            browser,
            changes,
            announcing: tokio::sync::Mutex::new(()),
        }
    }

    /// The whole click: federate, validate the URL, open the browser (unless `open` is false),
    /// keep the tokens in the keychain, remember the selection.
    pub async fn sign_in(
        &self,
        profile: &str,
        instance: &str,
        open: bool,
    ) -> Result<SignInOutcome> {
        check_name(profile)?;
        let reference = InstanceRef::parse(instance)?;
        self.check_allowed(profile, &reference)?;
        if open {
            self.browser.check(Some(&reference.id))?;
        }
        // The keychain's connection is opened while AWS is asked, not after: the tokens are
        // stored without waiting for it.
        tokio::spawn(self.keychain_warm_up());
        let reference = self.discovery.locate(profile, reference);
        let bound = self
            .clients
            .client(profile, reference.region.clone())
            .await?;
        let (federated, known) = self.federate(&bound, &reference).await?;
        let policy = UrlPolicy {
            loopback_origin: bound.loopback_origin.clone(),
            ..UrlPolicy::default()
        }
        .with_access_url(known.as_ref().and_then(|i| i.access_url.as_deref()));
        let checked = launcher::validate_sign_in_url(&federated.url, &policy)?;
        if open {
            self.open_browser(checked, &reference.id).await?;
        }
        // Asked of STS when the client was built, alongside everything since; waited for only
        // after the browser is on its way, and only briefly: it names the session, nothing more.
        let identity = match bound.known_identity() {
            Some(identity) => Some(identity),
            None => tokio::time::timeout(IDENTITY_WAIT_AFTER_OPEN, bound.identity())
                .await
                .ok()
                .flatten(),
        };
        let record = session_record(&bound, &reference, known, &federated, identity);
        let vault_error = self.keep(&record, &federated).await?;
        self.discovery.record_use(profile, &reference.id).await;
        tracing::info!(profile, instance = %reference.id, "signed in");
        Ok(SignInOutcome {
            session: record.view(vault_error.is_none()),
            url: federated.url,
            vault_error,
        })
    }

    /// Opens the keychain's connection (on Linux the Secret Service's encrypted session, the
    /// slowest step of reading or storing tokens) ahead of the first need: at a sign-in's start,
    /// and while the window loads. A failure is met again, and reported, by the call that needs it.
    pub fn keychain_warm_up(&self) -> impl std::future::Future<Output = ()> + Send + 'static {
        let keychain = self.sessions.clone();
        async move {
            let _ = keychain.run("keychain", |store| store.prepare()).await;
        }
    }

    /// The IT policy may allow sign-in only to the instances it lists.
    fn check_allowed(&self, profile: &str, reference: &InstanceRef) -> Result<()> {
        match &self.preferences.policy().policy {
            Some(policy) if !policy.allows(profile, &reference.id) => Err(Error::new(
                ErrorCode::InstanceNotAllowed,
                crate::text!(
                    "error-instance-not-allowed",
                    instance = &reference.id,
                    profile = profile
                ),
            )),
            _ => Ok(()),
        }
    }

    /// GetFederationToken, with an instance not listed yet described alongside (no added
    /// latency): its alias names the session and its access URL pins the sign-in host. Agents
    /// may lack connect:DescribeInstance, so a failure there only loses those two.
    async fn federate(
        &self,
        bound: &BoundClient,
        reference: &InstanceRef,
    ) -> Result<(Federated, Option<Instance>)> {
        let context = self.discovery.context(bound, reference);
        let listed = self.discovery.known_instance(&reference.id);
        let describe = async {
            match &listed {
                Some(instance) => Some(instance.clone()),
                None => instances::describe_instance(&bound.client, &reference.id, &context)
                    .await
                    .ok(),
            }
        };
        let federate = federation::get_federation_token(&bound.client, &reference.id, &context);
        let (known, federated) = tokio::join!(describe, federate);
        if let (None, Some(instance)) = (&listed, &known) {
            self.discovery.remember(std::slice::from_ref(instance));
        }
        match federated {
            Ok(federated) => Ok((federated, known)),
            Err(error) if error.code == ErrorCode::UserNotFound => {
                // Failing anyway: worth a moment to name who AWS thinks the caller is.
                let identity =
                    tokio::time::timeout(IDENTITY_WAIT_ON_FAILURE, bound.identity()).await;
                Err(explain_user_not_found(error, identity.ok().flatten()))
            }
            Err(error) => Err(error),
        }
    }

    /// Keeps the tokens in the keychain. A keychain that refuses is reported with the session
    /// (it works now, it is just not remembered), never as a failed sign-in.
    async fn keep(&self, record: &SessionRecord, federated: &Federated) -> Result<Option<Error>> {
        let (record, tokens) = (record.clone(), federated.tokens.clone());
        let saved = self
            .sessions
            .run("keychain", move |store| {
                Ok(store.save(&record, &tokens).err())
            })
            .await?;
        match saved {
            Some(error) => {
                tracing::warn!(code = %error.code, "tokens not stored: {}", error.message);
                Ok(Some(error))
            }
            None => {
                self.announce_sessions().await;
                Ok(None)
            }
        }
    }

    /// Opens `url` in the browser chosen for the instance (or for all).
    async fn open_browser(&self, url: Secret, instance_id: &str) -> Result<()> {
        self.browser.open_for(url, Some(instance_id)).await
    }

    /// Every session stored in the keychain.
    pub async fn sessions(&self) -> Result<Vec<SessionView>> {
        let records = self.sessions.run("keychain", |store| store.list()).await?;
        Ok(records.iter().map(|record| record.view(true)).collect())
    }

    /// Announces the stored sessions as they are now, when anyone listens.
    async fn announce_sessions(&self) {
        if !self.changes.is_watched() {
            return;
        }
        let _order = self.announcing.lock().await;
        match self.sessions().await {
            Ok(list) => self.changes.publish(Change::Sessions(list)),
            Err(error) => {
                tracing::warn!(code = %error.code, "sessions not listed: {}", error.message)
            }
        }
    }

    /// Writes, reads back and deletes a probe entry in the keychain (`doctor`).
    pub async fn probe_keychain(&self) -> Result<()> {
        self.sessions.run("keychain", |store| store.probe()).await
    }

    /// The browser launcher that would open sign-in URLs (`doctor`).
    pub fn browser_launcher(&self) -> Result<String> {
        self.browser.describe()
    }
}

/// The non-secret facts of a fresh sign-in, as the keychain keeps them.
fn session_record(
    bound: &BoundClient,
    reference: &InstanceRef,
    known: Option<Instance>,
    federated: &Federated,
    identity: Option<CallerIdentity>,
) -> SessionRecord {
    SessionRecord {
        profile: bound.profile.name.clone(),
        instance_id: reference.id.clone(),
        instance_alias: known.and_then(|i| i.alias),
        region: bound.region.clone(),
        user_id: federated.user_id.clone(),
        user_arn: federated.user_arn.clone(),
        connect_username: identity
            .as_ref()
            .and_then(|i| i.connect_username())
            .map(str::to_string),
        caller_arn: identity.map(|i| i.arn),
        sign_in_origin: url::Url::parse(federated.url.expose())
            .ok()
            .map(|url| launcher::sign_in_base(&url)),
        access_token_expires_at: federated.tokens.access_token_expires_at,
        refresh_token_expires_at: federated.tokens.refresh_token_expires_at,
        signed_in_at: now(),
    }
}

/// Connect matches the caller's role session name against its usernames: show what AWS sees.
fn explain_user_not_found(error: Error, identity: Option<CallerIdentity>) -> Error {
    let (Some(identity), Some(mut text)) = (identity, error.text.clone()) else {
        return error;
    };
    let session = match identity.connect_username() {
        Some(name) => crate::text!("session-name-shown", name = name),
        None => crate::text!("data", value = ""),
    };
    text.id = "error-user-not-found-seen".into();
    text.args.push(("arn".into(), identity.arn.into()));
    text.args.push(("session".into(), session.into()));
    Error::new(error.code, text)
}
