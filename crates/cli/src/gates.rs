//! `asaku gates`: chapter 2's logic gates as perceptrons, and the perceptron learning rule.

use crate::choice::choice;
use crate::output::{line, Failure, Outcome};
use asaku_core::perceptron::{xor_stages, Gate, LearnStatus, Perceptron, PerceptronLearner, GATE_INPUTS};
use asaku_core::Choice;
use clap::Args;

/// The gates in the book's order.
const GATES: [Gate; 4] = [Gate::And, Gate::Or, Gate::Nand, Gate::Xor];

/// Options of `asaku gates`.
#[derive(Debug, Args)]
pub struct GatesCommand {
    /// Instead of the tables, learn this gate with the perceptron rule, starting from w = (0, 0),
    /// b = 0: `w += lr·(t − y)·x`, `b += lr·(t − y)` after each wrong answer.
    #[arg(long, value_name = "GATE", value_parser = choice::<Gate>())]
    pub learn: Option<Gate>,
    /// The learning rate of the perceptron rule (above 0).
    #[arg(long, allow_negative_numbers = true, value_name = "LR", default_value_t = 0.1, requires = "learn")]
    pub lr: f64,
    /// Give up after this many passes over the four examples (at least 1).
    #[arg(long, value_name = "N", default_value_t = 100, requires = "learn")]
    pub max_epochs: usize,
}

/// Runs `asaku gates`.
pub fn run(command: &GatesCommand) -> Outcome {
    match command.learn {
        Some(gate) => learn(gate, command.lr, command.max_epochs),
        None => GATES.into_iter().try_for_each(table),
    }
}

/// One gate's truth table, with its perceptron (or, for XOR, its two layers).
fn table(gate: Gate) -> Outcome {
    let name = gate.name().to_uppercase();
    match gate.perceptron() {
        Some(p) => {
            line(format_args!("{name}: one perceptron, {}", weights(p)))?;
            line("  x1 x2 | y")?;
            for (x, y) in gate.truth_table() {
                line(format_args!("   {}  {} | {y}", x[0], x[1]))?;
            }
        }
        None => {
            line(format_args!("{name}: two layers, s1 = NAND(x1, x2), s2 = OR(x1, x2), y = AND(s1, s2)"))?;
            line("  x1 x2 | s1 s2 | y")?;
            for x in GATE_INPUTS {
                let s = xor_stages(x);
                line(format_args!("   {}  {} |  {}  {} | {}", x[0], x[1], s.s1, s.s2, s.y))?;
            }
        }
    }
    line("")
}

/// Runs the learning rule and prints each pass and the outcome. No pass at all would learn
/// nothing, so `max_epochs` must be at least 1.
fn learn(gate: Gate, lr: f64, max_epochs: usize) -> Outcome {
    if max_epochs == 0 {
        return Err(Failure::Input(
            "--max-epochs is 0, but the rule needs at least 1 pass over the four examples".to_string(),
        ));
    }
    let name = gate.name().to_uppercase();
    let mut learner = PerceptronLearner::new(gate, Perceptron::default(), lr)?;
    line(format_args!(
        "learning {name} with the perceptron rule, lr {lr}, from {}",
        weights(learner.perceptron())
    ))?;
    while learner.status() == LearnStatus::Learning && learner.epochs() < max_epochs {
        learner.run(learner.epochs() + 1);
        line(format_args!("epoch {}: {}", learner.epochs(), weights(learner.perceptron())))?;
    }
    line(outcome(&name, learner.status(), max_epochs))
}

/// The outcome in a sentence.
fn outcome(name: &str, status: LearnStatus, max_epochs: usize) -> String {
    match status {
        LearnStatus::Converged { epochs } => {
            format!("converged: epoch {epochs} made no mistake, so one perceptron computes {name}")
        }
        LearnStatus::Cycled { first_epoch, period } => {
            let every = if period == 1 { "epoch".to_string() } else { format!("{period} epochs") };
            format!(
                "cycled: from epoch {first_epoch} the weights repeat every {every}, so {name} cannot \
                 be learned by one perceptron (no straight line separates its classes)"
            )
        }
        LearnStatus::Learning => format!("still learning after {max_epochs} epochs"),
    }
}

/// `w = (0.5, 0.5), b = -0.7`.
fn weights(p: Perceptron) -> String {
    format!("w = ({}, {}), b = {}", round(p.w[0]), round(p.w[1]), round(p.b))
}

/// Sums of `±lr` drift in the last bits (0.1 + 0.2); six decimals show what was meant.
fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6 + 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_in_words() {
        let converged = outcome("AND", LearnStatus::Converged { epochs: 4 }, 100);
        assert_eq!(converged, "converged: epoch 4 made no mistake, so one perceptron computes AND");
        let cycled = outcome("XOR", LearnStatus::Cycled { first_epoch: 2, period: 1 }, 100);
        assert!(
            cycled.starts_with("cycled: from epoch 2 the weights repeat every epoch, so XOR"),
            "{cycled}"
        );
        let cycled = outcome("XOR", LearnStatus::Cycled { first_epoch: 3, period: 2 }, 100);
        assert!(cycled.contains("repeat every 2 epochs"), "{cycled}");
        assert_eq!(outcome("OR", LearnStatus::Learning, 3), "still learning after 3 epochs");
    }

    #[test]
    fn weights_hide_rounding_drift() {
        let p = Perceptron { w: [0.1 + 0.2, -0.0], b: -0.7 };
        assert_eq!(weights(p), "w = (0.3, 0), b = -0.7");
    }
}
