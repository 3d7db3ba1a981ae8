//! The languages the app speaks, and which one a person gets: the IT policy's, else their own
//! choice in Settings, else the first of their OS languages the app speaks, else English.

use unic_langid::LanguageIdentifier;

/// The ten languages of the Amazon Connect agent workspace: tag and native name.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("fr", "Français"),
    ("it", "Italiano"),
    ("ja", "日本語"),
    ("ko", "한국어"),
    ("pt-BR", "Português (Brasil)"),
    ("zh-CN", "简体中文"),
    ("zh-TW", "繁體中文"),
];

/// English: the catalogue every other language is checked against, and the last resort.
pub const ENGLISH: &str = "en";

/// Accented and about 40% longer English, to see what a longer language does to the layout.
/// Not offered in Settings; chosen by tests through the setting or `CONNECT_SSO_LANGUAGE`.
pub const PSEUDO: &str = "en-XA";

/// The language tag the app uses for `requested` (a BCP 47 tag or a POSIX locale such as
/// `de_DE.UTF-8`), if it speaks it.
pub fn supported(requested: &str) -> Option<&'static str> {
    let cleaned = requested
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    if cleaned.eq_ignore_ascii_case(PSEUDO) {
        return Some(PSEUDO);
    }
    let id: LanguageIdentifier = cleaned.parse().ok()?;
    let language = id.language.as_str();
    let region = id.region.map(|r| r.as_str().to_ascii_uppercase());
    let script = id.script.map(|s| s.as_str().to_ascii_lowercase());
    let tag = match language {
        // Traditional characters: Taiwan, Hong Kong, Macao, or the script said so.
        "zh" if script.as_deref() == Some("hant")
            || matches!(region.as_deref(), Some("TW" | "HK" | "MO")) =>
        {
            "zh-TW"
        }
        "zh" => "zh-CN",
        // The workspace speaks Brazilian Portuguese; it is the closest for every Portuguese.
        "pt" => "pt-BR",
        other => LANGUAGES
            .iter()
            .map(|(tag, _)| *tag)
            .find(|tag| *tag == other)?,
    };
    Some(tag)
}

/// The first of `requested` the app speaks, else English.
pub fn negotiate<'a>(requested: impl IntoIterator<Item = &'a str>) -> &'static str {
    requested.into_iter().find_map(supported).unwrap_or(ENGLISH)
}

/// The person's languages as the OS has them, most preferred first: `LANGUAGE`, `LC_ALL`,
/// `LC_MESSAGES` and `LANG` on Linux; the user's preferred languages on macOS and Windows.
pub fn from_os() -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        // sys-locale reads LC_ALL, LC_MESSAGES and LANG; gettext's LANGUAGE list comes first.
        // "C" and "POSIX" mean no language was set.
        if let Ok(list) = std::env::var("LANGUAGE") {
            found.extend(list.split(':').filter(|l| !l.is_empty()).map(String::from));
        }
    }
    found.extend(sys_locale::get_locales());
    found.retain(|l| !matches!(l.as_str(), "C" | "POSIX") && !l.starts_with("C."));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_forms_map_to_the_tags_the_app_speaks() {
        for (requested, expected) in [
            ("de_DE.UTF-8", Some("de")),
            ("de-AT", Some("de")),
            ("fr_CA", Some("fr")),
            ("ja_JP.eucJP", Some("ja")),
            ("pt_PT", Some("pt-BR")),
            ("pt-BR", Some("pt-BR")),
            ("zh_CN.UTF-8", Some("zh-CN")),
            ("zh-Hans-SG", Some("zh-CN")),
            ("zh_TW", Some("zh-TW")),
            ("zh-HK", Some("zh-TW")),
            ("zh-Hant", Some("zh-TW")),
            ("en_GB", Some("en")),
            ("en-XA", Some("en-XA")),
            ("nl_NL", None),
            ("ar", None),
            ("", None),
            ("not a tag", None),
        ] {
            assert_eq!(supported(requested), expected, "{requested}");
        }
    }

    #[test]
    fn the_first_spoken_language_wins_and_english_is_the_last_resort() {
        assert_eq!(negotiate(["nl_NL", "de_DE", "fr"]), "de");
        assert_eq!(negotiate(["nl_NL", "sv"]), "en");
        assert_eq!(negotiate([]), "en");
    }
}
