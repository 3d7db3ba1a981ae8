//! The keychain as the app sees it: the small [`TokenVault`] trait (named byte values, nothing
//! more), the chunking every store shares, the wording of keychain errors, and an in-memory vault
//! for tests. The OS stores are in `keyring_vault` and `secret_service`, picked in `keychain`.

use crate::core::error::{Error, ErrorCode, Result};
use std::collections::HashMap;
use std::sync::Mutex;

/// A keychain holding named secrets for this app. A missing entry is `Ok(None)`, not an error.
pub trait TokenVault: Send + Sync {
    fn put(&self, name: &str, value: &[u8]) -> Result<()>;
    fn get(&self, name: &str) -> Result<Option<Vec<u8>>>;
    /// Deleting an entry that does not exist succeeds.
    fn delete(&self, name: &str) -> Result<()>;
}

/// The keychain exists but is locked or refused access (for every store).
pub fn keychain_locked(detail: &dyn std::fmt::Display) -> Error {
    Error::new(
        ErrorCode::KeychainLocked,
        format!("The keychain is locked or refused access: {detail}"),
        "Unlock your keychain (on Linux: the login keyring in Passwords and Keys / Seahorse) and try again.",
    )
}

/// There is no keychain to talk to (for every store).
pub fn keychain_unavailable(detail: &dyn std::fmt::Display) -> Error {
    Error::new(
        ErrorCode::KeychainUnavailable,
        format!("The keychain is not available: {detail}"),
        "On Linux, install and start a Secret Service such as gnome-keyring (apt install gnome-keyring) and sign in again.",
    )
}

/// Windows Credential Manager refuses secrets over 2,560 bytes and Connect does not document its
/// token sizes, so every store splits larger values into chunks below that, on every OS alike:
/// the same entries then work everywhere and the splitting is tested where the tests run.
pub const MAX_CHUNK_LEN: usize = 2_048;

/// Marks an entry that holds a chunk count instead of a value. Tokens never start with NUL.
const CHUNKED_MARKER: &[u8] = b"\0connect-sso-chunks:";

/// Splits values longer than [`MAX_CHUNK_LEN`] over several entries of an inner vault: the
/// chunks go to `NAME#0`, `NAME#1`…, then `NAME` gets the marker and the count. The count is
/// written last, so a failure half-way leaves the previous value readable.
pub struct Chunked<V> {
    inner: V,
}

impl<V: TokenVault> Chunked<V> {
    pub fn new(inner: V) -> Self {
        Chunked { inner }
    }

    fn chunk_count(&self, name: &str) -> Result<Option<usize>> {
        Ok(self.inner.get(name)?.as_deref().and_then(parse_marker))
    }

    fn delete_chunks(&self, name: &str, from: usize, to: usize) -> Result<()> {
        for index in from..to {
            self.inner.delete(&chunk_name(name, index))?;
        }
        Ok(())
    }
}

fn chunk_name(name: &str, index: usize) -> String {
    format!("{name}#{index}")
}

fn parse_marker(value: &[u8]) -> Option<usize> {
    std::str::from_utf8(value.strip_prefix(CHUNKED_MARKER)?)
        .ok()?
        .parse()
        .ok()
}

impl<V: TokenVault> TokenVault for Chunked<V> {
    fn put(&self, name: &str, value: &[u8]) -> Result<()> {
        let previous = self.chunk_count(name)?.unwrap_or(0);
        if value.len() <= MAX_CHUNK_LEN && !value.starts_with(CHUNKED_MARKER) {
            self.inner.put(name, value)?;
            return self.delete_chunks(name, 0, previous);
        }
        let chunks: Vec<&[u8]> = value.chunks(MAX_CHUNK_LEN).collect();
        for (index, chunk) in chunks.iter().enumerate() {
            self.inner.put(&chunk_name(name, index), chunk)?;
        }
        let mut marker = CHUNKED_MARKER.to_vec();
        marker.extend_from_slice(chunks.len().to_string().as_bytes());
        self.inner.put(name, &marker)?;
        self.delete_chunks(name, chunks.len(), previous)
    }

    fn get(&self, name: &str) -> Result<Option<Vec<u8>>> {
        let Some(value) = self.inner.get(name)? else {
            return Ok(None);
        };
        let Some(count) = parse_marker(&value) else {
            return Ok(Some(value));
        };
        let mut joined = Vec::with_capacity(count * MAX_CHUNK_LEN);
        for index in 0..count {
            match self.inner.get(&chunk_name(name, index))? {
                Some(chunk) => joined.extend_from_slice(&chunk),
                // A chunk removed behind our back: the value is gone, not half a token.
                None => return Ok(None),
            }
        }
        Ok(Some(joined))
    }

    fn delete(&self, name: &str) -> Result<()> {
        let count = self.chunk_count(name)?.unwrap_or(0);
        self.inner.delete(name)?;
        self.delete_chunks(name, 0, count)
    }
}

/// An in-process vault: for tests, benchmarks, and nothing else.
#[derive(Debug, Default)]
pub struct MemoryVault {
    entries: Mutex<HashMap<String, Vec<u8>>>,
    /// Refuse values longer than this, as Windows Credential Manager does (2,560 bytes).
    max_value_len: Option<usize>,
}

impl MemoryVault {
    /// A vault that refuses values over `max` bytes, like Windows Credential Manager.
    pub fn with_max_value_len(max: usize) -> Self {
        MemoryVault {
            max_value_len: Some(max),
            ..MemoryVault::default()
        }
    }

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
        if self.max_value_len.is_some_and(|max| value.len() > max) {
            return Err(Error::new(
                ErrorCode::KeychainUnavailable,
                format!("The keychain refused a {}-byte value.", value.len()),
                "This store has a size limit.",
            ));
        }
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
    fn chunked_values_fit_a_windows_sized_store() {
        let vault = Chunked::new(MemoryVault::with_max_value_len(2_560));
        let token: Vec<u8> = (0..10 * 1024).map(|i| b'a' + (i % 26) as u8).collect();
        vault.put("token", &token).unwrap();
        assert_eq!(vault.get("token").unwrap(), Some(token.clone()));
        assert_eq!(
            vault.inner.names().len(),
            1 + 5,
            "marker + five 2 KB chunks"
        );

        // Shrinking drops the chunks no longer needed; a short value is stored plainly.
        vault.put("token", &token[..3_000]).unwrap();
        assert_eq!(
            vault.get("token").unwrap().as_deref(),
            Some(&token[..3_000])
        );
        assert_eq!(vault.inner.names().len(), 1 + 2);
        vault.put("token", b"short").unwrap();
        assert_eq!(vault.inner.names(), vec!["token".to_string()]);
        assert_eq!(vault.get("token").unwrap().as_deref(), Some(&b"short"[..]));

        vault.put("token", &token).unwrap();
        vault.delete("token").unwrap();
        assert!(vault.inner.names().is_empty());
        assert_eq!(vault.get("token").unwrap(), None);
    }

    #[test]
    fn a_missing_chunk_reads_as_no_value() {
        let vault = Chunked::new(MemoryVault::default());
        vault.put("token", &[b'x'; 5_000]).unwrap();
        vault.inner.delete("token#1").unwrap();
        assert_eq!(vault.get("token").unwrap(), None);
    }

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
