//! Fuzz target: the deep-link parser never panics and only accepts connect-sso://sign-in links
//! with a bounded profile and a valid instance.
#![no_main]

use connect_sso::signin::deeplink::parse;
use connect_sso::core::instance::InstanceRef;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(link) = parse(text) {
        assert!(text.starts_with("connect-sso://sign-in"));
        assert!(!link.profile.is_empty() && link.profile.len() <= 256);
        assert!(InstanceRef::parse(&link.instance).is_ok());
    }
});
