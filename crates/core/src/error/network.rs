//! What is wrong with a network's shape, or with a place in it.

use crate::layers::Output;
use crate::Choice;
use std::fmt;

/// Why the engine does not build a network, with the sizes checked and their limits.
#[derive(Clone, Debug, PartialEq)]
pub enum NetworkProblem {
    /// Too few or too many inputs.
    Inputs {
        /// The inputs asked for.
        got: usize,
        /// The most inputs allowed.
        max: usize,
    },
    /// Too many hidden layers.
    HiddenLayers {
        /// The hidden layers asked for.
        got: usize,
        /// The most allowed.
        max: usize,
    },
    /// A hidden layer without neurons, or with too many.
    Width {
        /// The hidden layer, counted from 1.
        layer: usize,
        /// Its width.
        width: usize,
        /// The most neurons allowed.
        max: usize,
    },
    /// A number of outputs the output layer cannot have.
    Outputs {
        /// The outputs asked for.
        got: usize,
        /// The output layer.
        output: Output,
        /// How many it needs.
        needs: OutputNeeds,
    },
    /// Too many weights and biases.
    Parameters {
        /// The parameters the shape has.
        got: usize,
        /// The most allowed.
        max: usize,
    },
    /// A feature list without a feature.
    NoFeatures {
        /// The features there are.
        allowed: Vec<&'static str>,
    },
    /// A feature listed twice.
    FeatureTwice {
        /// The feature's name.
        feature: &'static str,
        /// Where it is listed again, counted from 1.
        position: usize,
    },
    /// A layer or weight index the network does not have.
    NoSuch {
        /// What was looked for.
        what: NetworkPart,
        /// Its index.
        index: usize,
    },
}

/// How many outputs an output layer needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputNeeds {
    /// Exactly one (sigmoid, tanh).
    One,
    /// One per class, 2 to `max` (softmax).
    Classes {
        /// The most outputs.
        max: usize,
    },
    /// 1 to `max` values (identity).
    Values {
        /// The most outputs.
        max: usize,
    },
}

/// A place in a network that an edit names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetworkPart {
    /// An affine layer.
    Layer,
    /// A row or column of a weight matrix.
    WeightIndex,
}

impl fmt::Display for NetworkProblem {
    /// The problem in English, as it follows "invalid network: ".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NetworkProblem::Inputs { got, max } => write!(f, "{got} inputs; a network takes 1 to {max} inputs"),
            NetworkProblem::HiddenLayers { got, max } => {
                write!(f, "{got} hidden layers; at most {max} are allowed")
            }
            NetworkProblem::Width { layer, width, max } => {
                write!(f, "hidden layer {layer} has width {width}; each layer needs 1 to {max} neurons")
            }
            NetworkProblem::Outputs { got, output, needs } => {
                write!(f, "{got} outputs with a {} output; it needs {needs}", output.name())
            }
            NetworkProblem::Parameters { got, max } => {
                write!(f, "{got} parameters; at most {max} are allowed")
            }
            NetworkProblem::NoFeatures { allowed } => {
                write!(f, "a feature list must keep at least one input; choose from {}", allowed.join(", "))
            }
            NetworkProblem::FeatureTwice { feature, position } => write!(
                f,
                "feature {feature} is listed twice (again at position {position}); list each feature at most once"
            ),
            NetworkProblem::NoSuch { what, index } => write!(f, "there is no {what} {index} in this network"),
        }
    }
}

impl fmt::Display for OutputNeeds {
    /// How many outputs, in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OutputNeeds::One => f.write_str("exactly 1 output"),
            OutputNeeds::Classes { max } => write!(f, "2 to {max} outputs (one per class)"),
            OutputNeeds::Values { max } => write!(f, "1 to {max} outputs"),
        }
    }
}

impl fmt::Display for NetworkPart {
    /// The place in English ("layer").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NetworkPart::Layer => "layer",
            NetworkPart::WeightIndex => "weight index",
        })
    }
}
