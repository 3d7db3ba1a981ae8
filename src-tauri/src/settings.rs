//! User settings: the last profile and instance, network timeouts; one JSON file written atomically.
//!
//! The file lives in the OS config dir (`CONNECT_SSO_CONFIG_DIR` overrides it, so tests never
//! touch a real one). It never holds a secret. A corrupt file is moved aside and defaults load.

use crate::error::{Error, ErrorCode, Result};
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Environment variable naming the directory that holds `settings.json`.
pub const CONFIG_DIR_ENV: &str = "CONNECT_SSO_CONFIG_DIR";
const FILE_NAME: &str = "settings.json";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Settings {
    pub last_profile: Option<String>,
    pub last_instance: Option<String>,
    pub network: NetworkSettings,
    pub notifications: NotificationSettings,
    /// Profiles defined here instead of in ~/.aws/config (IAM Identity Center only), so agents
    /// need nothing but the app. Nothing is written to the AWS config for them.
    pub app_profiles: Vec<AppProfile>,
    // The desktop settings below are `None` until the person sets them, so an IT policy can
    // supply the default (see `policy::effective`).
    pub close_to_tray: Option<bool>,
    pub start_at_login: Option<bool>,
    pub sign_in_at_launch: Option<bool>,
    /// Shows the window and focuses search (Tauri accelerator syntax).
    pub global_shortcut: Option<String>,
    /// Regions searched in addition to the built-in Amazon Connect regions.
    pub extra_regions: Vec<String>,
    pub default_instance: Option<InstanceChoice>,
    pub pins: Vec<InstanceChoice>,
    /// Sign-ins from this app, most recent first, bounded by [`MAX_RECENTS`].
    pub recents: Vec<RecentUse>,
}

/// Recents kept; older ones fall off.
pub const MAX_RECENTS: usize = 50;

/// An instance and the profile to use it with.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename_all = "camelCase"))]
pub struct InstanceChoice {
    pub profile: String,
    /// Instance ID or ARN.
    pub instance: String,
}

/// How often and how lately an instance was signed in to with a profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecentUse {
    pub profile: String,
    pub instance_id: String,
    pub count: u32,
    /// Epoch seconds.
    pub last_used_at: u64,
}

impl Settings {
    /// Counts a sign-in to `instance_id` with `profile` at `now` (epoch seconds).
    pub fn record_use(&mut self, profile: &str, instance_id: &str, now: u64) {
        let position = self
            .recents
            .iter()
            .position(|r| r.profile == profile && r.instance_id == instance_id);
        let mut entry = position
            .map(|index| self.recents.remove(index))
            .unwrap_or(RecentUse {
                profile: profile.to_string(),
                instance_id: instance_id.to_string(),
                count: 0,
                last_used_at: now,
            });
        entry.count = entry.count.saturating_add(1);
        entry.last_used_at = now;
        self.recents.insert(0, entry);
        self.recents.truncate(MAX_RECENTS);
    }

    pub fn is_pinned(&self, profile: &str, instance_id: &str) -> bool {
        self.pins.iter().any(|pin| {
            pin.profile == profile
                && crate::instances::InstanceRef::parse(&pin.instance)
                    .is_ok_and(|r| r.id == instance_id)
        })
    }
}

/// An IAM Identity Center profile the app (or IT) defines: used exactly like one from
/// ~/.aws/config with `sso_session`, `sso_account_id` and `sso_role_name`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AppProfile {
    pub name: String,
    pub sso_start_url: String,
    pub sso_region: String,
    pub account_id: String,
    pub role_name: String,
    /// The region of the Connect instances.
    pub region: String,
    /// The instance this profile signs in to by default (ID or ARN).
    #[serde(default)]
    pub instance: Option<String>,
}

impl AppProfile {
    /// The SSO session name its token is cached under (`~/.aws/sso/cache/<sha1 of it>.json`).
    pub fn session_name(&self) -> String {
        format!("connect-sso-{}", self.name)
    }
}

