//! The order a browser choice is decided in: the person's choice for the instance, the IT
//! policy's for it, the person's for all, the policy's for all, else the system's default. With
//! the policy's `browser` lock only the policy's count.

use crate::core::browser_choice::BrowserChoice;
use crate::core::policy::{entry_id, Lockable, Policy};
use crate::core::settings::{InstanceBrowser, Settings};

fn locked(policy: Option<&Policy>) -> bool {
    policy.is_some_and(|policy| policy.is_locked(Lockable::Browser))
}

fn policy_for(policy: Option<&Policy>, instance_id: &str) -> Option<BrowserChoice> {
    policy?
        .instances
        .iter()
        .find(|entry| entry.browser.is_some() && entry_id(entry) == instance_id)
        .and_then(|entry| entry.browser.clone())
}

/// The browser for all instances: the person's unless locked, else the policy's, else the
/// system's.
pub fn for_all(user: &Settings, policy: Option<&Policy>) -> BrowserChoice {
    let mine = (!locked(policy)).then(|| user.browser.clone()).flatten();
    mine.or_else(|| policy.and_then(|p| p.browser.clone()))
        .unwrap_or_default()
}

/// The browser `instance_id`'s pages open in (None: a page of no instance, such as the IAM
/// Identity Center approval).
pub fn for_instance(
    user: &Settings,
    policy: Option<&Policy>,
    instance_id: Option<&str>,
) -> BrowserChoice {
    let Some(id) = instance_id else {
        return for_all(user, policy);
    };
    let mine = (!locked(policy))
        .then(|| {
            user.instance_browsers
                .iter()
                .find(|chosen| chosen.instance_id == id)
                .map(|chosen| chosen.choice.clone())
        })
        .flatten();
    mine.or_else(|| policy_for(policy, id))
        .unwrap_or_else(|| for_all(user, policy))
}

/// Every instance with a browser of its own (the person's, the policy's), for the window.
pub fn per_instance(user: &Settings, policy: Option<&Policy>) -> Vec<InstanceBrowser> {
    let mut all: Vec<InstanceBrowser> = Vec::new();
    if !locked(policy) {
        all.extend(user.instance_browsers.iter().cloned());
    }
    for entry in policy.map(|p| p.instances.as_slice()).unwrap_or_default() {
        let id = entry_id(entry);
        if let Some(choice) = &entry.browser {
            if !all.iter().any(|known| known.instance_id == id) {
                all.push(InstanceBrowser {
                    instance_id: id,
                    choice: choice.clone(),
                });
            }
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::browser_choice::BrowserId;
    use crate::core::policy::PolicyInstance;

    const SALES: &str = "aaaaaaaa-0000-4000-8000-000000000001";
    const SUPPORT: &str = "aaaaaaaa-0000-4000-8000-000000000002";

    fn choice(browser: BrowserId, profile: Option<&str>) -> BrowserChoice {
        BrowserChoice {
            browser,
            profile: profile.map(str::to_string),
            private: false,
        }
    }

    fn policy(lock: bool) -> Policy {
        Policy {
            browser: Some(choice(BrowserId::Edge, None)),
            instances: vec![PolicyInstance {
                instance: SALES.into(),
                profile: "agents".into(),
                display_name: None,
                pinned: false,
                browser: Some(choice(BrowserId::Chrome, Some("Sales"))),
            }],
            locked: if lock {
                [Lockable::Browser].into()
            } else {
                Default::default()
            },
            ..Policy::default()
        }
    }

    #[test]
    fn the_most_specific_choice_wins_and_the_lock_leaves_only_the_policy() {
        let user = Settings {
            browser: Some(choice(BrowserId::Firefox, None)),
            instance_browsers: vec![InstanceBrowser {
                instance_id: SUPPORT.into(),
                choice: choice(BrowserId::Brave, None),
            }],
            ..Settings::default()
        };
        assert_eq!(
            for_instance(&Settings::default(), None, Some(SALES)),
            BrowserChoice::default()
        );
        let open = policy(false);
        assert_eq!(
            for_instance(&user, Some(&open), Some(SUPPORT)).browser,
            BrowserId::Brave
        );
        assert_eq!(
            for_instance(&user, Some(&open), Some(SALES)).browser,
            BrowserId::Chrome
        );
        assert_eq!(
            for_instance(&user, Some(&open), Some("other")).browser,
            BrowserId::Firefox
        );
        assert_eq!(
            for_instance(&user, Some(&open), None).browser,
            BrowserId::Firefox
        );
        assert_eq!(
            for_instance(&Settings::default(), Some(&open), None).browser,
            BrowserId::Edge
        );
        let closed = policy(true);
        assert_eq!(
            for_instance(&user, Some(&closed), Some(SUPPORT)).browser,
            BrowserId::Edge
        );
        assert_eq!(
            for_instance(&user, Some(&closed), Some(SALES)).browser,
            BrowserId::Chrome
        );
        assert_eq!(for_all(&user, Some(&closed)).browser, BrowserId::Edge);
        let listed = per_instance(&user, Some(&closed));
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].instance_id, SALES);
        assert_eq!(per_instance(&user, Some(&open)).len(), 2);
    }
}
