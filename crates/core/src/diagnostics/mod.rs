//! For the helpdesk: log set-up, crash reports and `connect-sso doctor`.

pub mod access_checks;
pub mod bundle;
pub mod crash;
pub mod doctor;
pub mod log_file;
pub mod logging;
pub mod network_checks;
