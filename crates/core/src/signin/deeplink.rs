//! `connect-sso://sign-in?profile=NAME&instance=ID_OR_ARN` links: a strict parser that turns a
//! link into a sign-in request or refuses it, and the one link kept until the person confirms
//! it in the window (nothing is called before that).
//!
//! Strict on purpose: a link can come from any web page or document. Only the `sign-in` action,
//! only the keys `profile` and `instance`, each once, bounded, the instance a valid ID or ARN.
//! Never a URL, an endpoint or a region: those would let a link redirect a sign-in.

use crate::aws::discovery::Discovery;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::instance::InstanceRef;
use serde::Serialize;
use std::sync::{Arc, Mutex};

pub use crate::core::launch::SCHEME;
/// Longest link looked at; a real one is well under 400 characters.
const MAX_LINK_LEN: usize = 1024;
const MAX_PROFILE_LEN: usize = 256;

/// What a link asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignInLink {
    pub profile: String,
    /// The instance exactly as given (ID or ARN), already checked.
    pub instance: String,
}

/// Parses a deep link, or says why it was refused (`deep_link_invalid`).
pub fn parse(link: &str) -> Result<SignInLink> {
    if link.len() > MAX_LINK_LEN {
        return Err(refused("link-reason-too-long"));
    }
    if link.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(refused("link-reason-characters"));
    }
    let url = url::Url::parse(link).map_err(|_| refused("link-reason-not-a-link"))?;
    if url.scheme() != SCHEME {
        return Err(refused("link-reason-scheme"));
    }
    // `connect-sso://sign-in?...` parses with `sign-in` as the host; accept that form only.
    if url.host_str() != Some("sign-in") || !matches!(url.path(), "" | "/") {
        return Err(refused("link-reason-action"));
    }
    if url.fragment().is_some()
        || !url.username().is_empty()
        || url.password().is_some()
        || url.port().is_some()
    {
        return Err(refused("link-reason-extra-parts"));
    }
    let mut profile = None;
    let mut instance = None;
    for (key, value) in url.query_pairs() {
        let slot = match key.as_ref() {
            "profile" => &mut profile,
            "instance" => &mut instance,
            _ => return Err(refused("link-reason-unknown-key")),
        };
        if slot.replace(value.into_owned()).is_some() {
            return Err(refused("link-reason-repeated-key"));
        }
    }
    let profile = profile.ok_or_else(|| refused("link-reason-no-profile"))?;
    let instance = instance.ok_or_else(|| refused("link-reason-no-instance"))?;
    if profile.is_empty()
        || profile.len() > MAX_PROFILE_LEN
        || profile.chars().any(char::is_control)
    {
        return Err(refused("link-reason-bad-profile"));
    }
    InstanceRef::parse(&instance).map_err(|_| refused("link-reason-bad-instance"))?;
    Ok(SignInLink { profile, instance })
}

/// A `connect-sso://sign-in` link, checked, waiting for confirmation in the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename_all = "camelCase")
)]
pub struct DeepLinkView {
    pub profile: String,
    /// Instance ID (lower case).
    pub instance_id: String,
    /// The ARN's region when the link gave an ARN.
    pub region: Option<String>,
    /// What to call the instance if it is known (policy display name or alias).
    pub label: Option<String>,
    /// The value to sign in with: the ARN if one was given, else the ID.
    pub instance: String,
}

/// The link that arrived last, until the window takes it.
pub struct DeepLinks {
    discovery: Arc<Discovery>,
    pending: Mutex<Option<DeepLinkView>>,
}

impl DeepLinks {
    pub fn new(discovery: Arc<Discovery>) -> DeepLinks {
        DeepLinks {
            discovery,
            pending: Mutex::new(None),
        }
    }

    /// Checks a link and keeps it until the window asks (or shows it).
    pub fn accept(&self, link: &str) -> Result<DeepLinkView> {
        let parsed = parse(link)?;
        let reference = InstanceRef::parse(&parsed.instance)?;
        let view = DeepLinkView {
            label: self.discovery.label(&parsed.profile, &reference.id),
            profile: parsed.profile,
            instance_id: reference.id,
            region: reference.region,
            instance: parsed.instance,
        };
        if let Ok(mut pending) = self.pending.lock() {
            *pending = Some(view.clone());
        }
        Ok(view)
    }

