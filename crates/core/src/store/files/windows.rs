//! Windows: files under the user's profile (`%APPDATA%`, `%LOCALAPPDATA%`) inherit an ACL that
//! grants only that user, SYSTEM and administrators, so plain creation is already private. A
//! folder cannot be fsynced; `rename` (MoveFileEx with replace) is atomic on NTFS.

use std::fs::{File, OpenOptions};
use std::path::Path;

pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

/// Creates `path`; fails if it exists.
pub fn create_new_private_file(path: &Path) -> std::io::Result<File> {
    OpenOptions::new().write(true).create_new(true).open(path)
}

/// Options that open (creating if needed) a file for appending; the profile's ACL keeps it private.
pub fn private_append_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.read(true).create(true).append(true);
    options
}

pub fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}
