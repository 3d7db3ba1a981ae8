//! A settings writer killed at any moment leaves the old or the new file, never a torn one.
//!
//! The test re-runs this test binary as the writer (`writer_loop`, active only when
//! `SETTINGS_WRITER_DIR` is set), kills it at random moments, and reads what is left.

use connect_sso::core::settings::Settings;
use connect_sso::store::settings_file::SettingsStore;
use std::time::Duration;

const WRITER_ENV: &str = "SETTINGS_WRITER_DIR";
/// Large values make a torn write likely if writes were not atomic.
const VALUE_LEN: usize = 256 * 1024;

fn settings(fill: char) -> Settings {
    Settings {
        last_profile: Some(fill.to_string().repeat(VALUE_LEN)),
        last_instance: Some(fill.to_string()),
        ..Settings::default()
    }
}

/// The child process: writes A and B alternately until killed.
#[test]
fn writer_loop() {
    let Some(dir) = std::env::var_os(WRITER_ENV) else {
        return;
    };
    let store = SettingsStore::new(dir);
    let (a, b) = (settings('a'), settings('b'));
    loop {
        store.save(&a).unwrap();
        store.save(&b).unwrap();
    }
}

#[test]
fn a_killed_writer_never_leaves_a_torn_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = SettingsStore::new(dir.path());
    let (a, b) = (settings('a'), settings('b'));
    let mut seen_a = false;
    let mut seen_b = false;
    for round in 0..40u64 {
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "writer_loop", "--nocapture", "--test-threads=1"])
            .env(WRITER_ENV, dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Spread the kill over the writer's cycle (a few ms per save of 256 KB).
        std::thread::sleep(Duration::from_millis(20 + (round * 7) % 40));
        child.kill().unwrap();
        child.wait().unwrap();

        if !store.path().exists() {
            assert!(!seen_a && !seen_b, "the file never disappears once written");
            continue;
        }
        let (loaded, notice) = store.load();
        assert!(
            notice.is_none(),
            "round {round}: the file was torn: {notice:?}"
        );
        if loaded == a {
            seen_a = true;
        } else if loaded == b {
            seen_b = true;
        } else {
            panic!("round {round}: neither the old nor the new settings");
        }
    }
    assert!(seen_a || seen_b, "the writer did write");
    // Temp files of killed writers may remain; they are never read as settings.
    let stray: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("settings.corrupt"))
        .collect();
    assert!(
        stray.is_empty(),
        "nothing was ever treated as corrupt: {stray:?}"
    );
}
