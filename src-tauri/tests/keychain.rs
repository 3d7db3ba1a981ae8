//! The real OS keychain: a gnome-keyring under a private D-Bus session (`scripts/with-keyring.sh`,
//! which `make test` uses). Without it these tests say so and do nothing; `make test` sets
//! CONNECT_SSO_KEYRING_TESTS=1, which turns a missing keychain into a failure.

mod common;

use common::*;
use connect_sso::signin::launcher::RecordingOpener;
use connect_sso::store::keychain::OsVault;
use connect_sso::store::keyring_vault::KeyringVault;
use connect_sso::store::vault::{Chunked, TokenVault};
use connect_sso::ErrorCode;
use std::sync::Arc;

fn keyring_available() -> bool {
    let required = std::env::var_os("CONNECT_SSO_KEYRING_TESTS").is_some();
    // Windows' Credential Manager and the macOS keychain are always there (the macOS CI job
    // creates and unlocks a keychain first); Linux needs a Secret Service on the session bus.
    let present =
        !cfg!(target_os = "linux") || std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some();
    assert!(
        present || !required,
        "CONNECT_SSO_KEYRING_TESTS is set but no D-Bus session runs"
    );
    if !present {
        eprintln!("skipped: no Secret Service (run under scripts/with-keyring.sh)");
    }
    present
}

/// As the app builds it (its OS store, chunked), under a service name of this test run's own.
fn vault(tag: &str) -> Chunked<OsVault> {
    Chunked::new(OsVault::new(service(tag)))
}

fn service(tag: &str) -> String {
    format!("com.connectsso.test.{tag}.{}", std::process::id())
}

/// The app's Linux store keeps one connection instead of keyring's one per call, but the items
/// are keyring's: what one writes the other reads, updates and deletes.
#[test]
fn the_app_store_and_keyring_share_their_entries() {
    if !keyring_available() {
        return;
    }
    let ours = OsVault::new(service("compat"));
    let theirs = KeyringVault::new(service("compat"));
    ours.put("written-by-us", b"one").unwrap();
    assert_eq!(
        theirs.get("written-by-us").unwrap().as_deref(),
        Some(&b"one"[..])
    );
    theirs.put("written-by-keyring", b"two").unwrap();
    assert_eq!(
        ours.get("written-by-keyring").unwrap().as_deref(),
        Some(&b"two"[..])
    );
    ours.put("written-by-keyring", b"three").unwrap();
    assert_eq!(
        theirs.get("written-by-keyring").unwrap().as_deref(),
        Some(&b"three"[..])
    );
    ours.delete("written-by-keyring").unwrap();
    theirs.delete("written-by-us").unwrap();
    assert_eq!(theirs.get("written-by-keyring").unwrap(), None);
    assert_eq!(ours.get("written-by-us").unwrap(), None);
    ours.delete("never-written").unwrap();
}

#[test]
fn secrets_round_trip_through_the_secret_service() {
    if !keyring_available() {
        return;
    }
    let vault = vault("roundtrip");
    assert_eq!(vault.get("missing").unwrap(), None);
    vault.put("entry", b"first").unwrap();
    vault.put("entry", b"second").unwrap();
    assert_eq!(vault.get("entry").unwrap().as_deref(), Some(&b"second"[..]));
    // A 10 KB token crosses the Windows size limit: stored in chunks, read back whole.
    let big: Vec<u8> = (0..10 * 1024).map(|i| b'A' + (i % 26) as u8).collect();
    vault.put("big", &big).unwrap();
    assert_eq!(vault.get("big").unwrap(), Some(big.clone()));
    let raw = KeyringVault::new(service("roundtrip"));
    let marker = raw.get("big").unwrap().unwrap();
    assert!(
        marker.len() < 64,
        "the entry itself holds only the generation and count"
    );
    let marker = String::from_utf8(marker).unwrap();
    let (generation, count) = marker
        .trim_start_matches('\0')
        .trim_start_matches("connect-sso-chunks:")
        .split_once(':')
        .unwrap();
    assert_eq!(count, "5");
    assert!(
        raw.get(&format!("big#{generation}.4")).unwrap().is_some(),
        "the fifth chunk is its own keychain entry"
    );
    vault.delete("entry").unwrap();
    vault.delete("entry").unwrap();
    vault.delete("big").unwrap();
    assert_eq!(vault.get("entry").unwrap(), None);
}

#[tokio::test(flavor = "multi_thread")]
async fn tokens_land_in_the_keychain_and_sign_out_removes_them() {
    if !keyring_available() {
        return;
    }
    let env = TestEnv::start().await;
    let keychain = Arc::new(vault("session"));
    let opener = Arc::new(RecordingOpener::default());
    let app = env.app_with(keychain.clone(), opener);
    app.signin.sign_in("agent", HAPPY, true).await.unwrap();
    let issued = env.sim.issued_tokens().pop().unwrap();

    // Read back through a second vault object: the data is in the Secret Service, not in memory.
    let reader = vault("session");
    let sessions = connect_sso::store::sessions::SessionStore::new(Arc::new(reader));
    let key = connect_sso::store::sessions::SessionKey {
        profile: "agent".into(),
        instance_id: HAPPY.into(),
    };
    let (access, refresh) = sessions.tokens(&key).unwrap().expect("tokens stored");
    assert_eq!(access.expose(), issued.access_token);
    assert_eq!(refresh.expose(), issued.refresh_token);

    // A fresh app (a restart) lists the session from the keychain alone.
    let restarted = env.app_with(keychain.clone(), Arc::new(RecordingOpener::default()));
    let listed = restarted.signin.sessions().await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].instance_id, HAPPY);

    assert!(restarted
        .signin
        .sign_out("agent", HAPPY, false)
        .await
        .unwrap());
    assert!(sessions.tokens(&key).unwrap().is_none());
    assert!(restarted.signin.sessions().await.unwrap().is_empty());
}

