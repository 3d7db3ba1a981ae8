//! Fuzz target: the hand-off's request-line parser never panics and only names a path that
//! starts with `/` and holds no space.
#![no_main]

use connect_sso::signin::handoff::request_path;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(path) = request_path(data) {
        assert!(path.starts_with('/'));
        assert!(!path.contains(' '));
        assert!(data.starts_with(b"GET /"));
    }
});
