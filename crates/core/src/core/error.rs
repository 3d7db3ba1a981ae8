//! The one error every face of the app shows: a stable code, a one-line message, a next step.
//!
//! Domain modules build these from a catalogue [`Text`] (its message says what happened, its
//! `.hint` attribute what to do next); `message` and `hint` hold the English rendering (logs,
//! `--json` output, `Display`), and [`Error::rendered_by`] says the same in another language for
//! the window and the terminal. The UI switches on `code`; the CLI exits with
//! [`Error::exit_status`].

use crate::l10n::localizer::{english, Localizer};
use crate::l10n::text::Text;
use serde::Serialize;
use std::fmt;

/// Stable, machine-readable error codes. The snake_case string form is the contract with the UI,
/// the CLI's `--json` output and scripts; never rename one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub enum ErrorCode {
    /// The profile resolved no credentials at all.
    NoCredentials,
    /// The named profile is not in the AWS config or credentials file.
    ProfileNotFound,
    /// The AWS config or credentials file cannot be parsed.
    AwsConfigInvalid,
    /// Neither the profile nor the instance ARN says which region to use.
    NoRegion,
    /// IAM Identity Center token missing or expired.
    SsoExpired,
    /// The profile has no IAM Identity Center settings to sign in with.
    NotSsoProfile,
    /// The IAM Identity Center device sign-in was not approved before its code expired.
    SsoLoginExpired,
    /// The IAM Identity Center device sign-in was denied in the browser.
    SsoLoginDenied,
    /// The person cancelled the IAM Identity Center sign-in.
    SsoLoginCancelled,
    /// The IAM Identity Center browser sign-in came back unusable: a redirect that does not
    /// belong to it (wrong state), an authorize error, or a code the service would not exchange.
    SsoLoginRefused,
    /// The profile's role needs a one-time MFA code before it can be used.
    MfaRequired,
    /// STS refused the MFA code.
    MfaInvalid,
    /// `credential_process` failed, timed out or printed garbage.
    CredentialProcessFailed,
    /// AWS refused the credentials (expired, unknown key, bad signature).
    CredentialsRejected,
    /// The request's signature was refused because this computer's clock is off.
    ClockSkew,
    /// Root credentials cannot federate into Amazon Connect.
    RootNotAllowed,
    ResourceNotFound,
    UserNotFound,
    InvalidRequest,
    InvalidParameter,
    DuplicateResource,
    InternalService,
    Throttled,
    AccessDenied,
    UserNotOnboarded,
    /// Offline: DNS failure, connection refused, no route.
    Offline,
    /// The connection broke during the call (reset, closed before the answer).
    Network,
    /// The call did not finish within its timeout.
    Timeout,
    /// The proxy could not be reached, refused the connection, or its address is not valid.
    ProxyFailed,
    /// The proxy asks for credentials (407).
    ProxyAuthRequired,
    /// A server's TLS certificate does not chain to a trusted root (TLS inspection without
    /// its CA bundle, usually).
    TlsUntrusted,
    /// The CA bundle named by `AWS_CA_BUNDLE` or a profile's `ca_bundle` cannot be used.
    CaBundleUnreadable,
    /// Connect answered with something we cannot use (malformed, fields missing).
    BadResponse,
    /// The sign-in URL failed validation and was not opened.
    UntrustedSignInUrl,
    /// No browser launcher, or it failed.
    BrowserFailed,
    /// A browser was started but never fetched its one-shot page.
    BrowserTimeout,
    /// The browser chosen for an instance (or for all) is not on this computer.
    BrowserNotInstalled,
    /// The chosen browser has no profile of the chosen name.
    BrowserProfileNotFound,
    KeychainUnavailable,
    KeychainLocked,
    /// A keychain entry of the app cannot be read back whole (a chunk count out of bounds, a
    /// malformed marker); signing out or ending the shift removes it.
    KeychainEntryDamaged,
    /// The settings file was unreadable; it was moved aside and defaults loaded.
    SettingsCorrupt,
    /// The settings file could not be written.
    SettingsUnwritable,
    /// The diagnostics bundle could not be written where the person asked.
    DiagnosticsUnwritable,
    /// No stored session for that profile and instance.
    SessionNotFound,
    /// The IT policy manages this setting; the person cannot change it.
    SettingManaged,
    /// The IT policy allows sign-in only to the instances it lists.
    InstanceNotAllowed,
    /// The IT policy file exists but cannot be used (the app runs with user settings only).
    PolicyInvalid,
    /// A `connect-sso://` link was refused before anything was called.
    DeepLinkInvalid,
    /// A bug: something that should not happen did.
    Internal,
}