/// Desktop notifications before a session ends; `None` = not set (policy, else default).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct NotificationSettings {
    pub enabled: Option<bool>,
    /// Minutes before the end of a session to warn, once.
    pub lead_minutes: Option<u64>,
}

/// Timeouts and retries of every AWS call. Retries apply to throttling and 5xx only (the SDK's
/// standard retry mode).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct NetworkSettings {
    pub connect_timeout_ms: u64,
    pub attempt_timeout_ms: u64,
    pub operation_timeout_ms: u64,
    pub max_attempts: u32,
    /// Discovery gives up on a region after this long; the other regions are still listed.
    pub discovery_region_timeout_ms: u64,
}

impl Default for NetworkSettings {
    fn default() -> Self {
        NetworkSettings {
            connect_timeout_ms: 3_000,
            attempt_timeout_ms: 5_000,
            operation_timeout_ms: 15_000,
            max_attempts: 3,
            discovery_region_timeout_ms: 8_000,
        }
    }
}

impl NetworkSettings {
    pub fn connect_timeout(&self) -> Duration {
        Duration::from_millis(self.connect_timeout_ms.clamp(100, 60_000))
    }
    pub fn attempt_timeout(&self) -> Duration {
        Duration::from_millis(self.attempt_timeout_ms.clamp(100, 120_000))
    }
    pub fn operation_timeout(&self) -> Duration {
        Duration::from_millis(self.operation_timeout_ms.clamp(100, 300_000))
    }
    pub fn discovery_region_timeout(&self) -> Duration {
        Duration::from_millis(self.discovery_region_timeout_ms.clamp(100, 120_000))
    }
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts.clamp(1, 3)
    }
}

/// Where settings are read from and written to.
#[derive(Debug, Clone)]
pub struct SettingsStore {
    dir: PathBuf,
}

impl SettingsStore {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        SettingsStore { dir: dir.into() }
    }

    /// `CONNECT_SSO_CONFIG_DIR`, else the OS config dir's `connect-sso` folder.
    pub fn from_env() -> Self {
        let dir = std::env::var_os(CONFIG_DIR_ENV)
            .filter(|dir| !dir.is_empty())
            .map(PathBuf::from)
            .or_else(|| dirs::config_dir().map(|dir| dir.join("connect-sso")))
            .unwrap_or_else(|| PathBuf::from(".connect-sso"));
        SettingsStore::new(dir)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    /// The saved settings, or defaults. A file that cannot be parsed is moved aside as
    /// `settings.corrupt-<unix time>.json` and reported once as a `settings_corrupt` notice.
    pub fn load(&self) -> (Settings, Option<Error>) {
        let path = self.path();
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return (Settings::default(), None)
            }
            Err(error) => {
                return (
                    Settings::default(),
                    Some(corrupt(&path, &error.to_string(), None)),
                )
            }
        };
        match serde_json::from_slice::<Settings>(&bytes) {
            Ok(settings) => (settings, None),
            Err(error) => {
                let stamp = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or_default();
                let aside = self.dir.join(format!("settings.corrupt-{stamp}.json"));
                let moved = fs::rename(&path, &aside).ok().map(|()| aside);
                (
                    Settings::default(),
                    Some(corrupt(&path, &error.to_string(), moved.as_deref())),
                )
            }
        }
    }

    /// Writes atomically: a temp file in the same directory (created 0600 in a 0700 directory),
    /// fsync, rename over the old file, fsync the directory. A crash at any point leaves the old
    /// or the new file, never a torn one.
    pub fn save(&self, settings: &Settings) -> Result<()> {
        let json = serde_json::to_vec_pretty(settings)
            .map_err(|error| Error::internal(format!("cannot encode settings: {error}")))?;
        self.write_atomically(&json).map_err(|error| {
            Error::new(
                ErrorCode::SettingsUnwritable,
                format!("Settings could not be saved to {}: {error}", self.path().display()),
                "Check that the folder exists and is writable (disk full?). Your sign-in itself is not affected.",
            )
        })
    }

    fn write_atomically(&self, bytes: &[u8]) -> std::io::Result<()> {
        create_private_dir(&self.dir)?;
        let temp = self
            .dir
            .join(format!(".{FILE_NAME}.{}.tmp", std::process::id()));
        let mut file = create_private_file(&temp)?;
        let result = (|| {
            file.write_all(bytes)?;
            file.sync_all()?;
            fs::rename(&temp, self.path())?;
            sync_dir(&self.dir)
        })();
        if result.is_err() {
            let _ = fs::remove_file(&temp);
        }
        result
    }
}

