//! The engine's [`Error`] as a [`Notice`]: every part of it (what a value is, what it may be,
//! what is wrong) becomes a key of the page's string table with its values, so the page says
//! it in its own language (the sentences are in [`crate::error_text`]). The values an error
//! repeats from the input are already short and escaped (the engine quotes them where it makes
//! the error), so they are passed on as they are.

use crate::notice::Notice;
use asaku_core::data::{Rect, TargetEncoding, Task};
use asaku_core::error::{
    written, Allowed, DataProblem, ExampleSet, Field, LabelRule, LineProblem, Named, NetworkPart,
    NetworkProblem, OutputNeeds, ParseProblem, Quantity, Readable,
};
use asaku_core::{Choice, Error};

impl From<&Error> for Notice {
    /// The engine's reason, as a sentence of the page's table.
    fn from(error: &Error) -> Notice {
        match error {
            Error::UnknownName { what, got, allowed } => {
                Notice::new("error.unknownName", [("got", got.clone()), ("allowed", allowed.join(", "))])
                    .with("what", named(*what))
            }
            Error::OutOfRange { what, got, allowed: a } => {
                Notice::new("error.outOfRange", [("got", got.clone())])
                    .with("what", quantity(*what))
                    .with("allowed", allowed(a))
            }
            Error::InvalidNetwork(problem) => {
                Notice::new("error.invalidNetwork", []).with("detail", network(problem))
            }
            Error::InvalidData(problem) => Notice::new("error.invalidData", []).with("detail", data(problem)),
            Error::Parse { what, problem } => {
                Notice::new("error.parse", []).with("what", readable(*what)).with("detail", parse(problem))
            }
            Error::InvalidModel(problem) => Notice::new("error.invalidModel", [])
                .with("detail", crate::model_notice::model_problem(problem)),
        }
    }
}

/// A sentence without placeholders.
fn word(key: &'static str) -> Notice {
    Notice::new(key, [])
}

fn quantity(what: Quantity) -> Notice {
    match what {
        Quantity::UserPoint(n) => return Notice::new("error.what.userPoint", [("n", n.to_string())]),
        Quantity::UserLabel(n) => return Notice::new("error.what.userLabel", [("n", n.to_string())]),
        _ => {}
    }
    word(match what {
        Quantity::GridResolution => "error.what.gridResolution",
        Quantity::LearningRate => "error.what.learningRate",
        Quantity::RegularisationRate => "error.what.regularisationRate",
        Quantity::BatchSize => "error.what.batchSize",
        Quantity::Points => "error.what.points",
        Quantity::Noise => "error.what.noise",
        Quantity::TrainRatio => "error.what.trainRatio",
        Quantity::Classes => "error.what.classes",
        Quantity::Weight => "error.what.weight",
        Quantity::NewPoint => "error.what.newPoint",
        Quantity::NewLabel => "error.what.newLabel",
        Quantity::Speed => "error.what.speed",
        Quantity::Switch => "error.what.switch",
        Quantity::Language => "error.what.language",
        Quantity::HiddenLayers => "error.what.hiddenLayers",
        Quantity::Seed => "error.what.seed",
        Quantity::DataSeed => "error.what.dataSeed",
        Quantity::UserPoint(_) | Quantity::UserLabel(_) => unreachable!("handled above"),
    })
}

fn named(what: Named) -> Notice {
    word(match what {
        Named::Gate => "error.name.gate",
        Named::Optimizer => "error.name.optimizer",
        Named::Regularisation => "error.name.regularisation",
        Named::Initialiser => "error.name.initialiser",
        Named::Output => "error.name.output",
        Named::Sampling => "error.name.sampling",
        Named::Feature => "error.name.feature",
        Named::DataSet => "error.name.dataSet",
        Named::Activation => "error.name.activation",
    })
}

fn readable(what: Readable) -> Notice {
    word(match what {
        Readable::HiddenLayers => "error.read.hiddenLayers",
        Readable::Points => "error.read.points",
        Readable::Number => "error.read.number",
        Readable::Point => "error.read.point",
    })
}

