//! What a value may be: the second half of an out-of-range sentence.

use crate::data::Rect;
use std::fmt;

/// What a checked value may be, with the bounds it is checked against.
#[derive(Clone, Debug, PartialEq)]
pub enum Allowed {
    /// A whole number in `low..=high`.
    Whole {
        /// The smallest allowed.
        low: u64,
        /// The largest allowed.
        high: u64,
    },
    /// A number in `[low, high]`.
    Real {
        /// The smallest allowed.
        low: f64,
        /// The largest allowed.
        high: f64,
    },
    /// A count or a fraction in `[low, high]`, said "between low and high".
    Between {
        /// The smallest allowed.
        low: f64,
        /// The largest allowed.
        high: f64,
    },
    /// A number in `(0, high]`.
    AboveZero {
        /// The largest allowed.
        high: f64,
    },
    /// Any finite number `> 0`.
    Positive,
    /// Any finite number.
    Finite,
    /// One of these names.
    OneOf(Vec<&'static str>),
    /// `1` (on) or `0` (off).
    Switch,
    /// At most `layers` hidden layers of 1 to `width` neurons each.
    Layers {
        /// The most hidden layers.
        layers: usize,
        /// The most neurons in a layer.
        width: usize,
    },
    /// A point inside this rectangle (`x1` across, `x2` up).
    Inside(Rect),
    /// A number in `[−max, max]`, the range of the `bits`-bit floats weights are stored in.
    Float {
        /// The largest number the float type holds.
        max: f64,
        /// The float type's width.
        bits: usize,
    },
    /// A weight that keeps the training loss a finite number.
    KeepsLossFinite,
    /// A class index `0..=high` of the data set named `data`.
    Class {
        /// The highest class index.
        high: usize,
        /// The data set's name.
        data: &'static str,
    },
}

impl fmt::Display for Allowed {
    /// What is allowed, in English, as it ends "… but it must be ".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Allowed::Whole { low, high } => write!(f, "a whole number from {low} to {high}"),
            Allowed::Real { low, high } => write!(f, "a number from {low} to {high}"),
            Allowed::Between { low, high } => write!(f, "between {low} and {high}"),
            Allowed::AboveZero { high } => write!(f, "a number above 0 and at most {high}"),
            Allowed::Positive => f.write_str("a finite number greater than 0"),
            Allowed::Finite => f.write_str("a finite number"),
            Allowed::OneOf(names) => write!(f, "one of {}", names.join(", ")),
            Allowed::Switch => f.write_str("1 (on) or 0 (off)"),
            Allowed::Layers { layers, width } => {
                write!(f, "0 to {layers} layers of 1 to {width} neurons, like 4,2")
            }
            Allowed::Inside(r) => {
                write!(f, "x1 from {} to {} and x2 from {} to {}", r.x_min, r.x_max, r.y_min, r.y_max)
            }
            Allowed::Float { max, bits } => {
                write!(f, "a number from {:.7e} to {max:.7e} (weights are {bits}-bit floats)", -max)
            }
            Allowed::KeepsLossFinite => f.write_str("a value that keeps the training loss finite"),
            Allowed::Class { high, data } => write!(f, "a class from 0 to {high} for {data}"),
        }
    }
}
