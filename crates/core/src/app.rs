//! The composition root: builds the services once, each with its own state and the handles it
//! needs, and nothing else. The window and the CLI both start here.

use crate::aws::clients::ClientPool;
use crate::aws::discovery::Discovery;
use crate::aws::logins::Logins;
use crate::changes::ChangeFeed;
use crate::core::policy::{self, PolicyLoad};
use crate::core::preferences::Preferences;
use crate::l10n::Translator;
use crate::signin::browser::Browser;
use crate::signin::deeplink::DeepLinks;
use crate::signin::launcher::{Opener, SystemOpener};
use crate::signin::SignIn;
use crate::store::keychain;
use crate::store::sessions::SessionStore;
use crate::store::settings_file::SettingsStore;
use crate::store::vault::TokenVault;
use std::sync::Arc;

/// Every service of the app, wired to the same settings, keychain, browser and change stream.
pub struct App {
    /// Settings and the IT policy.
    pub preferences: Arc<Preferences>,
    /// Credentials and Connect clients, per profile and region.
    pub clients: Arc<ClientPool>,
    /// Instances, the discovery cache and the catalog.
    pub discovery: Arc<Discovery>,
    /// IAM Identity Center sign-ins and MFA codes.
    pub logins: Logins,
    /// Sign in, open, sign out, end shift.
    pub signin: SignIn,
    /// The `connect-sso://` link waiting for confirmation.
    pub links: DeepLinks,
    /// The browser, reached through one-shot hand-offs; the CLI waits for them before it exits.
    pub browser: Arc<Browser>,
    /// Where every service announces its changes.
    pub changes: ChangeFeed,
    /// The language in use and its catalogues.
    pub translator: Arc<Translator>,
}

impl App {
    /// The services over these side effects: the tests' fakes, or the real ones of
    /// [`App::production`].
    pub fn new(
        vault: Arc<dyn TokenVault>,
        opener: Arc<dyn Opener>,
        settings: SettingsStore,
        policy: PolicyLoad,
    ) -> App {
        let changes = ChangeFeed::default();
        let preferences = Arc::new(Preferences::load(settings, policy, changes.clone()));
        let browser = Arc::new(Browser::new(opener, Arc::clone(&preferences)));
        let translator = Arc::new(Translator::new(
            Arc::clone(&preferences),
            Translator::os_languages(),
        ));
        let clients = Arc::new(ClientPool::new(Arc::clone(&preferences)));
        let discovery = Arc::new(Discovery::new(
            Arc::clone(&preferences),
            Arc::clone(&clients),
            changes.clone(),
        ));
        let logins = Logins::new(
            Arc::clone(&preferences),
            Arc::clone(&clients),
            Arc::clone(&browser),
            Arc::clone(&translator),
        );
        let signin = SignIn::new(
            Arc::clone(&preferences),
            Arc::clone(&clients),
            Arc::clone(&discovery),
            SessionStore::new(vault),
            Arc::clone(&browser),
            changes.clone(),
        );
        App {
            links: DeepLinks::new(Arc::clone(&discovery)),
            preferences,
            clients,
            discovery,
            logins,
            signin,
            browser,
            changes,
            translator,
        }
    }

    /// The OS keychain, the default browser, the settings file and the IT policy of this
    /// machine (each location overridable by its environment variable).
    pub fn production() -> App {
        let settings = SettingsStore::from_env();
        keychain::upgrade_stored_sessions(settings.dir());
        App::new(
            Arc::new(keychain::os_keychain()),
            Arc::new(SystemOpener),
            settings,
            policy::load(policy::path_from_env()),
        )
    }
}
