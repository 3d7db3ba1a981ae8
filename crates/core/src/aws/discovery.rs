//! The discovery service: which Amazon Connect instances each profile can reach, found in every
//! region of its partition at once, kept in the on-disk cache, and served as the catalog (with
//! pins, recents and the policy's instances). It also knows every instance seen in this process,
//! so a bare instance ID signs in where it was found.

use crate::aws::catalog::{self, Catalog};
use crate::aws::clients::{BoundClient, ClientPool};
use crate::aws::discovery_cache::{CachedProfile, DiscoveryCache, RegionStatus};
use crate::aws::errors::CallContext;
use crate::aws::instances;
use crate::aws::profiles;
use crate::changes::{Change, ChangeFeed};
use crate::core::clock::now;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::instance::{Instance, InstanceRef};
use crate::core::policy::Lockable;
use crate::core::preferences::Preferences;
use crate::core::profile::{check_name, Profile};
use crate::core::regions;
use crate::core::settings::InstanceChoice;
use crate::core::settings_view::managed;
use futures_util::StreamExt;
use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Profiles discovered at once; each already asks every region at once.
const PROFILES_AT_ONCE: usize = 4;

pub struct Discovery {
    preferences: Arc<Preferences>,
    clients: Arc<ClientPool>,
    changes: ChangeFeed,
    cache: Mutex<DiscoveryCache>,
    /// Profiles being discovered right now.
    refreshing: Mutex<HashSet<String>>,
    /// Instances listed or described in this process, by ID.
    known: Mutex<HashMap<String, Instance>>,
}

impl Discovery {
    pub fn new(
        preferences: Arc<Preferences>,
        clients: Arc<ClientPool>,
        changes: ChangeFeed,
    ) -> Discovery {
        let cache = DiscoveryCache::load(preferences.dir());
        Discovery {
            preferences,
            clients,
            changes,
            cache: Mutex::new(cache),
            refreshing: Mutex::new(HashSet::new()),
            known: Mutex::new(HashMap::new()),
        }
    }

    /// Every profile: the AWS config's and the app profiles of the settings.
    pub async fn profiles(&self) -> Result<Vec<Profile>> {
        profiles::load_with(&self.preferences.settings().usable_app_profiles()).await
    }

    /// Every known instance of every profile, without any network call.
    pub async fn catalog(&self) -> Catalog {
        let profiles = self.profiles().await.unwrap_or_default();
        self.catalog_of(&profiles)
    }

    /// The catalog for profiles already loaded (the start-up snapshot loads them once).
    pub fn catalog_of(&self, profiles: &[Profile]) -> Catalog {
        let refreshing = self
            .refreshing
            .lock()
            .map(|r| r.clone())
            .unwrap_or_default();
        let cache = self.cache.lock().map(|c| c.clone()).unwrap_or_default();
        catalog::build(
            profiles,
            &cache,
            &self.preferences.settings(),
            self.preferences.policy().policy.as_ref(),
            &refreshing,
            self.preferences.effective().default_instance,
            now(),
        )
    }

    /// Announces the catalog as it is now, when anyone listens.
    pub async fn publish_catalog(&self) {
        if self.changes.is_watched() {
            self.changes.publish(Change::Catalog(self.catalog().await));
        }
    }

    /// Discovers instances of one profile (or every profile) in every Amazon Connect region of
    /// its partition, concurrently, and returns the updated catalog (also announced). Without
    /// `refresh`, a cache younger than the cache lifetime is kept. Failures are in the catalog,
    /// per profile and per region; only bad input is an error.
    pub async fn discover(&self, profile: Option<&str>, refresh: bool) -> Result<Catalog> {
        let names: Vec<String> = match profile {
            Some(name) => {
                check_name(name)?;
                vec![name.to_string()]
            }
            None => self.profiles().await?.into_iter().map(|p| p.name).collect(),
        };
        let due: Vec<String> = {
            let cache = self
                .cache
                .lock()
                .map_err(|_| Error::internal("discovery lock poisoned"))?;
            let now = now();
            names
                .into_iter()
                .filter(|name| refresh || !cache.is_fresh(name, now))
                .collect()
        };
        if due.is_empty() {
            self.prepare_picked(profile).await;
        }
        if let Ok(mut refreshing) = self.refreshing.lock() {
            refreshing.extend(due.iter().cloned());
        }
        let results: Vec<(String, CachedProfile)> = futures_util::stream::iter(due)
            .map(|name| async move {
                let found = self.discover_profile(&name, true).await;
                (name, found)
            })
            .buffer_unordered(PROFILES_AT_ONCE)
            .collect()
            .await;
        self.store(results)?;
        let catalog = self.catalog().await;
        self.changes.publish(Change::Catalog(catalog.clone()));
        Ok(catalog)
    }

