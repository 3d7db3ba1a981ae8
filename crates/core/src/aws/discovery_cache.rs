//! The discovery cache: each profile's last discovery (instances, per-region status, error) in
//! one file beside the settings. Instance lists are not secrets (IDs, aliases, ARNs); unreadable
//! means empty, never an error, and a region that failed keeps its last known instances.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::instance::Instance;
use crate::store::files::write_atomically;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

const CACHE_FILE: &str = "instances.json";
/// A cache younger than this is used as is; older ones are shown while a refresh runs.
pub const FRESH_FOR: Duration = Duration::from_secs(15 * 60);

/// One region's part of a discovery.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename = "RegionStatusView", rename_all = "camelCase")
)]
pub struct RegionStatus {
    pub region: String,
    pub count: usize,
    pub error: Option<Error>,
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub elapsed_ms: u64,
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
    pub fn path(dir: &Path) -> PathBuf {
        dir.join(CACHE_FILE)
    }

    pub fn load(dir: &Path) -> DiscoveryCache {
        std::fs::read(Self::path(dir))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Atomic: a lost cache only costs a discovery, a torn one would cost more.
    pub fn save(&self, dir: &Path) -> Result<()> {
        let bytes = serde_json::to_vec(self).map_err(|error| {
            Error::internal(format!("cannot encode the instance list: {error}"))
        })?;
        write_atomically(&Self::path(dir), &bytes).map_err(|error| {
            Error::new(
                ErrorCode::SettingsUnwritable,
                crate::text!(
                    "error-discovery-cache-unwritable",
                    detail = error.to_string()
                ),
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

/// A cache and instance IDs the discovery and catalog tests share.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::{CachedProfile, DiscoveryCache};
    use crate::core::instance::Instance;

    pub const A: &str = "11111111-1111-4111-8111-111111111111";
    pub const B: &str = "22222222-2222-4222-8222-222222222222";
    pub const C: &str = "33333333-3333-4333-8333-333333333333";

    /// Profile `p`'s discovery, as stored once.
    pub fn cache_of(instances: Vec<Instance>) -> DiscoveryCache {
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
}

#[cfg(test)]
mod tests {
    use super::fixtures::{cache_of, A, B, C};
    use super::*;
    use crate::core::instance::sample as instance;

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
                        error: Some(Error::new(
                            ErrorCode::Timeout,
                            crate::text!("data", value = "t"),
                        )),
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
}
