//! What the trained network does with the test set: the class it picks for each image, the
//! confusion matrix (row: the true digit, column: the digit picked), the misclassified images,
//! and how long classifying takes one image at a time or in batches of 100 (chapter 3.6.3).

use crate::clock::now_ms;
use asaku_core::network::{Evaluator, Network};
use asaku_core::train::Examples;
use asaku_core::Matrix;
use serde::Serialize;

/// Images per batch when classifying in batches, as the book's `batch_size = 100`.
pub const INFERENCE_BATCH: usize = 100;

/// The test images and their labels.
#[derive(Clone, Debug)]
pub struct TestSet {
    /// One image per row (`x`: `N × 784`, pixels in `[0, 1]`) with its one-hot target.
    pub examples: Examples<f32>,
    /// The digit each image shows.
    pub labels: Vec<usize>,
}

/// The class with the largest output in each row of `y` (the book's `np.argmax(y, axis=1)`).
pub fn picked(y: &Matrix<f32>) -> Vec<usize> {
    (0..y.nrows())
        .map(|i| y.row(i).iter().enumerate().fold(0, |best, (k, &v)| if v > y[(i, best)] { k } else { best }))
        .collect()
}

/// The network's verdicts on the test set.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mistakes {
    /// `confusion[t][p]`: test images of digit `t` classified as `p`.
    pub confusion: Vec<Vec<usize>>,
    /// The misclassified test images: `[index, true digit, digit picked]`, in test-set order.
    pub wrong: Vec<[usize; 3]>,
}

impl TestSet {
    /// Test image `i`'s 784 pixels.
    pub fn image(&self, i: usize) -> Vec<f32> {
        self.examples.x.row(i).iter().copied().collect()
    }

    /// Classifies the whole test set one image at a time, then in batches of
    /// [`INFERENCE_BATCH`], timing each (the inputs are cut into rows and batches beforehand).
    pub fn time_inference(&self, network: &Network<f32>) -> Inference {
        let x = &self.examples.x;
        let n = x.nrows();
        let rows: Vec<Matrix<f32>> = (0..n).map(|i| x.rows(i, 1).into_owned()).collect();
        let starts = (0..n).step_by(INFERENCE_BATCH);
        let batches: Vec<Matrix<f32>> =
            starts.map(|s| x.rows(s, INFERENCE_BATCH.min(n - s)).into_owned()).collect();
        let mut evaluator = Evaluator::new();
        let mut run = |inputs: &[Matrix<f32>]| {
            let start = now_ms();
            let classes: Vec<usize> = inputs.iter().flat_map(|x| picked(evaluator.run(network, x))).collect();
            let ms = now_ms() - start;
            let right = classes.iter().zip(&self.labels).filter(|(p, t)| p == t).count();
            Pass { products: inputs.len(), ms, right }
        };
        let one = run(&rows);
        let batched = run(&batches);
        Inference { images: n, widths: network.spec().widths(), one, batched }
    }
}

/// One pass over the test set.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Pass {
    /// Forward passes made (each a chain of matrix products).
    pub products: usize,
    /// Milliseconds it took here.
    pub ms: f64,
    /// Images classified correctly.
    pub right: usize,
}

/// Classifying the test set both ways, for the page to set side by side.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Inference {
    /// Test images.
    pub images: usize,
    /// Every layer's width, `784` first and `10` last: the shapes of the products.
    pub widths: Vec<usize>,
    /// One image per forward pass (`1×784 · 784×50 …`).
    pub one: Pass,
    /// [`INFERENCE_BATCH`] images per forward pass (`100×784 · 784×50 …`).
    pub batched: Pass,
}
