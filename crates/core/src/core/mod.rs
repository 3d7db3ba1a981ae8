//! What every other room shares and that depends on none of them (but the settings file):
//! errors, secrets, the shared types, settings and the IT policy, regions, the clock.

pub mod blocking;
pub mod browser_choice;
pub mod browser_order;
pub mod clock;
pub mod error;
pub mod instance;
pub mod launch;
pub mod os_user;
pub mod policy;
pub mod preferences;
pub mod profile;
pub mod regions;
pub mod secret;
pub mod settings;
pub mod settings_view;
