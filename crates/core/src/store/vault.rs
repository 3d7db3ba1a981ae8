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
    /// Opens what the first call needs (a connection, an encrypted session), so that work can
    /// overlap other waits. Stores with nothing to open do nothing.
    fn prepare(&self) -> Result<()> {
        Ok(())
    }
}

/// The keychain exists but is locked or refused access (for every store).
pub fn keychain_locked(detail: &dyn std::fmt::Display) -> Error {
    Error::new(
        ErrorCode::KeychainLocked,
        crate::text!("error-keychain-locked", detail = detail.to_string()),
    )
}

/// There is no keychain to talk to (for every store).
pub fn keychain_unavailable(detail: &dyn std::fmt::Display) -> Error {
    Error::new(
        ErrorCode::KeychainUnavailable,
        crate::text!("error-keychain-unavailable", detail = detail.to_string()),
    )
}

/// Windows Credential Manager refuses secrets over 2,560 bytes and Connect does not document its
/// token sizes, so every store splits larger values into chunks below that, on every OS alike:
/// the same entries then work everywhere and the splitting is tested where the tests run.
pub const MAX_CHUNK_LEN: usize = 2_048;

/// Marks an entry that holds a chunk count instead of a value. Tokens never start with NUL.
const CHUNKED_MARKER: &[u8] = b"\0connect-sso-chunks:";

/// More chunks than any token needs (128 KiB): a larger count is a damaged entry, never an
/// allocation.
pub const MAX_CHUNKS: usize = 64;

/// Where a chunked value's pieces are: `NAME#<generation>.<index>`; entries written before
/// generations existed use `NAME#<index>` (no generation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Layout {
    generation: Option<u32>,
    count: usize,
}

impl Layout {
    fn chunk(&self, name: &str, index: usize) -> String {
        match self.generation {
            Some(generation) => format!("{name}#{generation:08x}.{index}"),
            None => format!("{name}#{index}"),
        }
    }

    /// `\0connect-sso-chunks:<generation>:<count>`, or the older `…:<count>`.
    fn parse(value: &[u8]) -> Option<std::result::Result<Layout, ()>> {
        let rest = std::str::from_utf8(value.strip_prefix(CHUNKED_MARKER)?).ok();
        let parsed = rest.and_then(|rest| match rest.split_once(':') {
            Some((generation, count)) => Some(Layout {
                generation: Some(u32::from_str_radix(generation, 16).ok()?),
                count: count.parse().ok()?,
            }),
            None => Some(Layout {
                generation: None,
                count: rest.parse().ok()?,
            }),
        });
        Some(parsed.filter(|layout| layout.count <= MAX_CHUNKS).ok_or(()))
    }

    fn marker(&self) -> Vec<u8> {
        let mut marker = CHUNKED_MARKER.to_vec();
        if let Some(generation) = self.generation {
            marker.extend_from_slice(format!("{generation:08x}:").as_bytes());
        }
        marker.extend_from_slice(self.count.to_string().as_bytes());
        marker
    }
}

/// Every layout a damaged marker could stand for: the old naming and, when the generation still
/// reads, that generation, each with as many chunks as there can be.
fn salvage(marker: &[u8]) -> Vec<Layout> {
    let generation = marker
        .strip_prefix(CHUNKED_MARKER)
        .and_then(|rest| std::str::from_utf8(rest).ok())
        .and_then(|rest| rest.split_once(':'))
        .and_then(|(generation, _)| u32::from_str_radix(generation, 16).ok());
    let mut layouts = vec![Layout {
        generation: None,
        count: MAX_CHUNKS,
    }];
    if generation.is_some() {
        layouts.push(Layout {
            generation,
            count: MAX_CHUNKS,
        });
    }
    layouts
}

/// The entry `name` holds a chunk marker that cannot be trusted.
fn damaged(name: &str) -> Error {
    Error::new(
        ErrorCode::KeychainEntryDamaged,
        crate::text!("error-keychain-entry-damaged", entry = name),
    )
}

/// Splits values longer than [`MAX_CHUNK_LEN`] over several entries of an inner vault. A new value
/// goes to chunks of a new generation, then `NAME` gets the marker naming that generation and the
/// count, then the old generation's chunks go: a failure half-way leaves the previous value whole,
/// never a token spliced from two.
pub struct Chunked<V> {
    inner: V,
}

