//! Signed-in sessions: what is kept per (profile, instance), where, and how it is listed and removed.
//!
//! Everything about a session lives in the keychain (one entry per session holding its record and
//! both tokens, one index of keys), so wiping the keychain entries wipes the session and the
//! session list survives a restart without any file on disk. Builds before 0.2 kept three
//! entries per session; they are still read, and [`SessionStore::upgrade`] rewrites them.

use crate::core::error::{Error, Result};
use crate::core::secret::Secret;
use crate::core::secret::Tokens;
use crate::store::vault::TokenVault;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Which session: one per profile and instance.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SessionKey {
    pub profile: String,
    pub instance_id: String,
}

impl SessionKey {
    /// The one entry of a session. `sessions/` (plural) never collides with the entries of the
    /// three-entry layout, whatever the profile name holds.
    fn entry_name(&self) -> String {
        format!("sessions/{}/{}", self.instance_id, self.profile)
    }

    /// An entry of the three-entry layout (builds before 0.2).
    fn legacy_entry(&self, what: &str) -> String {
        // The instance ID is a UUID (no '/'), so the profile name, which may contain anything,
        // goes last and the name stays unambiguous.
        format!("session/{}/{what}/{}", self.instance_id, self.profile)
    }
}

/// The non-secret facts of a session, as stored and as shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionRecord {
    pub profile: String,
    pub instance_id: String,
    pub instance_alias: Option<String>,
    pub region: String,
    pub user_id: Option<String>,
    pub user_arn: Option<String>,
    /// The Connect username the caller federated as (its role session name), when known.
    #[serde(default)]
    pub connect_username: Option<String>,
    /// The caller's AWS identity (STS ARN), when known.
    #[serde(default)]
    pub caller_arn: Option<String>,
    /// Where the instance's pages live (scheme, host and port of the sign-in URL that was opened,
    /// plus `/connect` on a legacy awsapps.com instance), never the sign-in URL's own path or
    /// query, which carry the token: where a resumed session posts its tokens and logout goes.
    #[serde(default)]
    pub sign_in_origin: Option<String>,
    pub access_token_expires_at: Option<f64>,
    pub refresh_token_expires_at: Option<f64>,
    pub signed_in_at: f64,
}

impl SessionRecord {
    pub fn key(&self) -> SessionKey {
        SessionKey {
            profile: self.profile.clone(),
            instance_id: self.instance_id.clone(),
        }
    }

    pub fn view(&self, remembered: bool) -> SessionView {
        SessionView {
            profile: self.profile.clone(),
            instance_id: self.instance_id.clone(),
            instance_alias: self.instance_alias.clone(),
            region: self.region.clone(),
            user_id: self.user_id.clone(),
            user_arn: self.user_arn.clone(),
            connect_username: self.connect_username.clone(),
            caller_arn: self.caller_arn.clone(),
            access_token_expires_at: self.access_token_expires_at,
            refresh_token_expires_at: self.refresh_token_expires_at,
            signed_in_at: self.signed_in_at,
            remembered,
        }
    }
}

/// A session as the UI and `status --json` show it. No token, no URL.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename_all = "camelCase")
)]
pub struct SessionView {
    pub profile: String,
    pub instance_id: String,
    pub instance_alias: Option<String>,
    pub region: String,
    pub user_id: Option<String>,
    pub user_arn: Option<String>,
    /// The Connect username (the caller's role session name), when STS said who the caller is.
    pub connect_username: Option<String>,
    pub caller_arn: Option<String>,
    pub access_token_expires_at: Option<f64>,
    pub refresh_token_expires_at: Option<f64>,
    pub signed_in_at: f64,
    /// False when the keychain could not store the tokens: the session works now but will not
    /// be listed after a restart.
    pub remembered: bool,
}

const INDEX_ENTRY: &str = "sessions-index";
const ACCESS_TOKEN: &str = "access-token";
const REFRESH_TOKEN: &str = "refresh-token";
const RECORD: &str = "record";
const LEGACY_ENTRIES: [&str; 3] = [ACCESS_TOKEN, REFRESH_TOKEN, RECORD];

/// A session's one keychain entry. No `Debug`: it holds both tokens.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct StoredSession {
    record: SessionRecord,
    access_token: String,
    refresh_token: String,
}

