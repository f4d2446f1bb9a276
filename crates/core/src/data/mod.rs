//! Seeded 2-D data sets, user points and input features.
//!
//! A [`DataSpec`] (kind, number of points, noise, train ratio, seed) generates a [`Split`] of two
//! [`Dataset`]s; [`parse_points`] reads a user's own points. A [`FeatureSet`] turns points into
//! the network's input matrix `x` (`N×F`, one example per row) and
//! [`Dataset::targets`] gives the matching `t` for the chosen [`TargetEncoding`].

mod dataset;
mod features;
mod gates;
mod generate;
mod kind;
mod regression;
mod shapes;
mod spec;
mod split;
mod targets;
mod text;
mod validate;

#[cfg(test)]
mod proptests;

pub use dataset::{
    Dataset, Rect, GATE_DOMAIN, MAX_CLASSES, MAX_COORDINATE, MAX_POINTS, MIN_POINTS, PLAYGROUND_DOMAIN,
};
pub use features::{Feature, FeatureSet};
pub use kind::{DataKind, Task};
pub use spec::{DataSpec, Split, NOISE, TRAIN_RATIO};
pub use split::train_count;
pub use targets::TargetEncoding;
pub use text::{parse_points, point_lines, read_points};
