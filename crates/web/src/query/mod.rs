//! The URL query: one table that both reads and writes every setting of the page.
//!
//! Reading never fails: an unknown key, a value that does not parse, or one the state may not
//! hold ([`PageState::validate`], the same check as for changes made on the page) leaves that
//! setting as it was (its default) and adds a notice saying what was wrong. Values are only
//! ever turned into settings, never into HTML.

mod values;

pub(crate) use values::{encode, layers_text, round3};

use crate::js::to_json_like;
use crate::notice::{shown, Notice};
use crate::state::PageState;
use asaku_core::data::{DataKind, FeatureSet};
use asaku_core::network::{parse_hidden, Penalty};
use asaku_core::train::Sampling;
use asaku_core::{Choice, Result};
use serde::Serialize;
use values::*;
use wasm_bindgen::prelude::*;

/// One URL key: how to read its value into the state (parsing only: ranges are checked on the
/// whole state) and how to write it back.
struct Field {
    key: &'static str,
    read: fn(&mut PageState, &str) -> Result<()>,
    write: fn(&PageState) -> Option<String>,
}

const FIELDS: &[Field] = &[
    Field {
        key: "data",
        read: |s, v| set(&mut s.settings.data.kind, DataKind::parse(v)?),
        write: |s| name(s.settings.data.kind),
    },
    Field {
        key: "points",
        read: |s, v| set(&mut s.settings.data.points, number(v)?),
        write: |s| text(s.settings.data.points),
    },
    Field {
        key: "noise",
        read: |s, v| set(&mut s.settings.data.noise, number(v)?),
        write: |s| text(s.settings.data.noise),
    },
    Field {
        key: "ratio",
        read: |s, v| set(&mut s.settings.data.train_ratio, number(v)?),
        write: |s| text(s.settings.data.train_ratio),
    },
    Field {
        key: "dataseed",
        read: |s, v| set(&mut s.settings.data.seed, number(v)?),
        write: |s| text(s.settings.data.seed),
    },
    Field {
        key: "features",
        read: |s, v| set(&mut s.settings.features, FeatureSet::parse(v)?),
        write: |s| text(&s.settings.features),
    },
    Field {
        key: "layers",
        read: |s, v| set(&mut s.settings.hidden, parse_hidden(v)?),
        write: |s| Some(layers_text(&s.settings.hidden)),
    },
    Field {
        key: "activation",
        read: |s, v| set(&mut s.settings.activation, Choice::parse(v)?),
        write: |s| name(s.settings.activation),
    },
    Field {
        key: "output",
        read: |s, v| set(&mut s.settings.output, Choice::parse(v)?),
        write: |s| name(s.settings.output),
    },
    Field {
        key: "init",
        read: |s, v| set(&mut s.settings.init, Choice::parse(v)?),
        write: |s| name(s.settings.init),
    },
    Field {
        key: "optimizer",
        read: |s, v| set(&mut s.settings.optimizer, Choice::parse(v)?),
        write: |s| name(s.settings.optimizer),
    },
    Field {
        key: "lr",
        read: |s, v| set(&mut s.settings.learning_rate, number(v)?),
        write: |s| text(s.settings.learning_rate),
    },
    Field {
        key: "batch",
        read: |s, v| set(&mut s.settings.batch_size, number(v)?),
        write: |s| text(s.settings.batch_size),
    },
    Field {
        key: "sampling",
        read: |s, v| set(&mut s.settings.sampling, Sampling::parse(v)?),
        write: |s| name(s.settings.sampling),
    },
    Field {
        key: "reg",
        read: |s, v| set(&mut s.settings.regularization.penalty, Penalty::parse(v)?),
        write: |s| name(s.settings.regularization.penalty),
    },
    Field {
        key: "regrate",
        read: |s, v| set(&mut s.settings.regularization.rate, number(v)?),
        write: |s| text(s.settings.regularization.rate),
    },
    Field {
        key: "seed",
        read: |s, v| set(&mut s.settings.seed, number(v)?),
        write: |s| text(s.settings.seed),
    },
    Field { key: "speed", read: |s, v| set(&mut s.view.speed, number(v)?), write: |s| text(s.view.speed) },
    Field {
        key: "test",
        read: |s, v| set(&mut s.view.show_test, flag(v)?),
        write: |s| text(u8::from(s.view.show_test)),
    },
    Field {
        key: "discrete",
        read: |s, v| set(&mut s.view.discrete, flag(v)?),
        write: |s| text(u8::from(s.view.discrete)),
    },
    Field {
        key: "lang",
        read: |s, v| set(&mut s.view.lang, Some(v.to_string())),
        write: |s| s.view.lang.clone(),
    },
    Field { key: "embed", read: |s, v| set(&mut s.view.embed, flag(v)?), write: |s| switch_on(s.view.embed) },
    Field {
        key: "present",
        read: |s, v| set(&mut s.view.present, flag(v)?),
        write: |s| switch_on(s.view.present),
    },
    Field {
        key: "data_hide",
        read: |s, v| set(&mut s.view.hide.data, flag(v)?),
        write: |s| switch_on(s.view.hide.data),
    },
    Field {
        key: "settings_hide",
        read: |s, v| set(&mut s.view.hide.settings, flag(v)?),
        write: |s| switch_on(s.view.hide.settings),
    },
    Field {
        key: "layers_hide",
        read: |s, v| set(&mut s.view.hide.layers, flag(v)?),
        write: |s| switch_on(s.view.hide.layers),
    },
    Field {
        key: "speed_hide",
        read: |s, v| set(&mut s.view.hide.speed, flag(v)?),
        write: |s| switch_on(s.view.hide.speed),
    },
    Field {
        key: "activation_hide",
        read: |s, v| set(&mut s.view.hide.activation, flag(v)?),
        write: |s| switch_on(s.view.hide.activation),
    },
    Field {
        key: "user",
        read: |s, v| set(&mut s.user_points, Some(user_points(v)?)),
        write: |s| s.user_points.as_deref().map(user_points_text),
    },
];

