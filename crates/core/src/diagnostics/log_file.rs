//! The log on disk: where it lives on each OS, the size-rotated private file the window and the
//! CLI append to, and the files a diagnostics bundle takes.
//!
//! Rotation is by size (about 1 MiB per file, the current one plus four older), never unbounded.
//! Two processes (the window and a CLI command) may append at once: every line is one append, so
//! lines never interleave; if both rotate, each still rotates after at most one file's worth of
//! its own lines.

use crate::store::files::{create_private_dir, private_append_options};
use file_rotate::compression::Compression;
use file_rotate::suffix::AppendCount;
use file_rotate::{ContentLimit, FileRotate};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Environment variable naming the log folder (tests, and machines that keep logs elsewhere).
pub const LOG_DIR_ENV: &str = "CONNECT_SSO_LOG_DIR";
/// The current file; older ones are `connect-sso.log.1` (newest) to `.4`.
pub const LOG_FILE_NAME: &str = "connect-sso.log";
/// A file is rotated once it passes this size.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
/// Older files kept beside the current one.
pub const OLDER_FILES_KEPT: usize = 4;

/// The rotating file as a `tracing` writer.
pub type LogWriter = Mutex<FileRotate<AppendCount>>;

/// `CONNECT_SSO_LOG_DIR`, else the OS's place for an app's logs: `$XDG_STATE_HOME/connect-sso/logs`
/// on Linux, `~/Library/Logs/Connect SSO` on macOS, `%LOCALAPPDATA%\Connect SSO\logs` on Windows.
pub fn log_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(LOG_DIR_ENV).filter(|dir| !dir.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    if cfg!(target_os = "macos") {
        dirs::home_dir().map(|home| home.join("Library").join("Logs").join("Connect SSO"))
    } else if cfg!(windows) {
        dirs::data_local_dir().map(|dir| dir.join("Connect SSO").join("logs"))
    } else {
        dirs::state_dir().map(|dir| dir.join("connect-sso").join("logs"))
    }
}

/// Opens the log in `dir` (a private folder, created if needed) for appending. An error leaves
/// the app logging to stderr only: a log that cannot be written must not stop a sign-in.
pub fn open_writer(dir: &Path) -> std::io::Result<LogWriter> {
    create_private_dir(dir)?;
    // The rotating writer would panic on a folder it cannot create: it exists and is writable
    // before the writer is made.
    let probe = private_append_options().open(dir.join(LOG_FILE_NAME))?;
    drop(probe);
    Ok(Mutex::new(FileRotate::new(
        dir.join(LOG_FILE_NAME),
        AppendCount::new(OLDER_FILES_KEPT),
        ContentLimit::BytesSurpassed(MAX_FILE_BYTES),
        Compression::None,
        Some(private_append_options()),
    )))
}

/// The log files in `dir`, current first, then older ones newest first.
pub fn files_in(dir: &Path) -> Vec<PathBuf> {
    std::iter::once(dir.join(LOG_FILE_NAME))
        .chain((1..=OLDER_FILES_KEPT).map(|n| dir.join(format!("{LOG_FILE_NAME}.{n}"))))
        .filter(|path| path.is_file())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn rotates_by_size_and_keeps_a_bounded_number_of_files() {
        let dir = tempfile::tempdir().unwrap();
        let writer = open_writer(dir.path()).unwrap();
        let line = format!("{}\n", "x".repeat(1023));
        for _ in 0..(MAX_FILE_BYTES / 1024 + 1) * (OLDER_FILES_KEPT + 3) {
            writer.lock().unwrap().write_all(line.as_bytes()).unwrap();
        }
        let files = files_in(dir.path());
        assert_eq!(files.len(), OLDER_FILES_KEPT + 1, "{files:?}");
        let in_dir = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(in_dir, OLDER_FILES_KEPT + 1, "nothing else is kept");
        for file in &files {
            let size = std::fs::metadata(file).unwrap().len() as usize;
            assert!(
                size <= MAX_FILE_BYTES + line.len(),
                "{}: {size}",
                file.display()
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn the_log_and_its_folder_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let logs = dir.path().join("logs");
        let writer = open_writer(&logs).unwrap();
        writer.lock().unwrap().write_all(b"line\n").unwrap();
        let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&logs), 0o700);
        assert_eq!(mode(&logs.join(LOG_FILE_NAME)), 0o600);
    }

    #[test]
    fn a_folder_that_cannot_be_made_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, b"").unwrap();
        assert!(open_writer(&blocker.join("logs")).is_err());
    }
}
