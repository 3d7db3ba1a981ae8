//! The sign-in service: the one object the window and the CLI both drive.
//!
//! It owns the side effects (vault, opener, settings file) handed to it at start-up and a cache
//! of Connect clients, one per (profile, region), so credentials are resolved once and
//! connections stay pooled between clicks.

use crate::aws_error::{map_credentials_error, CallContext};
use crate::catalog::{self, CachedProfile, Catalog, DiscoveryCache};
use crate::credentials::CachedCredentials;
use crate::error::{Error, ErrorCode, Result};
use crate::federation;
use crate::identity::{self, CallerIdentity};
use crate::instances::{self, Instance, InstanceRef};
use crate::launcher::{self, LoopbackOrigin, Opener, UrlPolicy};
use crate::mfa;
use crate::policy::{self, Lockable, PolicyLoad};
use crate::preferences::{self, SettingsPatch, SettingsView};
use crate::profiles::{self, Profile};
use crate::regions;
use crate::resume;
use crate::secret::Secret;
use crate::sessions::{SessionKey, SessionRecord, SessionStore, SessionView};
use crate::settings::{AppProfile, InstanceChoice, NetworkSettings, Settings, SettingsStore};
use crate::sso;
use crate::vault::TokenVault;
use aws_config::environment::region::EnvironmentVariableRegionProvider;
use aws_config::meta::region::RegionProviderChain;
use aws_config::profile::ProfileFileRegionProvider;
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region};
use aws_sdk_connect::Client;
use aws_smithy_runtime_api::client::http::SharedHttpClient;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

/// Longest profile name accepted from the UI or the command line.
const MAX_PROFILE_NAME_LEN: usize = 256;

/// What the window needs to draw itself at start-up, in one call.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename_all = "camelCase"))]
pub struct AppSnapshot {
    pub profiles: Vec<Profile>,
    pub last_profile: Option<String>,
    pub last_instance: Option<String>,
    pub sessions: Vec<SessionView>,
    /// Something the person should be told once (settings reset, keychain unavailable,
    /// AWS config unreadable).
    pub notice: Option<Error>,
    /// Every known instance (cache, policy, pins, recents): the search box draws at once.
    pub catalog: Catalog,
    pub settings: SettingsView,
    /// A link the app was started with, waiting for the person to confirm it.
    pub pending_deep_link: Option<DeepLinkView>,
}

/// A `connect-sso://sign-in` link, checked, waiting for confirmation in the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename_all = "camelCase"))]
pub struct DeepLinkView {
    pub profile: String,
    /// Instance ID (lower case).
    pub instance_id: String,
    /// The ARN's region when the link gave an ARN.
    pub region: Option<String>,
    /// What to call the instance if it is known (policy display name or alias).
    pub label: Option<String>,
    /// The value to sign in with: the ARN if one was given, else the ID.
    pub instance: String,
}

/// The result of a sign-in: what to show, and the URL for `--print-url` (never sent to the UI).
#[derive(Debug)]
pub struct SignInOutcome {
    pub session: SessionView,
    pub url: Secret,
    /// The keychain refused the tokens: the sign-in worked but will not be remembered.
    pub vault_error: Option<Error>,
}

/// The result of "Open": the session, and whether its stored tokens were reused.
#[derive(Debug)]
pub struct OpenOutcome {
    pub session: SessionView,
    pub resumed: bool,
    /// For a resume: resolves to whether the browser fetched the one-shot page. A short-lived
    /// process (the CLI) must wait for it, or the page dies with the process.
    pub page_fetched: Option<tokio::task::JoinHandle<bool>>,
}

/// What the window gets back from "Open".
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename_all = "camelCase"))]
pub struct OpenView {
    pub session: SessionView,
    /// True when the stored tokens were reused (no new federation call).
    pub resumed: bool,
}

/// An IAM Identity Center sign-in waiting for approval, as the window shows it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename_all = "camelCase"))]
pub struct SsoLoginView {
    pub profile: String,
    /// The code to compare with the one the browser shows.
    pub user_code: String,
    /// The page to approve on (also opened in the browser), with the code filled in.
    pub verification_url: String,
    /// Epoch seconds after which the code no longer works.
    pub expires_at: f64,
}

/// Stored tokens this close to expiry are not reused: a fresh sign-in is safer than a session
/// that ends a minute after opening.
const RESUME_MARGIN_SECS: f64 = 120.0;

/// A profile with its credentials resolved once, shared by its clients in every region.
struct ProfileBinding {
    profile: Profile,
    app_profile: Option<AppProfile>,
    credentials: CachedCredentials,
    endpoint: Option<String>,
}

/// A Connect client bound to one profile and region, and what sign-in needs to know about its
/// endpoint.
struct BoundClient {
    client: Client,
    sts: aws_sdk_sts::Client,
    profile: Profile,
    region: String,
    loopback_origin: Option<LoopbackOrigin>,
    /// Filled in the background when the client is built; never awaited on the click path.
    identity: tokio::sync::OnceCell<Option<CallerIdentity>>,
}

impl BoundClient {
    /// The caller identity if it is already known, without waiting.
    fn known_identity(&self) -> Option<CallerIdentity> {
        self.identity.get().cloned().flatten()
    }

    /// The caller identity, asking STS if nobody has yet.
    async fn identity(&self) -> Option<CallerIdentity> {
        self.identity
            .get_or_init(|| identity::caller_identity(&self.sts))
            .await
            .clone()
    }
}

/// (profile name, region named by an instance ARN or `None` for the profile's own region).
type ClientKey = (String, Option<String>);

/// Built once per key; concurrent callers wait for the same build, a failed build is retried.
type Slot<T> = Arc<tokio::sync::OnceCell<Arc<T>>>;

