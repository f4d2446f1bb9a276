//! The URL query: one table that both reads and writes every setting of the page.
//!
//! Reading never fails: an unknown key or a value that does not parse (or is out of range)
//! leaves that setting at its default and adds a notice saying what was wrong. Values are
//! only ever turned into settings, never into HTML.

use crate::state::{PageState, UserPoint, MAX_SPEED};
use asaku_core::data::{DataKind, FeatureSet};
use asaku_core::network::{parse_hidden, Penalty, Regularization};
use asaku_core::optimizer::check_learning_rate;
use asaku_core::train::{Sampling, MAX_BATCH_SIZE};
use asaku_core::{Choice, Error, Result};

/// Most hidden layers the page draws.
pub const MAX_PAGE_LAYERS: usize = 6;
/// Most neurons per hidden layer the page draws.
pub const MAX_PAGE_WIDTH: usize = 8;

/// One URL key: how to read its value into the state and how to write it back.
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
        read: |s, v| {
            s.settings.data.points = number(v)?;
            s.settings.data.validate()
        },
        write: |s| text(s.settings.data.points),
    },
    Field {
        key: "noise",
        read: |s, v| {
            s.settings.data.noise = number(v)?;
            s.settings.data.validate()
        },
        write: |s| text(s.settings.data.noise),
    },
    Field {
        key: "ratio",
        read: |s, v| {
            s.settings.data.train_ratio = number(v)?;
            s.settings.data.validate()
        },
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
        read: |s, v| set(&mut s.settings.hidden, page_layers(v)?),
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
        read: |s, v| set(&mut s.settings.learning_rate, check_learning_rate(number(v)?)?),
        write: |s| text(s.settings.learning_rate),
    },
    Field {
        key: "batch",
        read: |s, v| set(&mut s.settings.batch_size, batch(v)?),
        write: |s| text(s.settings.batch_size),
    },
    Field {
        key: "sampling",
        read: |s, v| set(&mut s.settings.sampling, Sampling::parse(v)?),
        write: |s| name(s.settings.sampling),
    },
    Field {
        key: "reg",
        read: |s, v| {
            let r = s.settings.regularization;
            set(&mut s.settings.regularization, Regularization::new(Penalty::parse(v)?, r.rate)?)
        },
        write: |s| name(s.settings.regularization.penalty),
    },
    Field {
        key: "regrate",
        read: |s, v| {
            let r = s.settings.regularization;
            set(&mut s.settings.regularization, Regularization::new(r.penalty, number(v)?)?)
        },
        write: |s| text(s.settings.regularization.rate),
    },
    Field {
        key: "seed",
        read: |s, v| set(&mut s.settings.seed, number(v)?),
        write: |s| text(s.settings.seed),
    },
    Field { key: "speed", read: |s, v| set(&mut s.view.speed, speed(v)?), write: |s| text(s.view.speed) },
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
    Field { key: "lang", read: |s, v| set(&mut s.view.lang, Some(lang(v)?)), write: |s| s.view.lang.clone() },
    Field {
        key: "user",
        read: |s, v| set(&mut s.user_points, Some(user_points(v)?)),
        write: |s| s.user_points.as_deref().map(user_points_text),
    },
];

/// Reads a query string (with or without the leading `?`) into a state, plus one notice per
/// key that was unknown or whose value could not be used.
pub fn read(query: &str) -> (PageState, Vec<String>) {
    let mut state = PageState::default();
    let mut notices = Vec::new();
    for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        let Some(field) = FIELDS.iter().find(|f| f.key == key) else {
            notices.push(format!("\"{}\" is not a setting of this page; it was ignored.", clip(&key)));
            continue;
        };
        let mut next = state.clone();
        match (field.read)(&mut next, &value) {
            Ok(()) => state = next,
            Err(e) => {
                let short = clip(&value);
                let why = e.to_string().replace(&*value, &short);
                notices.push(format!("{} = \"{short}\": {why}. The default is used.", field.key));
            }
        }
    }
    (state, notices)
}

/// Writes every setting of `state` as a query string (without the leading `?`).
pub fn write(state: &PageState) -> String {
    let pairs = FIELDS.iter().filter_map(|f| (f.write)(state).map(|v| format!("{}={}", f.key, encode(&v))));
    pairs.collect::<Vec<_>>().join("&")
}

