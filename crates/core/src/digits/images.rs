//! The decoded images and the examples the trainer takes from them.

use super::{CLASSES, PIXELS};
use crate::real::{Matrix, Real};
use crate::train::Examples;

/// The training and the test images (the split: for each digit, its images in the
/// package's order `k = 0, 1, …`; image `k` is a test image when `k % 5 == 4`).
#[derive(Clone, Debug, PartialEq)]
pub struct DigitSet {
    /// The 8,004 training images.
    pub train: Images,
    /// The 1,996 test images.
    pub test: Images,
}

/// Labelled 28×28 images, pixels as bytes 0–255 (0 is the background, 255 full ink).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Images {
    labels: Vec<u8>,
    pixels: Vec<u8>,
}

impl Images {
    /// Images from their labels (0–9) and `784` pixels per label, row by row.
    ///
    /// # Panics
    /// If there are not 784 pixels per label or a label is over 9: [`super::decode`] checks
    /// both, so this would be a bug.
    pub(super) fn new(labels: Vec<u8>, pixels: Vec<u8>) -> Self {
        assert_eq!(pixels.len(), labels.len() * PIXELS, "784 pixels per label");
        assert!(labels.iter().all(|&l| usize::from(l) < CLASSES), "labels are digits");
        Self { labels, pixels }
    }

    /// Number of images.
    pub fn count(&self) -> usize {
        self.labels.len()
    }

    /// The digit image `i` shows, 0–9.
    ///
    /// # Panics
    /// If `i >= count()`.
    pub fn label(&self, i: usize) -> u8 {
        self.labels[i]
    }

    /// The 784 pixels of image `i`, row by row, 0–255.
    ///
    /// # Panics
    /// If `i >= count()`.
    pub fn pixels(&self, i: usize) -> &[u8] {
        &self.pixels[i * PIXELS..(i + 1) * PIXELS]
    }

    /// The images at `indices`, in that order (e.g. a small slice for a quick run).
    ///
    /// # Panics
    /// If an index is `>= count()`.
    pub fn select(&self, indices: impl IntoIterator<Item = usize>) -> Images {
        let (mut labels, mut pixels) = (Vec::new(), Vec::new());
        for i in indices {
            labels.push(self.label(i));
            pixels.extend_from_slice(self.pixels(i));
        }
        Images { labels, pixels }
    }

    /// The trainer's examples: `x` is `N×784` with pixels scaled to `[0, 1]` (`pixel / 255`, the
    /// book's `normalize=True`), `t` is `N×10` one-hot (the book's `one_hot_label=True`).
    pub fn examples<T: Real>(&self) -> Examples<T> {
        let n = self.count();
        let x = Matrix::from_fn(n, PIXELS, |i, j| T::of(f64::from(self.pixels[i * PIXELS + j]) / 255.0));
        let t = Matrix::from_fn(n, CLASSES, |i, k| {
            T::of(if usize::from(self.labels[i]) == k { 1.0 } else { 0.0 })
        });
        Examples { x, t }
    }
}
