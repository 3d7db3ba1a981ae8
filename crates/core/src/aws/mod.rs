//! Everything that talks to AWS, as services over the SDK: SDK types are converted into ours
//! here and go no further.

pub mod catalog;
pub mod clients;
pub mod credentials;
pub mod discovery;
pub mod discovery_cache;
pub mod endpoints;
pub mod errors;
pub mod federation;
pub mod identity;
pub mod instances;
pub mod logins;
pub mod mfa;
pub mod network;
pub mod profile_scan;
pub mod profiles;
pub mod sso;
pub mod sso_authcode;
pub mod users;