fn set<T>(slot: &mut T, value: T) -> Result<()> {
    *slot = value;
    Ok(())
}

fn name<C: Choice>(choice: C) -> Option<String> {
    Some(choice.name().to_string())
}

fn text(value: impl ToString) -> Option<String> {
    Some(value.to_string())
}

/// Shortens text from a URL before it is quoted in a notice.
fn clip(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

fn number<T: std::str::FromStr>(v: &str) -> Result<T> {
    v.trim().parse().map_err(|_| Error::Parse {
        what: "a number",
        detail: format!("\"{}\" is not a number of the right kind", clip(v)),
    })
}

fn out_of_range(what: &'static str, got: &str, allowed: String) -> Error {
    Error::OutOfRange { what, got: clip(got), allowed }
}

fn batch(v: &str) -> Result<usize> {
    let b: usize = number(v)?;
    if (1..=MAX_BATCH_SIZE).contains(&b) {
        Ok(b)
    } else {
        Err(out_of_range("the batch size", v, format!("from 1 to {MAX_BATCH_SIZE}")))
    }
}

fn speed(v: &str) -> Result<u32> {
    let s: u32 = number(v)?;
    if (1..=MAX_SPEED).contains(&s) {
        Ok(s)
    } else {
        Err(out_of_range("the speed", v, format!("from 1 to {MAX_SPEED} epochs per frame")))
    }
}

fn flag(v: &str) -> Result<bool> {
    match v {
        "1" | "true" => Ok(true),
        "0" | "false" => Ok(false),
        _ => Err(out_of_range("a switch", v, "1 (on) or 0 (off)".into())),
    }
}

fn lang(v: &str) -> Result<String> {
    match v {
        "en" | "ja" => Ok(v.to_string()),
        _ => Err(out_of_range("the language", v, "en or ja".into())),
    }
}

/// Hidden widths within what the page draws: 0 to 6 layers of 1 to 8 neurons.
pub fn page_layers(v: &str) -> Result<Vec<usize>> {
    let hidden = parse_hidden(v)?;
    if hidden.len() > MAX_PAGE_LAYERS || hidden.iter().any(|w| !(1..=MAX_PAGE_WIDTH).contains(w)) {
        return Err(out_of_range(
            "the hidden layers",
            v,
            format!("0 to {MAX_PAGE_LAYERS} layers of 1 to {MAX_PAGE_WIDTH} neurons, like 4,2"),
        ));
    }
    Ok(hidden)
}

fn layers_text(hidden: &[usize]) -> String {
    if hidden.is_empty() {
        "none".into()
    } else {
        hidden.iter().map(usize::to_string).collect::<Vec<_>>().join(",")
    }
}

/// User points as `x1:x2:label` (plus `:t` for a test point), comma-separated.
fn user_points_text(points: &[UserPoint]) -> String {
    let one = |p: &UserPoint| {
        let test = if p.test { ":t" } else { "" };
        format!("{}:{}:{}{test}", round3(p.x[0]), round3(p.x[1]), round3(p.label))
    };
    points.iter().map(one).collect::<Vec<_>>().join(",")
}

fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

fn user_points(v: &str) -> Result<Vec<UserPoint>> {
    if v.trim().is_empty() {
        return Ok(Vec::new());
    }
    v.split(',').map(user_point).collect()
}

fn user_point(text: &str) -> Result<UserPoint> {
    let parts: Vec<&str> = text.split(':').collect();
    let bad = || Error::Parse {
        what: "a point",
        detail: format!("\"{}\" is not x1:x2:label (or x1:x2:label:t for a test point)", clip(text)),
    };
    let test = match parts.len() {
        3 => false,
        4 if parts[3] == "t" => true,
        _ => return Err(bad()),
    };
    let value = |s: &str| s.parse::<f64>().ok().filter(|v| v.is_finite()).ok_or_else(bad);
    Ok(UserPoint { x: [value(parts[0])?, value(parts[1])?], label: value(parts[2])?, test })
}

/// Percent-encodes everything outside a small safe set, so values stay readable in the URL.
fn encode(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b',' | b':' | b'-' | b'_' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
#[path = "query_tests.rs"]
mod tests;
