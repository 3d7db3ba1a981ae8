//! The settings file: one JSON file in the OS config dir (`CONNECT_SSO_CONFIG_DIR` overrides it,
//! so tests never touch a real one), written atomically. A corrupt file is moved aside and
//! defaults load.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::settings::Settings;
use crate::store::files::write_atomically;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// Environment variable naming the directory that holds `settings.json`.
pub const CONFIG_DIR_ENV: &str = "CONNECT_SSO_CONFIG_DIR";
const FILE_NAME: &str = "settings.json";

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

    /// Writes atomically and privately (see `store::files`): a crash leaves the old file or the
    /// new one, never a torn one.
    pub fn save(&self, settings: &Settings) -> Result<()> {
        let json = serde_json::to_vec_pretty(settings)
            .map_err(|error| Error::internal(format!("cannot encode settings: {error}")))?;
        write_atomically(&self.path(), &json).map_err(|error| {
            Error::new(
                ErrorCode::SettingsUnwritable,
                crate::text!(
                    "error-settings-unwritable",
                    path = self.path().display().to_string(),
                    detail = error.to_string()
                ),
            )
        })
    }
}

fn corrupt(path: &Path, detail: &str, moved_to: Option<&Path>) -> Error {
    let moved = match moved_to {
        Some(aside) => crate::text!("settings-moved-to", path = aside.display().to_string()),
        None => crate::text!("data", value = ""),
    };
    Error::new(
        ErrorCode::SettingsCorrupt,
        crate::text!(
            "error-settings-corrupt",
            path = path.display().to_string(),
            detail = detail,
            moved = moved
        ),
    )
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
