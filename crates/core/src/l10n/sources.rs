//! Each language's catalogue files, embedded in the binary: all ten travel with the app, and only
//! the one in use is parsed.

use crate::l10n::languages::{ENGLISH, PSEUDO};

/// The catalogue files of one language.
pub struct Sources {
    /// Error messages and their hints, shared by the window and the terminal.
    pub errors: &'static str,
    /// The tray menu, desktop notifications and the terminal's words.
    pub desktop: &'static str,
    /// The window's words (handed to the web UI as they are).
    pub window: &'static str,
}

macro_rules! embed {
    ($($tag:literal),* $(,)?) => {
        &[$((
            $tag,
            Sources {
                errors: include_str!(concat!("../../../../locales/", $tag, "/errors.ftl")),
                desktop: include_str!(concat!("../../../../locales/", $tag, "/desktop.ftl")),
                window: include_str!(concat!("../../../../locales/", $tag, "/window.ftl")),
            },
        )),*]
    };
}

/// Every language's files, by tag.
pub const ALL: &[(&str, Sources)] =
    embed!("en", "de", "es", "fr", "it", "ja", "ko", "pt-BR", "zh-CN", "zh-TW");

/// The files of `language` (the pseudo-locale reads English's).
pub fn of(language: &str) -> &'static Sources {
    let wanted = if language == PSEUDO {
        ENGLISH
    } else {
        language
    };
    let find = |tag: &str| ALL.iter().find(|(t, _)| *t == tag).map(|(_, s)| s);
    find(wanted).or_else(|| find(ENGLISH)).unwrap_or(&ALL[0].1)
}
