//! The diagnostics bundle a person hands the helpdesk: one zip with what this app knows about
//! this computer (versions, the `doctor` report of every profile, settings and policy, the
//! discovery cache, stored sessions, recent logs and crash reports) and a README saying what
//! each file is.
//!
//! Never a secret: tokens and sign-in URLs only exist inside `Secret` (nothing here can reach
//! them), the log is redacted as it is written, proxy credentials are stripped, and of the
//! AWS secret variables only whether they are set is written. Profile names, account IDs and
//! instance IDs stay: the helpdesk needs them.

use crate::app::App;
use crate::aws::discovery_cache::DiscoveryCache;
use crate::aws::network::{without_credentials, CA_BUNDLE_ENV, NO_PROXY_VARS, PROXY_VARS};
use crate::aws::profiles;
use crate::core::error::{Error, ErrorCode, Result};
use crate::diagnostics::{crash, doctor, log_file};
use crate::store::files::write_atomically;
use serde::Serialize;
use serde_json::{json, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use zip::write::SimpleFileOptions;

/// Crash reports kept in a bundle: the newest ones.
const CRASH_REPORTS_KEPT: usize = 10;

/// What was written.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BundleReport {
    pub path: PathBuf,
    /// The files inside, as named in the zip.
    pub files: Vec<String>,
    pub bytes: u64,
}

/// What only the caller knows: the window knows its WebView's version, the CLI does not.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    pub webview_version: Option<String>,
    /// "window" or "cli".
    pub written_by: &'static str,
}

const README: &str = "\
Connect SSO diagnostics
=======================

Made for your helpdesk by Connect SSO. It holds no token, no sign-in URL, no password and no
AWS secret key: profile names, account IDs and instance IDs are kept because the helpdesk
needs them.

about.json        App version and build, the OS and its version, the WebView version (when saved
                  from the window), when and where this bundle was made.
doctor.json       `connect-sso doctor` for every profile: policy, credentials, identity, region,
                  keychain, browser, proxy, CA bundle, the way to each AWS service, the log.
settings.json     The person's settings and the settings in force (the IT policy applied).
policy.json       The IT policy file's path, whether it applies, its content (proxy credentials
                  removed) or why it cannot be used.
environment.json  The environment variables that change what the app does (proxies without
                  credentials; AWS secret variables only as set or not set).
discovery.json    The discovery cache: per profile, when it was listed, how many instances,
                  each region's count, time and error.
sessions.json     Stored sessions: profile, instance, user, expiry times (never the tokens).
logs/             The recent log files (connect-sso.log is the newest).
crashes/          The newest crash reports, if the app ever crashed.
";

/// Writes the bundle to `path` (replacing a file already there, atomically).
pub async fn write(app: &App, path: &Path, environment: &Environment) -> Result<BundleReport> {
    // Said before the doctor runs take their seconds, not after.
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(unwritable(path, "the folder does not exist"));
    }
    let mut entries: Vec<(String, Vec<u8>)> = vec![
        ("README.txt".to_string(), README.as_bytes().to_vec()),
        ("about.json".to_string(), pretty(&about(environment))),
        (
            "doctor.json".to_string(),
            pretty(&doctor_reports(app).await),
        ),
        ("settings.json".to_string(), pretty(&settings(app))),
        ("policy.json".to_string(), pretty(&policy(app))),
        (
            "environment.json".to_string(),
            pretty(&environment_variables()),
        ),
        ("discovery.json".to_string(), pretty(&discovery(app))),
        ("sessions.json".to_string(), pretty(&sessions(app).await)),
    ];
    if let Some(dir) = log_file::log_dir() {
        for file in log_file::files_in(&dir) {
            if let (Some(name), Ok(bytes)) = (file.file_name(), std::fs::read(&file)) {
                entries.push((format!("logs/{}", name.to_string_lossy()), bytes));
            }
        }
    }
    if let Some(dir) = crash::default_dir() {
        for file in newest_files(&dir, CRASH_REPORTS_KEPT) {
            if let (Some(name), Ok(bytes)) = (file.file_name(), std::fs::read(&file)) {
                entries.push((format!("crashes/{}", name.to_string_lossy()), bytes));
            }
        }
    }
    let zipped = zip_of(&entries).map_err(|error| unwritable(path, &error.to_string()))?;
    write_atomically(path, &zipped).map_err(|error| unwritable(path, &error.to_string()))?;
    tracing::info!(path = %path.display(), files = entries.len(), "diagnostics bundle written");
    Ok(BundleReport {
        path: path.to_path_buf(),
        files: entries.into_iter().map(|(name, _)| name).collect(),
        bytes: zipped.len() as u64,
    })
}

