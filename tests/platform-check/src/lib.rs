//! The platform modules of connect-sso-core (trust checks, browser places, private files),
//! compiled on their own (same files, same module paths) so `make lint` can type-check them for
//! Windows and macOS from Linux.

/// Private files (settings, caches, the log, crash reports, the diagnostics bundle): the Windows
/// and Unix modules behind one interface.
#[path = "../../../crates/core/src/store/files/mod.rs"]
pub mod files;
#[path = "../../../crates/core/src/core/os_user.rs"]
pub mod os_user;
#[path = "../../../crates/core/src/signin/peer.rs"]
pub mod peer;
#[path = "../../../crates/core/src/browsers/places.rs"]
pub mod places;

/// The path the files use for each other (`crate::core::os_user`).
pub mod core {
    pub use super::os_user;
}