/// Only the record of a stored session, for listing: the tokens are skipped, not decoded.
#[derive(Deserialize)]
struct StoredRecord {
    record: SessionRecord,
}

/// Sessions in a [`TokenVault`].
#[derive(Clone)]
pub struct SessionStore {
    vault: Arc<dyn TokenVault>,
}

impl SessionStore {
    pub fn new(vault: Arc<dyn TokenVault>) -> Self {
        SessionStore { vault }
    }

    /// Opens the keychain ahead of the first read or write (see [`TokenVault::prepare`]).
    pub fn prepare(&self) -> Result<()> {
        self.vault.prepare()
    }

    /// Round-trips a throwaway entry: proves the keychain answers, unlocks and stores.
    pub fn probe(&self) -> Result<()> {
        const PROBE: &str = "doctor-probe";
        let value = crate::signin::handoff::random_hex(8);
        self.vault.put(PROBE, value.as_bytes())?;
        let read = self.vault.get(PROBE);
        self.vault.delete(PROBE)?;
        match read? {
            Some(bytes) if bytes == value.as_bytes() => Ok(()),
            _ => Err(crate::core::error::Error::new(
                crate::core::error::ErrorCode::KeychainUnavailable,
                crate::text!("error-keychain-probe-failed"),
            )),
        }
    }

    /// Stores the record and tokens as one entry (one keychain write: a sign-in's cost), then
    /// adds the key to the index. The index is written last so a failure half-way never lists a
    /// session whose tokens are missing.
    pub fn save(&self, record: &SessionRecord, tokens: &Tokens) -> Result<()> {
        let key = record.key();
        let stored = StoredSession {
            record: record.clone(),
            access_token: tokens.access_token.expose().to_string(),
            refresh_token: tokens.refresh_token.expose().to_string(),
        };
        self.vault.put(&key.entry_name(), &to_json(&stored)?)?;
        let mut index = self.index()?;
        if !index.contains(&key) {
            index.push(key);
            self.vault.put(INDEX_ENTRY, &to_json(&index)?)?;
        }
        Ok(())
    }

    /// Every stored session, in the order they were first signed in. Index entries whose record
    /// is gone (removed by hand in the keychain) are skipped.
    pub fn list(&self) -> Result<Vec<SessionRecord>> {
        let mut records = Vec::new();
        for key in self.index()? {
            if let Some(record) = self.get(&key)? {
                records.push(record);
            }
        }
        Ok(records)
    }

    pub fn get(&self, key: &SessionKey) -> Result<Option<SessionRecord>> {
        if let Some(bytes) = self.vault.get(&key.entry_name())? {
            return Ok(serde_json::from_slice::<StoredRecord>(&bytes)
                .ok()
                .map(|stored| stored.record));
        }
        Ok(self
            .vault
            .get(&key.legacy_entry(RECORD))?
            .and_then(|bytes| serde_json::from_slice(&bytes).ok()))
    }

    /// The stored tokens of a session, for resuming it without a new federation call.
    pub fn tokens(&self, key: &SessionKey) -> Result<Option<(Secret, Secret)>> {
        if let Some(bytes) = self.vault.get(&key.entry_name())? {
            return Ok(serde_json::from_slice::<StoredSession>(&bytes)
                .ok()
                .map(|stored| {
                    (
                        Secret::new(stored.access_token),
                        Secret::new(stored.refresh_token),
                    )
                }));
        }
        let access = self.vault.get(&key.legacy_entry(ACCESS_TOKEN))?;
        let refresh = self.vault.get(&key.legacy_entry(REFRESH_TOKEN))?;
        Ok(match (access, refresh) {
            (Some(access), Some(refresh)) => Some((
                Secret::new(String::from_utf8_lossy(&access).into_owned()),
                Secret::new(String::from_utf8_lossy(&refresh).into_owned()),
            )),
            _ => None,
        })
    }

    /// Deletes every entry of the session (either layout); true when it existed.
    pub fn remove(&self, key: &SessionKey) -> Result<bool> {
        let existed = self.get(key)?.is_some();
        self.vault.delete(&key.entry_name())?;
        self.delete_legacy(key)?;
        let mut index = self.index()?;
        let before = index.len();
        index.retain(|k| k != key);
        if index.len() != before {
            self.vault.put(INDEX_ENTRY, &to_json(&index)?)?;
        }
        Ok(existed || index.len() != before)
    }

