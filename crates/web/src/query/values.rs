//! Reading and writing the values of the URL table, one function per kind of value.

use crate::notice::shown;
use crate::state::{UserPoint, MAX_SPEED};
use asaku_core::error::{Allowed, ParseProblem, Quantity, Readable};
use asaku_core::network::parse_hidden;
use asaku_core::train::MAX_BATCH_SIZE;
use asaku_core::{Choice, Error, Result};

use super::{MAX_PAGE_LAYERS, MAX_PAGE_WIDTH};

pub(super) fn set<T>(slot: &mut T, value: T) -> Result<()> {
    *slot = value;
    Ok(())
}

pub(super) fn name<C: Choice>(choice: C) -> Option<String> {
    Some(choice.name().to_string())
}

pub(super) fn text(value: impl ToString) -> Option<String> {
    Some(value.to_string())
}

pub(super) fn number<T: std::str::FromStr>(v: &str) -> Result<T> {
    v.trim()
        .parse()
        .map_err(|_| Error::Parse { what: Readable::Number, problem: ParseProblem::Number { got: shown(v) } })
}

pub(super) fn out_of_range(what: Quantity, got: &str, allowed: Allowed) -> Error {
    Error::OutOfRange { what, got: shown(got), allowed }
}

pub(super) fn batch(v: &str) -> Result<usize> {
    let b: usize = number(v)?;
    if (1..=MAX_BATCH_SIZE).contains(&b) {
        Ok(b)
    } else {
        Err(out_of_range(Quantity::BatchSize, v, Allowed::Whole { low: 1, high: MAX_BATCH_SIZE as u64 }))
    }
}

pub(super) fn speed(v: &str) -> Result<u32> {
    let s: u32 = number(v)?;
    if (1..=MAX_SPEED).contains(&s) {
        Ok(s)
    } else {
        Err(out_of_range(Quantity::Speed, v, Allowed::Whole { low: 1, high: MAX_SPEED.into() }))
    }
}

pub(super) fn flag(v: &str) -> Result<bool> {
    match v {
        "1" | "true" => Ok(true),
        "0" | "false" => Ok(false),
        _ => Err(out_of_range(Quantity::Switch, v, Allowed::Switch)),
    }
}

pub(super) fn lang(v: &str) -> Result<String> {
    match v {
        "en" | "ja" => Ok(v.to_string()),
        _ => Err(out_of_range(Quantity::Language, v, Allowed::OneOf(vec!["en", "ja"]))),
    }
}

/// Hidden widths within what the page draws: 0 to 6 layers of 1 to 8 neurons.
pub fn page_layers(v: &str) -> Result<Vec<usize>> {
    let hidden = parse_hidden(v)?;
    if hidden.len() > MAX_PAGE_LAYERS || hidden.iter().any(|w| !(1..=MAX_PAGE_WIDTH).contains(w)) {
        let allowed = Allowed::Layers { layers: MAX_PAGE_LAYERS, width: MAX_PAGE_WIDTH };
        return Err(out_of_range(Quantity::HiddenLayers, v, allowed));
    }
    Ok(hidden)
}

pub(super) fn layers_text(hidden: &[usize]) -> String {
    if hidden.is_empty() {
        "none".into()
    } else {
        hidden.iter().map(usize::to_string).collect::<Vec<_>>().join(",")
    }
}

/// User points as `x1:x2:label` (plus `:t` for a test point), comma-separated.
pub(super) fn user_points_text(points: &[UserPoint]) -> String {
    let one = |p: &UserPoint| {
        let test = if p.test { ":t" } else { "" };
        format!("{}:{}:{}{test}", round3(p.x[0]), round3(p.x[1]), round3(p.label))
    };
    points.iter().map(one).collect::<Vec<_>>().join(",")
}

pub(super) fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

pub(super) fn user_points(v: &str) -> Result<Vec<UserPoint>> {
    if v.trim().is_empty() {
        return Ok(Vec::new());
    }
    v.split(',').map(user_point).collect()
}

pub(super) fn user_point(text: &str) -> Result<UserPoint> {
    let parts: Vec<&str> = text.split(':').collect();
    let bad = || Error::Parse { what: Readable::Point, problem: ParseProblem::Point { got: shown(text) } };
    let test = match parts.len() {
        3 => false,
        4 if parts[3] == "t" => true,
        _ => return Err(bad()),
    };
    let value = |s: &str| s.parse::<f64>().ok().filter(|v| v.is_finite()).ok_or_else(bad);
    // Kept to the precision it is written with, so reading what was written changes nothing.
    let value = |s: &str| value(s).map(round3);
    Ok(UserPoint { x: [value(parts[0])?, value(parts[1])?], label: value(parts[2])?, test })
}

/// Percent-encodes everything outside a small safe set, so values stay readable in the URL.
pub(super) fn encode(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b',' | b':' | b'-' | b'_' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
