//! Reading and writing the values of the URL table, one function per kind of value.

use crate::notice::shown;
use crate::state::UserPoint;
use asaku_core::error::{Allowed, ParseProblem, Quantity, Readable};
use asaku_core::{Choice, Error, Result};

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

pub(super) fn flag(v: &str) -> Result<bool> {
    match v {
        "1" | "true" => Ok(true),
        "0" | "false" => Ok(false),
        _ => Err(out_of_range(Quantity::Switch, v, Allowed::Switch)),
    }
}

/// A switch that is off by default, written only when on (`1`), so links stay short.
pub(super) fn switch_on(on: bool) -> Option<String> {
    on.then(|| "1".to_string())
}

/// Hidden widths as the URL writes them: `4,2`, or `none`.
pub(crate) fn layers_text(hidden: &[usize]) -> String {
    if hidden.is_empty() {
        "none".into()
    } else {
        hidden.iter().map(usize::to_string).collect::<Vec<_>>().join(",")
    }
}

/// User points as `x1:x2:label` (plus `:t` for a test point), comma-separated, each number as
/// it is (the page keeps the points it makes to 3 decimals, and a link's as written).
pub(super) fn user_points_text(points: &[UserPoint]) -> String {
    let one = |p: &UserPoint| {
        let test = if p.test { ":t" } else { "" };
        format!("{}:{}:{}{test}", p.x[0], p.x[1], p.label)
    };
    points.iter().map(one).collect::<Vec<_>>().join(",")
}

/// `v` to three decimals (kept as it is where scaling it would overflow).
pub(crate) fn round3(v: f64) -> f64 {
    let rounded = (v * 1000.0).round() / 1000.0;
    if rounded.is_finite() {
        rounded
    } else {
        v
    }
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
    // Kept as written, so a link is never rewritten.
    let value = |s: &str| s.parse::<f64>().ok().filter(|v| v.is_finite()).ok_or_else(bad);
    Ok(UserPoint { x: [value(parts[0])?, value(parts[1])?], label: value(parts[2])?, test })
}

/// Percent-encodes everything outside a small safe set, so values stay readable in the URL.
pub(crate) fn encode(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b',' | b':' | b'-' | b'_' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
