//! Instance discovery across regions, its on-disk cache, and the catalog (every known instance
//! of every profile, with pins, recents and policy entries) that the search box, the tray and
//! the CLI show.

use crate::error::{Error, ErrorCode, Result};
use crate::instances::{Instance, InstanceRef};
use crate::policy::Policy;
use crate::profiles::Profile;
use crate::settings::{create_private_dir, InstanceChoice, Settings};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::future::Future;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const CACHE_FILE: &str = "instances.json";
/// A cache younger than this is used as is; older ones are shown while a refresh runs.
pub const FRESH_FOR: Duration = Duration::from_secs(15 * 60);
/// Recency weighs a use half as much per week of age.
const HALF_LIFE_DAYS: f64 = 7.0;

/// One region's part of a discovery.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    test,
    derive(ts_rs::TS),
    ts(rename = "RegionStatusView", rename_all = "camelCase")
)]
pub struct RegionStatus {
    pub region: String,
    pub count: usize,
    pub error: Option<Error>,
    #[cfg_attr(test, ts(type = "number"))]
    pub elapsed_ms: u64,
}

/// What is known of one profile's instances.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    test,
    derive(ts_rs::TS),
    ts(rename = "ProfileDiscoveryView", rename_all = "camelCase")
)]
pub struct ProfileDiscovery {
    pub profile: String,
    /// Epoch seconds of the last discovery of this profile; null = never discovered.
    pub fetched_at: Option<f64>,
    /// One entry per region queried (empty until discovered).
    pub regions: Vec<RegionStatus>,
    /// Profile-wide failure (credentials, MFA needed, SSO expired…): no region could be queried.
    pub error: Option<Error>,
    /// A discovery of this profile is running.
    pub refreshing: bool,
}

/// One instance as the search box lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename_all = "camelCase"))]
pub struct CatalogEntry {
    pub profile: String,
    pub instance: Instance,
    /// Name given by the IT policy; shown instead of the alias when set.
    pub display_name: Option<String>,
    pub pinned: bool,
    /// Defined by the IT policy.
    pub managed: bool,
    pub use_count: u32,
    /// Epoch seconds of the last sign-in from this app.
    pub last_used_at: Option<f64>,
}

impl CatalogEntry {
    pub fn label(&self) -> &str {
        self.display_name
            .as_deref()
            .unwrap_or_else(|| self.instance.label())
    }
}

/// Everything the search box and the tray need, in display order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    test,
    derive(ts_rs::TS),
    ts(rename = "CatalogView", rename_all = "camelCase")
)]
pub struct Catalog {
    /// Pinned first, then by frequency and recency, then by label.
    pub entries: Vec<CatalogEntry>,
    pub profiles: Vec<ProfileDiscovery>,
    pub default_instance: Option<InstanceChoice>,
    /// Sign-in only to the policy's instances (the others are listed, disabled).
    pub restricted: bool,
    /// The policy manages pins.
    pub pins_locked: bool,
}

/// A profile's last discovery as kept on disk.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CachedProfile {
    pub fetched_at: f64,
    pub instances: Vec<Instance>,
    pub regions: Vec<RegionStatus>,
    #[serde(default)]
    pub error: Option<Error>,
}

/// The discovery cache: instance lists are not secrets (IDs, aliases, ARNs), so a plain file in
/// the config dir; unreadable means empty, never an error.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscoveryCache {
    pub profiles: BTreeMap<String, CachedProfile>,
}

impl DiscoveryCache {
    pub fn path(dir: &std::path::Path) -> PathBuf {
        dir.join(CACHE_FILE)
    }

