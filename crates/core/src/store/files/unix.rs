//! Unix: folders 0700 and files 0600, created with those modes (never widened then narrowed),
//! and an fsync of the folder so a rename survives a crash.

use std::fs::{DirBuilder, File, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::Path;

pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    match DirBuilder::new().recursive(true).mode(0o700).create(dir) {
        Err(error) if error.kind() != std::io::ErrorKind::AlreadyExists => Err(error),
        _ => Ok(()),
    }
}

/// Creates `path`, readable by this user only (mode 0600 from the start); fails if anything,
/// a symlink included, is already there (`O_CREAT | O_EXCL`).
pub fn create_new_private_file(path: &Path) -> std::io::Result<File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

/// Options that open (creating if needed) a private file for appending: mode 0600 when created.
pub fn private_append_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.read(true).create(true).append(true).mode(0o600);
    options
}

pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}
