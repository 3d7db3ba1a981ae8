//! Fuzz target: instance ID/ARN parsing never panics and only yields well-formed references.
#![no_main]

use connect_sso::core::instance::InstanceRef;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(reference) = InstanceRef::parse(text) {
        assert_eq!(reference.id.len(), 36);
        assert!(reference.id.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-'));
        if let Some(region) = &reference.region {
            assert!(connect_sso::core::instance::is_region(region));
        }
    }
});
