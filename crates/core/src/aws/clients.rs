//! The client pool: profile → credentials (resolved once, cached until shortly before they
//! expire) → one Connect and one STS client per (profile, region), all on one shared HTTP stack.
//! A click finds its client ready; eleven regions and several profiles cost one connection pool.

use crate::aws::credentials::CachedCredentials;
use crate::aws::endpoints;
use crate::aws::errors::{map_credentials_error, CallContext};
use crate::aws::identity::{self, CallerIdentity};
use crate::aws::mfa::{self, MfaCache};
use crate::aws::network::{CaBundle, HttpStacks, ProxyRoute};
use crate::aws::profiles;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::instance::Instance;
use crate::core::preferences::Preferences;
use crate::core::profile::{check_name, Profile};
use crate::core::settings::{AppProfile, NetworkSettings};
use crate::signin::launcher::LoopbackOrigin;
use aws_config::environment::region::EnvironmentVariableRegionProvider;
use aws_config::meta::region::RegionProviderChain;
use aws_config::profile::ProfileFileRegionProvider;
use aws_config::provider_config::ProviderConfig;
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region};
use aws_sdk_connect::Client;
use aws_smithy_runtime_api::client::http::SharedHttpClient;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// A profile with its credentials resolved once, shared by its clients in every region.
struct ProfileBinding {
    profile: Profile,
    app_profile: Option<AppProfile>,
    credentials: CachedCredentials,
    /// The profile's HTTP stack (its CA bundle; the proxy is everyone's).
    http: SharedHttpClient,
}

/// A Connect client bound to one profile and region, and what sign-in needs to know about its
/// endpoint.
pub struct BoundClient {
    pub client: Client,
    pub sts: aws_sdk_sts::Client,
    pub profile: Profile,
    pub region: String,
    /// Set when the endpoint is a loopback server (a local test or demo endpoint).
    pub loopback_origin: Option<LoopbackOrigin>,
    /// Filled in the background when the client is built; never awaited on the click path.
    identity: tokio::sync::OnceCell<Option<CallerIdentity>>,
}

impl BoundClient {
    /// The caller identity if it is already known, without waiting.
    pub fn known_identity(&self) -> Option<CallerIdentity> {
        self.identity.get().cloned().flatten()
    }

    /// The caller identity, asking STS if nobody has yet.
    pub async fn identity(&self) -> Option<CallerIdentity> {
        self.identity
            .get_or_init(|| identity::caller_identity(&self.sts))
            .await
            .clone()
    }

    /// What an error of a call through this client names: the profile, region and, when known,
    /// the instance with its alias and account.
    pub fn context(
        &self,
        instance_id: Option<&str>,
        known: Option<&Instance>,
        account_id: Option<String>,
    ) -> CallContext {
        CallContext {
            profile: self.profile.name.clone(),
            profile_kind: Some(self.profile.kind),
            instance_id: instance_id.map(str::to_string),
            instance_alias: known.and_then(|instance| instance.alias.clone()),
            region: Some(self.region.clone()),
            account_id: account_id.or_else(|| {
                known
                    .map(|instance| instance.account_id.clone())
                    .filter(|account| !account.is_empty())
            }),
        }
    }
}

/// (profile name, region named by an instance ARN or `None` for the profile's own region).
type ClientKey = (String, Option<String>);

/// Built once per key; concurrent callers wait for the same build, a failed build is retried.
type Slot<T> = Arc<tokio::sync::OnceCell<Arc<T>>>;

pub struct ClientPool {
    preferences: Arc<Preferences>,
    bindings: Mutex<HashMap<String, Slot<ProfileBinding>>>,
    clients: Mutex<HashMap<ClientKey, Slot<BoundClient>>>,
    /// The HTTP stacks (proxy, trust store, connection pools), shared by every client: eleven
    /// regions and several profiles cost one, not one each (one more per distinct CA bundle).
    stacks: HttpStacks,
    /// Role credentials obtained with an MFA code, by profile.
    mfa: MfaCache,
}

