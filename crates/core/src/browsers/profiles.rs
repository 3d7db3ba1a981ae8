//! A browser's profiles as it lists them: the Chromium family's `Local State`
//! (`profile.info_cache`: folder → name) and Firefox's `profiles.ini` (`[ProfileN]` sections).
//! Read only, never written: the browser owns these files.

use crate::browsers::places::{self, Env, Kind};
use serde::Serialize;
use std::path::Path;

/// A profile as the browser shows it (`name`, e.g. "Work") and the folder it lives in
/// (`directory`, e.g. "Profile 2"; for Firefox the path in `profiles.ini`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename = "BrowserProfileView")
)]
pub struct BrowserProfile {
    pub name: String,
    pub directory: String,
}

/// The profiles of `kind` found under its first profile folder that has a list; empty when the
/// browser was never started or keeps no list.
pub fn of(kind: Kind, env: &Env) -> Vec<BrowserProfile> {
    places::profile_roots(kind, env)
        .iter()
        .find_map(|root| read(kind, root))
        .unwrap_or_default()
}

fn read(kind: Kind, root: &Path) -> Option<Vec<BrowserProfile>> {
    // Only small files: a hostile or damaged one must not stall the click.
    const MAX_LEN: u64 = 4 * 1024 * 1024;
    let file = root.join(if kind == Kind::Firefox {
        "profiles.ini"
    } else {
        "Local State"
    });
    if file.metadata().ok()?.len() > MAX_LEN {
        return None;
    }
    let text = std::fs::read_to_string(file).ok()?;
    Some(if kind == Kind::Firefox {
        firefox(&text)
    } else {
        chromium(&text)
    })
}

/// `profile.info_cache` of a Chromium `Local State`, "Default" first, then by folder.
pub fn chromium(local_state: &str) -> Vec<BrowserProfile> {
    let Ok(json) = serde_json::from_str::<serde_json::Value>(local_state) else {
        return Vec::new();
    };
    let Some(cache) = json
        .get("profile")
        .and_then(|p| p.get("info_cache"))
        .and_then(|c| c.as_object())
    else {
        return Vec::new();
    };
    let mut profiles: Vec<BrowserProfile> = cache
        .iter()
        .map(|(directory, info)| BrowserProfile {
            name: info
                .get("name")
                .and_then(|n| n.as_str())
                .filter(|n| !n.trim().is_empty())
                .unwrap_or(directory)
                .to_string(),
            directory: directory.clone(),
        })
        .collect();
    profiles.sort_by_key(|p| (p.directory != "Default", natural_key(&p.directory)));
    profiles
}

/// "Profile 10" after "Profile 9".
fn natural_key(directory: &str) -> (String, u64) {
    let digits: String = directory
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect();
    let number = digits
        .chars()
        .rev()
        .collect::<String>()
        .parse()
        .unwrap_or(0);
    (
        directory[..directory.len() - digits.len()].to_string(),
        number,
    )
}

/// The `[ProfileN]` sections of Firefox's `profiles.ini`, in file order.
pub fn firefox(ini: &str) -> Vec<BrowserProfile> {
    let mut profiles = Vec::new();
    let mut current: Option<(Option<String>, Option<String>)> = None;
    let mut finish = |section: Option<(Option<String>, Option<String>)>| {
        if let Some((Some(name), Some(path))) = section {
            profiles.push(BrowserProfile {
                name,
                directory: path,
            });
        }
    };
    for line in ini.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            finish(current.take());
            if line.starts_with("[Profile") {
                current = Some((None, None));
            }
            continue;
        }
        let Some((section, (key, value))) = current.as_mut().zip(line.split_once('=')) else {
            continue;
        };
        match key.trim() {
            "Name" => section.0 = Some(value.trim().to_string()),
            "Path" => section.1 = Some(value.trim().to_string()),
            _ => {}
        }
    }
    finish(current.take());
    profiles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chromium_profiles_come_from_the_info_cache() {
        let state = r#"{"profile":{"info_cache":{
            "Profile 10":{"name":"Tenth"},
            "Profile 2":{"name":"Work"},
            "Default":{"name":"Person 1"},
            "Profile 3":{"name":"  "}
        }},"other":1}"#;
        let names: Vec<(String, String)> = chromium(state)
            .into_iter()
            .map(|p| (p.directory, p.name))
            .collect();
        assert_eq!(
            names,
            [
                ("Default".into(), "Person 1".into()),
                ("Profile 2".into(), "Work".into()),
                ("Profile 3".into(), "Profile 3".into()),
                ("Profile 10".into(), "Tenth".into()),
            ]
        );
        assert!(chromium("not json").is_empty());
        assert!(chromium(r#"{"profile":{}}"#).is_empty());
    }

    #[test]
    fn firefox_profiles_come_from_profiles_ini() {
        let ini = "[Install4F96D1932A9F858E]\nDefault=abc.default-release\n\n[Profile1]\nName=Work\nIsRelative=1\nPath=xyz.work\n\n[Profile0]\nName=default-release\nIsRelative=1\nPath=abc.default-release\nDefault=1\n\n[General]\nStartWithLastProfile=1\n[Profile2]\nName=broken\n";
        let profiles = firefox(ini);
        assert_eq!(
            profiles,
            [
                BrowserProfile {
                    name: "Work".into(),
                    directory: "xyz.work".into()
                },
                BrowserProfile {
                    name: "default-release".into(),
                    directory: "abc.default-release".into()
                },
            ]
        );
    }
}