    /// Moves every session of `previous` here (tokens, record, index entry) and removes it
    /// there; a session already here is kept as it is. Returns how many moved. Copied before
    /// deleted: a failure half-way leaves a session in both places, never in neither.
    pub fn adopt(&self, previous: &SessionStore) -> Result<usize> {
        let mut moved = 0;
        let index = self.index()?;
        for key in previous.index()? {
            if !index.contains(&key) {
                if let (Some(record), Some(tokens)) = (previous.get(&key)?, previous.tokens(&key)?)
                {
                    self.save_pair(&record, tokens)?;
                    moved += 1;
                }
            }
            previous.remove(&key)?;
        }
        Ok(moved)
    }

    /// Rewrites sessions kept in the three-entry layout of builds before 0.2 as one entry each
    /// (written before the old entries are deleted). Returns how many were rewritten.
    pub fn upgrade(&self) -> Result<usize> {
        let mut upgraded = 0;
        for key in self.index()? {
            if self.vault.get(&key.entry_name())?.is_some() {
                continue;
            }
            let record = self.get(&key)?;
            if let (Some(record), Some(tokens)) = (record, self.tokens(&key)?) {
                self.save_pair(&record, tokens)?;
                upgraded += 1;
            }
            self.delete_legacy(&key)?;
        }
        Ok(upgraded)
    }

    fn save_pair(&self, record: &SessionRecord, (access, refresh): (Secret, Secret)) -> Result<()> {
        let tokens = Tokens {
            access_token: access,
            access_token_expires_at: record.access_token_expires_at,
            refresh_token: refresh,
            refresh_token_expires_at: record.refresh_token_expires_at,
        };
        self.save(record, &tokens)
    }

    fn delete_legacy(&self, key: &SessionKey) -> Result<()> {
        for what in LEGACY_ENTRIES {
            self.vault.delete(&key.legacy_entry(what))?;
        }
        Ok(())
    }

    fn index(&self) -> Result<Vec<SessionKey>> {
        Ok(self
            .vault
            .get(INDEX_ENTRY)?
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default())
    }
}

