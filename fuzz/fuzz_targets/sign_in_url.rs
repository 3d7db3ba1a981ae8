//! Fuzz target: the sign-in URL validator never panics, and whatever it accepts is https on the
//! default port, without user-info, on an allowed Connect host.
#![no_main]

use connect_sso::signin::launcher::{validate_sign_in_url, UrlPolicy, ALLOWED_HOST_SUFFIXES};
use connect_sso::core::secret::Secret;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if validate_sign_in_url(&Secret::new(text), &UrlPolicy::default()).is_ok() {
        let url = url::Url::parse(text).expect("accepted URLs parse");
        assert_eq!(url.scheme(), "https");
        assert!(url.port().is_none());
        assert!(url.username().is_empty() && url.password().is_none());
        let host = url.host_str().expect("a host");
        assert!(ALLOWED_HOST_SUFFIXES
            .iter()
            .any(|suffix| host.strip_suffix(suffix).is_some_and(|rest| rest.len() > 1 && rest.ends_with('.'))));
    }
});
