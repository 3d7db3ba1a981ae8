//! The catalog: every known instance of every profile, with pins, recents and policy entries,
//! in the order the search box, the tray and the CLI show it. Built from what is known, with no
//! network call.

use crate::aws::discovery_cache::{DiscoveryCache, RegionStatus};
use crate::core::error::Error;
use crate::core::instance::{Instance, InstanceRef};
use crate::core::policy::Policy;
use crate::core::profile::Profile;
use crate::core::settings::{InstanceChoice, Settings};
use serde::Serialize;
use std::collections::HashSet;
/// Recency weighs a use half as much per week of age.
const HALF_LIFE_DAYS: f64 = 7.0;

/// What is known of one profile's instances.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
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
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename_all = "camelCase")
)]
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
    feature = "typescript",
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
    let pins_locked = policy.is_some_and(|p| p.is_locked(crate::core::policy::Lockable::Pins));
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
                crate::core::regions::partition(&region),
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
    use crate::aws::discovery_cache::fixtures::{cache_of, A, B, C};
    use crate::core::instance::sample as instance;
    use crate::core::profile::ProfileKind;

    fn profile(name: &str) -> Profile {
        Profile {
            name: name.into(),
            kind: ProfileKind::Static,
            region: Some("us-east-1".into()),
            custom_endpoint: false,
        }
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
        let policy = crate::core::policy::parse(
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