    /// The link waiting for confirmation, if any (taken: asked once).
    pub fn take(&self) -> Option<DeepLinkView> {
        self.pending
            .lock()
            .ok()
            .and_then(|mut pending| pending.take())
    }
}

/// `reason` is a catalogue message ID.
fn refused(reason: &'static str) -> Error {
    Error::new(
        ErrorCode::DeepLinkInvalid,
        crate::text!(
            "error-deep-link-invalid",
            reason = crate::l10n::Text::plain(reason)
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "a1b2c3d4-0000-4000-8000-000000000001";

    #[test]
    fn a_well_formed_link_parses() {
        let link = parse(&format!(
            "connect-sso://sign-in?profile=agent&instance={ID}"
        ))
        .unwrap();
        assert_eq!(
            link,
            SignInLink {
                profile: "agent".into(),
                instance: ID.into()
            }
        );
        let arn = format!("arn:aws:connect:eu-west-2:111122223333:instance/{ID}");
        let encoded = arn.replace(':', "%3A").replace('/', "%2F");
        let link = parse(&format!(
            "connect-sso://sign-in/?instance={encoded}&profile=sso%2Fagent"
        ))
        .unwrap();
        assert_eq!(
            (link.profile.as_str(), link.instance.as_str()),
            ("sso/agent", arn.as_str())
        );
    }

    #[test]
    fn hostile_links_are_refused() {
        for link in [
            format!("https://sign-in?profile=a&instance={ID}"),
            format!("connect-sso://open?profile=a&instance={ID}"),
            format!("connect-sso://sign-in/extra?profile=a&instance={ID}"),
            format!("connect-sso://sign-in?profile=a&instance={ID}&endpoint=http://evil"),
            format!("connect-sso://sign-in?profile=a&instance={ID}&region=us-east-1"),
            format!("connect-sso://sign-in?profile=a&instance={ID}&url=https://evil"),
            format!("connect-sso://sign-in?profile=a&profile=b&instance={ID}"),
            format!("connect-sso://sign-in?profile=a&instance={ID}#frag"),
            format!("connect-sso://user@sign-in?profile=a&instance={ID}"),
            format!("connect-sso://sign-in:1?profile=a&instance={ID}"),
            "connect-sso://sign-in?profile=a&instance=https://evil.example/".to_string(),
            format!("connect-sso://sign-in?instance={ID}"),
            "connect-sso://sign-in?profile=a".to_string(),
            format!("connect-sso://sign-in?profile=&instance={ID}"),
            format!("connect-sso://sign-in?profile=a%0Ab&instance={ID}"),
            format!(
                "connect-sso://sign-in?profile={}&instance={ID}",
                "p".repeat(300)
            ),
            format!("connect-sso://sign-in?profile=a b&instance={ID}"),
            format!(
                "connect-sso://sign-in?profile=a&instance={ID}&x={}",
                "y".repeat(2000)
            ),
        ] {
            let error = parse(&link).unwrap_err();
            assert_eq!(error.code, ErrorCode::DeepLinkInvalid, "{link}");
        }
    }

    proptest::proptest! {
        /// Any input parses or is refused, never panics; what parses has exactly the two keys,
        /// a bounded profile and a valid instance.
        #[test]
        fn parsing_is_total_and_strict(input in ".{0,300}") {
            if let Ok(link) = parse(&input) {
                proptest::prop_assert!(input.starts_with("connect-sso://sign-in"));
                proptest::prop_assert!(!link.profile.is_empty() && link.profile.len() <= MAX_PROFILE_LEN);
                proptest::prop_assert!(InstanceRef::parse(&link.instance).is_ok());
            }
        }

        #[test]
        fn generated_links_round_trip(
            profile in "[A-Za-z0-9_./@:+-]{1,40}",
            id in "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        ) {
            let mut url = url::Url::parse("connect-sso://sign-in").unwrap();
            url.query_pairs_mut().append_pair("profile", &profile).append_pair("instance", &id);
            let link = parse(url.as_str()).unwrap();
            proptest::prop_assert_eq!(link.profile, profile);
            proptest::prop_assert_eq!(link.instance, id);
        }
    }
}
