//! Which keychain store this OS uses, under which service name, with values chunked; and the
//! upgrade of sessions earlier builds stored (under another service name, or in another layout).

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
/// Written in the settings folder once the sessions of earlier builds were moved and rewritten:
/// later starts skip the look-up (a file's existence, no keychain call).
const UPGRADED_MARKER: &str = "keychain-sessions-upgraded";

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
/// service and rewrites those kept in the three-entry layout as one entry each, once (a marker in
/// `settings_dir` remembers it). A keychain that does not answer is tried again at the next
/// start: nothing is lost, the sessions stay where they were.
pub fn upgrade_stored_sessions(settings_dir: &Path) {
    let marker = settings_dir.join(UPGRADED_MARKER);
    if marker.exists() {
        return;
    }
    let previous = SessionStore::new(Arc::new(Chunked::new(
        OsVault::new(previous_service_name()),
    )));
    let current = SessionStore::new(Arc::new(os_keychain()));
    let upgraded = current
        .adopt(&previous)
        .and_then(|moved| Ok((moved, current.upgrade()?)));
    match upgraded {
        Ok((moved, rewritten)) => {
            if moved + rewritten > 0 {
                tracing::info!(moved, rewritten, "sessions of earlier builds upgraded");
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