impl ClientPool {
    pub fn new(preferences: Arc<Preferences>) -> ClientPool {
        let policy = preferences.policy().policy.clone().unwrap_or_default();
        let stacks = HttpStacks::from_env(policy.proxy.as_deref(), policy.no_proxy.as_deref());
        ClientPool {
            preferences,
            bindings: Mutex::new(HashMap::new()),
            clients: Mutex::new(HashMap::new()),
            stacks,
            mfa: MfaCache::default(),
        }
    }

    /// The proxy every client goes through (or why the one named cannot be used).
    pub fn proxy(&self) -> Result<&ProxyRoute> {
        self.stacks.proxy()
    }

    /// The HTTP stacks themselves (`doctor` probes the way to each service with them).
    pub fn stacks(&self) -> &HttpStacks {
        &self.stacks
    }

    /// The CA bundle a profile's calls trust besides the system's roots, as the AWS CLI picks
    /// it: `AWS_CA_BUNDLE`, else the profile's `ca_bundle`.
    pub async fn ca_bundle(&self, profile: Option<&str>) -> Option<CaBundle> {
        let setting = match profile {
            Some(name) => profiles::setting_of(name, "ca_bundle").await,
            None => None,
        };
        let env = |name: &str| std::env::var(name).ok();
        CaBundle::for_profile(&env, profile.unwrap_or("default"), setting.as_deref())
    }

    /// The HTTP client for a profile's calls: the proxy and its CA bundle.
    pub async fn http_for(&self, profile: Option<&str>) -> Result<SharedHttpClient> {
        let bundle = self.ca_bundle(profile).await;
        self.stacks.client(bundle.as_ref())
    }

    /// The role credentials typed MFA codes bought, by profile.
    pub fn mfa(&self) -> &MfaCache {
        &self.mfa
    }