impl ErrorCode {
    /// The snake_case form shown to people and scripts.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NoCredentials => "no_credentials",
            ErrorCode::ProfileNotFound => "profile_not_found",
            ErrorCode::AwsConfigInvalid => "aws_config_invalid",
            ErrorCode::NoRegion => "no_region",
            ErrorCode::SsoExpired => "sso_expired",
            ErrorCode::NotSsoProfile => "not_sso_profile",
            ErrorCode::MfaRequired => "mfa_required",
            ErrorCode::MfaInvalid => "mfa_invalid",
            ErrorCode::SsoLoginExpired => "sso_login_expired",
            ErrorCode::SsoLoginDenied => "sso_login_denied",
            ErrorCode::SsoLoginCancelled => "sso_login_cancelled",
            ErrorCode::SsoLoginRefused => "sso_login_refused",
            ErrorCode::CredentialProcessFailed => "credential_process_failed",
            ErrorCode::CredentialsRejected => "credentials_rejected",
            ErrorCode::ClockSkew => "clock_skew",
            ErrorCode::RootNotAllowed => "root_not_allowed",
            ErrorCode::ResourceNotFound => "resource_not_found",
            ErrorCode::UserNotFound => "user_not_found",
            ErrorCode::InvalidRequest => "invalid_request",
            ErrorCode::InvalidParameter => "invalid_parameter",
            ErrorCode::DuplicateResource => "duplicate_resource",
            ErrorCode::InternalService => "internal_service",
            ErrorCode::Throttled => "throttled",
            ErrorCode::AccessDenied => "access_denied",
            ErrorCode::UserNotOnboarded => "user_not_onboarded",
            ErrorCode::Offline => "offline",
            ErrorCode::Network => "network",
            ErrorCode::Timeout => "timeout",
            ErrorCode::ProxyFailed => "proxy_failed",
            ErrorCode::ProxyAuthRequired => "proxy_auth_required",
            ErrorCode::TlsUntrusted => "tls_untrusted",
            ErrorCode::CaBundleUnreadable => "ca_bundle_unreadable",
            ErrorCode::BadResponse => "bad_response",
            ErrorCode::UntrustedSignInUrl => "untrusted_sign_in_url",
            ErrorCode::BrowserFailed => "browser_failed",
            ErrorCode::BrowserTimeout => "browser_timeout",
            ErrorCode::BrowserNotInstalled => "browser_not_installed",
            ErrorCode::BrowserProfileNotFound => "browser_profile_not_found",
            ErrorCode::KeychainUnavailable => "keychain_unavailable",
            ErrorCode::KeychainLocked => "keychain_locked",
            ErrorCode::KeychainEntryDamaged => "keychain_entry_damaged",
            ErrorCode::SettingsCorrupt => "settings_corrupt",
            ErrorCode::SettingsUnwritable => "settings_unwritable",
            ErrorCode::DiagnosticsUnwritable => "diagnostics_unwritable",
            ErrorCode::SessionNotFound => "session_not_found",
            ErrorCode::SettingManaged => "setting_managed",
            ErrorCode::InstanceNotAllowed => "instance_not_allowed",
            ErrorCode::PolicyInvalid => "policy_invalid",
            ErrorCode::DeepLinkInvalid => "deep_link_invalid",
            ErrorCode::Internal => "internal",
        }
    }

    /// The CLI's exit status for this code, grouped so scripts can branch on the kind of
    /// failure (documented in the README): 3 local setup, 4 Connect refused, 5 network or
    /// service, 6 this computer (browser, keychain, settings), 1 a bug.
    pub fn exit_status(self) -> i32 {
        use ErrorCode::*;
        match self {
            NoCredentials
            | ProfileNotFound
            | AwsConfigInvalid
            | NoRegion
            | SsoExpired
            | NotSsoProfile
            | MfaRequired
            | MfaInvalid
            | SsoLoginExpired
            | SsoLoginDenied
            | SsoLoginCancelled
            | SsoLoginRefused
            | CredentialProcessFailed
            | CredentialsRejected
            | ClockSkew
            | RootNotAllowed
            | PolicyInvalid
            | SettingManaged
            | InstanceNotAllowed
            | DeepLinkInvalid
            | CaBundleUnreadable => 3,
            ResourceNotFound | UserNotFound | InvalidRequest | InvalidParameter
            | DuplicateResource | AccessDenied | UserNotOnboarded | SessionNotFound => 4,
            InternalService | Throttled | Offline | Network | Timeout | BadResponse
            | ProxyFailed | ProxyAuthRequired | TlsUntrusted => 5,
            UntrustedSignInUrl
            | BrowserFailed
            | BrowserTimeout
            | BrowserNotInstalled
            | BrowserProfileNotFound
            | KeychainUnavailable
            | KeychainLocked
            | KeychainEntryDamaged
            | SettingsCorrupt
            | SettingsUnwritable
            | DiagnosticsUnwritable => 6,
            Internal => 1,
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What went wrong, for a person: `message` says what happened (naming the profile or instance),
/// `hint` says what to do next. Never carries a token or a sign-in URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(rename = "ErrorView"))]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
    pub hint: String,
    /// The catalogue message behind `message` and `hint` with its arguments: the window says
    /// it in its own language from this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub text: Option<Text>,
}

impl Error {
    /// The error `code`, saying `text` (its message) and its `.hint`.
    pub fn new(code: ErrorCode, text: Text) -> Self {
        let mut error = Error {
            code,
            message: String::new(),
            hint: String::new(),
            text: Some(text),
        };
        error.render_with(english());
        error
    }

    /// This error in `localizer`'s language.
    pub fn rendered_by(&self, localizer: &Localizer) -> Error {
        let mut error = self.clone();
        error.render_with(localizer);
        error
    }

    fn render_with(&mut self, localizer: &Localizer) {
        if let Some(text) = &self.text {
            self.message = one_line(localizer.render(text));
            self.hint = one_line(localizer.render_attribute(text, "hint").unwrap_or_default());
        }
    }

    pub fn exit_status(&self) -> i32 {
        self.code.exit_status()
    }

    /// A bug; `detail` (English, technical) says where.
    pub fn internal(detail: impl Into<String>) -> Self {
        Error::new(
            ErrorCode::Internal,
            crate::text!("error-internal", detail = detail.into()),
        )
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

impl std::error::Error for Error {}

/// Messages are shown on one line in the window and the terminal: fold any newline or control
/// character an upstream message carried, and cap the length so a hostile 10 KB message cannot
/// flood either.
fn one_line(text: String) -> String {
    const MAX_CHARS: usize = 600;
    let mut folded = String::with_capacity(text.len().min(MAX_CHARS + 1));
    let mut last_was_space = false;
    for ch in text.chars() {
        let ch = if ch.is_control() { ' ' } else { ch };
        if ch == ' ' && last_was_space {
            continue;
        }
        last_was_space = ch == ' ';
        if folded.chars().count() >= MAX_CHARS {
            folded.push('…');
            break;
        }
        folded.push(ch);
    }
    folded.trim().to_string()
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The error and its sources on one line, for messages. Only used on errors that carry no
/// secrets (credential and SDK plumbing errors, never response bodies).
pub fn chain_text(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = vec![error.to_string()];
    let mut current = error.source();
    while let Some(err) = current {
        let text = err.to_string();
        if !parts.iter().any(|part| part.contains(&text)) {
            parts.push(text);
        }
        current = err.source();
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_shape_is_the_ipc_contract() {
        let error = Error::new(
            ErrorCode::UserNotFound,
            crate::text!("error-user-not-found", instance = "acme", profile = "agent"),
        );
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "user_not_found",
                "message": "No Amazon Connect user on instance acme matches the identity of profile 'agent'.",
                "hint": "For SAML sign-in the role session name must equal your Connect username exactly (case-sensitive). Ask your Connect administrator to check your user. Set-up guide: docs/aws-setup.md#connect-usernames",
                "text": {"id": "error-user-not-found", "args": {"instance": "acme", "profile": "agent"}}
            })
        );
    }

    #[test]
    fn an_error_says_the_same_in_another_language() {
        let error = Error::new(
            ErrorCode::SessionNotFound,
            crate::text!("error-logout-page-unknown"),
        );
        let pseudo = Localizer::new(crate::l10n::languages::PSEUDO, false);
        let shown = error.rendered_by(&pseudo);
        assert_eq!(shown.code, error.code);
        assert_ne!(shown.message, error.message);
        assert!(
            shown.message.starts_with("Ŧĥéé ŧööķééñš"),
            "{}",
            shown.message
        );
        assert!(shown.hint.starts_with("Šîîĝñ ööûûŧ"), "{}", shown.hint);
    }

    #[test]
    fn serde_names_match_as_str() {
        use ErrorCode::*;
        for code in [
            NoCredentials,
            ProfileNotFound,
            AwsConfigInvalid,
            NoRegion,
            SsoExpired,
            NotSsoProfile,
            MfaRequired,
            MfaInvalid,
            SsoLoginExpired,
            SsoLoginDenied,
            SsoLoginCancelled,
            SsoLoginRefused,
            CredentialProcessFailed,
            CredentialsRejected,
            ClockSkew,
            RootNotAllowed,
            ResourceNotFound,
            UserNotFound,
            InvalidRequest,
            InvalidParameter,
            DuplicateResource,
            InternalService,
            Throttled,
            AccessDenied,
            UserNotOnboarded,
            Offline,
            Network,
            Timeout,
            BadResponse,
            UntrustedSignInUrl,
            BrowserFailed,
            BrowserTimeout,
            BrowserNotInstalled,
            BrowserProfileNotFound,
            KeychainUnavailable,
            KeychainLocked,
            KeychainEntryDamaged,
            SettingsCorrupt,
            SettingsUnwritable,
            SessionNotFound,
            SettingManaged,
            InstanceNotAllowed,
            PolicyInvalid,
            DeepLinkInvalid,
            Internal,
        ] {
            let json = serde_json::to_value(code).unwrap();
            assert_eq!(json, serde_json::Value::String(code.as_str().to_string()));
            assert_ne!(code.exit_status(), 0);
        }
    }

    #[test]
    fn messages_are_folded_to_one_bounded_line() {
        let error = Error::new(
            ErrorCode::Internal,
            crate::text!("data", value = "line one\nline two\r\n\tend"),
        );
        assert_eq!(error.message, "line one line two end");
        let long = Error::new(
            ErrorCode::Internal,
            crate::text!("data", value = "a".repeat(10_000)),
        );
        assert!(long.message.chars().count() <= 601);
        assert!(long.message.ends_with('…'));
    }
}