/// The edges of `r` as the placeholders `xMin`, `xMax`, `yMin`, `yMax`.
fn edges(key: &'static str, r: &Rect) -> Notice {
    let values = [("xMin", r.x_min), ("xMax", r.x_max), ("yMin", r.y_min), ("yMax", r.y_max)];
    Notice::new(key, values.map(|(name, v)| (name, v.to_string())))
}

fn allowed(allowed: &Allowed) -> Notice {
    let range = |key, low: &dyn ToString, high: &dyn ToString| {
        Notice::new(key, [("low", low.to_string()), ("high", high.to_string())])
    };
    match allowed {
        Allowed::Whole { low, high } => range("error.allowed.whole", low, high),
        Allowed::Real { low, high } => range("error.allowed.real", low, high),
        Allowed::Between { low, high } => range("error.allowed.between", low, high),
        Allowed::AboveZero { high } => Notice::new("error.allowed.aboveZero", [("high", high.to_string())]),
        Allowed::Positive => word("error.allowed.positive"),
        Allowed::Finite => word("error.allowed.finite"),
        Allowed::OneOf(names) => Notice::new("error.allowed.oneOf", [("names", names.join(", "))]),
        Allowed::Switch => word("error.allowed.switch"),
        Allowed::Layers { layers, width } => Notice::new(
            "error.allowed.layers",
            [("layers", layers.to_string()), ("width", width.to_string())],
        ),
        Allowed::Inside(rect) => edges("error.allowed.inside", rect),
        Allowed::Float { max, bits } => Notice::new(
            "error.allowed.float",
            [("low", format!("{:.7e}", -max)), ("high", format!("{max:.7e}")), ("bits", bits.to_string())],
        ),
        Allowed::KeepsLossFinite => word("error.allowed.keepsLossFinite"),
        Allowed::Class { high, data } => {
            Notice::new("error.allowed.class", [("high", high.to_string()), ("data", data.to_string())])
        }
    }
}

fn network(problem: &NetworkProblem) -> Notice {
    let got_max = |key, got: &usize, max: &usize| {
        Notice::new(key, [("got", got.to_string()), ("max", max.to_string())])
    };
    match problem {
        NetworkProblem::Inputs { got, max } => got_max("error.network.inputs", got, max),
        NetworkProblem::HiddenLayers { got, max } => got_max("error.network.hiddenLayers", got, max),
        NetworkProblem::Width { layer, width, max } => Notice::new(
            "error.network.width",
            [("layer", layer.to_string()), ("width", width.to_string()), ("max", max.to_string())],
        ),
        NetworkProblem::Outputs { got, output, needs } => Notice::new(
            "error.network.outputs",
            [("got", got.to_string()), ("output", output.name().to_string())],
        )
        .with("needs", outputs(*needs)),
        NetworkProblem::Parameters { got, max } => got_max("error.network.parameters", got, max),
        NetworkProblem::NoFeatures { allowed } => {
            Notice::new("error.network.noFeatures", [("allowed", allowed.join(", "))])
        }
        NetworkProblem::FeatureTwice { feature, position } => Notice::new(
            "error.network.featureTwice",
            [("feature", feature.to_string()), ("position", position.to_string())],
        ),
        NetworkProblem::NoSuch { what, index } => {
            let part = match what {
                NetworkPart::Layer => "error.part.layer",
                NetworkPart::WeightIndex => "error.part.weightIndex",
            };
            Notice::new("error.network.noSuch", [("index", index.to_string())]).with("what", word(part))
        }
    }
}

fn outputs(needs: OutputNeeds) -> Notice {
    match needs {
        OutputNeeds::One => word("error.needs.one"),
        OutputNeeds::Classes { max } => Notice::new("error.needs.classes", [("max", max.to_string())]),
        OutputNeeds::Values { max } => Notice::new("error.needs.values", [("max", max.to_string())]),
    }
}

