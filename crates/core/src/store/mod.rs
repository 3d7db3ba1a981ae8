//! What is kept on this computer: tokens and session records in the OS keychain, the settings
//! file, and the private, atomically written files they and the caches use.

pub mod files;
pub mod keychain;
pub mod keyring_vault;
#[cfg(target_os = "linux")]
pub mod secret_service;
pub mod sessions;
pub mod settings_file;
pub mod vault;
