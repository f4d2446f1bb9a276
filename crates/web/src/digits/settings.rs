//! The digits tab's settings, the book's by default (784-50-10, sigmoid, SGD with learning rate
//! 0.1, batches of 100, weights drawn with standard deviation 0.01), read from and written to the
//! tab's URL (`?lesson=digits&hidden=50&activation=sigmoid&…`). A value that cannot be used falls
//! back with a notice (from a link) or is refused with the engine's reason (from the page).

use crate::notice::{shown, Notice};
use crate::query::layers_text;
use asaku_core::error::{ParseProblem, Readable};
use asaku_core::functions::Activation;
use asaku_core::layers::Output;
use asaku_core::network::{parse_hidden, Init, Network, NetworkSpec};
use asaku_core::optimizer::{check_learning_rate, Optimizer, OptimizerKind};
use asaku_core::train::{check_batch_size, check_seed, Batcher, Examples, Sampling, Trainer};
use asaku_core::{rng_from_seed, Choice, Error, Result};

/// Pixels of one digit, the network's inputs: `28 × 28`.
pub const INPUTS: usize = 784;
/// Classes, the network's outputs: the digits 0–9.
pub const CLASSES: usize = 10;

/// What the user chooses about the digits network.
#[derive(Clone, Debug, PartialEq)]
pub struct LabSettings {
    /// Hidden layer widths (the book: one layer of 50).
    pub hidden: Vec<usize>,
    /// Hidden activation (the book: sigmoid).
    pub activation: Activation,
    /// Update rule (the book: SGD).
    pub optimizer: OptimizerKind,
    /// Learning rate `η` (the book: 0.1).
    pub learning_rate: f64,
    /// Mini-batch size `B` (the book: 100).
    pub batch_size: usize,
    /// Seed of the initial weights and of the batches drawn.
    pub seed: u64,
}

impl Default for LabSettings {
    /// The book's network of chapters 4.5 and 5.7.
    fn default() -> Self {
        LabSettings {
            hidden: vec![50],
            activation: Activation::Sigmoid,
            optimizer: OptimizerKind::Sgd,
            learning_rate: 0.1,
            batch_size: 100,
            seed: 0,
        }
    }
}

/// The tab's URL keys, in the order they are written.
pub const KEYS: [&str; 6] = ["hidden", "activation", "optimizer", "lr", "batch", "seed"];

/// `v` as a number, or the engine's sentence about it.
fn number<T: std::str::FromStr>(v: &str) -> Result<T> {
    v.trim()
        .parse()
        .map_err(|_| Error::Parse { what: Readable::Number, problem: ParseProblem::Number { got: shown(v) } })
}

impl LabSettings {
    /// Reads the tab's keys from a query; other keys are left to the page. A value that cannot
    /// be used keeps the default, with a notice saying why.
    pub fn read(query: &str) -> (LabSettings, Vec<Notice>) {
        let mut settings = LabSettings::default();
        let mut notices = Vec::new();
        for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
            if KEYS.contains(&key.as_ref()) {
                if let Err(e) = settings.set(&key, &value) {
                    let short = shown(&value);
                    let notice = Notice::new("notice.value", [("key", key.to_string()), ("got", short)]);
                    notices.push(notice.with("why", Notice::from(&e)));
                }
            }
        }
        (settings, notices)
    }

    /// Sets `key` to `value` (as the URL writes it) if the network can be built with it; else
    /// nothing changes and the engine's reason is returned.
    pub fn set(&mut self, key: &str, value: &str) -> Result<()> {
        let mut next = self.clone();
        match key {
            "hidden" => next.hidden = parse_hidden(value)?,
            "activation" => next.activation = Activation::parse(value)?,
            "optimizer" => next.optimizer = OptimizerKind::parse(value)?,
            "lr" => next.learning_rate = check_learning_rate(number(value)?)?,
            "batch" => next.batch_size = check_batch_size(number(value)?)?,
            "seed" => next.seed = check_seed(asaku_core::error::Quantity::Seed, number(value)?)?,
            _ => unreachable!("only the tab's keys are set: {key}"),
        }
        next.spec().validate()?;
        *self = next;
        Ok(())
    }

    /// The value of `key` as the URL writes it.
    pub fn get(&self, key: &str) -> String {
        match key {
            "hidden" => layers_text(&self.hidden),
            "activation" => self.activation.name().to_string(),
            "optimizer" => self.optimizer.name().to_string(),
            "lr" => self.learning_rate.to_string(),
            "batch" => self.batch_size.to_string(),
            "seed" => self.seed.to_string(),
            _ => unreachable!("only the tab's keys are read: {key}"),
        }
    }

    /// Every key with its value: the tab's part of the URL.
    pub fn query(&self) -> String {
        KEYS.iter().map(|k| format!("{k}={}", self.get(k))).collect::<Vec<_>>().join("&")
    }

    /// The network's shape: `784 → hidden → 10`, softmax output, weights `N(0, 0.01²)`.
    pub fn spec(&self) -> NetworkSpec {
        NetworkSpec {
            inputs: INPUTS,
            hidden: self.hidden.clone(),
            activation: self.activation,
            output: Output::Softmax,
            outputs: CLASSES,
            init: Init::Small,
        }
    }

    /// A trainer at epoch 0 on `train` and `test`. An epoch is `⌊N/B⌋` batches drawn at random,
    /// as the book's `iter_per_epoch`.
    pub fn build(&self, train: Examples<f32>, test: Examples<f32>) -> Result<Trainer<f32>> {
        let mut rng = rng_from_seed(self.seed);
        let network = Network::new(self.spec(), &mut rng)?;
        let optimizer = Optimizer::new(self.optimizer, self.learning_rate)?;
        let batcher = Batcher::new(Sampling::Replacement, self.batch_size, train.len());
        Trainer::new(network, optimizer, train, test, batcher, rng)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_the_books_and_a_link_can_change_them() {
        let (s, notices) = LabSettings::read("lesson=digits&lang=ja");
        assert_eq!((s.clone(), notices.len()), (LabSettings::default(), 0));
        assert_eq!(s.query(), "hidden=50&activation=sigmoid&optimizer=sgd&lr=0.1&batch=100&seed=0");
        let (s, notices) =
            LabSettings::read("hidden=100,20&activation=relu&optimizer=adam&lr=0.01&batch=10&seed=7");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(s.query(), "hidden=100,20&activation=relu&optimizer=adam&lr=0.01&batch=10&seed=7");
    }

    #[test]
    fn a_value_that_cannot_be_used_keeps_the_default_with_a_sentence() {
        let (s, notices) = LabSettings::read("hidden=0&lr=-1&batch=x&activation=nope&seed=5");
        assert_eq!((s.hidden, s.learning_rate, s.batch_size, s.seed), (vec![50], 0.1, 100, 5));
        assert_eq!(notices.len(), 4, "{notices:?}");
        assert!(notices[1].to_string().starts_with("lr = \"-1\""), "{}", notices[1]);
        let mut s = LabSettings::default();
        assert!(s.set("hidden", "2000").is_err());
        assert!(s.set("batch", "0").is_err());
        assert_eq!(s, LabSettings::default());
    }
}