pub struct App {
    sessions: SessionStore,
    opener: Arc<dyn Opener>,
    settings_store: SettingsStore,
    settings: Mutex<Settings>,
    notice: Mutex<Option<Error>>,
    policy: PolicyLoad,
    bindings: Mutex<HashMap<String, Slot<ProfileBinding>>>,
    clients: Mutex<HashMap<ClientKey, Slot<BoundClient>>>,
    discovery: Mutex<DiscoveryCache>,
    /// Profiles being discovered right now.
    refreshing: Mutex<HashSet<String>>,
    pending_deep_link: Mutex<Option<DeepLinkView>>,
    /// The first client's HTTP stack (connection pools, TLS set-up), shared by every later
    /// client: eleven regions and several profiles cost one, not one each.
    http_client: Mutex<Option<SharedHttpClient>>,
    known_instances: Mutex<HashMap<String, Instance>>,
    /// Role credentials obtained with an MFA code, by profile.
    mfa: mfa::MfaCache,
    /// Device sign-ins started and not yet waited for, by profile.
    sso_pending: Mutex<HashMap<String, sso::PendingLogin>>,
    /// Cancel switches of the device sign-ins being waited for, by profile.
    sso_cancel: Mutex<HashMap<String, tokio::sync::watch::Sender<bool>>>,
}

impl App {
    pub fn new(
        vault: Arc<dyn TokenVault>,
        opener: Arc<dyn Opener>,
        settings_store: SettingsStore,
    ) -> App {
        let (settings, notice) = settings_store.load();
        let discovery = DiscoveryCache::load(settings_store.dir());
        App {
            sessions: SessionStore::new(vault),
            opener,
            settings_store,
            settings: Mutex::new(settings),
            notice: Mutex::new(notice),
            policy: PolicyLoad::default(),
            bindings: Mutex::new(HashMap::new()),
            clients: Mutex::new(HashMap::new()),
            discovery: Mutex::new(discovery),
            refreshing: Mutex::new(HashSet::new()),
            pending_deep_link: Mutex::new(None),
            http_client: Mutex::new(None),
            known_instances: Mutex::new(HashMap::new()),
            mfa: mfa::MfaCache::default(),
            sso_pending: Mutex::new(HashMap::new()),
            sso_cancel: Mutex::new(HashMap::new()),
        }
    }

    /// The IT policy this app runs under (see [`policy::load`]).
    pub fn with_policy(mut self, policy: PolicyLoad) -> App {
        if let Some(error) = &policy.error {
            tracing::warn!(code = %error.code, "{}", error.message);
        }
        self.policy = policy;
        self
    }

    pub fn policy(&self) -> &PolicyLoad {
        &self.policy
    }