fn corrupt(path: &Path, detail: &str, moved_to: Option<&Path>) -> Error {
    let moved = moved_to
        .map(|aside| format!(" It was moved to {}.", aside.display()))
        .unwrap_or_default();
    Error::new(
        ErrorCode::SettingsCorrupt,
        format!(
            "The settings file {} could not be read ({detail}); defaults were loaded.{moved}",
            path.display()
        ),
        "Pick your profile and instance again; they will be saved to a fresh file.",
    )
}

#[cfg(unix)]
pub(crate) fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    match fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
    {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(error) => Err(error),
    }
}

#[cfg(not(unix))]
pub(crate) fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    fs::create_dir_all(dir)
}

#[cfg(unix)]
pub(crate) fn create_private_file(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
pub(crate) fn create_private_file(path: &Path) -> std::io::Result<fs::File> {
    fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_loads_defaults_without_notice() {
        let dir = tempfile::tempdir().unwrap();
        let (settings, notice) = SettingsStore::new(dir.path().join("nested")).load();
        assert_eq!(settings, Settings::default());
        assert!(notice.is_none());
    }

    #[test]
    fn save_then_load_round_trips_with_private_modes() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::new(dir.path().join("cfg"));
        let settings = Settings {
            last_profile: Some("agent".into()),
            last_instance: Some("id".into()),
            ..Settings::default()
        };
        store.save(&settings).unwrap();
        assert_eq!(store.load().0, settings);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let file_mode = fs::metadata(store.path()).unwrap().permissions().mode() & 0o777;
            let dir_mode = fs::metadata(store.dir()).unwrap().permissions().mode() & 0o777;
            assert_eq!((file_mode, dir_mode), (0o600, 0o700));
        }
        let leftovers: Vec<_> = fs::read_dir(store.dir()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temp file is left behind");
    }

    proptest::proptest! {
        /// Whatever bytes the settings file holds, loading gives settings and at most a notice,
        /// never a panic; what is not valid is moved aside.
        #[test]
        fn any_file_content_loads(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..512)) {
            let dir = tempfile::tempdir().unwrap();
            let store = SettingsStore::new(dir.path());
            fs::write(store.path(), &bytes).unwrap();
            let (settings, notice) = store.load();
            match notice {
                None => proptest::prop_assert_eq!(
                    serde_json::from_slice::<Settings>(&bytes).ok(),
                    Some(settings)
                ),
                Some(notice) => {
                    proptest::prop_assert_eq!(notice.code, ErrorCode::SettingsCorrupt);
                    proptest::prop_assert!(!store.path().exists());
                }
            }
        }
    }

    #[test]
    fn corrupt_file_is_moved_aside_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::new(dir.path());
        fs::write(store.path(), b"{\"lastProfile\": \"trunc").unwrap();
        let (settings, notice) = store.load();
        assert_eq!(settings, Settings::default());
        assert_eq!(notice.unwrap().code, ErrorCode::SettingsCorrupt);
        assert!(!store.path().exists());
        let aside: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(aside
            .iter()
            .any(|name| name.starts_with("settings.corrupt-") && name.ends_with(".json")));
        assert!(store.load().1.is_none(), "the notice is given once");
    }
}
