//! A panic while holding a secret leaves a crash report (0600, in a 0700 dir) and a stderr line
//! that name the panic but never the secret. The panic happens in a child process: this test
//! binary re-run with `CRASH_CHILD_DIR` set.

use connect_sso::core::secret::Secret;
use connect_sso::core::secret::Tokens;

const CHILD_ENV: &str = "CRASH_CHILD_DIR";
const CANARY: &str = "CANARY-crash-9d1f";

#[test]
fn crashing_child() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    connect_sso::diagnostics::crash::install(dir.into());
    let tokens = Tokens {
        access_token: Secret::new(CANARY),
        access_token_expires_at: Some(1.0),
        refresh_token: Secret::new(format!("{CANARY}-refresh")),
        refresh_token_expires_at: None,
    };
    panic!("sign-in state broke: {tokens:?}");
}

#[test]
fn a_crash_report_names_the_panic_not_the_secret() {
    let dir = tempfile::tempdir().unwrap();
    let reports = dir.path().join("crashes");
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "crashing_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, &reports)
        .output()
        .unwrap();
    assert!(!output.status.success(), "the child panicked");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("A crash report was written to"), "{stderr}");
    assert!(!stderr.contains(CANARY), "{stderr}");

    let files: Vec<_> = std::fs::read_dir(&reports)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1);
    let report = std::fs::read_to_string(&files[0]).unwrap();
    assert!(report.contains("sign-in state broke"), "{report}");
    assert!(report.contains("[redacted]"));
    assert!(report.contains("backtrace:"));
    assert!(!report.contains(CANARY), "{report}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!((mode(&files[0]), mode(&reports)), (0o600, 0o700));
    }
}
