//! Which keychain store this OS uses, under which service name, with values chunked.

use crate::store::vault::Chunked;

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

/// The service name for this build: release and debug builds keep separate entries, so the two
/// channels never read each other's tokens.
pub fn service_name() -> String {
    if cfg!(debug_assertions) {
        "com.connectsso.app.dev".to_string()
    } else {
        "com.connectsso.app".to_string()
    }
}
