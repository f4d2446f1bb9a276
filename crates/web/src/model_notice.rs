//! What is wrong with a model file, as a notice of the page's string table (see
//! [`crate::error_notice`]); the sentences are in [`crate::error_text`].

use crate::notice::{shown, Notice};
use asaku_core::error::{ModelPart, ModelProblem};

/// The reason a model file was refused, in parts the page translates.
pub(crate) fn model_problem(problem: &ModelProblem) -> Notice {
    match problem {
        ModelProblem::Unreadable { detail } => {
            Notice::new("error.model.unreadable", [("detail", detail.clone())])
        }
        ModelProblem::Format { got } => Notice::new(
            "error.model.format",
            [("got", shown(got)), ("format", asaku_core::model::FORMAT.to_string())],
        ),
        ModelProblem::Version { got, reads } => {
            let key = if *got < u64::from(*reads) { "error.model.older" } else { "error.model.newer" };
            Notice::new(key, [("got", got.to_string()), ("reads", reads.to_string())])
        }
        ModelProblem::Inconsistent { part, got, needs } => {
            Notice::new("error.model.inconsistent", [("got", got.clone()), ("needs", needs.clone())])
                .with("part", model_part(*part))
        }
        ModelProblem::NotFinite { part } => {
            Notice::new("error.model.notFinite", []).with("part", model_part(*part))
        }
    }
}

fn model_part(part: ModelPart) -> Notice {
    let key = match part {
        ModelPart::Network => "error.modelPart.network",
        ModelPart::Weights => "error.modelPart.weights",
        ModelPart::EpochWeights => "error.modelPart.epochWeights",
        ModelPart::Optimizer => "error.modelPart.optimizer",
        ModelPart::Order => "error.modelPart.order",
        ModelPart::Generator => "error.modelPart.generator",
        ModelPart::Step => "error.modelPart.step",
        ModelPart::Epoch => "error.modelPart.epoch",
        ModelPart::Status => "error.modelPart.status",
        ModelPart::History => "error.modelPart.history",
    };
    Notice::new(key, [])
}
