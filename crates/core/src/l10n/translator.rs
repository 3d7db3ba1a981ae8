//! Which language the person reads, and its catalogues: the service every face asks before it
//! shows a sentence. Follows the settings and the IT policy as they change.

use crate::core::preferences::Preferences;
use crate::l10n::languages::{self, LANGUAGES, PSEUDO};
use crate::l10n::localizer::Localizer;
use crate::l10n::sources;
use serde::Serialize;
use std::sync::{Arc, Mutex};

/// Names the OS languages in tests and scripts (`de`, `ja_JP.UTF-8`, `en-XA`), ahead of what the
/// OS says; the settings and the IT policy still come first.
pub const LANGUAGE_ENV: &str = "CONNECT_SSO_LANGUAGE";

/// What the window needs to speak: its catalogue files, in the language in use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename = "LocalizationView", rename_all = "camelCase")
)]
pub struct Localization {
    /// BCP 47 tag of the language in use, for `<html lang>` and `Intl`.
    pub language: String,
    /// `locales/<language>/window.ftl` and `errors.ftl`, as they are (errors travel as a catalogue
    /// message and its arguments, which the window renders itself).
    pub sources: Vec<String>,
    /// True for the pseudo-locale: the window transforms its own text the same way.
    pub pseudo: bool,
    /// What Settings offers: every language with its own name.
    pub languages: Vec<LanguageOption>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename = "LanguageOptionView", rename_all = "camelCase")
)]
pub struct LanguageOption {
    pub tag: String,
    /// In that language: "Deutsch", "日本語".
    pub name: String,
}

pub struct Translator {
    preferences: Arc<Preferences>,
    /// The OS's languages, most preferred first, read once at start.
    os_languages: Vec<String>,
    /// The catalogues last built, for window text (isolating) and terminal text.
    cached: Mutex<Option<(Arc<Localizer>, Arc<Localizer>)>>,
}

impl Translator {
    pub fn new(preferences: Arc<Preferences>, os_languages: Vec<String>) -> Translator {
        Translator {
            preferences,
            os_languages,
            cached: Mutex::new(None),
        }
    }

    /// The OS's languages as this process sees them, `CONNECT_SSO_LANGUAGE` first.
    pub fn os_languages() -> Vec<String> {
        let mut found: Vec<String> = std::env::var(LANGUAGE_ENV)
            .ok()
            .filter(|value| !value.is_empty())
            .into_iter()
            .collect();
        found.extend(languages::from_os());
        found
    }

    /// The language in use: the IT policy's or the person's choice, else the OS's.
    pub fn language(&self) -> &'static str {
        let chosen = self.preferences.effective().language;
        chosen
            .as_deref()
            .and_then(languages::supported)
            .unwrap_or_else(|| languages::negotiate(self.os_languages.iter().map(String::as_str)))
    }

    /// The catalogue for text the window shows (arguments isolated for bidirectional text).
    pub fn window(&self) -> Arc<Localizer> {
        self.localizers().0
    }

    /// The catalogue for the terminal and the tray (no isolation marks).
    pub fn terminal(&self) -> Arc<Localizer> {
        self.localizers().1
    }

    /// The window's catalogue file and the languages Settings offers.
    pub fn localization(&self) -> Localization {
        let language = self.language();
        Localization {
            language: language.to_string(),
            sources: vec![
                sources::of(language).window.to_string(),
                sources::of(language).errors.to_string(),
            ],
            pseudo: language == PSEUDO,
            languages: LANGUAGES
                .iter()
                .map(|(tag, name)| LanguageOption {
                    tag: tag.to_string(),
                    name: name.to_string(),
                })
                .collect(),
        }
    }

    fn localizers(&self) -> (Arc<Localizer>, Arc<Localizer>) {
        let language = self.language();
        let Ok(mut cached) = self.cached.lock() else {
            return (
                Arc::new(Localizer::new(language, true)),
                Arc::new(Localizer::new(language, false)),
            );
        };
        match cached.as_ref() {
            Some((window, terminal)) if window.language() == language => {
                (Arc::clone(window), Arc::clone(terminal))
            }
            _ => {
                let built = (
                    Arc::new(Localizer::new(language, true)),
                    Arc::new(Localizer::new(language, false)),
                );
                *cached = Some((Arc::clone(&built.0), Arc::clone(&built.1)));
                built
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::changes::ChangeFeed;
    use crate::core::policy::{self, PolicyLoad};
    use crate::core::settings_view::SettingsPatch;
    use crate::store::settings_file::SettingsStore;

    fn translator(dir: &std::path::Path, policy: &str, os: &[&str]) -> Translator {
        let load = PolicyLoad {
            path: None,
            policy: Some(policy::parse(policy.as_bytes()).unwrap()),
            error: None,
        };
        let preferences = Arc::new(Preferences::load(
            SettingsStore::new(dir),
            load,
            ChangeFeed::default(),
        ));
        Translator::new(preferences, os.iter().map(|l| l.to_string()).collect())
    }

    #[test]
    fn the_os_then_the_person_then_a_locking_policy_choose() {
        let dir = tempfile::tempdir().unwrap();
        let app = translator(dir.path(), "{}", &["nl_NL", "ja_JP.UTF-8"]);
        assert_eq!(app.language(), "ja");
        assert_eq!(app.window().language(), "ja");
        app.preferences
            .update(&SettingsPatch {
                language: Some("pt-BR".into()),
                ..SettingsPatch::default()
            })
            .unwrap();
        assert_eq!(app.language(), "pt-BR");
        assert_eq!(app.terminal().language(), "pt-BR");
        let localization = app.localization();
        assert_eq!(localization.language, "pt-BR");
        assert!(localization.sources[0].contains("sign-in-button"));
        assert_eq!(localization.languages.len(), 10);

        let other = tempfile::tempdir().unwrap();
        let locked = translator(
            other.path(),
            r#"{"language":"ko","locked":["language"]}"#,
            &["de"],
        );
        assert_eq!(locked.language(), "ko");
        assert!(!locked.localization().pseudo);
    }

    #[test]
    fn nothing_spoken_means_english() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(translator(dir.path(), "{}", &["C", "nl"]).language(), "en");
    }
}
