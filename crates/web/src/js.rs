//! Rust values handed to JavaScript: every wasm export that returns a plain object goes through
//! one of these two, so a serialisation error always reads the same way.

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

/// Any error as a JavaScript `Error` with its message.
pub fn js_error(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}
