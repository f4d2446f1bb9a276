//! What a network looks like before it has weights: sizes, activation, output, initialiser.

use crate::error::{quote, Error, NetworkProblem, OutputNeeds, ParseProblem, Readable, Result};
use crate::functions::Activation;
use crate::layers::Output;
use serde::{Deserialize, Serialize};

/// Most inputs a network may take (enough for 28×28 images).
pub const MAX_INPUTS: usize = 1024;
/// Most hidden layers.
pub const MAX_HIDDEN_LAYERS: usize = 16;
/// Most neurons in one layer (hidden or output).
pub const MAX_WIDTH: usize = 1024;
/// Most weights and biases in all, so a network always fits comfortably in a browser tab.
pub const MAX_PARAMETERS: usize = 4_000_000;

crate::choice! {
    /// How the initial weights are drawn (biases start at 0).
    pub enum Init: Initialiser {
        /// `W ~ N(0, 0.01²)`: the book's `weight_init_std = 0.01`.
        Small,
        /// `W ~ N(0, 1/n)` with `n` inputs to the layer: Xavier, for sigmoid and tanh.
        Xavier,
        /// `W ~ N(0, 2/n)`: He, for ReLU.
        He,
        /// `W ~ U(−0.5, 0.5)`: TensorFlow Playground's start.
        Uniform,
    }
}

/// The shape and kind of a network: `inputs → hidden[0] → … → outputs`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NetworkSpec {
    /// Number of input features `D`.
    pub inputs: usize,
    /// Width of each hidden layer, first to last (may be empty: a linear model).
    pub hidden: Vec<usize>,
    /// The activation `h` of every hidden layer.
    pub activation: Activation,
    /// The output function and its loss.
    pub output: Output,
    /// Number of outputs (1 for sigmoid and tanh; the number of classes for softmax).
    pub outputs: usize,
    /// How weights are initialised.
    pub init: Init,
}

impl NetworkSpec {
    /// Every layer's width, inputs first, outputs last.
    pub fn widths(&self) -> Vec<usize> {
        let mut widths = vec![self.inputs];
        widths.extend(&self.hidden);
        widths.push(self.outputs);
        widths
    }

    /// How many weights and biases the network has: `Σ (nᵢ·nᵢ₊₁ + nᵢ₊₁)`.
    pub fn parameter_count(&self) -> usize {
        self.widths().windows(2).map(|p| p[0].saturating_mul(p[1]).saturating_add(p[1])).sum()
    }

    /// Checks every size against the documented limits and the output against its width.
    pub fn validate(&self) -> Result<()> {
        let bad = |problem| Err(Error::InvalidNetwork(problem));
        if !(1..=MAX_INPUTS).contains(&self.inputs) {
            return bad(NetworkProblem::Inputs { got: self.inputs, max: MAX_INPUTS });
        }
        if self.hidden.len() > MAX_HIDDEN_LAYERS {
            return bad(NetworkProblem::HiddenLayers { got: self.hidden.len(), max: MAX_HIDDEN_LAYERS });
        }
        if let Some((i, &width)) = self.hidden.iter().enumerate().find(|(_, w)| !(1..=MAX_WIDTH).contains(*w))
        {
            return bad(NetworkProblem::Width { layer: i + 1, width, max: MAX_WIDTH });
        }
        self.validate_outputs()?;
        if self.parameter_count() > MAX_PARAMETERS {
            return bad(NetworkProblem::Parameters { got: self.parameter_count(), max: MAX_PARAMETERS });
        }
        Ok(())
    }

    fn validate_outputs(&self) -> Result<()> {
        let ok = match self.output {
            Output::Sigmoid | Output::Tanh => self.outputs == 1,
            Output::Softmax => (2..=MAX_WIDTH).contains(&self.outputs),
            Output::Identity => (1..=MAX_WIDTH).contains(&self.outputs),
        };
        if ok {
            return Ok(());
        }
        let needs = match self.output {
            Output::Sigmoid | Output::Tanh => OutputNeeds::One,
            Output::Softmax => OutputNeeds::Classes { max: MAX_WIDTH },
            Output::Identity => OutputNeeds::Values { max: MAX_WIDTH },
        };
        Err(Error::InvalidNetwork(NetworkProblem::Outputs { got: self.outputs, output: self.output, needs }))
    }
}

/// Reads hidden layer widths written as `"8,8"` (or `"none"` for no hidden layer). Empty text
/// is refused like a width of 0: it names no layer, and `none` says so on purpose.
pub fn parse_hidden(text: &str) -> Result<Vec<usize>> {
    let text = text.trim();
    if text == "none" {
        return Ok(Vec::new());
    }
    if text.is_empty() {
        return Err(Error::Parse { what: Readable::HiddenLayers, problem: ParseProblem::NoWidths });
    }
    text.split(',')
        .map(|part| {
            part.trim().parse::<usize>().map_err(|_| Error::Parse {
                what: Readable::HiddenLayers,
                problem: ParseProblem::Width { got: quote(part.trim()) },
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(hidden: Vec<usize>, output: Output, outputs: usize) -> NetworkSpec {
        let (activation, init) = (Activation::Tanh, Init::Xavier);
        NetworkSpec { inputs: 2, hidden, activation, output, outputs, init }
    }

    #[test]
    fn counts_parameters() {
        // 2-4-2-1: (2·4 + 4) + (4·2 + 2) + (2·1 + 1) = 25.
        assert_eq!(spec(vec![4, 2], Output::Sigmoid, 1).parameter_count(), 25);
        assert_eq!(spec(vec![4, 2], Output::Sigmoid, 1).widths(), vec![2, 4, 2, 1]);
    }

    #[test]
    fn rejects_impossible_shapes_with_a_sentence() {
        let err = spec(vec![8, 0], Output::Sigmoid, 1).validate().unwrap_err().to_string();
        assert_eq!(err, "invalid network: hidden layer 2 has width 0; each layer needs 1 to 1024 neurons");
        assert!(spec(vec![8; 17], Output::Sigmoid, 1).validate().is_err());
        assert!(spec(vec![], Output::Softmax, 1)
            .validate()
            .unwrap_err()
            .to_string()
            .contains("one per class"));
        assert!(spec(vec![], Output::Sigmoid, 2).validate().is_err());
        assert!(spec(vec![1024; 8], Output::Identity, 1)
            .validate()
            .unwrap_err()
            .to_string()
            .contains("parameters"));
        assert!(NetworkSpec { inputs: 0, ..spec(vec![], Output::Identity, 1) }.validate().is_err());
        assert!(spec(vec![8, 8], Output::Softmax, 3).validate().is_ok());
    }

    #[test]
    fn parses_hidden_widths() {
        assert_eq!(parse_hidden("8, 8").unwrap(), vec![8, 8]);
        assert_eq!(parse_hidden("none").unwrap(), Vec::<usize>::new());
        let err = parse_hidden("8,x").unwrap_err().to_string();
        assert!(err.contains("\"x\" is not a width"), "{err}");
        for empty in ["", "  "] {
            let err = parse_hidden(empty).unwrap_err().to_string();
            assert_eq!(err, "cannot read hidden layers: the list is empty; write widths like 8,8, or none for no hidden layer");
        }
    }
}
