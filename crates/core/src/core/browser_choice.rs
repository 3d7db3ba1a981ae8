//! Which browser an instance's pages open in, as data: the browser, one of its profiles, a
//! private window. Settings, the IT policy and the CLI all speak it; `browser_order` decides
//! which one applies.

use serde::{Deserialize, Serialize};

/// A browser as settings, the policy and the CLI name it; `default` is the system's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename = "BrowserIdView", rename_all = "lowercase")
)]
pub enum BrowserId {
    #[default]
    Default,
    Chrome,
    Chromium,
    Edge,
    Brave,
    Firefox,
}

impl BrowserId {
    pub const ALL: [BrowserId; 6] = [
        BrowserId::Default,
        BrowserId::Chrome,
        BrowserId::Chromium,
        BrowserId::Edge,
        BrowserId::Brave,
        BrowserId::Firefox,
    ];

    /// What scripts and files say: `default`, `chrome`, `chromium`, `edge`, `brave`, `firefox`.
    pub fn id(self) -> &'static str {
        match self {
            BrowserId::Default => "default",
            BrowserId::Chrome => "chrome",
            BrowserId::Chromium => "chromium",
            BrowserId::Edge => "edge",
            BrowserId::Brave => "brave",
            BrowserId::Firefox => "firefox",
        }
    }

    pub fn parse(id: &str) -> Option<BrowserId> {
        BrowserId::ALL
            .into_iter()
            .find(|browser| browser.id() == id)
    }
}

/// Where an instance opens: a browser, one of its profiles (by the name the browser shows) and
/// whether in a private window. The default opens the system's browser as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename = "BrowserChoiceView", rename_all = "camelCase")
)]
pub struct BrowserChoice {
    pub browser: BrowserId,
    pub profile: Option<String>,
    pub private: bool,
}

/// Longest profile name accepted (browsers cap theirs far below).
const MAX_PROFILE_NAME: usize = 128;

impl BrowserChoice {
    /// What is wrong with the choice, naming the field (settings, policy, CLI): a profile or a
    /// private window needs a browser the app starts itself.
    pub fn problem(&self) -> Option<&'static str> {
        if let Some(profile) = &self.profile {
            if profile.trim().is_empty()
                || profile.chars().count() > MAX_PROFILE_NAME
                || profile.chars().any(char::is_control)
            {
                return Some("profile: must be 1 to 128 printable characters");
            }
        }
        if self.browser == BrowserId::Default && (self.profile.is_some() || self.private) {
            return Some(
                "browser: a profile or a private window needs a browser other than default",
            );
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(browser: BrowserId, profile: Option<&str>) -> BrowserChoice {
        BrowserChoice {
            browser,
            profile: profile.map(str::to_string),
            private: false,
        }
    }

    #[test]
    fn a_profile_or_private_window_needs_a_browser_of_the_apps() {
        assert_eq!(BrowserChoice::default().problem(), None);
        assert!(choice(BrowserId::Default, Some("Work")).problem().is_some());
        let private = BrowserChoice {
            private: true,
            ..BrowserChoice::default()
        };
        assert!(private.problem().is_some());
        assert!(choice(BrowserId::Chrome, Some(" ")).problem().is_some());
        assert!(choice(BrowserId::Chrome, Some("a\nb")).problem().is_some());
        assert_eq!(choice(BrowserId::Chrome, Some("Work")).problem(), None);
        for id in BrowserId::ALL {
            assert_eq!(BrowserId::parse(id.id()), Some(id));
        }
    }
}
