//! Connect SSO: one-click Amazon Connect sign-in. This file is the map; each room is one line.
//!
//! - [`app`]: the composition root. Builds every service below once; the window and the CLI
//!   both start there.
//! - [`changes`]: the one change stream. Services announce sessions, catalog and settings
//!   changes there; the window and the tray subscribe.
//! - [`core`]: what everything shares and nothing depends on: the [`Error`] with its code,
//!   secrets, profile and instance types, settings and the IT policy (with the `Preferences`
//!   service over them), regions, the clock, how the program was launched.
//! - [`aws`]: everything that talks to AWS: profiles and credentials, the client pool, the
//!   federation call, instances, discovery and the catalog, IAM Identity Center and MFA logins.
//!   SDK types stop here.
//! - [`browsers`]: the browsers of this computer (Chrome, Chromium, Edge, Brave, Firefox) and
//!   their profiles, and the command line that opens a page in the one chosen for an instance.
//! - [`signin`]: the click and what follows it: sign in, reopen a stored session, sign out, end
//!   a shift; the sign-in URL check and the browser launcher; deep links; expiry reminders.
//! - [`store`]: what is kept on this computer: the keychain (one trait, one store per OS), the
//!   sessions in it, the settings file, private files written atomically.
//! - [`cli`]: the terminal face (`connect-sso …`), for people and scripts.
//! - [`diagnostics`]: for the helpdesk: logging, crash reports, `connect-sso doctor`.
//! - [`l10n`]: the message catalogue (`locales/`, Project Fluent): which of the ten languages
//!   the person reads, and every sentence in it; errors carry their catalogue message.
//!
//! The window lives in its own crate, `src-tauri` (`connect_sso_shell`), the only one that
//! depends on `tauri`: the IPC contract (one definition for commands, events and the TypeScript
//! API), the tray, the desktop hooks. This crate cannot import Tauri, so Cargo keeps it so.
//! Where things happen: a sign-in in `signin/mod.rs`, discovery in `aws/discovery.rs`, a
//! keychain write in `store/sessions.rs`, the policy check in `core/policy.rs`, the tray menu in
//! `src-tauri/src/tray.rs`. Amazon Connect facts the code relies on are in `docs/connect-api.md`.

pub mod app;
pub mod aws;
pub mod browsers;
pub mod changes;
pub mod cli;
pub mod core;
pub mod diagnostics;
pub mod l10n;
pub mod signin;
pub mod store;

pub use crate::core::error::{Error, ErrorCode, Result};