    /// The settings file as saved (what the person chose).
    pub fn settings(&self) -> Settings {
        self.settings.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// The settings in force: the person's over the policy's where not locked.
    pub fn effective(&self) -> policy::Effective {
        policy::effective(&self.settings(), self.policy.policy.as_ref())
    }

    pub fn settings_view(&self) -> SettingsView {
        preferences::view(&self.settings(), &self.policy)
    }

    /// Changes settings the policy does not lock; saved atomically before it is applied.
    pub fn update_settings(&self, patch: &SettingsPatch) -> Result<SettingsView> {
        self.update(|settings| preferences::apply(settings, patch, &self.policy))?;
        Ok(self.settings_view())
    }

    /// Changes the saved settings with `change`; nothing is applied unless it is saved.
    fn update(&self, change: impl FnOnce(&Settings) -> Result<Settings>) -> Result<()> {
        let mut settings = self
            .settings
            .lock()
            .map_err(|_| Error::internal("settings lock poisoned"))?;
        let next = change(&settings)?;
        if *settings != next {
            self.settings_store.save(&next)?;
            *settings = next;
        }
        Ok(())
    }

    /// Profiles, the remembered selection, stored sessions and any one-time notice.
    pub async fn snapshot(&self) -> AppSnapshot {
        let mut notice = self.notice.lock().ok().and_then(|mut n| n.take());
        let profiles = match profiles::load_with(&self.settings().app_profiles).await {
            Ok(profiles) => profiles,
            Err(error) => {
                notice.get_or_insert(error);
                Vec::new()
            }
        };
        let sessions = match self.sessions().await {
            Ok(sessions) => sessions,
            Err(error) => {
                notice.get_or_insert(error);
                Vec::new()
            }
        };
        let settings = self.settings();
        let catalog = self.catalog_of(&profiles);
        AppSnapshot {
            profiles,
            last_profile: settings.last_profile,
            last_instance: settings.last_instance,
            sessions,
            notice,
            catalog,
            settings: self.settings_view(),
            pending_deep_link: self
                .pending_deep_link
                .lock()
                .ok()
                .and_then(|mut pending| pending.take()),
        }
    }

    /// Every known instance of every profile, without any network call.
    pub async fn catalog(&self) -> Catalog {
        let profiles = self.profiles().await.unwrap_or_default();
        self.catalog_of(&profiles)
    }

    fn catalog_of(&self, profiles: &[Profile]) -> Catalog {
        let refreshing = self
            .refreshing
            .lock()
            .map(|r| r.clone())
            .unwrap_or_default();
        let cache = self.discovery.lock().map(|c| c.clone()).unwrap_or_default();
        catalog::build(
            profiles,
            &cache,
            &self.settings(),
            self.policy.policy.as_ref(),
            &refreshing,
            self.effective().default_instance,
            now_epoch(),
        )
    }

    /// Discovers instances of one profile (or every profile) in every Amazon Connect region of
    /// its partition, concurrently, and returns the updated catalog. Without `refresh`, a cache
    /// younger than [`catalog::FRESH_FOR`] is kept. Failures are in the catalog, per profile and
    /// per region; only bad input is an error.
    pub async fn discover(&self, profile: Option<&str>, refresh: bool) -> Result<Catalog> {
        use futures_util::StreamExt;
        let names: Vec<String> = match profile {
            Some(name) => {
                check_profile_name(name)?;
                vec![name.to_string()]
            }
            None => self
                .profiles()
                .await?
                .into_iter()
                .map(|profile| profile.name)
                .collect(),
        };
        let now = now_epoch();
        let due: Vec<String> = {
            let cache = self
                .discovery
                .lock()
                .map_err(|_| Error::internal("discovery lock poisoned"))?;
            names
                .into_iter()
                .filter(|name| refresh || !cache.is_fresh(name, now))
                .collect()
        };
        if due.is_empty() {
            let picked = profile
                .map(str::to_string)
                .or_else(|| self.settings().last_profile);
            if let Some(name) = picked {
                // A fresh list needs no discovery, but this profile is the one about to be
                // used: resolve its credentials and build its client now, not on the click.
                if let Err(error) = self.client(&name, None).await {
                    tracing::debug!(code = %error.code, "profile not ready: {}", error.message);
                }
            }
        }
        if let Ok(mut refreshing) = self.refreshing.lock() {
            refreshing.extend(due.iter().cloned());
        }
        // A few profiles at a time: each already asks every region at once.
        let results: Vec<(String, CachedProfile)> = futures_util::stream::iter(due)
            .map(|name| async move {
                let found = self.discover_profile(&name, true).await;
                (name, found)
            })
            .buffer_unordered(4)
            .collect()
            .await;
        let snapshot = {
            let mut cache = self
                .discovery
                .lock()
                .map_err(|_| Error::internal("discovery lock poisoned"))?;
            for (name, found) in results {
                self.remember_instances(&found.instances);
                cache.store(&name, found);
                if let Ok(mut refreshing) = self.refreshing.lock() {
                    refreshing.remove(&name);
                }
            }
            cache.clone()
        };
        if let Err(error) = snapshot.save(self.settings_store.dir()) {
            tracing::warn!(code = %error.code, "{}", error.message);
        }
        Ok(self.catalog().await)
    }

    /// One profile's instances in its own region, or in every region of its partition.
    pub async fn discover_profile(&self, profile: &str, all_regions: bool) -> CachedProfile {
        let failed = |error: Error| CachedProfile {
            fetched_at: now_epoch(),
            instances: Vec::new(),
            regions: Vec::new(),
            error: Some(error),
        };
        let home = match self.client(profile, None).await {
            Ok(bound) => bound.region.clone(),
            Err(error) if error.code == ErrorCode::NoRegion && all_regions => {
                "us-east-1".to_string()
            }
            Err(error) => return failed(error),
        };
        let regions = if all_regions {
            let partition = regions::partition(&home);
            let mut list = vec![home.clone()];
            list.extend(
                regions::all(&self.effective().extra_regions)
                    .into_iter()
                    .filter(|region| regions::partition(region) == partition && *region != home),
            );
            list
        } else {
            vec![home]
        };
        let per_region = self.settings().network.discovery_region_timeout();
        let (instances, statuses) =
            catalog::discover_regions(&regions, per_region, |region| async move {
                let bound = self.client(profile, Some(region)).await?;
                let context = self.context(&bound, None, None);
                instances::list_instances(&bound.client, &context).await
            })
            .await;
        // Every region refusing for the same reason (expired keys, a skewed clock) is the
        // profile's problem, not eleven regional ones.
        let first = statuses.first().and_then(|status| status.error.clone());
        let error = first.filter(|first| {
            statuses
                .iter()
                .all(|status| status.error.as_ref().is_some_and(|e| e.code == first.code))
        });
        CachedProfile {
            fetched_at: now_epoch(),
            instances,
            regions: statuses,
            error,
        }
    }

    /// Pins or unpins an instance for a profile (refused when the policy manages pins).
    pub async fn set_pinned(&self, profile: &str, instance: &str, pinned: bool) -> Result<Catalog> {
        check_profile_name(profile)?;
        let reference = InstanceRef::parse(instance)?;
        if self
            .policy
            .policy
            .as_ref()
            .is_some_and(|p| p.is_locked(Lockable::Pins))
        {
            return Err(preferences::managed(Lockable::Pins.as_str()));
        }
        self.update(|settings| {
            let mut next = settings.clone();
            next.pins.retain(|pin| {
                !(pin.profile == profile
                    && InstanceRef::parse(&pin.instance).is_ok_and(|r| r.id == reference.id))
            });
            if pinned {
                next.pins.push(InstanceChoice {
                    profile: profile.to_string(),
                    instance: instance.trim().to_string(),
                });
            }
            Ok(next)
        })?;
        Ok(self.catalog().await)
    }

    /// Checks a `connect-sso://` link and keeps it until the window asks (or shows it).
    pub fn accept_deep_link(&self, link: &str) -> Result<DeepLinkView> {
        let parsed = crate::deeplink::parse(link)?;
        let reference = InstanceRef::parse(&parsed.instance)?;
        let label = self
            .policy
            .policy
            .as_ref()
            .and_then(|p| p.instance(&parsed.profile, &reference.id))
            .and_then(|entry| entry.display_name.clone())
            .or_else(|| self.known_instance(&reference.id).and_then(|i| i.alias));
        let view = DeepLinkView {
            profile: parsed.profile,
            instance_id: reference.id,
            region: reference.region,
            label,
            instance: parsed.instance,
        };
        if let Ok(mut pending) = self.pending_deep_link.lock() {
            *pending = Some(view.clone());
        }
        Ok(view)
    }

    /// The link waiting for confirmation, if any (taken: asked once).
    pub fn take_deep_link(&self) -> Option<DeepLinkView> {
        self.pending_deep_link
            .lock()
            .ok()
            .and_then(|mut pending| pending.take())
    }

    pub async fn profiles(&self) -> Result<Vec<Profile>> {
        profiles::load_with(&self.settings().app_profiles).await
    }

    /// Instances of the profile in its region (all pages).
    pub async fn instances(&self, profile: &str) -> Result<Vec<Instance>> {
        check_profile_name(profile)?;
        let bound = self.client(profile, None).await?;
        let context = self.context(&bound, None, None);
        let instances = instances::list_instances(&bound.client, &context).await?;
        self.remember_instances(&instances);
        Ok(instances)
    }

    /// A pasted instance ID or ARN, described through the profile (the ARN picks the region).
    pub async fn resolve_instance(&self, profile: &str, input: &str) -> Result<Instance> {
        check_profile_name(profile)?;
        let reference = InstanceRef::parse(input)?;
        let bound = self.client(profile, reference.region.clone()).await?;
        let context = self.context(&bound, Some(&reference.id), reference.account_id.clone());
        let instance = instances::describe_instance(&bound.client, &reference.id, &context).await?;
        self.remember_instances(std::slice::from_ref(&instance));
        Ok(instance)
    }

    /// Remembers the picked profile and instance for the next start.
    pub fn remember_selection(&self, profile: &str, instance: Option<&str>) -> Result<()> {
        check_profile_name(profile)?;
        if let Some(instance) = instance {
            InstanceRef::parse(instance)?;
        }
        self.update(|settings| {
            Ok(Settings {
                last_profile: Some(profile.to_string()),
                last_instance: instance.map(str::to_string),
                ..settings.clone()
            })
        })
    }

    /// The whole click: federate, validate the URL, open the browser (unless `open` is false),
    /// keep the tokens in the keychain, remember the selection.
    pub async fn sign_in(
        &self,
        profile: &str,
        instance: &str,
        open: bool,
    ) -> Result<SignInOutcome> {
        check_profile_name(profile)?;
        let reference = InstanceRef::parse(instance)?;
        if let Some(policy) = &self.policy.policy {
            if !policy.allows(profile, &reference.id) {
                return Err(Error::new(
                    ErrorCode::InstanceNotAllowed,
                    format!(
                        "Your organization allows sign-in only to the instances it lists; {} with profile '{profile}' is not one of them.",
                        reference.id
                    ),
                    "Pick one of the instances marked Managed, or ask your IT department.",
                ));
            }
        }
        let reference = self.locate(profile, reference);
        let bound = self.client(profile, reference.region.clone()).await?;
        let context = self.context(&bound, Some(&reference.id), reference.account_id.clone());
        // An instance not listed yet is described alongside the federation call (no added
        // latency): its alias names the session and its access URL pins the sign-in host. Agents
        // may lack connect:DescribeInstance, so a failure there only loses those two.
        let listed = self.known_instance(&reference.id);
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
            self.remember_instances(std::slice::from_ref(instance));
        }
        let sign_in = match federated {
            Ok(sign_in) => sign_in,
            Err(error) if error.code == ErrorCode::UserNotFound => {
                // Failing anyway: worth a moment to name who AWS thinks the caller is.
                let identity =
                    tokio::time::timeout(IDENTITY_WAIT_ON_FAILURE, bound.identity()).await;
                return Err(explain_user_not_found(error, identity.ok().flatten()));
            }
            Err(error) => return Err(error),
        };

        let policy = UrlPolicy {
            loopback_origin: bound.loopback_origin.clone(),
            ..UrlPolicy::default()
        }
        .with_access_url(known.as_ref().and_then(|i| i.access_url.as_deref()));
        launcher::validate_sign_in_url(&sign_in.url, &policy)?;

        if open {
            let opener = Arc::clone(&self.opener);
            let url = sign_in.url.clone();
            tokio::task::spawn_blocking(move || opener.open(&url))
                .await
                .map_err(|_| Error::internal("the browser launcher task failed"))??;
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

        let record = SessionRecord {
            profile: bound.profile.name.clone(),
            instance_id: reference.id.clone(),
            instance_alias: known.and_then(|i| i.alias),
            region: bound.region.clone(),
            user_id: sign_in.user_id.clone(),
            user_arn: sign_in.user_arn.clone(),
            connect_username: identity
                .as_ref()
                .and_then(|i| i.connect_username())
                .map(str::to_string),
            caller_arn: identity.map(|i| i.arn),
            sign_in_origin: url::Url::parse(sign_in.url.expose())
                .ok()
                .map(|url| url.origin().ascii_serialization()),
            access_token_expires_at: sign_in.tokens.access_token_expires_at,
            refresh_token_expires_at: sign_in.tokens.refresh_token_expires_at,
            signed_in_at: now_epoch(),
        };
        let store = self.sessions.clone();
        let (saved_record, tokens) = (record.clone(), sign_in.tokens.clone());
        let vault_error = tokio::task::spawn_blocking(move || store.save(&saved_record, &tokens))
            .await
            .map_err(|_| Error::internal("the keychain task failed"))?
            .err();
        if let Some(error) = &vault_error {
            tracing::warn!(code = %error.code, "tokens not stored: {}", error.message);
        }
        let used_at = now_epoch() as u64;
        let remembered = self.update(|settings| {
            let mut next = Settings {
                last_profile: Some(profile.to_string()),
                last_instance: Some(reference.id.clone()),
                ..settings.clone()
            };
            next.record_use(profile, &reference.id, used_at);
            Ok(next)
        });
        if let Err(error) = remembered {
            tracing::warn!(code = %error.code, "selection not remembered: {}", error.message);
        }
        tracing::info!(profile, instance = %reference.id, "signed in");
        Ok(SignInOutcome {
            session: record.view(vault_error.is_none()),
            url: sign_in.url,
            vault_error,
        })
    }

    /// Forgets the session's tokens. True when there was one. With `browser`, also opens the
    /// instance's Amazon Connect logout page, so the browser session ends too.
    pub async fn sign_out(&self, profile: &str, instance: &str, browser: bool) -> Result<bool> {
        check_profile_name(profile)?;
        let reference = InstanceRef::parse(instance)?;
        let key = SessionKey {
            profile: profile.to_string(),
            instance_id: reference.id,
        };
        let store = self.sessions.clone();
        let lookup = key.clone();
        let (record, removed) = tokio::task::spawn_blocking(move || -> Result<_> {
            let record = store.get(&lookup)?;
            Ok((record, store.remove(&lookup)?))
        })
        .await
        .map_err(|_| Error::internal("the keychain task failed"))??;
        tracing::info!(profile, removed, "signed out");
        if browser {
            let origin = record.and_then(|r| r.sign_in_origin).ok_or_else(|| {
                Error::new(
                    ErrorCode::SessionNotFound,
                    "The tokens were removed, but this session's Amazon Connect address is unknown, so its browser logout page cannot be opened.",
                    "Sign out in the Amazon Connect tab of your browser.",
                )
            })?;
            self.open_logout_page(profile, &origin).await?;
        }
        Ok(removed)
    }

    /// Opens `<origin>/logout` after the same validation as a sign-in URL.
    async fn open_logout_page(&self, profile: &str, origin: &str) -> Result<()> {
        let logout = url::Url::parse(origin)
            .and_then(|origin| origin.join("/logout"))
            .map_err(|_| Error::internal("the stored Connect origin is not a URL"))?;
        let loopback_origin = profiles::connect_endpoint_override(profile)
            .await?
            .as_deref()
            .and_then(LoopbackOrigin::from_endpoint);
        let logout = Secret::new(logout.as_str());
        launcher::validate_sign_in_url(
            &logout,
            &UrlPolicy {
                loopback_origin,
                ..UrlPolicy::default()
            },
        )?;
        let opener = Arc::clone(&self.opener);
        tokio::task::spawn_blocking(move || opener.open(&logout))
            .await
            .map_err(|_| Error::internal("the browser launcher task failed"))?
    }

    /// "Open": re-opens a stored session in the browser with its stored tokens (no new
    /// federation call) while they are valid; otherwise, or if anything on the way fails, signs
    /// in afresh.
    pub async fn open_session(&self, profile: &str, instance: &str) -> Result<OpenOutcome> {
        check_profile_name(profile)?;
        let reference = InstanceRef::parse(instance)?;
        let key = SessionKey {
            profile: profile.to_string(),
            instance_id: reference.id,
        };
        match self.try_resume(&key).await {
            Ok(Some((session, page_fetched))) => {
                tracing::info!(profile, instance = %key.instance_id, "session resumed");
                return Ok(OpenOutcome {
                    session,
                    resumed: true,
                    page_fetched: Some(page_fetched),
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
            page_fetched: None,
        })
    }

    /// `Ok(None)` when there is nothing to resume (no tokens, expired, origin unknown).
    async fn try_resume(
        &self,
        key: &SessionKey,
    ) -> Result<Option<(SessionView, tokio::task::JoinHandle<bool>)>> {
        let store = self.sessions.clone();
        let lookup = key.clone();
        let (record, tokens) = tokio::task::spawn_blocking(move || -> Result<_> {
            Ok((store.get(&lookup)?, store.tokens(&lookup)?))
        })
        .await
        .map_err(|_| Error::internal("the keychain task failed"))??;
        let (Some(record), Some((access_token, refresh_token))) = (record, tokens) else {
            return Ok(None);
        };
        let usable = record
            .access_token_expires_at
            .is_some_and(|expires| expires - RESUME_MARGIN_SECS > now_epoch());
        let target = record
            .sign_in_origin
            .as_deref()
            .and_then(|origin| url::Url::parse(origin).ok())
            .and_then(|origin| origin.join("/auth/sign-in").ok());
        let (true, Some(target)) = (usable, target) else {
            return Ok(None);
        };
        // The origin came from the keychain and the endpoint may have changed since: the target
        // must pass the same validation as a sign-in URL from Connect.
        let loopback_origin = profiles::connect_endpoint_override(&key.profile)
            .await?
            .as_deref()
            .and_then(LoopbackOrigin::from_endpoint);
        let policy = UrlPolicy {
            loopback_origin,
            ..UrlPolicy::default()
        };
        launcher::validate_sign_in_url(&Secret::new(target.as_str()), &policy)?;

        let nonce = resume::random_hex(16);
        let credentials = resume::StoredCredentials {
            access_token: &access_token,
            access_token_expires_at: record.access_token_expires_at,
            refresh_token: &refresh_token,
            refresh_token_expires_at: record.refresh_token_expires_at,
        };
        let page = resume::page(&target, &credentials, &nonce)?;
        let (page_url, page_fetched) =
            resume::serve_once(page, &target, nonce)
                .await
                .map_err(|error| {
                    Error::internal(format!("the resume page could not be served: {error}"))
                })?;
        let opener = Arc::clone(&self.opener);
        tokio::task::spawn_blocking(move || opener.open(&page_url))
            .await
            .map_err(|_| Error::internal("the browser launcher task failed"))??;
        Ok(Some((record.view(true), page_fetched)))
    }

    /// Starts an IAM Identity Center device sign-in for an SSO profile and (with `open`) opens
    /// its verification page in the browser. [`App::sso_login_wait`] then completes it.
    pub async fn sso_login_start(&self, profile: &str, open: bool) -> Result<SsoLoginView> {
        check_profile_name(profile)?;
        let target = match self.app_profile(profile) {
            Some(app) => sso::SsoTarget {
                session_name: Some(app.session_name()),
                start_url: app.sso_start_url,
                region: app.sso_region,
            },
            None => sso::SsoTarget::of_profile(profile).await?,
        };
        let pending = sso::start(target, self.settings().network.operation_timeout()).await?;
        let view = SsoLoginView {
            profile: profile.to_string(),
            user_code: pending.user_code.clone(),
            verification_url: pending.verification_url.clone(),
            expires_at: pending
                .expires_at
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs_f64())
                .unwrap_or_default(),
        };
        if open {
            let opener = Arc::clone(&self.opener);
            let url = Secret::new(pending.verification_url.clone());
            tokio::task::spawn_blocking(move || opener.open(&url))
                .await
                .map_err(|_| Error::internal("the browser launcher task failed"))??;
        }
        self.sso_pending
            .lock()
            .map_err(|_| Error::internal("sso lock poisoned"))?
            .insert(profile.to_string(), pending);
        tracing::info!(profile, "IAM Identity Center sign-in started");
        Ok(view)
    }

    /// Waits until the started device sign-in is approved (the token lands in the AWS CLI's
    /// cache), denied, expired or cancelled. Afterwards the profile's credentials are resolved
    /// afresh on the next call.
    pub async fn sso_login_wait(&self, profile: &str) -> Result<()> {
        let pending = self
            .sso_pending
            .lock()
            .map_err(|_| Error::internal("sso lock poisoned"))?
            .remove(profile)
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::SsoLoginCancelled,
                    format!(
                        "No IAM Identity Center sign-in is in progress for profile '{profile}'."
                    ),
                    "Start the sign-in again.",
                )
            })?;
        let (cancel, cancelled) = tokio::sync::watch::channel(false);
        self.sso_cancel
            .lock()
            .map_err(|_| Error::internal("sso lock poisoned"))?
            .insert(profile.to_string(), cancel);
        let home = sso::home()?;
        let result = sso::finish(pending, &home, cancelled).await;
        if let Ok(mut switches) = self.sso_cancel.lock() {
            switches.remove(profile);
        }
        if result.is_ok() {
            self.forget_profile(profile);
        }
        result
    }

    /// Takes the one-time code for an MFA role profile: STS AssumeRole with it, role credentials
    /// kept in memory until shortly before they expire. The next call then just works.
    pub async fn submit_mfa_code(&self, profile: &str, code: &str) -> Result<()> {
        check_profile_name(profile)?;
        let role = mfa::MfaRole::of_profile(profile).await?.ok_or_else(|| {
            Error::invalid_parameter(
                format!("Profile '{profile}' is not a role with an MFA device (mfa_serial)."),
                "Pick the profile again; no code is needed for it.",
            )
        })?;
        self.mfa
            .assume_with_code(&role, code, self.settings().network.operation_timeout())
            .await?;
        self.forget_profile(profile);
        Ok(())
    }

    /// Writes an app profile into the AWS config (only when asked), as an `sso-session` and a
    /// profile using it. The session name is the one the app caches its token under, so the AWS
    /// CLI can use the app's sign-in at once. Refuses to touch an existing profile of that name.
    pub fn export_app_profile(&self, name: &str) -> Result<std::path::PathBuf> {
        check_profile_name(name)?;
        let app = self.app_profile(name).ok_or_else(|| {
            Error::invalid_parameter(
                format!("There is no app profile named '{name}' in the settings."),
                "`connect-sso profiles` lists the profiles; app profiles come from the settings file.",
            )
        })?;
        let path = std::env::var_os("AWS_CONFIG_FILE")
            .filter(|p| !p.is_empty())
            .map(std::path::PathBuf::from)
            .or_else(|| dirs::home_dir().map(|home| home.join(".aws").join("config")))
            .ok_or_else(|| Error::internal("no home directory for the AWS config"))?;
        let existing = std::fs::read_to_string(&path).unwrap_or_default();
        let header = format!("[profile {name}]");
        let session = app.session_name();
        if existing
            .lines()
            .any(|line| line.trim() == header || line.trim() == format!("[sso-session {session}]"))
        {
            return Err(Error::invalid_parameter(
                format!(
                    "{} already has a profile or sso-session named '{name}'.",
                    path.display()
                ),
                "Nothing was changed. Remove or rename that section first.",
            ));
        }
        let section = format!(
            "\n# Exported by Connect SSO from its app profile '{name}'.\n[sso-session {session}]\nsso_start_url = {}\nsso_region = {}\nsso_registration_scopes = sso:account:access\n\n{header}\nsso_session = {session}\nsso_account_id = {}\nsso_role_name = {}\nregion = {}\n",
            app.sso_start_url, app.sso_region, app.account_id, app.role_name, app.region
        );
        let write = || -> std::io::Result<()> {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            use std::io::Write;
            let mut file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)?;
            file.write_all(section.as_bytes())?;
            file.sync_all()
        };
        write().map_err(|error| {
            Error::new(
                ErrorCode::SettingsUnwritable,
                format!("{} could not be written: {error}", path.display()),
                "Check that the AWS config file is writable.",
            )
        })?;
        Ok(path)
    }

    fn app_profile(&self, name: &str) -> Option<AppProfile> {
        self.settings()
            .app_profiles
            .into_iter()
            .find(|app| app.name == name)
    }

    /// Cancels a device sign-in being waited for (or started). True when there was one.
    pub fn sso_login_cancel(&self, profile: &str) -> bool {
        let started = self
            .sso_pending
            .lock()
            .map(|mut pending| pending.remove(profile).is_some())
            .unwrap_or(false);
        let waiting = self
            .sso_cancel
            .lock()
            .ok()
            .and_then(|switches| {
                switches
                    .get(profile)
                    .map(|switch| switch.send(true).is_ok())
            })
            .unwrap_or(false);
        started || waiting
    }

    /// End of shift on a shared desk: forgets every stored session in one action. Returns how
    /// many there were. Stops at the first keychain failure so nothing is reported as wiped that
    /// was not.
    pub async fn end_shift(&self) -> Result<usize> {
        let store = self.sessions.clone();
        let removed = tokio::task::spawn_blocking(move || -> Result<usize> {
            let mut removed = 0;
            for record in store.list()? {
                if store.remove(&record.key())? {
                    removed += 1;
                }
            }
            Ok(removed)
        })
        .await
        .map_err(|_| Error::internal("the keychain task failed"))??;
        tracing::info!(removed, "shift ended: all sessions removed");
        Ok(removed)
    }

    /// Every session stored in the keychain.
    pub async fn sessions(&self) -> Result<Vec<SessionView>> {
        let store = self.sessions.clone();
        let records = tokio::task::spawn_blocking(move || store.list())
            .await
            .map_err(|_| Error::internal("the keychain task failed"))??;
        Ok(records.iter().map(|record| record.view(true)).collect())
    }

    /// The profile's credentials resolve (`doctor`): its description and home region.
    pub async fn check_credentials(&self, profile: &str) -> Result<(Profile, String)> {
        check_profile_name(profile)?;
        let bound = self.client(profile, None).await?;
        Ok((bound.profile.clone(), bound.region.clone()))
    }

    /// Who AWS says the profile is (STS GetCallerIdentity), errors included (`doctor`).
    pub async fn whoami(&self, profile: &str) -> Result<CallerIdentity> {
        check_profile_name(profile)?;
        let bound = self.client(profile, None).await?;
        let context = self.context(&bound, None, None);
        identity::caller_identity_checked(&bound.sts, &context).await
    }

    /// Writes, reads back and deletes a probe entry in the keychain (`doctor`).
    pub async fn probe_keychain(&self) -> Result<()> {
        let store = self.sessions.clone();
        tokio::task::spawn_blocking(move || store.probe())
            .await
            .map_err(|_| Error::internal("the keychain task failed"))?
    }

    /// The browser launcher that would open sign-in URLs (`doctor`).
    pub fn browser_launcher(&self) -> Result<String> {
        self.opener.describe()
    }

    /// Drops a profile's resolved credentials and clients: the next call resolves afresh (after
    /// an IAM Identity Center sign-in or an MFA code).
    fn forget_profile(&self, profile: &str) {
        if let Ok(mut bindings) = self.bindings.lock() {
            bindings.remove(profile);
        }
        if let Ok(mut clients) = self.clients.lock() {
            clients.retain(|(name, _), _| name != profile);
        }
    }

    /// The cached client for (profile, region), built on first use. `region` is set when an
    /// instance ARN or discovery names one; otherwise the profile's region chain decides, as in
    /// the AWS CLI.
    async fn client(&self, profile_name: &str, region: Option<String>) -> Result<Arc<BoundClient>> {
        let key = (profile_name.to_string(), region.clone());
        let slot = self
            .clients
            .lock()
            .map_err(|_| Error::internal("client lock poisoned"))?
            .entry(key)
            .or_default()
            .clone();
        slot.get_or_try_init(|| self.build_client(profile_name, region))
            .await
            .cloned()
    }

    /// The profile with its credentials resolved, once for all its regions.
    async fn binding(&self, profile_name: &str) -> Result<Arc<ProfileBinding>> {
        let slot = self
            .bindings
            .lock()
            .map_err(|_| Error::internal("client lock poisoned"))?
            .entry(profile_name.to_string())
            .or_default()
            .clone();
        slot.get_or_try_init(|| self.build_binding(profile_name))
            .await
            .cloned()
    }

    async fn build_binding(&self, profile_name: &str) -> Result<Arc<ProfileBinding>> {
        let profile = profiles::find_with(profile_name, &self.settings().app_profiles).await?;
        // An app profile (from settings) when the AWS config has no profile of that name.
        let app_profile = match profiles::find_profile(profile_name).await {
            Ok(_) => None,
            Err(_) => self.app_profile(profile_name),
        };
        let endpoint = profiles::connect_endpoint_override(profile_name).await?;
        if endpoint.is_some()
            && self
                .policy
                .policy
                .as_ref()
                .is_some_and(|p| !p.allow_custom_endpoints)
        {
            return Err(Error::new(
                ErrorCode::SettingManaged,
                format!("Profile '{profile_name}' sends Amazon Connect calls to a custom endpoint, which your organization's policy does not allow."),
                "Remove endpoint_url from the profile (and AWS_ENDPOINT_URL* from the environment), or ask your IT department.",
            ));
        }
        let network = self.settings().network;
        // MFA roles get their credentials from the code the person typed (aws-config cannot
        // prompt); every other profile from aws-config's own chain.
        let mfa_role = mfa::MfaRole::of_profile(profile_name).await?;
        let credentials = match (&mfa_role, &app_profile) {
            (Some(role), _) => {
                if !self.mfa.has_fresh(profile_name) {
                    return Err(mfa::mfa_required(role));
                }
                CachedCredentials::new(self.mfa.provider(profile_name), network.operation_timeout())
            }
            (None, Some(app)) => CachedCredentials::new(
                aws_config::sso::SsoCredentialsProvider::builder()
                    .session_name(app.session_name())
                    .start_url(&app.sso_start_url)
                    .region(Region::new(app.sso_region.clone()))
                    .account_id(&app.account_id)
                    .role_name(&app.role_name)
                    .build(),
                network.operation_timeout(),
            ),
            (None, None) => CachedCredentials::new(
                aws_config::profile::ProfileFileCredentialsProvider::builder()
                    .profile_name(&profile.name)
                    .build(),
                network.operation_timeout(),
            ),
        };
        // Resolve now, so the click does not wait for credentials and a failure is named for
        // what it is (expired SSO sign-in, broken credential_process) rather than a Connect error.
        let context = CallContext {
            profile: profile.name.clone(),
            profile_kind: Some(profile.kind),
            instance_id: None,
            instance_alias: None,
            region: profile
                .region
                .clone()
                .or_else(|| app_profile.as_ref().map(|app| app.region.clone())),
            account_id: None,
        };
        credentials
            .resolve()
            .await
            .map_err(|error| map_credentials_error(&error, &context))?;
        Ok(Arc::new(ProfileBinding {
            profile,
            app_profile,
            credentials,
            endpoint,
        }))
    }

    async fn build_client(
        &self,
        profile_name: &str,
        region: Option<String>,
    ) -> Result<Arc<BoundClient>> {
        let binding = self.binding(profile_name).await?;
        let region = region.or_else(|| binding.app_profile.as_ref().map(|app| app.region.clone()));
        let network = self.settings().network;
        let shared_http = self
            .http_client
            .lock()
            .ok()
            .and_then(|client| client.clone());
        let sdk_config = load_sdk_config(
            &binding.profile,
            region,
            &network,
            binding.credentials.clone(),
            shared_http.clone(),
        )
        .await;
        if shared_http.is_none() {
            if let (Ok(mut kept), Some(client)) =
                (self.http_client.lock(), sdk_config.http_client())
            {
                kept.get_or_insert(client);
            }
        }
        let Some(region) = sdk_config.region().map(|r| r.to_string()) else {
            return Err(Error::new(
                ErrorCode::NoRegion,
                format!("Profile '{profile_name}' does not say which AWS region to use."),
                "Add `region = ...` to the profile in ~/.aws/config, or paste the instance ARN, which names its region.",
            ));
        };
        let bound = Arc::new(BoundClient {
            client: Client::new(&sdk_config),
            sts: aws_sdk_sts::Client::new(&sdk_config),
            loopback_origin: binding
                .endpoint
                .as_deref()
                .and_then(LoopbackOrigin::from_endpoint),
            profile: binding.profile.clone(),
            region,
            identity: tokio::sync::OnceCell::new(),
        });
        let background = Arc::clone(&bound);
        tokio::spawn(async move { background.identity().await });
        Ok(bound)
    }

    fn context(
        &self,
        bound: &BoundClient,
        instance_id: Option<&str>,
        account_id: Option<String>,
    ) -> CallContext {
        CallContext {
            profile: bound.profile.name.clone(),
            profile_kind: Some(bound.profile.kind),
            instance_id: instance_id.map(str::to_string),
            instance_alias: instance_id
                .and_then(|id| self.known_instance(id))
                .and_then(|instance| instance.alias),
            region: Some(bound.region.clone()),
            account_id: account_id.or_else(|| {
                instance_id
                    .and_then(|id| self.known_instance(id))
                    .map(|i| i.account_id)
                    .filter(|a| !a.is_empty())
            }),
        }
    }

    /// A bare instance ID names no region: when the instance is known (listed, described or
    /// discovered; IDs are unique) or the policy lists it by ARN, that region and account are
    /// used, so an ID works outside the profile's home region.
    fn locate(&self, profile: &str, reference: InstanceRef) -> InstanceRef {
        if reference.region.is_some() {
            return reference;
        }
        match self.known_instance(&reference.id) {
            Some(instance) if !instance.region.is_empty() => InstanceRef {
                region: Some(instance.region),
                account_id: Some(instance.account_id).filter(|a| !a.is_empty()),
                ..reference
            },
            // Not discovered (yet), but the policy may list it by ARN.
            _ => self
                .policy
                .policy
                .as_ref()
                .and_then(|policy| policy.instance(profile, &reference.id))
                .and_then(|entry| InstanceRef::parse(&entry.instance).ok())
                .filter(|listed| listed.region.is_some())
                .unwrap_or(reference),
        }
    }

    fn remember_instances(&self, list: &[Instance]) {
        if let Ok(mut known) = self.known_instances.lock() {
            for instance in list {
                known.insert(instance.id.clone(), instance.clone());
            }
        }
    }

    /// An instance listed or described in this process, else found by an earlier discovery (the
    /// cache file): a process that just started (the CLI) then skips DescribeInstance.
    fn known_instance(&self, id: &str) -> Option<Instance> {
        self.known_instances
            .lock()
            .ok()
            .and_then(|known| known.get(id).cloned())
            .or_else(|| {
                self.discovery.lock().ok().and_then(|cache| {
                    cache
                        .profiles
                        .values()
                        .flat_map(|cached| cached.instances.iter())
                        .find(|instance| instance.id == id)
                        .cloned()
                })
            })
    }
}

