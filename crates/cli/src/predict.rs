//! `asaku predict --model FILE IMAGE…`: classifies images of handwritten digits with a saved
//! digits model, prepared as the page's draw-a-digit prepares a drawing.

use crate::image;
use crate::model;
use crate::output::{json_line, line, Failure, Outcome};
use asaku_core::digits::{centre, ink, CLASSES, PIXELS};
use asaku_core::network::Network;
use asaku_core::real::Matrix;
use clap::Args;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Options of `asaku predict`.
#[derive(Debug, Args)]
pub struct PredictCommand {
    /// A model file of a digits run (written by `asaku train --data digits --save FILE`).
    #[arg(long, value_name = "FILE")]
    pub model: PathBuf,
    /// Print one JSON line per image instead of text.
    #[arg(long)]
    pub json: bool,
    /// The images: PGM (P2 or P5, 8 or 16 bits) or PNG (any colour type), 1 to 4096 pixels a
    /// side. Dark ink on a light background (the border's mean level at least half white) is
    /// inverted to MNIST's light on dark; then the ink is scaled into 20×20 and centred by its
    /// centre of mass in 28×28, as the page's draw-a-digit does.
    #[arg(value_name = "IMAGE", required = true)]
    pub images: Vec<PathBuf>,
}

/// One image's answer.
#[derive(Debug, Serialize)]
struct Prediction<'a> {
    /// The file, as given.
    image: &'a str,
    /// The digit with the highest probability.
    digit: usize,
    /// The softmax output, digits 0 to 9.
    probabilities: [f64; CLASSES],
    /// Whether the image was dark on light, and so inverted.
    inverted: bool,
}

/// Runs `asaku predict`: every image is read first; if any is bad, each bad one is named in a
/// sentence and nothing is classified.
pub fn run(command: &PredictCommand) -> Outcome {
    let saved = model::load(&command.model)?;
    let (_, mut network) = saved.digits_network().map_err(|e| model::refused(&command.model, &e))?;
    let read: Vec<Result<image::Grey, String>> = command.images.iter().map(|path| read_image(path)).collect();
    let problems: Vec<&str> = read.iter().filter_map(|r| r.as_ref().err()).map(String::as_str).collect();
    if !problems.is_empty() {
        return Err(Failure::Input(problems.join("\nerror: ")));
    }
    for (path, grey) in command.images.iter().zip(read.into_iter().flatten()) {
        let shown = path.display().to_string();
        let prediction = classify(&mut network, &shown, &grey);
        if command.json {
            json_line(&prediction)?;
        } else {
            line(text(&prediction))?;
        }
    }
    Ok(())
}

/// An image file's grey levels, or a sentence naming the file.
fn read_image(path: &Path) -> Result<image::Grey, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read the image {}: {e}", path.display()))?;
    image::read(&bytes).map_err(|sentence| format!("the image {} {sentence}", path.display()))
}

/// Inverted if dark on light, centred as MNIST, through the network.
fn classify<'a>(network: &mut Network<f32>, image: &'a str, grey: &image::Grey) -> Prediction<'a> {
    let (ink, inverted) = ink(&grey.levels, grey.width, grey.height);
    let x = Matrix::from_row_slice(1, PIXELS, &centre(&ink, grey.width, grey.height));
    let y = network.predict(&x);
    let probabilities: [f64; CLASSES] = std::array::from_fn(|k| f64::from(y[(0, k)]));
    let digit = (0..CLASSES).fold(0, |best, k| if probabilities[k] > probabilities[best] { k } else { best });
    Prediction { image, digit, probabilities, inverted }
}

/// `digit.pgm: 7 (0: 0.000, 1: 0.001, …, 9: 0.012)`.
fn text(p: &Prediction) -> String {
    let each: Vec<String> = p.probabilities.iter().enumerate().map(|(k, v)| format!("{k}: {v:.3}")).collect();
    let inverted = if p.inverted { ", inverted" } else { "" };
    format!("{}: {} ({}){inverted}", p.image, p.digit, each.join(", "))
}
