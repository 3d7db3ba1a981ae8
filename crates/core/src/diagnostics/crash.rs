//! Crash reports: a panic hook that writes what happened to a private file, then lets the
//! default hook print it.
//!
//! The report holds the panic message, where it happened and a backtrace: never a token, because
//! secrets only ever exist inside `Secret`, whose `Debug` and `Display` print `[redacted]`.

use crate::store::files::{create_new_private_file, create_private_dir};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// Environment variable naming the directory crash reports go to (tests use it).
pub const CRASH_DIR_ENV: &str = "CONNECT_SSO_CRASH_DIR";

/// `CONNECT_SSO_CRASH_DIR`, else `crashes` in the OS data dir's `connect-sso` folder.
pub fn default_dir() -> Option<PathBuf> {
    std::env::var_os(CRASH_DIR_ENV)
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
        .or_else(|| dirs::data_dir().map(|dir| dir.join("connect-sso").join("crashes")))
}

/// Installs the hook; reports go to `dir`.
pub fn install(dir: PathBuf) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let report = format!(
            "Connect SSO {} crashed.\n{info}\n\nbacktrace:\n{}\n",
            env!("CARGO_PKG_VERSION"),
            std::backtrace::Backtrace::force_capture()
        );
        match write_report(&dir, &report) {
            Ok(path) => eprintln!("A crash report was written to {}.", path.display()),
            Err(error) => eprintln!("The crash report could not be written: {error}"),
        }
        previous(info);
    }));
}

fn write_report(dir: &Path, report: &str) -> std::io::Result<PathBuf> {
    create_private_dir(dir)?;
    let stamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or_default();
    let path = dir.join(format!("crash-{stamp}-{}.txt", std::process::id()));
    let mut file = create_new_private_file(&path)?;
    file.write_all(report.as_bytes())?;
    file.sync_all()?;
    Ok(path)
}