/// aws-config for one profile: its own credential chain (so `AWS_ACCESS_KEY_ID` in the
/// environment cannot override the profile the person picked), the standard region chain, and
/// explicit timeouts and bounded retries.
async fn load_sdk_config(
    profile: &Profile,
    region: Option<String>,
    network: &NetworkSettings,
    credentials: CachedCredentials,
    http_client: Option<SharedHttpClient>,
) -> aws_config::SdkConfig {
    // Environment, then the profile: never the EC2 metadata service, which a desktop does not
    // have and which would stall a profile without a region for seconds.
    let region_chain = RegionProviderChain::first_try(region.map(Region::new))
        .or_else(EnvironmentVariableRegionProvider::new())
        .or_else(
            ProfileFileRegionProvider::builder()
                .profile_name(&profile.name)
                .build(),
        );
    let loader = aws_config::defaults(BehaviorVersion::latest())
        .profile_name(&profile.name)
        .region(region_chain)
        .credentials_provider(credentials)
        .timeout_config(
            TimeoutConfig::builder()
                .connect_timeout(network.connect_timeout())
                .operation_attempt_timeout(network.attempt_timeout())
                .operation_timeout(network.operation_timeout())
                .build(),
        )
        .retry_config(RetryConfig::standard().with_max_attempts(network.max_attempts()));
    let loader = match http_client {
        Some(client) => loader.http_client(client),
        None => loader,
    };
    loader.load().await
}

