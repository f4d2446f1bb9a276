//! What is wrong with a model file, as a notice of the page's string table (see
//! [`crate::error_notice`]); the sentences are in [`crate::model_text`].

use crate::notice::Notice;
use asaku_core::error::{shapes, written, ModelPart, ModelProblem};
use asaku_core::model::{DigitsIdentity, FORMAT};

/// The reason a model file was refused, in parts the page translates.
pub(crate) fn model_problem(problem: &ModelProblem) -> Notice {
    use ModelProblem as P;
    let n = |v: &usize| v.to_string();
    match problem {
        P::NotJson { line, column, detail } => Notice::new(
            "error.model.notJson",
            [("line", n(line)), ("column", n(column)), ("detail", detail.clone())],
        ),
        P::Cut { line, column } => Notice::new("error.model.cut", [("line", n(line)), ("column", n(column))]),
        P::Layout { line, column, detail } => Notice::new(
            "error.model.layout",
            [("line", n(line)), ("column", n(column)), ("detail", detail.clone())],
        ),
        P::Format { got } => {
            Notice::new("error.model.format", [("got", got.clone()), ("format", FORMAT.into())])
        }
        P::NoVersion => Notice::new("error.model.noVersion", [("format", FORMAT.into())]),
        P::Version { got, oldest, newest } => {
            let key = if *got < u64::from(*oldest) { "error.model.older" } else { "error.model.newer" };
            Notice::new(
                key,
                [("got", got.to_string()), ("oldest", oldest.to_string()), ("newest", newest.to_string())],
            )
        }
        P::NotOneRun => Notice::new(
            "error.model.notOneRun",
            [("settings", "settings".into()), ("digits", "digits".into())],
        ),
        P::DigitsRun => Notice::new("error.model.digitsRun", []),
        P::PointsRun => Notice::new("error.model.pointsRun", []),
        P::OtherDigits { file, here } => {
            Notice::new("error.model.otherDigits", []).with("file", images(file)).with("here", images(here))
        }
        P::Network { got, needs } => {
            Notice::new("error.model.network", [("got", got.clone()), ("needs", needs.clone())])
        }
        P::TooLarge { part, got } => {
            let max = format!("{:e}", f32::MAX);
            Notice::new("error.model.tooLarge", [("got", written(*got)), ("max", max)])
                .with("part", model_part(*part))
        }
        P::Ragged { part, row, length, first } => {
            Notice::new("error.model.ragged", [("row", n(row)), ("length", n(length)), ("first", n(first))])
                .with("part", model_part(*part))
        }
        P::Shapes { part, got, needs } => {
            Notice::new("error.model.shapes", [("got", shapes(got)), ("needs", shapes(needs))])
                .with("part", model_part(*part))
        }
        P::Generator { got } => Notice::new("error.model.generator", [("got", got.clone())]),
        P::Step { got, steps } => Notice::new("error.model.step", [("got", n(got)), ("steps", n(steps))]),
        P::DivergedAt { got, epoch } => {
            Notice::new("error.model.divergedAt", [("got", n(got)), ("epoch", n(epoch))])
        }
        P::Epoch { got, most } => Notice::new("error.model.epoch", [("got", n(got)), ("most", n(most))]),
        P::Order { examples } => Notice::new("error.model.order", [("examples", n(examples))]),
        P::HistoryLength { got, epoch } => Notice::new(
            "error.model.historyLength",
            [("got", n(got)), ("needs", epoch.saturating_add(1).to_string()), ("epoch", n(epoch))],
        ),
        P::HistoryRecent { count, most, epoch } => Notice::new(
            "error.model.historyRecent",
            [("count", n(count)), ("most", n(most)), ("epoch", n(epoch))],
        ),
        P::HistoryBuckets { count, width, most } => Notice::new(
            "error.model.historyBuckets",
            [("count", n(count)), ("width", n(width)), ("most", n(most))],
        ),
        P::HistoryFigures { epoch } => Notice::new("error.model.historyFigures", [("epoch", n(epoch))]),
    }
}

/// `8004 training and 1996 test images, checksum 0123456789abcdef`.
fn images(identity: &DigitsIdentity) -> Notice {
    let DigitsIdentity { train, test, checksum } = identity;
    Notice::new(
        "error.model.images",
        [("train", train.to_string()), ("test", test.to_string()), ("checksum", format!("{checksum:016x}"))],
    )
}

fn model_part(part: ModelPart) -> Notice {
    let key = match part {
        ModelPart::Weights => "error.modelPart.weights",
        ModelPart::EpochWeights => "error.modelPart.epochWeights",
        ModelPart::Optimizer => "error.modelPart.optimizer",
    };
    Notice::new(key, [])
}