    /// A fresh list needs no discovery, but the picked profile is the one about to be used:
    /// resolve its credentials and build its client now, not on the click.
    async fn prepare_picked(&self, profile: Option<&str>) {
        let picked = profile
            .map(str::to_string)
            .or_else(|| self.preferences.settings().last_profile);
        if let Some(name) = picked {
            if let Err(error) = self.clients.client(&name, None).await {
                tracing::debug!(code = %error.code, "profile not ready: {}", error.message);
            }
        }
    }

    /// Keeps what was found, in memory and on disk (best effort: a lost cache costs a discovery).
    fn store(&self, results: Vec<(String, CachedProfile)>) -> Result<()> {
        let snapshot = {
            let mut cache = self
                .cache
                .lock()
                .map_err(|_| Error::internal("discovery lock poisoned"))?;
            for (name, found) in results {
                self.remember(&found.instances);
                cache.store(&name, found);
                if let Ok(mut refreshing) = self.refreshing.lock() {
                    refreshing.remove(&name);
                }
            }
            cache.clone()
        };
        if let Err(error) = snapshot.save(self.preferences.dir()) {
            tracing::warn!(code = %error.code, "{}", error.message);
        }
        Ok(())
    }

    /// One profile's instances in its own region, or in every region of its partition.
    pub async fn discover_profile(&self, profile: &str, all_regions: bool) -> CachedProfile {
        let failed = |error: Error| CachedProfile {
            fetched_at: now(),
            instances: Vec::new(),
            regions: Vec::new(),
            error: Some(error),
        };
        let home = match self.clients.client(profile, None).await {
            Ok(bound) => bound.region.clone(),
            Err(error) if error.code == ErrorCode::NoRegion && all_regions => {
                "us-east-1".to_string()
            }
            Err(error) => return failed(error),
        };
        let regions = if all_regions {
            self.partition_regions(&home)
        } else {
            vec![home]
        };
        let per_region = self.preferences.network().discovery_region_timeout();
        let (instances, statuses) = discover_regions(&regions, per_region, |region| async move {
            let bound = self.clients.client(profile, Some(region)).await?;
            let context = bound.context(None, None, None);
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
            fetched_at: now(),
            instances,
            regions: statuses,
            error,
        }
    }

    /// The home region first, then every other region of its partition: commercial keys never
    /// go to GovCloud or China.
    fn partition_regions(&self, home: &str) -> Vec<String> {
        let partition = regions::partition(home);
        let mut list = vec![home.to_string()];
        list.extend(
            regions::all(&self.preferences.effective().extra_regions)
                .into_iter()
                .filter(|region| regions::partition(region) == partition && region != home),
        );
        list
    }

    /// Pins or unpins an instance for a profile (refused when the policy manages pins).
    pub async fn set_pinned(&self, profile: &str, instance: &str, pinned: bool) -> Result<Catalog> {
        check_name(profile)?;
        let reference = InstanceRef::parse(instance)?;
        let policy = self.preferences.policy().policy.as_ref();
        if policy.is_some_and(|p| p.is_locked(Lockable::Pins)) {
            return Err(managed(Lockable::Pins.as_str()));
        }
        self.preferences.change(|settings| {
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
        let catalog = self.catalog().await;
        self.changes.publish(Change::Catalog(catalog.clone()));
        Ok(catalog)
    }

    /// A sign-in: the selection is remembered for the next start and the instance becomes
    /// recent (announced with the catalog). A settings file that cannot be written costs only
    /// that, never the sign-in.
    pub async fn record_use(&self, profile: &str, instance_id: &str) {
        let used_at = now() as u64;
        let remembered = self.preferences.change(|settings| {
            let mut next = settings.clone();
            next.last_profile = Some(profile.to_string());
            next.last_instance = Some(instance_id.to_string());
            next.record_use(profile, instance_id, used_at);
            Ok(next)
        });
        if let Err(error) = remembered {
            tracing::warn!(code = %error.code, "selection not remembered: {}", error.message);
        }
        self.publish_catalog().await;
    }

    /// Instances of the profile in its region (all pages).
    pub async fn instances(&self, profile: &str) -> Result<Vec<Instance>> {
        check_name(profile)?;
        let bound = self.clients.client(profile, None).await?;
        let context = bound.context(None, None, None);
        let instances = instances::list_instances(&bound.client, &context).await?;
        self.remember(&instances);
        Ok(instances)
    }

    /// A pasted instance ID or ARN, described through the profile (the ARN picks the region).
    pub async fn resolve_instance(&self, profile: &str, input: &str) -> Result<Instance> {
        check_name(profile)?;
        let reference = InstanceRef::parse(input)?;
        let bound = self
            .clients
            .client(profile, reference.region.clone())
            .await?;
        let context = self.context(&bound, &reference);
        let instance = instances::describe_instance(&bound.client, &reference.id, &context).await?;
        self.remember(std::slice::from_ref(&instance));
        Ok(instance)
    }

    /// What an error of a call about this instance names (its alias and account when known).
    pub fn context(&self, bound: &BoundClient, reference: &InstanceRef) -> CallContext {
        let known = self.known_instance(&reference.id);
        bound.context(
            Some(&reference.id),
            known.as_ref(),
            reference.account_id.clone(),
        )
    }

    /// A bare instance ID names no region: when the instance is known (listed, described or
    /// discovered; IDs are unique) or the policy lists it by ARN, that region and account are
    /// used, so an ID works outside the profile's home region.
    pub fn locate(&self, profile: &str, reference: InstanceRef) -> InstanceRef {
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
                .preferences
                .policy()
                .policy
                .as_ref()
                .and_then(|policy| policy.instance(profile, &reference.id))
                .and_then(|entry| InstanceRef::parse(&entry.instance).ok())
                .filter(|listed| listed.region.is_some())
                .unwrap_or(reference),
        }
    }

    /// What to call an instance: the policy's display name, else its alias.
    pub fn label(&self, profile: &str, instance_id: &str) -> Option<String> {
        self.preferences
            .policy()
            .policy
            .as_ref()
            .and_then(|p| p.instance(profile, instance_id))
            .and_then(|entry| entry.display_name.clone())
            .or_else(|| self.known_instance(instance_id).and_then(|i| i.alias))
    }

    pub fn remember(&self, list: &[Instance]) {
        if let Ok(mut known) = self.known.lock() {
            for instance in list {
                known.insert(instance.id.clone(), instance.clone());
            }
        }
    }

    /// An instance listed or described in this process, else found by an earlier discovery (the
    /// cache file): a process that just started (the CLI) then skips DescribeInstance.
    pub fn known_instance(&self, id: &str) -> Option<Instance> {
        self.known
            .lock()
            .ok()
            .and_then(|known| known.get(id).cloned())
            .or_else(|| {
                self.cache.lock().ok().and_then(|cache| {
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

/// Lists every region concurrently, each bounded by `per_region`; one slow or failing region
/// only marks itself. Returns the instances found and each region's status, in `regions` order.
pub async fn discover_regions<F, Fut>(
    regions: &[String],
    per_region: Duration,
    list: F,
) -> (Vec<Instance>, Vec<RegionStatus>)
where
    F: Fn(String) -> Fut,
    Fut: Future<Output = Result<Vec<Instance>>>,
{
    let queries = regions.iter().map(|region| {
        let query = list(region.clone());
        async move {
            let started = Instant::now();
            let outcome = match tokio::time::timeout(per_region, query).await {
                Ok(outcome) => outcome,
                Err(_) => Err(Error::new(
                    ErrorCode::Timeout,
                    crate::text!(
                        "error-region-timeout",
                        region = region.as_str(),
                        seconds = per_region.as_secs().max(1),
                    ),
                )),
            };
            (region.clone(), outcome, started.elapsed())
        }
    });
    let mut instances = Vec::new();
    let mut statuses = Vec::with_capacity(regions.len());
    for (region, outcome, elapsed) in futures_util::future::join_all(queries).await {
        let elapsed_ms = u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX);
        match outcome {
            Ok(found) => {
                statuses.push(RegionStatus {
                    region,
                    count: found.len(),
                    error: None,
                    elapsed_ms,
                });
                instances.extend(found);
            }
            Err(error) => statuses.push(RegionStatus {
                region,
                count: 0,
                error: Some(error),
                elapsed_ms,
            }),
        }
    }
    (instances, statuses)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::instance::sample as instance;

    use crate::aws::discovery_cache::fixtures::A;

    #[tokio::test(start_paused = true)]
    async fn regions_run_concurrently_and_fail_alone() {
        let regions: Vec<String> = ["us-east-1", "eu-west-2", "ap-southeast-2"]
            .map(String::from)
            .to_vec();
        let started = tokio::time::Instant::now();
        let (found, statuses) =
            discover_regions(&regions, Duration::from_secs(5), |region| async move {
                match region.as_str() {
                    "us-east-1" => {
                        tokio::time::sleep(Duration::from_millis(300)).await;
                        Ok(vec![instance(A, "a", "us-east-1")])
                    }
                    "eu-west-2" => Err(Error::new(
                        ErrorCode::AccessDenied,
                        crate::text!("data", value = "no"),
                    )),
                    _ => {
                        tokio::time::sleep(Duration::from_secs(60)).await;
                        Ok(vec![])
                    }
                }
            })
            .await;
        assert_eq!(
            started.elapsed(),
            Duration::from_secs(5),
            "bounded by the timeout"
        );
        assert_eq!(found.len(), 1);
        assert_eq!(statuses[0].count, 1);
        assert_eq!(
            statuses[1].error.as_ref().unwrap().code,
            ErrorCode::AccessDenied
        );
        assert_eq!(statuses[2].error.as_ref().unwrap().code, ErrorCode::Timeout);
    }
}