    pub fn load(dir: &std::path::Path) -> DiscoveryCache {
        std::fs::read(Self::path(dir))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Best effort, atomic (temp file + rename): a lost cache only costs a discovery.
    pub fn save(&self, dir: &std::path::Path) -> Result<()> {
        let write = || -> std::io::Result<()> {
            create_private_dir(dir)?;
            let temp = dir.join(format!(".{CACHE_FILE}.{}.tmp", std::process::id()));
            let bytes = serde_json::to_vec(self).map_err(std::io::Error::other)?;
            std::fs::write(&temp, bytes)?;
            std::fs::rename(&temp, Self::path(dir))
        };
        write().map_err(|error| {
            Error::new(
                ErrorCode::SettingsUnwritable,
                format!("The instance list could not be cached: {error}"),
                "Discovery still works; check that the settings folder is writable.",
            )
        })
    }

    /// Stores a fresh discovery. A region that failed this time keeps its previous instances:
    /// a stale list is more useful than an empty one, and its error says why it is stale.
    pub fn store(&mut self, profile: &str, fresh: CachedProfile) {
        let mut merged = fresh;
        if let Some(previous) = self.profiles.get(profile) {
            let failed: HashSet<&str> = merged
                .regions
                .iter()
                .filter(|r| r.error.is_some())
                .map(|r| r.region.as_str())
                .collect();
            if merged.error.is_some() {
                merged.instances = previous.instances.clone();
                merged.regions = previous.regions.clone();
                merged.fetched_at = previous.fetched_at;
            } else {
                merged.instances.extend(
                    previous
                        .instances
                        .iter()
                        .filter(|i| failed.contains(i.region.as_str()))
                        .cloned(),
                );
            }
        }
        merged.instances.sort_by_key(|i| i.label().to_lowercase());
        self.profiles.insert(profile.to_string(), merged);
    }

    pub fn is_fresh(&self, profile: &str, now: f64) -> bool {
        self.profiles.get(profile).is_some_and(|cached| {
            cached.error.is_none() && now - cached.fetched_at < FRESH_FOR.as_secs_f64()
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
                    format!(
                        "{region} did not answer within {} s.",
                        per_region.as_secs_f64()
                    ),
                    "The other regions are listed; refresh later to try this one again.",
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

/// Builds the catalog from what is known: no network.
pub fn build(
    profiles: &[Profile],
    cache: &DiscoveryCache,
    settings: &Settings,
    policy: Option<&Policy>,
    refreshing: &HashSet<String>,
    default_instance: Option<InstanceChoice>,
    now: f64,
) -> Catalog {
    let pins_locked = policy.is_some_and(|p| p.is_locked(crate::policy::Lockable::Pins));
    let mut entries: Vec<CatalogEntry> = Vec::new();
    let mut seen: HashSet<(String, String)> = HashSet::new();

    // Policy instances first so their display names and managed flags win.
    if let Some(policy) = policy {
        for entry in &policy.instances {
            let Ok(reference) = InstanceRef::parse(&entry.instance) else {
                continue;
            };
            let instance = cache
                .profiles
                .get(&entry.profile)
                .and_then(|cached| cached.instances.iter().find(|i| i.id == reference.id))
                .cloned()
                .unwrap_or_else(|| placeholder(&reference));
            seen.insert((entry.profile.clone(), reference.id.clone()));
            entries.push(CatalogEntry {
                profile: entry.profile.clone(),
                instance,
                display_name: entry.display_name.clone(),
                pinned: entry.pinned,
                managed: true,
                use_count: 0,
                last_used_at: None,
            });
        }
    }
    for profile in profiles {
        let Some(cached) = cache.profiles.get(&profile.name) else {
            continue;
        };
        for instance in &cached.instances {
            if seen.insert((profile.name.clone(), instance.id.clone())) {
                entries.push(CatalogEntry {
                    profile: profile.name.clone(),
                    instance: instance.clone(),
                    display_name: None,
                    pinned: false,
                    managed: false,
                    use_count: 0,
                    last_used_at: None,
                });
            }
        }
    }
    for entry in &mut entries {
        if !pins_locked && settings.is_pinned(&entry.profile, &entry.instance.id) {
            entry.pinned = true;
        }
        if let Some(recent) = settings
            .recents
            .iter()
            .find(|r| r.profile == entry.profile && r.instance_id == entry.instance.id)
        {
            entry.use_count = recent.count;
            entry.last_used_at = Some(recent.last_used_at as f64);
        }
    }
    entries.sort_by(|a, b| {
        b.pinned
            .cmp(&a.pinned)
            .then_with(|| frecency(b, now).total_cmp(&frecency(a, now)))
            .then_with(|| a.label().to_lowercase().cmp(&b.label().to_lowercase()))
            .then_with(|| a.profile.cmp(&b.profile))
    });

    let profiles = profiles
        .iter()
        .map(|profile| {
            let cached = cache.profiles.get(&profile.name);
            ProfileDiscovery {
                profile: profile.name.clone(),
                fetched_at: cached.map(|c| c.fetched_at).filter(|at| *at > 0.0),
                regions: cached.map(|c| c.regions.clone()).unwrap_or_default(),
                error: cached.and_then(|c| c.error.clone()),
                refreshing: refreshing.contains(&profile.name),
            }
        })
        .collect();
    Catalog {
        entries,
        profiles,
        default_instance,
        restricted: policy.is_some_and(|p| p.restrict_to_listed_instances),
        pins_locked,
    }
}

/// One line of the tray menu: a pinned or recent instance, and whether a session is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuickItem {
    pub label: String,
    pub profile: String,
    pub instance: String,
    pub signed_in: bool,
}

/// The pinned then recently used instances, at most `max`, in catalog order, named for a menu:
/// "LABEL (REGION)", plus the profile when several profiles appear.
pub fn quick_items(
    catalog: &Catalog,
    signed_in: &HashSet<(String, String)>,
    max: usize,
) -> Vec<QuickItem> {
    let chosen: Vec<&CatalogEntry> = catalog
        .entries
        .iter()
        .filter(|e| e.pinned || e.last_used_at.is_some())
        .filter(|e| !catalog.restricted || e.managed)
        .take(max)
        .collect();
    let several_profiles = chosen
        .iter()
        .map(|e| e.profile.as_str())
        .collect::<HashSet<_>>()
        .len()
        > 1;
    chosen
        .into_iter()
        .map(|entry| {
            let mut label: String = entry.label().chars().take(60).collect();
            if !entry.instance.region.is_empty() {
                label.push_str(&format!(" ({})", entry.instance.region));
            }
            if several_profiles {
                label.push_str(&format!(" · {}", entry.profile));
            }
            QuickItem {
                label: label.chars().filter(|c| !c.is_control()).collect(),
                profile: entry.profile.clone(),
                instance: if entry.instance.arn.is_empty() {
                    entry.instance.id.clone()
                } else {
                    entry.instance.arn.clone()
                },
                signed_in: signed_in.contains(&(entry.profile.clone(), entry.instance.id.clone())),
            }
        })
        .collect()
}

/// Frequency weighted by recency: each use counts less the older it is.
fn frecency(entry: &CatalogEntry, now: f64) -> f64 {
    match entry.last_used_at {
        Some(at) => {
            let age_days = ((now - at) / 86_400.0).max(0.0);
            f64::from(entry.use_count) * 0.5f64.powf(age_days / HALF_LIFE_DAYS)
        }
        None => 0.0,
    }
}

/// A policy instance not discovered (yet): what its ARN tells.
fn placeholder(reference: &InstanceRef) -> Instance {
    let region = reference.region.clone().unwrap_or_default();
    let account = reference.account_id.clone().unwrap_or_default();
    Instance {
        id: reference.id.clone(),
        arn: if region.is_empty() {
            String::new()
        } else {
            format!(
                "arn:{}:connect:{region}:{account}:instance/{}",
                crate::regions::partition(&region),
                reference.id
            )
        },
        alias: None,
        region,
        account_id: account,
        identity_management_type: None,
        status: None,
        access_url: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profiles::ProfileKind;

    fn instance(id: &str, alias: &str, region: &str) -> Instance {
        Instance {
            id: id.into(),
            arn: format!("arn:aws:connect:{region}:123456789012:instance/{id}"),
            alias: Some(alias.into()),
            region: region.into(),
            account_id: "123456789012".into(),
            identity_management_type: Some("SAML".into()),
            status: Some("ACTIVE".into()),
            access_url: None,
        }
    }

    fn profile(name: &str) -> Profile {
        Profile {
            name: name.into(),
            kind: ProfileKind::Static,
            region: Some("us-east-1".into()),
            custom_endpoint: false,
        }
    }

    /// Profile `p`'s discovery, as stored once.
    fn cache_of(instances: Vec<Instance>) -> DiscoveryCache {
        let mut cache = DiscoveryCache::default();
        cache.store(
            "p",
            CachedProfile {
                fetched_at: 1.0,
                instances,
                regions: vec![],
                error: None,
            },
        );
        cache
    }

    const A: &str = "11111111-1111-4111-8111-111111111111";
    const B: &str = "22222222-2222-4222-8222-222222222222";
    const C: &str = "33333333-3333-4333-8333-333333333333";

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
                    "eu-west-2" => Err(Error::new(ErrorCode::AccessDenied, "no", "x")),
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

    #[test]
    fn a_failed_region_keeps_its_previous_instances() {
        let mut cache = cache_of(vec![
            instance(A, "a", "us-east-1"),
            instance(B, "b", "eu-west-2"),
        ]);
        cache.store(
            "p",
            CachedProfile {
                fetched_at: 2.0,
                instances: vec![instance(C, "c", "us-east-1")],
                regions: vec![
                    RegionStatus {
                        region: "us-east-1".into(),
                        count: 1,
                        error: None,
                        elapsed_ms: 1,
                    },
                    RegionStatus {
                        region: "eu-west-2".into(),
                        count: 0,
                        error: Some(Error::new(ErrorCode::Timeout, "t", "h")),
                        elapsed_ms: 1,
                    },
                ],
                error: None,
            },
        );
        let ids: Vec<&str> = cache.profiles["p"]
            .instances
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(
            ids,
            vec![B, C],
            "A is gone (its region answered), B kept (its region failed)"
        );
    }

    #[test]
    fn pinned_first_then_frecency_then_label() {
        let cache = cache_of(vec![
            instance(A, "alpha", "us-east-1"),
            instance(B, "bravo", "us-east-1"),
            instance(C, "charlie", "us-east-1"),
        ]);
        let now = 100.0 * 86_400.0;
        let mut settings = Settings::default();
        settings.pins.push(InstanceChoice {
            profile: "p".into(),
            instance: C.into(),
        });
        // B used once today, A used 5 times four weeks ago: 5 × 1/16 < 1.
        settings.record_use("p", A, (now - 28.0 * 86_400.0) as u64);
        for _ in 0..4 {
            settings.record_use("p", A, (now - 28.0 * 86_400.0) as u64);
        }
        settings.record_use("p", B, now as u64);
        let catalog = build(
            &[profile("p")],
            &cache,
            &settings,
            None,
            &HashSet::new(),
            None,
            now,
        );
        let order: Vec<&str> = catalog.entries.iter().map(|e| e.label()).collect();
        assert_eq!(order, vec!["charlie", "bravo", "alpha"]);
        assert_eq!(catalog.entries[2].use_count, 5);
    }

    #[test]
    fn quick_items_are_pins_and_recents_with_their_session_state() {
        let cache = cache_of(vec![
            instance(A, "alpha", "us-east-1"),
            instance(B, "bravo\u{202e}", "eu-west-2"),
            instance(C, "charlie", "us-east-1"),
        ]);
        let mut settings = Settings::default();
        settings.pins.push(InstanceChoice {
            profile: "p".into(),
            instance: A.into(),
        });
        settings.record_use("p", B, 5);
        let catalog = build(
            &[profile("p")],
            &cache,
            &settings,
            None,
            &HashSet::new(),
            None,
            10.0,
        );
        let signed_in: HashSet<(String, String)> = [("p".to_string(), B.to_string())].into();
        let items = quick_items(&catalog, &signed_in, 8);
        assert_eq!(items.len(), 2, "charlie is neither pinned nor recent");
        assert_eq!(items[0].label, "alpha (us-east-1)");
        assert!(!items[0].signed_in && items[1].signed_in);
        assert!(items[1].instance.starts_with("arn:aws:connect:eu-west-2"));
        assert_eq!(quick_items(&catalog, &signed_in, 1).len(), 1);
    }

    #[test]
    fn policy_instances_are_managed_named_and_listed_before_discovery() {
        let policy = crate::policy::parse(
            format!(
                r#"{{"instances":[{{"instance":"arn:aws:connect:eu-west-2:123456789012:instance/{A}","profile":"p","displayName":"Support EU","pinned":true}}],"locked":["pins"],"restrictToListedInstances":true}}"#
            )
            .as_bytes(),
        )
        .unwrap();
        let mut settings = Settings::default();
        settings.pins.push(InstanceChoice {
            profile: "p".into(),
            instance: B.into(),
        });
        let cache = cache_of(vec![instance(B, "bravo", "us-east-1")]);
        let catalog = build(
            &[profile("p")],
            &cache,
            &settings,
            Some(&policy),
            &HashSet::new(),
            None,
            10.0,
        );
        assert!(catalog.restricted && catalog.pins_locked);
        let managed = &catalog.entries[0];
        assert_eq!(
            (managed.label(), managed.managed, managed.pinned),
            ("Support EU", true, true)
        );
        assert_eq!(managed.instance.region, "eu-west-2");
        assert!(
            !catalog.entries[1].pinned,
            "pins are locked: the person's pin does not apply"
        );
    }
}
