//! The settings service: the saved settings (one file, changed atomically), the IT policy over
//! them, and the one-time notice a bad settings file left. Every service that reads a setting
//! holds this; a saved change the window shows is announced on the change stream.

use crate::changes::{Change, ChangeFeed};
use crate::core::browser_choice::BrowserChoice;
use crate::core::browser_order;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::instance::InstanceRef;
use crate::core::policy::Lockable;
use crate::core::policy::{self, Effective, PolicyLoad};
use crate::core::profile::check_name;
use crate::core::settings::{AppProfile, InstanceBrowser, NetworkSettings, Settings};
use crate::core::settings_view::{self, SettingsPatch, SettingsView};
use crate::store::settings_file::SettingsStore;
use std::path::Path;
use std::sync::Mutex;

/// An app profile the settings file holds but the app will not use, told once at start.
fn unusable_app_profile(settings: &Settings, store: &SettingsStore) -> Option<Error> {
    let (app, field) = settings
        .app_profiles
        .iter()
        .find_map(|app| app.problem().map(|field| (app, field)))?;
    Some(Error::new(
        ErrorCode::InvalidParameter,
        crate::text!(
            "error-app-profile-unused",
            profile = &app.name,
            field = field,
            path = store.path().display().to_string()
        ),
    ))
}

pub struct Preferences {
    store: SettingsStore,
    saved: Mutex<Settings>,
    policy: PolicyLoad,
    /// What loading the settings file had to say (moved aside as corrupt), told once.
    notice: Mutex<Option<Error>>,
    changes: ChangeFeed,
}

impl Preferences {
    /// Reads the settings file (a bad one is moved aside and noted) under `policy`.
    pub fn load(store: SettingsStore, policy: PolicyLoad, changes: ChangeFeed) -> Preferences {
        if let Some(error) = &policy.error {
            tracing::warn!(code = %error.code, "{}", error.message);
        }
        let (saved, notice) = store.load();
        let notice = notice.or_else(|| unusable_app_profile(&saved, &store));
        Preferences {
            store,
            saved: Mutex::new(saved),
            policy,
            notice: Mutex::new(notice),
            changes,
        }
    }

    /// The IT policy this app runs under.
    pub fn policy(&self) -> &PolicyLoad {
        &self.policy
    }

    /// The settings file as saved (what the person chose).
    pub fn settings(&self) -> Settings {
        self.saved.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// The settings in force: the person's over the policy's where not locked.
    pub fn effective(&self) -> Effective {
        policy::effective(&self.settings(), self.policy.policy.as_ref())
    }

    pub fn network(&self) -> NetworkSettings {
        self.settings().network
    }

    pub fn view(&self) -> SettingsView {
        settings_view::view(&self.settings(), &self.policy)
    }

    /// The folder of the settings file, where the discovery cache lives too.
    pub fn dir(&self) -> &Path {
        self.store.dir()
    }

    /// The usable app profile (an IAM Identity Center profile kept in the settings) of that name.
    pub fn app_profile(&self, name: &str) -> Option<AppProfile> {
        self.settings()
            .usable_app_profiles()
            .into_iter()
            .find(|app| app.name == name)
    }

    /// The browser the pages of `instance_id` open in (None: a page of no instance).
    pub fn browser_for(&self, instance_id: Option<&str>) -> BrowserChoice {
        browser_order::for_instance(&self.settings(), self.policy.policy.as_ref(), instance_id)
    }

    /// Whether `choice` may be used instead of the saved ones: well-formed, and the IT policy
    /// does not lock the browser.
    pub fn check_browser_choice(&self, choice: &BrowserChoice) -> Result<()> {
        if let Some(problem) = choice.problem() {
            return Err(Error::new(
                ErrorCode::InvalidParameter,
                crate::text!("error-browser-choice-invalid", detail = problem),
            ));
        }
        if self
            .policy
            .policy
            .as_ref()
            .is_some_and(|policy| policy.is_locked(Lockable::Browser))
        {
            return Err(settings_view::managed(Lockable::Browser.as_str()));
        }
        Ok(())
    }

    /// Chooses the browser for one instance (None: back to the one for all), then announces
    /// the settings.
    pub fn set_instance_browser(
        &self,
        instance: &str,
        choice: Option<BrowserChoice>,
    ) -> Result<SettingsView> {
        let instance_id = InstanceRef::parse(instance)?.id;
        if let Some(choice) = &choice {
            self.check_browser_choice(choice)?;
        } else {
            self.check_browser_choice(&BrowserChoice::default())?;
        }
        self.change(|settings| {
            let mut next = settings.clone();
            next.instance_browsers
                .retain(|chosen| chosen.instance_id != instance_id);
            if let Some(choice) = choice {
                next.instance_browsers.push(InstanceBrowser {
                    instance_id,
                    choice,
                });
            }
            Ok(next)
        })?;
        let view = self.view();
        self.changes
            .publish(Change::Settings(Box::new(view.clone())));
        Ok(view)
    }

    /// The notice loading left (a corrupt settings file), once.
    pub fn take_notice(&self) -> Option<Error> {
        self.notice.lock().ok().and_then(|mut notice| notice.take())
    }

    /// Changes settings the policy does not lock; saved before it is applied, then announced.
    pub fn update(&self, patch: &SettingsPatch) -> Result<SettingsView> {
        self.change(|settings| settings_view::apply(settings, patch, &self.policy))?;
        let view = self.view();
        self.changes
            .publish(Change::Settings(Box::new(view.clone())));
        Ok(view)
    }

    /// Remembers the picked profile and instance for the next start.
    pub fn remember_selection(&self, profile: &str, instance: Option<&str>) -> Result<()> {
        check_name(profile)?;
        if let Some(instance) = instance {
            InstanceRef::parse(instance)?;
        }
        self.change(|settings| {
            Ok(Settings {
                last_profile: Some(profile.to_string()),
                last_instance: instance.map(str::to_string),
                ..settings.clone()
            })
        })
    }

    /// Changes the saved settings with `edit`; nothing is applied unless it is saved. Settings
    /// the window shows are announced by [`Preferences::update`]; pins and recents are the
    /// catalog's, announced by discovery.
    pub fn change(&self, edit: impl FnOnce(&Settings) -> Result<Settings>) -> Result<()> {
        let mut saved = self
            .saved
            .lock()
            .map_err(|_| Error::internal("settings lock poisoned"))?;
        let next = edit(&saved)?;
        if *saved != next {
            self.store.save(&next)?;
            *saved = next;
        }
        Ok(())
    }
}