/// `connect-sso-diagnostics-YYYYMMDD-HHMMSS.zip`: the name offered when none is given.
pub fn default_file_name() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!(
        "connect-sso-diagnostics-{:04}{:02}{:02}-{:02}{:02}{:02}.zip",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    )
}

fn unwritable(path: &Path, reason: &str) -> Error {
    Error::new(
        ErrorCode::DiagnosticsUnwritable,
        crate::text!(
            "error-diagnostics-unwritable",
            path = path.display().to_string(),
            reason = reason
        ),
    )
}

fn pretty(value: &impl Serialize) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(value).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

fn zip_of(entries: &[(String, Vec<u8>)]) -> zip::result::ZipResult<Vec<u8>> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o600);
    for (name, bytes) in entries {
        writer.start_file(name.as_str(), options)?;
        writer.write_all(bytes)?;
    }
    Ok(writer.finish()?.into_inner())
}

fn about(environment: &Environment) -> Value {
    let os = os_info::get();
    json!({
        "app": "Connect SSO",
        "version": env!("CARGO_PKG_VERSION"),
        "build": if cfg!(debug_assertions) { "debug" } else { "release" },
        "target": format!("{}-{}", std::env::consts::ARCH, std::env::consts::OS),
        "os": os.to_string(),
        "osType": os.os_type().to_string(),
        "osVersion": os.version().to_string(),
        "webview": environment
            .webview_version
            .clone()
            .unwrap_or_else(|| "not known (saved from the command line)".to_string()),
        "writtenBy": environment.written_by,
        "createdAt": time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
        "logFolder": log_file::log_dir(),
    })
}

/// Every profile's doctor report, run side by side (each is bounded by the network timeouts).
async fn doctor_reports(app: &App) -> Value {
    let settings = app.preferences.settings();
    let names: Vec<String> = match profiles::load_with(&settings.usable_app_profiles()).await {
        Ok(profiles) => profiles.into_iter().map(|p| p.name).collect(),
        Err(error) => return json!({ "error": error }),
    };
    let (last_profile, last_instance) = (&settings.last_profile, &settings.last_instance);
    let runs = names.iter().map(|name| async move {
        let instance = (last_profile.as_deref() == Some(name.as_str()))
            .then(|| last_instance.clone())
            .flatten();
        let checks = doctor::run(app, name, instance.as_deref()).await;
        json!({ "profile": name, "instance": instance, "ok": doctor::exit_status(&checks) == 0, "checks": checks })
    });
    json!({ "profiles": futures_util::future::join_all(runs).await })
}

fn settings(app: &App) -> Value {
    json!({
        "folder": app.preferences.dir(),
        "settings": app.preferences.settings(),
        "inForce": app.preferences.view(),
    })
}

fn policy(app: &App) -> Value {
    let load = app.preferences.policy();
    let content = load.policy.clone().map(|mut policy| {
        policy.proxy = policy.proxy.as_deref().map(without_credentials);
        policy
    });
    json!({
        "path": load.path,
        "applies": load.policy.is_some() && load.error.is_none(),
        "policy": content,
        "error": load.error,
    })
}

