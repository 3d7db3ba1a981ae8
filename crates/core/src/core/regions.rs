//! The AWS regions searched for Amazon Connect instances: a data file shipped with the app,
//! extended by the user's settings and the IT policy.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::instance::is_region;
use serde::Deserialize;

/// The built-in list; data, not code, so a new region is one line in a JSON file.
const BUILT_IN: &str = include_str!("../../data/connect-regions.json");

#[derive(Debug, Deserialize)]
struct RegionFile {
    regions: Vec<RegionEntry>,
}

#[derive(Debug, Deserialize)]
struct RegionEntry {
    code: String,
}

/// The built-in Amazon Connect regions, in the file's order.
pub fn built_in() -> Vec<String> {
    // The file is part of the build and checked by a unit test: an unreadable one is a bug, and
    // an empty list still lets extra regions and pasted ARNs work.
    serde_json::from_str::<RegionFile>(BUILT_IN)
        .map(|file| file.regions.into_iter().map(|r| r.code).collect())
        .unwrap_or_default()
}

/// Built-in regions followed by the extra ones (policy first, then user), each once.
pub fn all(extra: &[String]) -> Vec<String> {
    let mut regions = built_in();
    for region in extra {
        if is_region(region) && !regions.contains(region) {
            regions.push(region.clone());
        }
    }
    regions
}

/// The partition a region belongs to: credentials of one partition never work in another, so
/// discovery only asks the regions of the profile's own partition.
pub fn partition(region: &str) -> &'static str {
    if region.starts_with("us-gov-") {
        "aws-us-gov"
    } else if region.starts_with("cn-") {
        "aws-cn"
    } else if region.starts_with("us-iso") {
        "aws-iso"
    } else {
        "aws"
    }
}

/// Checks user-given extra regions: each must look like `xx-name-N`.
pub fn validate_extra(regions: &[String]) -> Result<()> {
    const MAX_EXTRA: usize = 32;
    if regions.len() > MAX_EXTRA {
        return Err(Error::new(
            ErrorCode::InvalidParameter,
            crate::text!("error-too-many-regions", max = MAX_EXTRA),
        ));
    }
    match regions.iter().find(|region| !is_region(region)) {
        Some(bad) => Err(Error::new(
            ErrorCode::InvalidParameter,
            crate::text!(
                "error-region-invalid",
                region = bad.chars().take(40).collect::<String>()
            ),
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_has_every_connect_region_once() {
        let regions = built_in();
        assert_eq!(regions.len(), 11, "{regions:?}");
        for expected in ["us-east-1", "eu-west-2", "ap-southeast-2", "us-gov-west-1"] {
            assert!(regions.iter().any(|r| r == expected), "{expected}");
        }
        let mut unique = regions.clone();
        unique.dedup();
        assert_eq!(unique.len(), regions.len());
        assert!(regions.iter().all(|r| is_region(r)));
        assert!(
            !regions.iter().any(|r| r.starts_with("cn-")),
            "no China region"
        );
    }

    #[test]
    fn extra_regions_are_appended_once_and_checked() {
        let all = all(&["eu-west-3".into(), "us-east-1".into(), "eu-west-3".into()]);
        assert_eq!(all.len(), 12);
        assert_eq!(all.last().map(String::as_str), Some("eu-west-3"));
        assert!(validate_extra(&["eu-west-3".into()]).is_ok());
        for bad in ["", "EU-WEST-3", "eu-west", "https://evil", "eu-west-3\n"] {
            assert!(validate_extra(&[bad.to_string()]).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn partitions_follow_the_region_prefix() {
        assert_eq!(partition("us-gov-west-1"), "aws-us-gov");
        assert_eq!(partition("eu-west-2"), "aws");
        assert_eq!(partition("cn-north-1"), "aws-cn");
    }
}
