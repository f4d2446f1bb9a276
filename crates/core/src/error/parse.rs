//! What is wrong with a text the engine reads.

use super::LabelRule;
use std::fmt;

/// Why a text does not parse, with the part that does not.
#[derive(Clone, Debug, PartialEq)]
pub enum ParseProblem {
    /// A hidden layer width that is not a whole number.
    Width {
        /// The text given for the width, as [`quote`](super::quote) repeats it.
        got: String,
    },
    /// An empty list of hidden layer widths (`none` says "no hidden layer" on purpose).
    NoWidths,
    /// A line of a points file.
    Line {
        /// The line, counted from 1.
        number: usize,
        /// What is wrong with it.
        problem: LineProblem,
    },
    /// A value that is not a number of the kind a setting takes.
    Number {
        /// The text given, as [`quote`](super::quote) repeats it.
        got: String,
    },
    /// A point of a link that is not `x1:x2:label` (or `x1:x2:label:t`).
    Point {
        /// The text given, as [`quote`](super::quote) repeats it.
        got: String,
    },
}

/// What is wrong with one `x1,x2,label` line.
#[derive(Clone, Debug, PartialEq)]
pub enum LineProblem {
    /// Not three fields.
    Fields {
        /// The fields found.
        found: usize,
        /// The line, as [`quote`](super::quote) repeats it.
        line: String,
    },
    /// A field that is a number but not a finite one.
    NotFinite {
        /// Which field.
        field: Field,
        /// Its text, as [`quote`](super::quote) repeats it.
        got: String,
    },
    /// A coordinate too large in size for the 32-bit floats training uses.
    TooLarge {
        /// Which field.
        field: Field,
        /// Its text, as [`quote`](super::quote) repeats it.
        got: String,
        /// The largest size allowed.
        max: f64,
    },
    /// A point past the most a data set may have (the file is read no further).
    TooMany {
        /// The most points a data set may have.
        max: usize,
    },
    /// A field that is not a number.
    NotNumber {
        /// Which field.
        field: Field,
        /// Its text, as [`quote`](super::quote) repeats it.
        got: String,
    },
    /// A label that does not fit the task.
    Label {
        /// The label.
        label: f64,
        /// What a label must be.
        rule: LabelRule,
    },
}

/// A field of a points file's line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The first coordinate.
    X1,
    /// The second coordinate.
    X2,
    /// The class or value.
    Label,
}

impl fmt::Display for ParseProblem {
    /// The problem in English, as it follows "cannot read …: ".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseProblem::Width { got } => {
                write!(f, "\"{got}\" is not a width; write widths like 8,8 (or none)")
            }
            ParseProblem::NoWidths => {
                f.write_str("the list is empty; write widths like 8,8, or none for no hidden layer")
            }
            ParseProblem::Line { number, problem } => write!(f, "line {number}: {problem}"),
            ParseProblem::Number { got } => write!(f, "\"{got}\" is not a number of the right kind"),
            ParseProblem::Point { got } => {
                write!(f, "\"{got}\" is not x1:x2:label (or x1:x2:label:t for a test point)")
            }
        }
    }
}

impl fmt::Display for LineProblem {
    /// The problem in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LineProblem::Fields { found, line } => {
                write!(f, "expected 3 values x1,x2,label but found {found} in \"{line}\"")
            }
            LineProblem::NotFinite { field, got } => {
                write!(f, "{field} is \"{got}\", but it must be a finite number")
            }
            LineProblem::TooLarge { field, got, max } => {
                let max = super::written(*max);
                write!(
                    f,
                    "{field} is \"{got}\", but it must be a number from -{max} to {max} \
                     (training uses 32-bit floats)"
                )
            }
            LineProblem::TooMany { max } => {
                write!(f, "there are already {max} points, the most a data set may have")
            }
            LineProblem::NotNumber { field, got } => write!(f, "{field} is \"{got}\", which is not a number"),
            LineProblem::Label { label, rule } => write!(f, "label {label}: {rule}"),
        }
    }
}

impl fmt::Display for Field {
    /// "x1", "x2" or "the label".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Field::X1 => "x1",
            Field::X2 => "x2",
            Field::Label => "the label",
        })
    }
}
