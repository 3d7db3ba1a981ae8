//! A fast reading of the AWS config and credentials files for listing profiles, for the shape
//! nearly every file has (section headers and `key = value` lines). Anything else (indented
//! continuation lines, comments after a value, duplicate sections, names aws-config would drop)
//! is declined, and aws-config's own parser, which defines what the files mean, reads the files
//! instead. A differential test holds the two to the same answers.
//!
//! Why: aws-config's parser keeps every line of every file in maps of its own (about 3 µs a
//! profile here); organisations that generate a profile per account and role have thousands.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

/// A profile's properties (keys lower-cased, as aws-config stores them), by profile name. A
/// profile has a handful of keys: a list is quicker to fill and search than a map.
/// Borrowed from the files' text: nothing is copied but the keys that need lower-casing.
pub(crate) type Scanned<'a> = HashMap<&'a str, Properties<'a>>;

/// `(key, value)` pairs, each key once.
pub(crate) type Properties<'a> = Vec<(Cow<'a, str>, &'a str)>;

/// The value of `key` among `properties`.
pub(crate) fn property<'a>(properties: &Properties<'a>, key: &str) -> Option<&'a str> {
    properties
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, value)| *value)
}

/// What aws-config treats as whitespace around keys, values and section names.
const WHITESPACE: &[char] = &[' ', '\t'];

/// The two files as aws-config finds them: `AWS_CONFIG_FILE` and `AWS_SHARED_CREDENTIALS_FILE`,
/// else `~/.aws/config` and `~/.aws/credentials`, with a leading `~` as the home directory. A
/// file that cannot be read counts as empty, as it does for aws-config.
pub(crate) async fn read_files() -> (String, String) {
    let config = read(file_path("AWS_CONFIG_FILE", "~/.aws/config")).await;
    let credentials = read(file_path(
        "AWS_SHARED_CREDENTIALS_FILE",
        "~/.aws/credentials",
    ))
    .await;
    (config, credentials)
}

async fn read(path: PathBuf) -> String {
    match tokio::fs::read(&path).await {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(_) => String::new(),
    }
}

fn file_path(variable: &str, default: &str) -> PathBuf {
    let path = std::env::var(variable).unwrap_or_else(|_| default.to_string());
    let mut components = std::path::Path::new(&path).components();
    match components.next() {
        Some(std::path::Component::Normal(first)) if first == "~" => {
            let mut expanded = PathBuf::from(home_dir().unwrap_or_else(|| "~".to_string()));
            for component in components {
                expanded.push(component);
            }
            expanded
        }
        _ => PathBuf::from(path),
    }
}

/// The home directory as aws-config looks it up (its own function: `HOME`, and on Windows
/// `USERPROFILE` or `HOMEDRIVE` + `HOMEPATH`).
fn home_dir() -> Option<String> {
    aws_runtime::fs_util::home_dir(
        &aws_types::os_shim_internal::Env::real(),
        aws_runtime::fs_util::Os::real(),
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Config,
    Credentials,
}

/// The profiles of both files, credentials' properties over config's; `None` when either file
/// has anything outside the simple shape.
pub(crate) fn scan<'a>(config: &'a str, credentials: &'a str) -> Option<Scanned<'a>> {
    let mut profiles = Scanned::new();
    scan_file(config, Kind::Config, &mut profiles)?;
    scan_file(credentials, Kind::Credentials, &mut profiles)?;
    Some(profiles)
}

enum Section<'a> {
    Profile(&'a str),
    /// `[sso-session …]`, `[services …]`: not a profile.
    Other,
}

fn scan_file<'a>(contents: &'a str, kind: Kind, profiles: &mut Scanned<'a>) -> Option<()> {
    let mut seen: HashSet<&str> = HashSet::new();
    let mut defaults = (false, false); // ([default], [profile default]) in the config file
    let mut section: Option<Section> = None;
    let mut file_profiles = Scanned::new();
    for line in contents.lines() {
        if line.trim_matches(WHITESPACE).is_empty() || line.starts_with(['#', ';']) {
            continue;
        }
        // Comment characters after a value, and indented (continuation) lines, have rules of
        // their own: declined.
        if line.starts_with(WHITESPACE) || line.bytes().any(|b| b == b'#' || b == b';') {
            return None;
        }
        if let Some(header) = line.strip_prefix('[') {
            let name = header.trim_end_matches(WHITESPACE).strip_suffix(']')?;
            let next = header_section(name, kind, &mut defaults)?;
            if !seen.insert(name) {
                return None;
            }
            if let Section::Profile(profile) = next {
                file_profiles.insert(profile, Properties::new());
            }
            section = Some(next);
            continue;
        }
        let (key, value) = line.split_once('=')?;
        let key = key.trim_matches(WHITESPACE);
        if !is_identifier(key) {
            return None;
        }
        let key = if key.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(key.to_ascii_lowercase())
        } else {
            Cow::Borrowed(key)
        };
        let value = value.trim_matches(WHITESPACE);
        match section.as_ref()? {
            Section::Profile(profile) => {
                let properties = file_profiles.get_mut(*profile)?;
                if property(properties, &key).is_some() {
                    return None;
                }
                properties.push((key, value));
            }
            Section::Other => {}
        }
    }
    if defaults == (true, true) {
        return None;
    }
    if profiles.is_empty() {
        *profiles = file_profiles;
        return Some(());
    }
    // The credentials file's values win over the config file's.
    for (name, properties) in file_profiles {
        let merged = profiles.entry(name).or_default();
        for (key, value) in properties {
            match merged.iter_mut().find(|(k, _)| *k == key) {
                Some(existing) => existing.1 = value,
                None => merged.push((key, value)),
            }
        }
    }
    Some(())
}

/// What a header names: a profile, another section, or `None` for anything aws-config would
/// treat with a rule of its own (ignore, merge, warn).
fn header_section<'a>(
    name: &'a str,
    kind: Kind,
    defaults: &mut (bool, bool),
) -> Option<Section<'a>> {
    if name.is_empty() || name.contains(['[', ']', '\t']) || name.trim_matches(' ') != name {
        return None;
    }
    match (kind, name.split_once(' ')) {
        (Kind::Config, Some((prefix, suffix))) => {
            if !is_identifier(suffix) {
                return None;
            }
            match prefix {
                "profile" => {
                    if suffix == "default" {
                        defaults.1 = true;
                    }
                    Some(Section::Profile(suffix))
                }
                _ if is_identifier(prefix) => Some(Section::Other),
                _ => None,
            }
        }
        (Kind::Config, None) if name == "default" => {
            defaults.0 = true;
            Some(Section::Profile(name))
        }
        (Kind::Credentials, None) if is_identifier(name) => Some(Section::Profile(name)),
        _ => None,
    }
}

/// aws-config's identifiers: `[A-Za-z0-9_\-/.%@:+]+`.
fn is_identifier(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-/.%@:+".contains(c))
}

#[cfg(test)]
#[path = "profile_scan_tests.rs"]
mod tests;
