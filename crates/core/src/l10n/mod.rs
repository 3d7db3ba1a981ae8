//! The message catalogue: every sentence a person reads, in their language. The files are
//! `locales/<language>/{errors,desktop,window}.ftl` (Project Fluent), embedded in the binary;
//! only the language in use is parsed. The window gets its own file through
//! [`Translator::localization`] and renders it with `@fluent/bundle`.

pub mod languages;
pub mod localizer;
mod pseudo;
pub mod sources;
pub mod text;
pub mod translator;

pub use languages::LANGUAGES;
pub use localizer::{english, Localizer};
pub use text::{Arg, Text};
pub use translator::{Localization, Translator};