/// Variables whose value is shown, besides the proxy variables (shown without credentials).
const SHOWN_VARS: [&str; 16] = [
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "AWS_CONFIG_FILE",
    "AWS_SHARED_CREDENTIALS_FILE",
    CA_BUNDLE_ENV,
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_CONNECT",
    "AWS_ENDPOINT_URL_STS",
    "AWS_ENDPOINT_URL_SSO",
    "AWS_ENDPOINT_URL_SSO_OIDC",
    "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
    "CONNECT_SSO_LOG",
    "CONNECT_SSO_LOG_DIR",
    "CONNECT_SSO_CONFIG_DIR",
];
/// Variables only reported as set or not: their values are secrets.
const SECRET_VARS: [&str; 3] = [
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
];

fn environment_variables() -> Value {
    let mut shown = serde_json::Map::new();
    for name in SHOWN_VARS.iter().chain(&NO_PROXY_VARS) {
        if let Ok(value) = std::env::var(name) {
            shown.insert(name.to_string(), Value::String(value));
        }
    }
    for name in PROXY_VARS {
        if let Ok(value) = std::env::var(name) {
            shown.insert(name.to_string(), Value::String(without_credentials(&value)));
        }
    }
    for name in SECRET_VARS {
        let set = std::env::var_os(name).is_some_and(|v| !v.is_empty());
        shown.insert(
            name.to_string(),
            Value::String(if set { "(set)" } else { "(not set)" }.to_string()),
        );
    }
    Value::Object(shown)
}

fn discovery(app: &App) -> Value {
    let cache = DiscoveryCache::load(app.preferences.dir());
    let profiles: Vec<Value> = cache
        .profiles
        .iter()
        .map(|(profile, cached)| {
            json!({
                "profile": profile,
                "fetchedAt": cached.fetched_at,
                "instances": cached.instances.len(),
                "instanceIds": cached.instances.iter().map(|i| format!("{} ({}, {})", i.id, i.region, i.label())).collect::<Vec<_>>(),
                "regions": cached.regions.iter().map(|r| json!({
                    "region": r.region,
                    "count": r.count,
                    "elapsedMs": r.elapsed_ms,
                    "error": r.error.as_ref().map(|e| e.code.as_str()),
                })).collect::<Vec<_>>(),
                "error": cached.error,
            })
        })
        .collect();
    json!({ "profiles": profiles })
}

async fn sessions(app: &App) -> Value {
    match app.signin.sessions().await {
        Ok(sessions) => json!({ "sessions": sessions }),
        Err(error) => json!({ "error": error }),
    }
}

/// The newest `count` files of `dir` by modification time.
fn newest_files(dir: &Path, count: usize) -> Vec<PathBuf> {
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
                .filter_map(|entry| Some((entry.metadata().ok()?.modified().ok()?, entry.path())))
                .collect()
        })
        .unwrap_or_default();
    files.sort_by_key(|file| std::cmp::Reverse(file.0));
    files
        .into_iter()
        .take(count)
        .map(|(_, path)| path)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundle_is_a_zip_of_what_it_lists() {
        let entries = vec![
            ("README.txt".to_string(), README.as_bytes().to_vec()),
            ("logs/connect-sso.log".to_string(), b"line\n".to_vec()),
        ];
        let bytes = zip_of(&entries).unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(archive.len(), 2);
        let mut log = String::new();
        std::io::Read::read_to_string(
            &mut archive.by_name("logs/connect-sso.log").unwrap(),
            &mut log,
        )
        .unwrap();
        assert_eq!(log, "line\n");
    }

    #[test]
    fn the_readme_names_every_file_the_bundle_holds() {
        for name in [
            "about.json",
            "doctor.json",
            "settings.json",
            "policy.json",
            "environment.json",
            "discovery.json",
            "sessions.json",
            "logs/",
            "crashes/",
        ] {
            assert!(README.contains(name), "{name}");
        }
    }

    #[test]
    fn the_default_name_sorts_by_time() {
        let name = default_file_name();
        assert!(name.starts_with("connect-sso-diagnostics-20"), "{name}");
        assert!(name.ends_with(".zip"));
        assert_eq!(
            name.len(),
            "connect-sso-diagnostics-20261206-012345.zip".len()
        );
    }
}
