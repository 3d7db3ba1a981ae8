//! The Linux keychain (Secret Service over D-Bus) through one kept connection: the `keyring`
//! crate opens a new connection and encryption session for every call (about 7 ms each here),
//! and a sign-in stores several entries. Items are the ones `keyring` reads and writes (same
//! attributes, same collection), so entries move freely between the two.

use crate::core::error::{Error, ErrorCode, Result};
use crate::store::vault::{keychain_locked, keychain_unavailable, TokenVault};
use dbus_secret_service::{EncryptionType, Error as SsError, SecretService};
use std::collections::HashMap;
use std::sync::Mutex;

/// How long a Secret Service prompt (unlocking a locked keyring) may wait for the person.
const PROMPT_TIMEOUT_SECS: u64 = 60;
/// keyring's collection for entries created without a target.
const TARGET: &str = "default";

pub struct SecretServiceVault {
    service: String,
    connection: Mutex<Option<SecretService>>,
}

impl SecretServiceVault {
    pub fn new(service: impl Into<String>) -> Self {
        SecretServiceVault {
            service: service.into(),
            connection: Mutex::new(None),
        }
    }

    /// Runs `action` on the kept connection, connecting first if needed. A connection that
    /// broke (the keyring daemon restarted) is replaced once.
    fn with_service<T>(
        &self,
        action: impl Fn(&SecretService) -> std::result::Result<T, SsError>,
    ) -> Result<T> {
        let mut connection = self
            .connection
            .lock()
            .map_err(|_| Error::internal("keychain lock poisoned"))?;
        for attempt in 0..2 {
            if connection.is_none() {
                *connection = Some(
                    SecretService::connect_with_max_prompt_timeout(
                        EncryptionType::Dh,
                        PROMPT_TIMEOUT_SECS,
                    )
                    .map_err(map_error)?,
                );
            }
            let Some(service) = connection.as_ref() else {
                continue;
            };
            match action(service) {
                Ok(value) => return Ok(value),
                Err(SsError::Dbus(_)) if attempt == 0 => *connection = None,
                Err(error) => return Err(map_error(error)),
            }
        }
        Err(Error::new(
            ErrorCode::KeychainUnavailable,
            crate::text!("error-keychain-connection-broke"),
        ))
    }

    fn attributes<'a>(&'a self, name: &'a str) -> HashMap<&'a str, &'a str> {
        HashMap::from([
            ("service", self.service.as_str()),
            ("username", name),
            ("target", TARGET),
        ])
    }
}

impl TokenVault for SecretServiceVault {
    /// Connects and negotiates the encrypted session (a Diffie-Hellman exchange: the slowest
    /// step of a sign-in's keychain work) ahead of the first call.
    fn prepare(&self) -> Result<()> {
        self.with_service(|_| Ok(()))
    }

    fn put(&self, name: &str, value: &[u8]) -> Result<()> {
        self.with_service(|service| {
            let found = service.search_items(self.attributes(name))?;
            if let Some(item) = found.unlocked.first() {
                return item.set_secret(value, "text/plain");
            }
            if let Some(item) = found.locked.first() {
                item.unlock()?;
                return item.set_secret(value, "text/plain");
            }
            let mut attributes = self.attributes(name);
            attributes.insert("application", "rust-keyring");
            let label = format!("{name}@{}:{TARGET} (keyring v3.6.3)", self.service);
            let collection = service.get_default_collection()?;
            collection.ensure_unlocked()?;
            collection.create_item(&label, attributes, value, true, "text/plain")?;
            Ok(())
        })
    }

    fn get(&self, name: &str) -> Result<Option<Vec<u8>>> {
        self.with_service(|service| {
            let found = service.search_items(self.attributes(name))?;
            if let Some(item) = found.unlocked.first() {
                return item.get_secret().map(Some);
            }
            match found.locked.first() {
                Some(item) => {
                    item.unlock()?;
                    item.get_secret().map(Some)
                }
                None => Ok(None),
            }
        })
    }

    fn delete(&self, name: &str) -> Result<()> {
        self.with_service(|service| {
            let found = service.search_items(self.attributes(name))?;
            for item in found.unlocked.iter() {
                item.delete()?;
            }
            for item in found.locked.iter() {
                item.unlock()?;
                item.delete()?;
            }
            Ok(())
        })
    }
}

fn map_error(error: SsError) -> Error {
    match error {
        SsError::Locked | SsError::Prompt => keychain_locked(&error),
        other => keychain_unavailable(&other),
    }
}
