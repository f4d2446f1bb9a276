//! The one check of a whole [`PageState`]: every engine range and every page limit, with
//! numbers checked as the engine stores them (`f32`). Both ways into the state use it: a link
//! (value by value, each unusable value falling back with a notice) and a change made on the
//! page (refused as a whole, nothing changed).

use super::{PageState, UserPoint};
use crate::limits::{MAX_PAGE_LAYERS, MAX_PAGE_WIDTH, MAX_SPEED};
use crate::query::layers_text;
use asaku_core::data::{DataKind, MAX_POINTS};
use asaku_core::error::{quote, written, Allowed, Quantity};
use asaku_core::network::Regularization;
use asaku_core::optimizer::check_learning_rate;
use asaku_core::train::{check_batch_size, check_seed};
use asaku_core::{Choice, Error, Result};
use std::fmt;

/// Why a page state cannot be used: which setting (its URL key) and the engine's sentence
/// saying what is wrong and what is allowed.
#[derive(Clone, Debug, PartialEq)]
pub struct Invalid {
    /// The setting's URL key, e.g. `"seed"` (`"data"` for the generated set's points, noise
    /// and training ratio).
    pub key: &'static str,
    /// What is wrong and what is allowed.
    pub problem: Error,
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.problem.fmt(f)
    }
}

impl std::error::Error for Invalid {}

impl PageState {
    /// Checks the whole state: the engine's ranges (data, learning rate, batch size,
    /// regularisation rate, both seeds), the page's limits (layers, speed, language) and every
    /// user point. Rates are checked as given and as the `f32` the engine trains with.
    pub fn validate(&self) -> Result<(), Invalid> {
        let s = &self.settings;
        let at = |key: &'static str| move |problem: Error| Invalid { key, problem };
        s.data.validate().map_err(at("data"))?;
        check_seed(Quantity::DataSeed, s.data.seed).map_err(at("dataseed"))?;
        check_page_layers(&s.hidden).map_err(at("layers"))?;
        in_f32(s.learning_rate, check_learning_rate).map_err(at("lr"))?;
        check_batch_size(s.batch_size).map_err(at("batch"))?;
        let penalty = s.regularization.penalty;
        in_f32(s.regularization.rate, |rate| Regularization::new(penalty, rate)).map_err(at("regrate"))?;
        check_seed(Quantity::Seed, s.seed).map_err(at("seed"))?;
        check_speed(self.view.speed).map_err(at("speed"))?;
        check_lang(self.view.lang.as_deref()).map_err(at("lang"))?;
        match &self.user_points {
            Some(points) => check_user_points(s.data.kind, points).map_err(at("user")),
            None => Ok(()),
        }
    }
}

/// Runs `check` on `value` and on the `f32` the engine stores it as, which rounds a tiny
/// rate to 0 and a huge number to ∞: both must pass.
fn in_f32<T>(value: f64, check: impl Fn(f64) -> Result<T>) -> Result<()> {
    let stored = f64::from(value as f32);
    let got = match check(value) {
        Ok(_) => format!("{}, which is {} in 32-bit floats", written(value), written(stored)),
        Err(_) => written(value),
    };
    check(value).and_then(|_| check(stored)).map(|_| ()).map_err(|e| match e {
        Error::OutOfRange { what, allowed, .. } => Error::OutOfRange { what, got, allowed },
        other => other,
    })
}

/// Hidden widths within what the page draws: 0 to 6 layers of 1 to 8 neurons.
fn check_page_layers(hidden: &[usize]) -> Result<()> {
    if hidden.len() <= MAX_PAGE_LAYERS && hidden.iter().all(|w| (1..=MAX_PAGE_WIDTH).contains(w)) {
        return Ok(());
    }
    Err(Error::OutOfRange {
        what: Quantity::HiddenLayers,
        got: layers_text(hidden),
        allowed: Allowed::Layers { layers: MAX_PAGE_LAYERS, width: MAX_PAGE_WIDTH },
    })
}

/// Epochs per frame while playing: `1..=MAX_SPEED`.
fn check_speed(speed: u32) -> Result<()> {
    if (1..=MAX_SPEED).contains(&speed) {
        return Ok(());
    }
    Err(Error::OutOfRange {
        what: Quantity::Speed,
        got: speed.to_string(),
        allowed: Allowed::Whole { low: 1, high: MAX_SPEED.into() },
    })
}

/// The interface language: `en`, `ja`, or none (follow the browser).
fn check_lang(lang: Option<&str>) -> Result<()> {
    match lang {
        None | Some("en" | "ja") => Ok(()),
        Some(other) => Err(Error::OutOfRange {
            what: Quantity::Language,
            got: quote(other),
            allowed: Allowed::OneOf(vec!["en", "ja"]),
        }),
    }
}

/// At most [`MAX_POINTS`] points, each fitting data of `kind` (fewer than two is a state the
/// page shows: it says why it cannot train).
fn check_user_points(kind: DataKind, points: &[UserPoint]) -> Result<()> {
    if points.len() > MAX_POINTS {
        return Err(Error::OutOfRange {
            what: Quantity::Points,
            got: points.len().to_string(),
            allowed: Allowed::Whole { low: 0, high: MAX_POINTS as u64 },
        });
    }
    for (i, point) in points.iter().enumerate() {
        check_point(kind, point, [Quantity::UserPoint(i + 1), Quantity::UserLabel(i + 1)])?;
    }
    Ok(())
}

/// Checks one user point for data of `kind` (`[point, label]` name it and its label in the
/// message): its coordinates inside the plot's area and its label a class of the data (a whole number from 0) or, for
/// regression, a value from −1 to 1; all as the `f32` the engine trains with.
pub fn check_point(kind: DataKind, point: &UserPoint, [what, label_what]: [Quantity; 2]) -> Result<()> {
    let d = kind.domain();
    let [x1, x2] = point.x.map(|c| f64::from(c as f32));
    if !((d.x_min..=d.x_max).contains(&x1) && (d.y_min..=d.y_max).contains(&x2)) {
        return Err(Error::OutOfRange {
            what,
            got: format!("({}, {})", written(point.x[0]), written(point.x[1])),
            allowed: Allowed::Inside(d),
        });
    }
    let label = f64::from(point.label as f32);
    let (fits, allowed) = match kind.task().classes() {
        Some(k) => (
            label.fract() == 0.0 && (0.0..k as f64).contains(&label),
            Allowed::Class { high: k - 1, data: kind.name() },
        ),
        None => ((-1.0..=1.0).contains(&label), Allowed::Real { low: -1.0, high: 1.0 }),
    };
    if fits {
        return Ok(());
    }
    Err(Error::OutOfRange { what: label_what, got: written(point.label), allowed })
}