/// Reads a query string (with or without the leading `?`) into a state, plus one notice per
/// key that was unknown or whose value could not be used. Each value is kept only if the state
/// with it passes [`PageState::validate`], so the state read is always one the page can hold.
pub fn read(query: &str) -> (PageState, Vec<Notice>) {
    let mut state = PageState::default();
    let mut notices = Vec::new();
    for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        let Some(field) = FIELDS.iter().find(|f| f.key == key) else {
            notices.push(Notice::new("notice.unknownKey", [("key", shown(&key))]));
            continue;
        };
        let mut next = state.clone();
        let read = (field.read)(&mut next, &value).and_then(|()| next.validate().map_err(|e| e.problem));
        match read {
            Ok(()) => state = next,
            Err(e) => {
                let got = shown(&value);
                let notice = Notice::new("notice.value", [("key", field.key.to_string()), ("got", got)]);
                notices.push(notice.with("why", Notice::from(&e)));
            }
        }
    }
    (state, notices)
}

/// Whether `key` only says how the page is laid out (`embed`, `present` and the `*_hide` keys),
/// which the tabs do not carry to other views as the playground's keys (present mode goes along
/// on its own, see `www/js/tabs.js`).
pub fn is_layout_key(key: &str) -> bool {
    key == "embed" || key == "present" || key.ends_with("_hide")
}

/// Whether a lesson's query asks for presentation mode (`present=1`), read by the playground's
/// own table entry, and the notice for a value that is not a switch (nothing else is read).
pub fn read_present(query: &str) -> (bool, Vec<Notice>) {
    let pairs =
        form_urlencoded::parse(query.trim_start_matches('?').as_bytes()).filter(|(key, _)| key == "present");
    let only = form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish();
    let (state, notices) = read(&only);
    (state.view.present, notices)
}

/// Presentation mode as a lesson's URL asks for it: `{ on, notices }` (see [`read_present`]).
#[wasm_bindgen(js_name = presentMode)]
pub fn present_mode(query: &str) -> std::result::Result<JsValue, JsError> {
    let (on, notices) = read_present(query);
    to_json_like(&PresentMode { on, notices })
}

/// What [`present_mode`] answers.
#[derive(Serialize)]
struct PresentMode {
    on: bool,
    notices: Vec<Notice>,
}

/// Whether `key` is one of the playground's URL keys.
pub fn is_key(key: &str) -> bool {
    FIELDS.iter().any(|f| f.key == key)
}

/// Reads `value` into setting `key` of `state` (parsing only; the caller checks the whole
/// state). `None` when `key` is not a URL key.
pub(crate) fn read_key(state: &mut PageState, key: &str, value: &str) -> Option<Result<()>> {
    FIELDS.iter().find(|f| f.key == key).map(|f| (f.read)(state, value))
}

/// Setting `key` of `state` as the URL writes it (`None` when it is not written or not a key).
pub(crate) fn write_key(state: &PageState, key: &str) -> Option<String> {
    FIELDS.iter().find(|f| f.key == key).and_then(|f| (f.write)(state))
}

/// Writes every setting of `state` as a query string (without the leading `?`).
pub fn write(state: &PageState) -> String {
    let pairs = FIELDS.iter().filter_map(|f| (f.write)(state).map(|v| format!("{}={}", f.key, encode(&v))));
    pairs.collect::<Vec<_>>().join("&")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod proptests;
#[cfg(test)]
mod tests;
