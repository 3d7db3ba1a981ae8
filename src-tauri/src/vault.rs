//! The OS keychain, behind the small [`TokenVault`] trait: named byte values, nothing more.
//!
//! Production uses [`KeyringVault`] (Secret Service on Linux, Keychain on macOS, Credential
//! Manager on Windows, through the `keyring` crate's native stores; its mock store is never
//! used). Tests use [`MemoryVault`] or a real gnome-keyring.

use crate::error::{Error, ErrorCode, Result};
use std::collections::HashMap;
use std::sync::Mutex;

/// A keychain holding named secrets for this app. A missing entry is `Ok(None)`, not an error.
pub trait TokenVault: Send + Sync {
    fn put(&self, name: &str, value: &[u8]) -> Result<()>;
    fn get(&self, name: &str) -> Result<Option<Vec<u8>>>;
    /// Deleting an entry that does not exist succeeds.
    fn delete(&self, name: &str) -> Result<()>;
}

/// The OS keychain. Every access is serialised through one lock so two threads never touch the
/// same entry at once (the Secret Service has no transactions).
pub struct KeyringVault {
    service: String,
    lock: Mutex<()>,
}

impl KeyringVault {
    /// `service` namespaces every entry, for example `com.connectsso.app` or
    /// `com.connectsso.app.dev` for debug builds, so channels never read each other's tokens.
    pub fn new(service: impl Into<String>) -> Self {
        KeyringVault {
            service: service.into(),
            lock: Mutex::new(()),
        }
    }

    /// The service name for this build: release and debug builds keep separate entries.
    pub fn default_service() -> String {
        if cfg!(debug_assertions) {
            "com.connectsso.app.dev".to_string()
        } else {
            "com.connectsso.app".to_string()
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

fn map_keyring_error(error: keyring::Error) -> Error {
    match error {
        keyring::Error::NoStorageAccess(detail) => Error::new(
            ErrorCode::KeychainLocked,
            format!("The keychain is locked or refused access: {detail}"),
            "Unlock your keychain (on Linux: the login keyring in Passwords and Keys / Seahorse) and try again.",
        ),
        other => Error::new(
            ErrorCode::KeychainUnavailable,
            format!("The keychain is not available: {other}"),
            "On Linux, install and start a Secret Service such as gnome-keyring (apt install gnome-keyring) and sign in again.",
        ),
    }
}

/// An in-process vault: for tests, benchmarks, and nothing else.
#[derive(Debug, Default)]
pub struct MemoryVault {
    entries: Mutex<HashMap<String, Vec<u8>>>,
}

impl MemoryVault {
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .entries
            .lock()
            .map(|entries| entries.keys().cloned().collect())
            .unwrap_or_default();
        names.sort();
        names
    }
}

impl TokenVault for MemoryVault {
    fn put(&self, name: &str, value: &[u8]) -> Result<()> {
        self.entries
            .lock()
            .map_err(|_| Error::internal("memory vault poisoned"))?
            .insert(name.to_string(), value.to_vec());
        Ok(())
    }

    fn get(&self, name: &str) -> Result<Option<Vec<u8>>> {
        Ok(self
            .entries
            .lock()
            .map_err(|_| Error::internal("memory vault poisoned"))?
            .get(name)
            .cloned())
    }

    fn delete(&self, name: &str) -> Result<()> {
        self.entries
            .lock()
            .map_err(|_| Error::internal("memory vault poisoned"))?
            .remove(name);
        Ok(())
    }
}

/// A vault that is always unavailable: what the app runs with when no keychain can be reached.
#[derive(Debug)]
pub struct UnavailableVault {
    pub error: Error,
}

impl TokenVault for UnavailableVault {
    fn put(&self, _: &str, _: &[u8]) -> Result<()> {
        Err(self.error.clone())
    }
    fn get(&self, _: &str) -> Result<Option<Vec<u8>>> {
        Err(self.error.clone())
    }
    fn delete(&self, _: &str) -> Result<()> {
        Err(self.error.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_vault_round_trip_and_missing_entries() {
        let vault = MemoryVault::default();
        assert_eq!(vault.get("a").unwrap(), None);
        vault.put("a", b"one").unwrap();
        assert_eq!(vault.get("a").unwrap().as_deref(), Some(&b"one"[..]));
        vault.delete("a").unwrap();
        vault.delete("a").unwrap();
        assert_eq!(vault.get("a").unwrap(), None);
    }
}
