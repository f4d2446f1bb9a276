//! Sentences the page shows about values it could not use (from a URL, or settings that cannot
//! work together), in English and Japanese. A [`Notice`] is a string key of the page's table plus
//! the values of its placeholders; the sentences themselves are in [`crate::notice_text`], which
//! the page adds to its string table, so a notice follows the language the page is shown in.

use crate::notice_text::english;
use serde::ser::{Serialize, SerializeStruct, Serializer};
use std::fmt;

/// One notice: the key of its sentence and the values of the sentence's `{placeholders}`.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// The sentence's key, e.g. `notice.number`.
    pub key: &'static str,
    /// Placeholder values by name.
    pub vars: Vec<(&'static str, Part)>,
}

/// A placeholder's value: text shown as it is (a value from the URL, a name, a number), or a
/// sentence of its own (the engine's reason), translated in turn.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// Shown as it is.
    Text(String),
    /// Translated in turn.
    Sentence(Box<Notice>),
}

/// A user's value as a notice repeats it: the engine's [`quote`](asaku_core::error::quote)
/// (control characters escaped; at most 40 characters, then `…` and the value's length), so the
/// page and the command line repeat a value alike.
pub use asaku_core::error::quote as shown;

impl Notice {
    /// The sentence `key` with text values for its placeholders.
    pub fn new<const N: usize>(key: &'static str, vars: [(&'static str, String); N]) -> Notice {
        Notice { key, vars: vars.into_iter().map(|(name, text)| (name, Part::Text(text))).collect() }
    }

    /// The same notice with placeholder `name` filled by sentence `inner`.
    pub fn with(mut self, name: &'static str, inner: Notice) -> Notice {
        self.vars.push((name, Part::Sentence(Box::new(inner))));
        self
    }

    /// `key = "value" is not one of the allowed names; fallback is used`, for a lesson's choice.
    pub fn not_one_of(key: &str, value: &str, allowed: &str, fallback: &str) -> Notice {
        let vars = [("key", key), ("got", &shown(value)), ("allowed", allowed), ("fallback", fallback)];
        Notice::new("notice.oneOf", vars.map(|(name, text)| (name, text.to_string())))
    }

    /// Whether the English sentence contains `text` (for tests and logs).
    pub fn contains(&self, text: &str) -> bool {
        self.to_string().contains(text)
    }
}

impl fmt::Display for Notice {
    /// The notice in English, placeholders filled (nested sentences too).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = english(self.key).to_string();
        for (name, part) in &self.vars {
            let value = match part {
                Part::Text(t) => t.clone(),
                Part::Sentence(inner) => inner.to_string(),
            };
            text = text.replace(&format!("{{{name}}}"), &value);
        }
        f.write_str(&text)
    }
}

impl Serialize for Notice {
    /// `{ key, vars: { name: text or { key, vars } } }`: what the page's `t(key, vars)` takes.
    /// The vars are a struct (their names are static), so every serialiser makes a plain object.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Vars<'a>(&'a [(&'static str, Part)]);
        impl Serialize for Vars<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut vars = serializer.serialize_struct("Vars", self.0.len())?;
                for (name, part) in self.0 {
                    match part {
                        Part::Text(text) => vars.serialize_field(name, text)?,
                        Part::Sentence(inner) => vars.serialize_field(name, inner)?,
                    }
                }
                vars.end()
            }
        }
        let mut notice = serializer.serialize_struct("Notice", 2)?;
        notice.serialize_field("key", self.key)?;
        notice.serialize_field("vars", &Vars(&self.vars))?;
        notice.end()
    }
}

/// Gives a lesson handle (a type with a `notices: Vec<Notice>` field) its notices twice: as
/// `notices()` for Rust, and as `notices()` in JavaScript, `[{ key, vars }]` (see
/// [`crate::js::to_json_like`]).
macro_rules! notices_accessors {
    ($handle:ty) => {
        #[wasm_bindgen::prelude::wasm_bindgen]
        impl $handle {
            /// Sentences about URL values that could not be used, as `[{ key, vars }]`.
            #[wasm_bindgen(js_name = notices)]
            pub fn notices_js(&self) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsError> {
                $crate::js::to_json_like(&self.notices)
            }
        }

        impl $handle {
            /// Sentences about URL values that could not be used.
            pub fn notices(&self) -> &[$crate::notice::Notice] {
                &self.notices
            }
        }
    };
}
pub(crate) use notices_accessors;

#[cfg(test)]
mod tests {
    use super::*;
    use asaku_core::error::{Allowed, Quantity};
    use asaku_core::Error;

    #[test]
    fn a_notice_reads_in_english_with_the_engines_reason_inside() {
        let why = Error::OutOfRange {
            what: Quantity::BatchSize,
            got: "0".into(),
            allowed: Allowed::Whole { low: 1, high: 500 },
        };
        let notice = Notice::new("notice.value", [("key", "batch".into()), ("got", "0".into())])
            .with("why", (&why).into());
        assert_eq!(
            notice.to_string(),
            "batch = \"0\": the batch size is 0, but it must be a whole number from 1 to 500. The default is used."
        );
        let long = "x".repeat(100);
        assert_eq!(
            Notice::not_one_of("fn", &long, "bowl or valley", "bowl").vars[1].1,
            Part::Text(format!("{}… (100 characters)", "x".repeat(40)))
        );
    }
}
