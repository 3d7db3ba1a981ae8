//! Bearer secrets (access token, refresh token, sign-in URL) in a wrapper that never prints them.
//!
//! `Debug` and `Display` print `[redacted]`, there is deliberately no `Serialize`, and the bytes
//! are zeroed on drop, so a secret cannot reach a log line, an IPC response or a settings file by
//! accident: reading it takes an explicit [`Secret::expose`].

use std::fmt;
use zeroize::Zeroize;

#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret value. Call sites are the places a secret leaves the process on purpose
    /// (keychain, browser, `--print-url`): keep them few and obvious.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

/// The two Connect tokens and when each expires (epoch seconds, as Connect sent them).
#[derive(Debug, Clone, PartialEq)]
pub struct Tokens {
    pub access_token: Secret,
    pub access_token_expires_at: Option<f64>,
    pub refresh_token: Secret,
    pub refresh_token_expires_at: Option<f64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_holding_a_secret_does_not_print_it() {
        #[derive(Debug)]
        #[allow(dead_code)]
        struct Holder {
            token: Secret,
        }
        let holder = Holder {
            token: Secret::new("CANARY-in-a-panic"),
        };
        let payload = std::panic::catch_unwind(|| panic!("failed with {holder:?}")).unwrap_err();
        let message = payload
            .downcast_ref::<String>()
            .cloned()
            .unwrap_or_default();
        assert!(message.contains("[redacted]"), "{message}");
        assert!(!message.contains("CANARY"));
    }

    #[test]
    fn debug_and_display_never_show_the_value() {
        let secret = Secret::new("CANARY-token-value");
        assert_eq!(format!("{secret:?}"), "[redacted]");
        assert_eq!(format!("{secret}"), "[redacted]");
        assert_eq!(format!("{:?}", Some(&secret)), "Some([redacted])");
        assert_eq!(secret.expose(), "CANARY-token-value");
    }
}
