//! What an error is about: the closed sets of things a value can be.

use std::fmt;

/// The things a checked value can be: what [`super::Error::OutOfRange`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quantity {
    /// The side of the grid of cells a decision map is drawn from.
    GridResolution,
    /// The learning rate `lr`.
    LearningRate,
    /// The regularisation rate `λ`.
    RegularisationRate,
    /// The number of examples in a mini-batch.
    BatchSize,
    /// The number of points of a data set.
    Points,
    /// How far generated points are moved at random.
    Noise,
    /// The fraction of points used for training.
    TrainRatio,
    /// The number of classes of a classification.
    Classes,
    /// One weight or bias of a network.
    Weight,
    /// Where a point added on the page goes.
    NewPoint,
    /// The class (or value) of a point added on the page.
    NewLabel,
    /// The page's epochs per frame.
    Speed,
    /// An on/off setting of the page.
    Switch,
    /// The page's language.
    Language,
    /// The hidden layers' widths.
    HiddenLayers,
    /// The seed of the weights' random start and of the mini-batches.
    Seed,
    /// The seed of a generated data set.
    DataSeed,
    /// Where point `n` (counted from 1) of the user's own data is.
    UserPoint(usize),
    /// The class (or value) of point `n` (counted from 1) of the user's own data.
    UserLabel(usize),
}

impl fmt::Display for Quantity {
    /// The quantity in English, as the start of a sentence says it ("the batch size").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Quantity::UserPoint(n) => return write!(f, "point {n} of the user's"),
            Quantity::UserLabel(n) => return write!(f, "the label of point {n} of the user's"),
            _ => {}
        }
        f.write_str(match self {
            Quantity::GridResolution => "the grid resolution",
            Quantity::LearningRate => "the learning rate",
            Quantity::RegularisationRate => "the regularisation rate",
            Quantity::BatchSize => "the batch size",
            Quantity::Points => "the number of points",
            Quantity::Noise => "the noise",
            Quantity::TrainRatio => "the train ratio",
            Quantity::Classes => "the number of classes",
            Quantity::Weight => "a weight",
            Quantity::NewPoint => "the new point",
            Quantity::NewLabel => "the new point's label",
            Quantity::Speed => "the speed (epochs per frame)",
            Quantity::Switch => "a switch",
            Quantity::Language => "the language",
            Quantity::HiddenLayers => "the hidden layers",
            Quantity::Seed => "the seed",
            Quantity::DataSeed => "the data seed",
            Quantity::UserPoint(_) | Quantity::UserLabel(_) => unreachable!("written above"),
        })
    }
}

/// The kinds of names, one per [`crate::Choice`]: what [`super::Error::UnknownName`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Named {
    /// A logic gate.
    Gate,
    /// An update rule.
    Optimizer,
    /// A weight penalty.
    Regularisation,
    /// A weight initialiser.
    Initialiser,
    /// An output layer.
    Output,
    /// How mini-batches are drawn.
    Sampling,
    /// An input feature.
    Feature,
    /// A data set.
    DataSet,
    /// An activation function.
    Activation,
}

impl fmt::Display for Named {
    /// The kind of name in English ("activation").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Named::Gate => "gate",
            Named::Optimizer => "optimizer",
            Named::Regularisation => "regularisation",
            Named::Initialiser => "initialiser",
            Named::Output => "output",
            Named::Sampling => "sampling",
            Named::Feature => "feature",
            Named::DataSet => "data set",
            Named::Activation => "activation",
        })
    }
}

/// The texts the engine reads: what [`super::Error::Parse`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Readable {
    /// Hidden layer widths like `8,8`.
    HiddenLayers,
    /// A points file, one `x1,x2,label` per line.
    Points,
    /// One number.
    Number,
    /// One point `x1:x2:label` of a link.
    Point,
}

impl fmt::Display for Readable {
    /// The text in English ("hidden layers").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Readable::HiddenLayers => "hidden layers",
            Readable::Points => "points",
            Readable::Number => "a number",
            Readable::Point => "a point",
        })
    }
}