fn to_json<T: Serialize>(value: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(value)
        .map_err(|error| Error::internal(format!("cannot encode session: {error}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_move_from_a_previous_store_once_and_keep_what_is_here() {
        use crate::store::vault::MemoryVault;
        let tokens = |t: &str| Tokens {
            access_token: Secret::new(format!("{t}-access")),
            access_token_expires_at: Some(1.0),
            refresh_token: Secret::new(format!("{t}-refresh")),
            refresh_token_expires_at: Some(2.0),
        };
        let record = |profile: &str, instance: &str| SessionRecord {
            profile: profile.into(),
            instance_id: instance.into(),
            instance_alias: None,
            region: "us-east-1".into(),
            user_id: None,
            user_arn: None,
            connect_username: None,
            caller_arn: None,
            sign_in_origin: None,
            access_token_expires_at: Some(1.0),
            refresh_token_expires_at: Some(2.0),
            signed_in_at: 0.0,
        };
        let old_vault = Arc::new(MemoryVault::default());
        let previous = SessionStore::new(old_vault.clone());
        let current = SessionStore::new(Arc::new(MemoryVault::default()));
        previous
            .save(&record("agent", "i-1"), &tokens("old-1"))
            .unwrap();
        previous
            .save(&record("agent", "i-2"), &tokens("old-2"))
            .unwrap();
        current
            .save(&record("agent", "i-2"), &tokens("new-2"))
            .unwrap();

        assert_eq!(current.adopt(&previous).unwrap(), 1);
        let listed: Vec<String> = current
            .list()
            .unwrap()
            .into_iter()
            .map(|r| r.instance_id)
            .collect();
        assert_eq!(listed, vec!["i-2".to_string(), "i-1".to_string()]);
        let (access, _) = current
            .tokens(&record("agent", "i-1").key())
            .unwrap()
            .unwrap();
        assert_eq!(access.expose(), "old-1-access");
        let (kept, _) = current
            .tokens(&record("agent", "i-2").key())
            .unwrap()
            .unwrap();
        assert_eq!(
            kept.expose(),
            "new-2-access",
            "a newer session here is not overwritten"
        );
        assert!(previous.list().unwrap().is_empty());
        assert_eq!(
            old_vault.names(),
            vec![INDEX_ENTRY.to_string()],
            "nothing left but an empty index"
        );
        assert_eq!(
            current.adopt(&previous).unwrap(),
            0,
            "a second run moves nothing"
        );
    }
    use crate::store::vault::MemoryVault;

    fn record(profile: &str) -> SessionRecord {
        SessionRecord {
            profile: profile.into(),
            instance_id: "a1b2c3d4-0000-4000-8000-000000000001".into(),
            instance_alias: Some("acme".into()),
            region: "us-east-1".into(),
            user_id: Some("u-1".into()),
            user_arn: Some("arn:aws:connect:us-east-1:1:instance/x/agent/jane".into()),
            connect_username: Some("jane".into()),
            caller_arn: None,
            sign_in_origin: Some("https://acme.my.connect.aws".into()),
            access_token_expires_at: Some(1.5),
            refresh_token_expires_at: Some(2.5),
            signed_in_at: 1.0,
        }
    }

    fn tokens() -> Tokens {
        Tokens {
            access_token: Secret::new("AT"),
            access_token_expires_at: Some(1.5),
            refresh_token: Secret::new("RT"),
            refresh_token_expires_at: Some(2.5),
        }
    }

    #[test]
    fn save_list_remove() {
        let vault = Arc::new(MemoryVault::default());
        let store = SessionStore::new(vault.clone());
        store.save(&record("a/b:c"), &tokens()).unwrap();
        store.save(&record("a/b:c"), &tokens()).unwrap();
        store.save(&record("other"), &tokens()).unwrap();
        let listed = store.list().unwrap();
        assert_eq!(listed.len(), 2);
        assert_eq!(listed[0], record("a/b:c"));
        let (access, refresh) = store.tokens(&record("other").key()).unwrap().unwrap();
        assert_eq!((access.expose(), refresh.expose()), ("AT", "RT"));
        assert!(store.remove(&record("a/b:c").key()).unwrap());
        assert!(!store.remove(&record("a/b:c").key()).unwrap());
        assert_eq!(store.list().unwrap(), vec![record("other")]);
        assert!(store.remove(&record("other").key()).unwrap());
        assert_eq!(vault.names(), vec![INDEX_ENTRY.to_string()]);
    }

    #[test]
    fn a_session_is_one_entry_beside_the_index() {
        let vault = Arc::new(MemoryVault::default());
        let store = SessionStore::new(vault.clone());
        store.save(&record("agent"), &tokens()).unwrap();
        assert_eq!(
            vault.names(),
            vec![
                INDEX_ENTRY.to_string(),
                format!("sessions/{}/agent", record("agent").instance_id)
            ]
        );
    }

    /// Sessions kept by builds before 0.2 (a record and two token entries) are read as they
    /// are, and `upgrade` rewrites them as one entry, once.
    #[test]
    fn the_three_entry_layout_is_read_and_upgraded() {
        let vault = Arc::new(MemoryVault::default());
        let key = record("agent").key();
        vault
            .put(&key.legacy_entry(ACCESS_TOKEN), b"legacy-access")
            .unwrap();
        vault
            .put(&key.legacy_entry(REFRESH_TOKEN), b"legacy-refresh")
            .unwrap();
        vault
            .put(
                &key.legacy_entry(RECORD),
                &to_json(&record("agent")).unwrap(),
            )
            .unwrap();
        vault
            .put(INDEX_ENTRY, &to_json(&vec![key.clone()]).unwrap())
            .unwrap();
        let store = SessionStore::new(vault.clone());
        assert_eq!(store.list().unwrap(), vec![record("agent")]);
        let (access, _) = store.tokens(&key).unwrap().unwrap();
        assert_eq!(access.expose(), "legacy-access");

        assert_eq!(store.upgrade().unwrap(), 1);
        assert_eq!(
            vault.names(),
            vec![INDEX_ENTRY.to_string(), key.entry_name()],
            "the three old entries are gone"
        );
        let (access, refresh) = store.tokens(&key).unwrap().unwrap();
        assert_eq!(
            (access.expose(), refresh.expose()),
            ("legacy-access", "legacy-refresh")
        );
        assert_eq!(store.list().unwrap(), vec![record("agent")]);
        assert_eq!(store.upgrade().unwrap(), 0, "a second run rewrites nothing");
    }
}
