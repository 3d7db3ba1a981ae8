//! Which keychain store this OS uses, under which service name, with values chunked; and the move
//! of sessions stored under the service name of earlier builds.

use crate::store::sessions::SessionStore;
use crate::store::vault::Chunked;
use std::path::Path;
use std::sync::Arc;

/// The store behind [`os_keychain`]: on Linux one kept Secret Service connection (the same items
/// `keyring` uses, far fewer round trips), elsewhere `keyring`'s native store.
#[cfg(target_os = "linux")]
pub type OsVault = crate::store::secret_service::SecretServiceVault;
#[cfg(not(target_os = "linux"))]
pub type OsVault = crate::store::keyring_vault::KeyringVault;

/// The OS keychain as the app uses it: this build's service name, values chunked.
pub fn os_keychain() -> Chunked<OsVault> {
    Chunked::new(OsVault::new(service_name()))
}

/// The app's identifier (the bundle identifier in `tauri.conf.json`), which names its keychain
/// entries.
const SERVICE: &str = "com.connectsso.desktop";
/// The identifier of builds before 0.2: it ended in `.app`, which clashes with macOS bundles.
const PREVIOUS_SERVICE: &str = "com.connectsso.app";
/// Written in the settings folder once the previous service's sessions were moved: later starts
/// skip the look-up.
const MOVED_MARKER: &str = "keychain-service-moved";

fn for_this_build(service: &str) -> String {
    if cfg!(debug_assertions) {
        format!("{service}.dev")
    } else {
        service.to_string()
    }
}

/// The service name for this build: release and debug builds keep separate entries, so the two
/// channels never read each other's tokens.
pub fn service_name() -> String {
    for_this_build(SERVICE)
}

/// The service name earlier builds of this channel stored their sessions under.
pub fn previous_service_name() -> String {
    for_this_build(PREVIOUS_SERVICE)
}

/// Moves the sessions earlier builds stored under [`previous_service_name`] to this build's
/// service, once (a marker in `settings_dir` remembers it). A keychain that does not answer is
/// tried again at the next start: nothing is lost, the sessions stay where they were.
pub fn move_previous_sessions(settings_dir: &Path) {
    let marker = settings_dir.join(MOVED_MARKER);
    if marker.exists() {
        return;
    }
    let previous = SessionStore::new(Arc::new(Chunked::new(
        OsVault::new(previous_service_name()),
    )));
    let current = SessionStore::new(Arc::new(os_keychain()));
    match current.adopt(&previous) {
        Ok(moved) => {
            if moved > 0 {
                tracing::info!(moved, "sessions moved from the previous keychain service");
            }
            let _ = crate::store::files::create_private_dir(settings_dir);
            let _ = crate::store::files::write_atomically(&marker, b"");
        }
        Err(error) => tracing::info!(
            code = %error.code,
            "the previous keychain service was not read; tried again at the next start"
        ),
    }
}