impl<V: TokenVault> Chunked<V> {
    pub fn new(inner: V) -> Self {
        Chunked { inner }
    }

    /// The layout `name` points at: `Ok(None)` for a plain value or none, `Err` when damaged.
    fn layout(&self, name: &str) -> Result<Option<Layout>> {
        match self.inner.get(name)?.as_deref().map(Layout::parse) {
            None | Some(None) => Ok(None),
            Some(Some(Ok(layout))) => Ok(Some(layout)),
            Some(Some(Err(()))) => Err(damaged(name)),
        }
    }

    /// Deletes the chunks of `layout` (every possible one when the count cannot be trusted).
    fn delete_chunks(&self, name: &str, layout: Layout) -> Result<()> {
        for index in 0..layout.count.min(MAX_CHUNKS) {
            self.inner.delete(&layout.chunk(name, index))?;
        }
        Ok(())
    }
}

impl<V: TokenVault> TokenVault for Chunked<V> {
    fn prepare(&self) -> Result<()> {
        self.inner.prepare()
    }

    fn put(&self, name: &str, value: &[u8]) -> Result<()> {
        // A damaged marker is replaced like any other: the new value is whole.
        let previous = self.layout(name).unwrap_or(None);
        if value.len() <= MAX_CHUNK_LEN && !value.starts_with(CHUNKED_MARKER) {
            self.inner.put(name, value)?;
            return previous.map_or(Ok(()), |old| self.delete_chunks(name, old));
        }
        let chunks: Vec<&[u8]> = value.chunks(MAX_CHUNK_LEN).collect();
        if chunks.len() > MAX_CHUNKS {
            return Err(Error::new(
                ErrorCode::KeychainUnavailable,
                crate::text!("error-keychain-value-too-large", bytes = value.len()),
            ));
        }
        let mut generation: u32 = rand::random();
        while previous.is_some_and(|old| old.generation == Some(generation)) {
            generation = rand::random();
        }
        let layout = Layout {
            generation: Some(generation),
            count: chunks.len(),
        };
        for (index, chunk) in chunks.iter().enumerate() {
            self.inner.put(&layout.chunk(name, index), chunk)?;
        }
        self.inner.put(name, &layout.marker())?;
        previous.map_or(Ok(()), |old| self.delete_chunks(name, old))
    }

    fn get(&self, name: &str) -> Result<Option<Vec<u8>>> {
        let Some(value) = self.inner.get(name)? else {
            return Ok(None);
        };
        let layout = match Layout::parse(&value) {
            None => return Ok(Some(value)),
            Some(Ok(layout)) => layout,
            Some(Err(())) => return Err(damaged(name)),
        };
        let mut joined = Vec::with_capacity(layout.count.saturating_mul(MAX_CHUNK_LEN));
        for index in 0..layout.count {
            match self.inner.get(&layout.chunk(name, index))? {
                Some(chunk) if chunk.len() <= MAX_CHUNK_LEN => joined.extend_from_slice(&chunk),
                Some(_) => return Err(damaged(name)),
                // A chunk removed behind our back: the value is gone, not half a token.
                None => return Ok(None),
            }
        }
        Ok(Some(joined))
    }

