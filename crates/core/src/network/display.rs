//! A readable one-paragraph summary of a network.

use super::Network;
use crate::choice::Choice;
use crate::real::Real;
use std::fmt;

impl<T: Real> fmt::Display for Network<T> {
    /// e.g. `2-4-2-1 network, tanh hidden, sigmoid output (cross-entropy), 25 parameters`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let spec = self.spec();
        let widths: Vec<String> = spec.widths().iter().map(usize::to_string).collect();
        write!(
            f,
            "{} network, {} hidden, {} output ({}), {} parameters",
            widths.join("-"),
            spec.activation.name(),
            spec.output.name(),
            spec.output.loss_name(),
            spec.parameter_count()
        )?;
        let r = self.regularization;
        if r.rate > 0.0 && r.penalty != super::Penalty::None {
            write!(f, ", {} λ={}", r.penalty.name(), r.rate)?;
        }
        Ok(())
    }
}
