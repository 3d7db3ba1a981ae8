//! The OS keychain through the `keyring` crate's native stores (Keychain on macOS, Credential
//! Manager on Windows, Secret Service on Linux where the tests compare it with our own client);
//! its mock store is refused, never used.

use crate::core::error::{Error, ErrorCode, Result};
use crate::store::vault::{keychain_locked, keychain_unavailable, TokenVault};
use std::sync::Mutex;

/// The OS keychain. Every access is serialised through one lock so two threads never touch the
/// same entry at once (the Secret Service has no transactions).
pub struct KeyringVault {
    service: String,
    lock: Mutex<()>,
}

impl KeyringVault {
    /// `service` namespaces every entry, for example `com.connectsso.desktop` or
    /// `com.connectsso.desktop.dev` for debug builds, so channels never read each other's tokens.
    pub fn new(service: impl Into<String>) -> Self {
        KeyringVault {
            service: service.into(),
            lock: Mutex::new(()),
        }
    }

    fn with_entry<T>(
        &self,
        name: &str,
        action: impl FnOnce(&keyring::Entry) -> keyring::Result<T>,
    ) -> Result<T> {
        let _guard = self
            .lock
            .lock()
            .map_err(|_| Error::internal("keychain lock poisoned"))?;
        let entry = keyring::Entry::new(&self.service, name).map_err(map_keyring_error)?;
        if is_mock(&entry) {
            // keyring falls back to its in-memory mock when built without a native store:
            // tokens would silently vanish at exit. Never in any build of this app.
            return Err(Error::new(
                ErrorCode::KeychainUnavailable,
                crate::text!("error-keychain-mock"),
            ));
        }
        action(&entry).map_err(map_keyring_error)
    }
}

impl TokenVault for KeyringVault {
    fn put(&self, name: &str, value: &[u8]) -> Result<()> {
        self.with_entry(name, |entry| entry.set_secret(value))
    }

    fn get(&self, name: &str) -> Result<Option<Vec<u8>>> {
        self.with_entry(name, |entry| match entry.get_secret() {
            Ok(value) => Ok(Some(value)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(error) => Err(error),
        })
    }

    fn delete(&self, name: &str) -> Result<()> {
        self.with_entry(name, |entry| match entry.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(error) => Err(error),
        })
    }
}

fn is_mock(entry: &keyring::Entry) -> bool {
    entry
        .get_credential()
        .downcast_ref::<keyring::mock::MockCredential>()
        .is_some()
}

fn map_keyring_error(error: keyring::Error) -> Error {
    match error {
        keyring::Error::NoStorageAccess(detail) => keychain_locked(&detail),
        other => keychain_unavailable(&other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The store every build uses (debug and release share one feature set) is the OS's own,
    /// never keyring's mock: no Secret Service is needed to tell, only the entry's type.
    #[test]
    fn the_keychain_store_is_native_never_the_mock() {
        let entry = keyring::Entry::new("com.connectsso.test.native", "probe").unwrap();
        assert!(!is_mock(&entry));
        #[cfg(target_os = "linux")]
        assert!(entry
            .get_credential()
            .downcast_ref::<keyring::secret_service::SsCredential>()
            .is_some());
        #[cfg(target_os = "macos")]
        assert!(entry
            .get_credential()
            .downcast_ref::<keyring::macos::MacCredential>()
            .is_some());
        #[cfg(target_os = "windows")]
        assert!(entry
            .get_credential()
            .downcast_ref::<keyring::windows::WinCredential>()
            .is_some());

        let mock = keyring::Entry::new_with_credential(
            keyring::mock::default_credential_builder()
                .build(None, "s", "u")
                .unwrap(),
        );
        assert!(is_mock(&mock), "the guard recognises the mock");
    }
}
