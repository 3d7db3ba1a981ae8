//! One language's catalogue, parsed: renders a [`Text`] (and an [`Error`]) in that language.

use crate::core::error::Error;
use crate::l10n::languages::{ENGLISH, PSEUDO};
use crate::l10n::text::{Arg, Text};
use crate::l10n::{pseudo, sources};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

pub struct Localizer {
    language: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl Localizer {
    /// The catalogue of `language` (a tag of [`crate::l10n::LANGUAGES`] or the pseudo-locale).
    /// `isolating` wraps each argument in Unicode isolation marks, so a right-to-left alias
    /// cannot reorder the sentence around it: for text the window shows, not the terminal's.
    pub fn new(language: &'static str, isolating: bool) -> Localizer {
        let id: LanguageIdentifier = language.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(isolating);
        if language == PSEUDO {
            bundle.set_transform(Some(pseudo::transform));
        }
        let files = sources::of(language);
        for source in [files.errors, files.desktop] {
            let resource = match FluentResource::try_new(source.to_string()) {
                Ok(resource) => resource,
                // The catalogue tests keep every file parseable; should one not be, keep what
                // parsed rather than nothing.
                Err((resource, errors)) => {
                    tracing::warn!(language, ?errors, "a catalogue file has syntax errors");
                    resource
                }
            };
            if let Err(errors) = bundle.add_resource(resource) {
                tracing::warn!(language, ?errors, "a catalogue file repeats messages");
            }
        }
        Localizer { language, bundle }
    }

    /// The language this catalogue speaks.
    pub fn language(&self) -> &'static str {
        self.language
    }

    /// The sentence `text` in this language (English when this catalogue lacks it).
    pub fn render(&self, text: &Text) -> String {
        self.format(text, None)
            .or_else(|| (self.language != ENGLISH).then(|| english().render(text)))
            .unwrap_or_else(|| text.id.to_string())
    }

    /// The attribute `name` (such as `hint`) of `text`'s message, if the message has it.
    pub fn render_attribute(&self, text: &Text, name: &str) -> Option<String> {
        self.format(text, Some(name)).or_else(|| {
            (self.language != ENGLISH)
                .then(|| english().render_attribute(text, name))
                .flatten()
        })
    }

    /// `error` with its message and hint in this language (unchanged when it has no text).
    pub fn localize(&self, error: &Error) -> Error {
        error.rendered_by(self)
    }

    fn format(&self, text: &Text, attribute: Option<&str>) -> Option<String> {
        let message = self.bundle.get_message(&text.id)?;
        let pattern = match attribute {
            None => message.value()?,
            Some(name) => message.get_attribute(name)?.value(),
        };
        let args = self.args(text);
        let mut errors = Vec::new();
        let rendered = self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors);
        if !errors.is_empty() {
            tracing::debug!(id = %text.id, ?errors, "a catalogue message did not format cleanly");
        }
        Some(rendered.into_owned())
    }

    fn args(&self, text: &Text) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for (name, value) in &text.args {
            let value = match value {
                Arg::Str(s) => FluentValue::from(s.clone()),
                Arg::Int(n) => FluentValue::from(*n),
                Arg::Text(inner) => FluentValue::from(self.render(inner)),
            };
            args.set(name.clone(), value);
        }
        args
    }
}

/// The English catalogue, parsed once: what logs, `--json` output and `Display` say, whatever
/// language the person reads. Built from constant data, so sharing it is no hidden state.
pub fn english() -> &'static Localizer {
    static ENGLISH_CATALOGUE: LazyLock<Localizer> =
        LazyLock::new(|| Localizer::new(ENGLISH, false));
    &ENGLISH_CATALOGUE
}
