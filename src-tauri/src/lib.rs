//! Connect SSO: one-click Amazon Connect sign-in. This file is the module map.
//!
//! Domain modules are plain Rust (no `tauri`); `shell` is the only one that imports Tauri.

pub mod alerts;
pub mod app;
pub mod aws_error;
pub mod catalog;
pub mod cli;
pub mod cli_args;
pub mod crash;
pub mod credentials;
pub mod deeplink;
pub mod doctor;
pub mod error;
pub mod federation;
pub mod format;
pub mod identity;
pub mod instances;
pub mod launcher;
pub mod logging;
pub mod mfa;
pub mod policy;
pub mod preferences;
pub mod profiles;
pub mod regions;
pub mod resume;
pub mod secret;
#[cfg(target_os = "linux")]
pub mod secret_service;
pub mod sessions;
pub mod settings;
pub mod shell;
pub mod sso;
pub mod vault;

#[cfg(test)]
mod bindings;

pub use error::{Error, ErrorCode, Result};