    fn delete(&self, name: &str) -> Result<()> {
        let layouts = match self.layout(name) {
            Ok(layout) => layout.into_iter().collect(),
            // Whatever a damaged marker says, every chunk it could name goes with it.
            Err(_) => salvage(&self.inner.get(name)?.unwrap_or_default()),
        };
        self.inner.delete(name)?;
        for layout in layouts {
            self.delete_chunks(name, layout)?;
        }
        Ok(())
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
                crate::text!("error-keychain-refused-size", bytes = value.len()),
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

    /// The chunk names of the entry's current generation.
    fn chunk_names(vault: &Chunked<MemoryVault>, name: &str) -> Vec<String> {
        vault
            .inner
            .names()
            .into_iter()
            .filter(|n| n.starts_with(&format!("{name}#")))
            .collect()
    }

    #[test]
    fn a_missing_chunk_reads_as_no_value() {
        let vault = Chunked::new(MemoryVault::default());
        vault.put("token", &[b'x'; 5_000]).unwrap();
        let second = chunk_names(&vault, "token")[1].clone();
        vault.inner.delete(&second).unwrap();
        assert_eq!(vault.get("token").unwrap(), None);
    }

    /// A count out of bounds used to size an allocation (and abort the app at every start while
    /// the entry existed): now it is a damaged entry, reported, and removable.
    #[test]
    fn an_absurd_chunk_count_is_a_damaged_entry_never_an_abort() {
        let vault = Chunked::new(MemoryVault::default());
        for marker in [
            &b"\0connect-sso-chunks:18446744073709551615"[..],
            b"\0connect-sso-chunks:00000001:999999",
            b"\0connect-sso-chunks:zz",
            b"\0connect-sso-chunks:0000000g:2",
        ] {
            vault.inner.put("token", marker).unwrap();
            vault.inner.put("token#3", b"left over").unwrap();
            if marker.windows(8).any(|w| w == b"00000001") {
                vault.inner.put("token#00000001.2", b"left over").unwrap();
            }
            assert_eq!(
                vault.get("token").unwrap_err().code,
                ErrorCode::KeychainEntryDamaged
            );
            vault.delete("token").unwrap();
            assert_eq!(vault.get("token").unwrap(), None);
            assert!(vault.inner.names().is_empty(), "{:?}", vault.inner.names());
        }
        // A damaged entry is simply replaced by a new value.
        vault
            .inner
            .put("token", b"\0connect-sso-chunks:999999")
            .unwrap();
        vault.put("token", &[b'y'; 3_000]).unwrap();
        assert_eq!(vault.get("token").unwrap(), Some(vec![b'y'; 3_000]));
    }

    /// A keychain that fails after a number of writes: a rewrite that stops half-way.
    struct FailingAfter {
        inner: MemoryVault,
        writes_left: Mutex<usize>,
    }

    impl TokenVault for FailingAfter {
        fn put(&self, name: &str, value: &[u8]) -> Result<()> {
            let mut left = self.writes_left.lock().unwrap();
            if *left == 0 {
                return Err(Error::new(
                    ErrorCode::KeychainUnavailable,
                    crate::text!("data", value = "gone"),
                ));
            }
            *left -= 1;
            self.inner.put(name, value)
        }
        fn get(&self, name: &str) -> Result<Option<Vec<u8>>> {
            self.inner.get(name)
        }
        fn delete(&self, name: &str) -> Result<()> {
            self.inner.delete(name)
        }
    }

    #[test]
    fn a_rewrite_that_fails_half_way_leaves_the_old_value_whole() {
        let old: Vec<u8> = vec![b'o'; 6_000];
        let new: Vec<u8> = vec![b'n'; 6_000];
        for writes in 0..4 {
            let vault = Chunked::new(FailingAfter {
                inner: MemoryVault::default(),
                writes_left: Mutex::new(usize::MAX),
            });
            vault.put("token", &old).unwrap();
            *vault.inner.writes_left.lock().unwrap() = writes;
            let result = vault.put("token", &new);
            let read = vault.get("token").unwrap().unwrap();
            // Either the old value or the new one, whole: never a splice of the two.
            if result.is_ok() {
                assert_eq!(read, new, "{writes} writes");
            } else {
                assert_eq!(read, old, "{writes} writes");
            }
        }
    }

    #[test]
    fn entries_written_before_generations_still_read_and_delete() {
        let vault = Chunked::new(MemoryVault::default());
        vault.inner.put("token#0", &[b'a'; 2_048]).unwrap();
        vault.inner.put("token#1", b"bc").unwrap();
        vault.inner.put("token", b"\0connect-sso-chunks:2").unwrap();
        let mut expected = vec![b'a'; 2_048];
        expected.extend_from_slice(b"bc");
        assert_eq!(vault.get("token").unwrap(), Some(expected));
        vault.put("token", &[b'z'; 2_100]).unwrap();
        assert!(!vault.inner.names().contains(&"token#0".to_string()));
        vault.delete("token").unwrap();
        assert!(vault.inner.names().is_empty());
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
