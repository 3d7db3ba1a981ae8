//! A sentence before it has a language: the catalogue message that says it and its arguments.
//! It travels as data (in errors over IPC, in the discovery cache), so the window renders it in
//! its language and the terminal in its own.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// A catalogue message and its arguments; [`crate::l10n::Localizer`] (Rust) or the window's
/// `Messages` renders it.
/// On the wire: `{"id": "...", "args": {"name": value}}`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Text {
    /// The Fluent message ID, as in the `.ftl` files under `locales/`.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub id: Cow<'static, str>,
    #[cfg_attr(feature = "typescript", ts(type = "Record<string, TextArg>"))]
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

/// One argument of a [`Text`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(rename = "TextArg"))]
pub enum Arg {
    /// A count: the catalogue picks the plural form of the language for it.
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    Int(i64),
    /// Data shown as it is: a profile name, an instance alias, what AWS said.
    Str(String),
    /// Another sentence, rendered in the same language first.
    Text(Box<Text>),
}

impl Text {
    /// A message without arguments.
    pub const fn plain(id: &'static str) -> Text {
        Text {
            id: Cow::Borrowed(id),
            args: Vec::new(),
        }
    }

    /// The value of argument `name`, if it was given.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args
            .iter()
            .find_map(|(key, value)| (key == name).then_some(value))
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeStruct};
        struct Args<'a>(&'a [(Cow<'static, str>, Arg)]);
        impl Serialize for Args<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(self.0.len()))?;
                for (name, value) in self.0 {
                    map.serialize_entry(name, value)?;
                }
                map.end()
            }
        }
        let mut text = serializer.serialize_struct("Text", 2)?;
        text.serialize_field("id", &self.id)?;
        text.serialize_field("args", &Args(&self.args))?;
        text.end()
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        #[derive(Deserialize)]
        struct Wire {
            id: String,
            #[serde(default)]
            args: BTreeMap<String, Arg>,
        }
        let wire = Wire::deserialize(deserializer)?;
        Ok(Text {
            id: Cow::Owned(wire.id),
            args: wire
                .args
                .into_iter()
                .map(|(name, value)| (Cow::Owned(name), value))
                .collect(),
        })
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Arg {
        Arg::Str(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Arg {
        Arg::Str(value.clone())
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Arg {
        Arg::Str(value.to_string())
    }
}

impl From<Text> for Arg {
    fn from(value: Text) -> Arg {
        Arg::Text(Box::new(value))
    }
}

macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Arg {
                Arg::Int(i64::try_from(value).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(u16, i32, i64, u32, u64, usize);

/// `text!("error-timeout", seconds = 8)`: a [`Text`] with named arguments.
#[macro_export]
macro_rules! text {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::l10n::text::Text {
            id: ::std::borrow::Cow::Borrowed($id),
            args: vec![$((
                ::std::borrow::Cow::Borrowed(stringify!($name)),
                $crate::l10n::text::Arg::from($value),
            )),*],
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_travels_as_an_id_and_named_arguments() {
        let inner = crate::text!("region-any");
        let text = crate::text!(
            "error-timeout",
            seconds = 8,
            profile = "agent",
            region = inner
        );
        let json = serde_json::to_value(&text).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"id": "error-timeout", "args": {
                "seconds": 8, "profile": "agent", "region": {"id": "region-any", "args": {}}
            }})
        );
        let back: Text = serde_json::from_value(json).unwrap();
        assert_eq!(back.arg("seconds"), Some(&Arg::Int(8)));
        assert_eq!(back.arg("profile"), Some(&Arg::Str("agent".into())));
        assert_eq!(
            back.arg("region"),
            Some(&Arg::Text(Box::new(crate::text!("region-any"))))
        );
    }
}