/// libdbus caches the session bus per process, so "no Secret Service" is a fresh process whose
/// bus address leads nowhere. (Linux only: Windows and macOS always have their keychain.)
#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread")]
async fn no_secret_service_is_keychain_unavailable_and_sign_in_still_opens() {
    if !keyring_available() {
        return;
    }
    let env = TestEnv::start().await;
    let dir = tempfile::tempdir().unwrap();
    let nowhere = format!("unix:path={}", dir.path().join("no-bus").display());
    let no_bus = [("DBUS_SESSION_BUS_ADDRESS", nowhere.as_str())];

    let output = env
        .cli(
            &[
                "sign-in",
                "--profile",
                "agent",
                "--instance",
                HAPPY,
                "--no-open",
                "--json",
            ],
            &no_bus,
        )
        .await;
    assert!(
        output.status.success(),
        "the sign-in itself works: {}",
        stderr(&output)
    );
    let body: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(body["session"]["remembered"], false);
    assert!(
        stderr(&output).contains("will not be remembered"),
        "{}",
        stderr(&output)
    );

    let output = env.cli(&["status", "--json"], &no_bus).await;
    assert_eq!(output.status.code(), Some(6));
    let body: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(
        body["error"]["code"],
        ErrorCode::KeychainUnavailable.as_str()
    );
    assert!(body["error"]["hint"]
        .as_str()
        .unwrap()
        .contains("gnome-keyring"));
}

/// A locked login keyring, in a private keyring of this test's own (locking is global to a
/// keyring and cannot be undone without a prompt, so the shared one stays untouched). Linux's
/// Secret Service over D-Bus.
#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread")]
async fn a_locked_keychain_is_keychain_locked_and_sign_in_still_opens() {
    if !keyring_available() {
        return;
    }
    // Holds the sim and the environment (AWS config, endpoint) the child processes inherit.
    let _env = TestEnv::start().await;
    let program = env!("CARGO_BIN_EXE_connect-sso");
    let sign_in =
        format!("'{program}' sign-in --profile agent --instance {HAPPY} --no-open --json");
    let lock = "dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
                org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null";
    // Store a session, lock the keyring, then read and write through the locked keyring.
    let script = format!(
        "{sign_in} >/dev/null && {lock} && '{program}' status --json; echo '---'; {sign_in} 2>&1"
    );
    let with_keyring =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/with-keyring.sh");
    let output = tokio::process::Command::new(with_keyring)
        .args(["sh", "-c", &script])
        // No display: the unlock prompt fails at once instead of waiting for a person.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .await
        .unwrap();
    let text = stdout(&output);
    let (status, again) = text.split_once("---").expect("both commands ran");
    let status: serde_json::Value = serde_json::from_str(status.trim()).unwrap();
    assert_eq!(
        status["error"]["code"],
        ErrorCode::KeychainLocked.as_str(),
        "{status}"
    );
    assert!(status["error"]["hint"].as_str().unwrap().contains("Unlock"));
    // Signing in still works (the browser would open); the warning says why it is not kept.
    assert!(again.contains("\"remembered\":false"), "{again}");
    assert!(again.contains("locked"), "{again}");
}

/// Sessions stored by builds whose identifier ended in `.app` move to the new service on the
/// first start, in the real Secret Service, a chunked 10 KB token included; once moved, the
/// old service is empty and a marker spares later starts the look-up.
#[test]
fn sessions_of_the_previous_service_name_move_on_first_start() {
    use connect_sso::core::secret::{Secret, Tokens};
    use connect_sso::store::keychain::{
        os_keychain, previous_service_name, service_name, upgrade_stored_sessions,
    };
    use connect_sso::store::sessions::{SessionRecord, SessionStore};
    if !keyring_available() {
        return;
    }
    assert_ne!(previous_service_name(), service_name());
    let instance = format!("migrated-{}", std::process::id());
    let big = "T".repeat(10 * 1024);
    let record = SessionRecord {
        profile: "agent".into(),
        instance_id: instance.clone(),
        instance_alias: Some("acme-support".into()),
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
    let previous = SessionStore::new(Arc::new(Chunked::new(
        OsVault::new(previous_service_name()),
    )));
    let tokens = Tokens {
        access_token: Secret::new(big.clone()),
        access_token_expires_at: Some(1.0),
        refresh_token: Secret::new("refresh"),
        refresh_token_expires_at: Some(2.0),
    };
    previous.save(&record, &tokens).unwrap();

    let settings = tempfile::tempdir().unwrap();
    upgrade_stored_sessions(settings.path());
    let current = SessionStore::new(Arc::new(os_keychain()));
    let (access, refresh) = current.tokens(&record.key()).unwrap().expect("moved");
    assert_eq!(access.expose(), big);
    assert_eq!(refresh.expose(), "refresh");
    assert!(current
        .list()
        .unwrap()
        .iter()
        .any(|r| r.instance_id == instance));
    assert!(
        previous.get(&record.key()).unwrap().is_none(),
        "gone from the old service"
    );
    assert!(settings.path().join("keychain-sessions-upgraded").exists());

    // Later starts do not look again, even if something reappeared under the old name.
    previous.save(&record, &tokens).unwrap();
    upgrade_stored_sessions(settings.path());
    assert!(previous.get(&record.key()).unwrap().is_some());
    previous.remove(&record.key()).unwrap();
    current.remove(&record.key()).unwrap();
}