/// How long a sign-in, its browser already opened, waits for STS to say who the caller is.
const IDENTITY_WAIT_AFTER_OPEN: std::time::Duration = std::time::Duration::from_secs(1);

/// How long a failing sign-in may wait for STS to say who the caller is.
const IDENTITY_WAIT_ON_FAILURE: std::time::Duration = std::time::Duration::from_secs(2);

/// Connect matches the caller's role session name against its usernames: show what AWS sees.
fn explain_user_not_found(mut error: Error, identity: Option<CallerIdentity>) -> Error {
    if let Some(identity) = identity {
        let name = identity
            .connect_username()
            .map(|name| format!(" (session name '{name}')"))
            .unwrap_or_default();
        error.hint = format!("AWS sees you as {}{name}. {} ", identity.arn, error.hint)
            .trim()
            .to_string();
    }
    error
}

/// Names come from the UI or the command line: bounded, printable, non-empty.
fn check_profile_name(name: &str) -> Result<()> {
    if name.is_empty() || name.len() > MAX_PROFILE_NAME_LEN || name.chars().any(char::is_control) {
        return Err(Error::invalid_parameter(
            "That is not a valid AWS profile name.",
            "Pick a profile from the list (`connect-sso profiles` lists them).",
        ));
    }
    Ok(())
}

fn now_epoch() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_names_are_checked() {
        assert!(check_profile_name("agent").is_ok());
        assert!(check_profile_name("with space/and:colon").is_ok());
        for bad in ["", "a\nb", &"x".repeat(300)] {
            assert_eq!(
                check_profile_name(bad).unwrap_err().code,
                ErrorCode::InvalidParameter
            );
        }
    }
}