fn data(problem: &DataProblem) -> Notice {
    match problem {
        DataProblem::NoTrainingExamples => word("error.data.noTraining"),
        DataProblem::Shape { which, inputs, targets, network_inputs, network_outputs } => {
            let sizes = [
                ("inputs", inputs),
                ("targets", targets),
                ("networkInputs", network_inputs),
                ("networkOutputs", network_outputs),
            ];
            let which = match which {
                ExampleSet::Training => "error.examples.training",
                ExampleSet::Test => "error.examples.test",
            };
            Notice::new("error.data.shape", sizes.map(|(name, n)| (name, n.to_string())))
                .with("which", word(which))
        }
        DataProblem::CannotSplit { points } => {
            Notice::new("error.data.cannotSplit", [("points", points.to_string())])
        }
        DataProblem::LabelCount { points, labels } => Notice::new(
            "error.data.labelCount",
            [("points", points.to_string()), ("labels", labels.to_string())],
        ),
        DataProblem::Domain(rect) => edges("error.data.domain", rect),
        DataProblem::Point { number, x1, x2 } => Notice::new(
            "error.data.point",
            [("number", number.to_string()), ("x1", written(*x1)), ("x2", written(*x2))],
        ),
        DataProblem::Label { number, label, rule: r } => {
            Notice::new("error.data.label", [("number", number.to_string()), ("label", label.to_string())])
                .with("rule", rule(*r))
        }
        DataProblem::Targets { encoding, task } => Notice::new("error.data.targets", [])
            .with("target", target(*encoding))
            .with("task", task_data(*task))
            .with("suited", suited(*task)),
    }
}

fn rule(rule: LabelRule) -> Notice {
    match rule {
        LabelRule::Finite => word("error.rule.finite"),
        LabelRule::Class { high } => Notice::new("error.rule.class", [("high", high.to_string())]),
    }
}

fn target(encoding: TargetEncoding) -> Notice {
    match encoding {
        TargetEncoding::OneHot { classes } => {
            Notice::new("error.target.oneHot", [("classes", classes.to_string())])
        }
        TargetEncoding::Binary => word("error.target.binary"),
        TargetEncoding::Signed => word("error.target.signed"),
        TargetEncoding::Value => word("error.target.value"),
    }
}

fn task_data(task: Task) -> Notice {
    match task {
        Task::Classification { classes } => {
            Notice::new("error.task.classes", [("classes", classes.to_string())])
        }
        Task::Regression => word("error.task.regression"),
    }
}

fn suited(task: Task) -> Notice {
    match task {
        Task::Classification { classes: 2 } => word("error.suits.two"),
        Task::Classification { classes } => {
            Notice::new("error.suits.classes", [("classes", classes.to_string())])
        }
        Task::Regression => word("error.suits.regression"),
    }
}

fn parse(problem: &ParseProblem) -> Notice {
    match problem {
        ParseProblem::Width { got } => Notice::new("error.parse.width", [("got", got.clone())]),
        ParseProblem::NoWidths => word("error.parse.noWidths"),
        ParseProblem::Line { number, problem } => {
            Notice::new("error.parse.line", [("number", number.to_string())]).with("problem", line(problem))
        }
        ParseProblem::Number { got } => Notice::new("error.parse.number", [("got", got.clone())]),
        ParseProblem::Point { got } => Notice::new("error.parse.point", [("got", got.clone())]),
    }
}

fn line(problem: &LineProblem) -> Notice {
    match problem {
        LineProblem::Fields { found, line } => {
            Notice::new("error.line.fields", [("found", found.to_string()), ("line", line.clone())])
        }
        LineProblem::NotFinite { field: f, got } => {
            Notice::new("error.line.notFinite", [("got", got.clone())]).with("field", field(*f))
        }
        LineProblem::TooLarge { field: f, got, max } => {
            Notice::new("error.line.tooLarge", [("got", got.clone()), ("max", written(*max))])
                .with("field", field(*f))
        }
        LineProblem::TooMany { max } => Notice::new("error.line.tooMany", [("max", max.to_string())]),
        LineProblem::NotNumber { field: f, got } => {
            Notice::new("error.line.notNumber", [("got", got.clone())]).with("field", field(*f))
        }
        LineProblem::Label { label, rule: r } => {
            Notice::new("error.line.label", [("label", label.to_string())]).with("rule", rule(*r))
        }
    }
}

fn field(field: Field) -> Notice {
    word(match field {
        Field::X1 => "error.field.x1",
        Field::X2 => "error.field.x2",
        Field::Label => "error.field.label",
    })
}

#[cfg(test)]
#[path = "error_notice_tests.rs"]
mod tests;