    /// The cached client for (profile, region), built on first use. `region` is set when an
    /// instance ARN or discovery names one; otherwise the profile's region chain decides, as in
    /// the AWS CLI.
    pub async fn client(
        &self,
        profile_name: &str,
        region: Option<String>,
    ) -> Result<Arc<BoundClient>> {
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

    /// Drops a profile's resolved credentials and clients: the next call resolves afresh (after
    /// an IAM Identity Center sign-in or an MFA code).
    pub fn forget(&self, profile: &str) {
        if let Ok(mut bindings) = self.bindings.lock() {
            bindings.remove(profile);
        }
        if let Ok(mut clients) = self.clients.lock() {
            clients.retain(|(name, _), _| name != profile);
        }
    }

    /// The profile's credentials resolve (`doctor`): its description and home region.
    pub async fn check_credentials(&self, profile: &str) -> Result<(Profile, String)> {
        check_name(profile)?;
        let bound = self.client(profile, None).await?;
        Ok((bound.profile.clone(), bound.region.clone()))
    }

    /// Who AWS says the profile is (STS GetCallerIdentity), errors included (`doctor`).
    pub async fn whoami(&self, profile: &str) -> Result<CallerIdentity> {
        check_name(profile)?;
        let bound = self.client(profile, None).await?;
        let context = bound.context(None, None, None);
        identity::caller_identity_checked(&bound.sts, &context).await
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
        let settings = self.preferences.settings();
        let profile = profiles::find_with(profile_name, &settings.usable_app_profiles()).await?;
        // An app profile (from settings) when the AWS config has no profile of that name.
        let app_profile = match profiles::find_profile(profile_name).await {
            Ok(_) => None,
            Err(_) => self.preferences.app_profile(profile_name),
        };
        self.enforce_endpoint_policy(profile_name, app_profile.is_some())
            .await?;
        let http = self.http_for(Some(profile_name)).await?;
        let credentials = self
            .credentials_of(&profile, app_profile.as_ref(), &settings.network, &http)
            .await?;
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
            http,
        }))
    }

    /// Before credentials are resolved (an IAM Identity Center profile asks its portal then):
    /// no client of this profile may have an endpoint override that is not a URL, nor, when the
    /// IT policy forbids custom endpoints, any override at all.
    async fn enforce_endpoint_policy(&self, profile_name: &str, app_profile: bool) -> Result<()> {
        let policy = self.preferences.policy();
        let every = [
            endpoints::CONNECT,
            endpoints::STS,
            endpoints::SSO,
            endpoints::SSO_OIDC,
        ];
        let config = endpoints::inspect(Some(profile_name)).await;
        endpoints::check_overrides(profile_name, &config, &every)?;
        endpoints::enforce(policy, profile_name, &config, &every)?;
        if app_profile {
            // An app profile's IAM Identity Center clients read the environment's default profile.
            let config = endpoints::inspect(None).await;
            endpoints::check_overrides(profile_name, &config, &every)?;
            endpoints::enforce(policy, profile_name, &config, &every)?;
        }
        Ok(())
    }

    /// MFA roles get their credentials from the code the person typed (aws-config cannot
    /// prompt), app profiles from IAM Identity Center, every other profile from aws-config's
    /// own chain.
    async fn credentials_of(
        &self,
        profile: &Profile,
        app_profile: Option<&AppProfile>,
        network: &NetworkSettings,
        http: &SharedHttpClient,
    ) -> Result<CachedCredentials> {
        let timeout = network.operation_timeout();
        // Role, IAM Identity Center and process credentials call AWS too: the same proxy and trust.
        let provider_config = ProviderConfig::default().with_http_client(http.clone());
        if let Some(role) = mfa::MfaRole::of_profile(&profile.name).await? {
            if !self.mfa.has_fresh(&profile.name) {
                return Err(mfa::mfa_required(&role));
            }
            return Ok(CachedCredentials::new(
                self.mfa.provider(&profile.name),
                timeout,
            ));
        }
        Ok(match app_profile {
            Some(app) => CachedCredentials::new(
                aws_config::sso::SsoCredentialsProvider::builder()
                    .configure(&provider_config)
                    .session_name(app.session_name())
                    .start_url(&app.sso_start_url)
                    .region(Region::new(app.sso_region.clone()))
                    .account_id(&app.account_id)
                    .role_name(&app.role_name)
                    .build(),
                timeout,
            ),
            None => CachedCredentials::new(
                aws_config::profile::ProfileFileCredentialsProvider::builder()
                    .configure(&provider_config)
                    .profile_name(&profile.name)
                    .build(),
                timeout,
            ),
        })
    }

    async fn build_client(
        &self,
        profile_name: &str,
        region: Option<String>,
    ) -> Result<Arc<BoundClient>> {
        let binding = self.binding(profile_name).await?;
        let region = region.or_else(|| binding.app_profile.as_ref().map(|app| app.region.clone()));
        let sdk_config = load_sdk_config(
            &binding.profile,
            region,
            &self.preferences.network(),
            binding.credentials.clone(),
            binding.http.clone(),
        )
        .await;
        // The clients are built from exactly this config: the policy holds for what they will call.
        endpoints::enforce(
            self.preferences.policy(),
            profile_name,
            &sdk_config,
            &[endpoints::CONNECT, endpoints::STS],
        )?;
        let connect_endpoint = endpoints::override_for(&sdk_config, endpoints::CONNECT);
        let Some(region) = sdk_config.region().map(|r| r.to_string()) else {
            return Err(Error::new(
                ErrorCode::NoRegion,
                crate::text!("error-no-region", profile = profile_name),
            ));
        };
        let bound = Arc::new(BoundClient {
            client: Client::new(&sdk_config),
            sts: aws_sdk_sts::Client::new(&sdk_config),
            loopback_origin: connect_endpoint
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
}

/// aws-config for one profile: its own credential chain (so `AWS_ACCESS_KEY_ID` in the
/// environment cannot override the profile the person picked), the standard region chain, and
/// explicit timeouts and bounded retries.
async fn load_sdk_config(
    profile: &Profile,
    region: Option<String>,
    network: &NetworkSettings,
    credentials: CachedCredentials,
    http_client: SharedHttpClient,
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
        .retry_config(RetryConfig::standard().with_max_attempts(network.max_attempts()))
        .http_client(http_client);
    loader.load().await
}
