//! The one change stream: every state change a service makes (the stored sessions, the catalog,
//! the settings) is announced once, as a typed [`Change`], by the service that made it. The
//! window and the tray subscribe; nobody pulls after an action. A process nobody subscribes to
//! (the CLI) skips the work of describing the change.

use crate::aws::catalog::Catalog;
use crate::core::settings_view::SettingsView;
use crate::store::sessions::SessionView;
use std::sync::{Arc, RwLock};

/// What changed, with its new state in full: a subscriber never needs to ask again.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// The stored sessions (signed in, signed out, shift ended).
    Sessions(Vec<SessionView>),
    /// The catalog (discovery, pins, a sign-in that made an instance recent).
    Catalog(Catalog),
    /// The settings as the window shows them (a change saved, or the policy).
    /// Boxed: the settings view is the largest of the three, and changes are moved around.
    Settings(Box<SettingsView>),
}

type Subscriber = Box<dyn Fn(&Change) + Send + Sync>;

/// Where services announce changes. Cloning shares the subscribers.
#[derive(Clone, Default)]
pub struct ChangeFeed {
    subscribers: Arc<RwLock<Vec<Subscriber>>>,
}

impl ChangeFeed {
    /// Calls `subscriber` with every later change, on the announcing thread: it must be quick
    /// and must not announce a change itself.
    pub fn subscribe(&self, subscriber: impl Fn(&Change) + Send + Sync + 'static) {
        if let Ok(mut subscribers) = self.subscribers.write() {
            subscribers.push(Box::new(subscriber));
        }
    }

    /// Whether anyone listens: describing a change (listing the keychain, building the catalog)
    /// is skipped when nobody does.
    pub fn is_watched(&self) -> bool {
        self.subscribers.read().is_ok_and(|s| !s.is_empty())
    }

    pub fn publish(&self, change: Change) {
        if let Ok(subscribers) = self.subscribers.read() {
            for subscriber in subscribers.iter() {
                subscriber(&change);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn every_subscriber_hears_every_change_in_order() {
        let feed = ChangeFeed::default();
        assert!(!feed.is_watched());
        let heard = Arc::new(Mutex::new(Vec::new()));
        for tag in ["window", "tray"] {
            let heard = Arc::clone(&heard);
            feed.clone().subscribe(move |change| {
                if let Change::Sessions(list) = change {
                    heard.lock().unwrap().push((tag, list.len()));
                }
            });
        }
        assert!(feed.is_watched());
        feed.publish(Change::Sessions(vec![]));
        assert_eq!(*heard.lock().unwrap(), vec![("window", 0), ("tray", 0)]);
    }
}
