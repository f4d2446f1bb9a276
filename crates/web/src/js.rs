//! Rust values handed to JavaScript: every wasm export that returns a plain object goes through
//! one of these two, so a serialisation error always reads the same way; a refused change goes
//! as a [`Refusal`].

use crate::notice::Notice;
use asaku_core::Error;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// `value` as a JavaScript value (serde-wasm-bindgen's defaults: `None` is `undefined`).
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    serde_wasm_bindgen::to_value(value).map_err(js_error)
}

/// `value` as JSON would carry it: maps become plain objects and `None` is `null`.
pub fn to_json_like<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(js_error)
}

/// Any error as a JavaScript `Error` with its message (for bugs: a user's refused change is a
/// [`Refusal`]).
pub fn js_error(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// A change asked for on the page that is refused, and why: thrown to JavaScript as the notice
/// `{ key, vars }` (not a sentence), which the page shows next to the control in its language.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal(pub Notice);

impl From<&Error> for Refusal {
    /// The engine's reason for refusing.
    fn from(error: &Error) -> Refusal {
        Refusal(error.into())
    }
}

impl From<Error> for Refusal {
    /// The engine's reason for refusing.
    fn from(error: Error) -> Refusal {
        Refusal((&error).into())
    }
}

impl From<Refusal> for JsValue {
    /// `{ key, vars }`, as the page's `t(key, vars)` takes it.
    fn from(refusal: Refusal) -> JsValue {
        to_json_like(&refusal.0).unwrap_or_else(JsValue::from)
    }
}
