//! Reading the digits asset (uncompressed): a 16-byte header, then each set's labels and pixels.
//!
//! | bytes      | what                                                  |
//! | ---------- | ----------------------------------------------------- |
//! | 0–3        | [`MAGIC`], `ASKD`                                     |
//! | 4–5        | [`VERSION`], u16 little-endian                        |
//! | 6, 7       | width, height: 28, 28                                 |
//! | 8–11       | training images `N`, u32 little-endian                |
//! | 12–15      | test images `M`, u32 little-endian                    |
//! | `N`        | training labels, one byte each, 0–9                   |
//! | `N · 784`  | training pixels, 0–255, image by image, row by row    |
//! | `M`        | test labels                                           |
//! | `M · 784`  | test pixels                                           |
//!
//! `www/build/digits.mjs` writes it (and gzips it for the page).

use super::error::{DecodeError, Result};
use super::{DigitSet, Images, CLASSES, PIXELS, SIDE};
use crate::error::ExampleSet;

/// The first four bytes of a digits file.
pub const MAGIC: [u8; 4] = *b"ASKD";
/// The format version [`decode`] reads.
pub const VERSION: u16 = 1;
/// Bytes before the first label.
const HEADER: usize = 16;

/// Reads a digits file (its uncompressed bytes) into its training and test images. Every
/// length and label is checked: a truncated, padded or corrupt file, another format or another
/// version is a [`DecodeError`], never a panic.
pub fn decode(bytes: &[u8]) -> Result<DigitSet> {
    if bytes.len() < HEADER {
        return Err(DecodeError::NoHeader { got: bytes.len(), header: HEADER });
    }
    if bytes[0..4] != MAGIC {
        return Err(DecodeError::Magic);
    }
    let version = u16::from_le_bytes([bytes[4], bytes[5]]);
    if version != VERSION {
        return Err(DecodeError::Version { got: version, known: VERSION });
    }
    let (width, height) = (bytes[6], bytes[7]);
    if usize::from(width) != SIDE || usize::from(height) != SIDE {
        return Err(DecodeError::Size { width, height });
    }
    let count = |at: usize| u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    let (train, test) = (count(8), count(12));
    // In u64: on 32-bit targets (wasm) a forged count times 785 would overflow usize.
    let expected = HEADER as u64 + (u64::from(train) + u64::from(test)) * (1 + PIXELS as u64);
    if bytes.len() as u64 != expected {
        return Err(DecodeError::Length { got: bytes.len(), expected, train, test });
    }
    let (train_bytes, test_bytes) = bytes[HEADER..].split_at(train as usize * (1 + PIXELS));
    Ok(DigitSet {
        train: images(train_bytes, ExampleSet::Training)?,
        test: images(test_bytes, ExampleSet::Test)?,
    })
}

/// One set's labels and pixels, its length already checked.
fn images(bytes: &[u8], which: ExampleSet) -> Result<Images> {
    let (labels, pixels) = bytes.split_at(bytes.len() / (1 + PIXELS));
    if let Some((i, &label)) = labels.iter().enumerate().find(|(_, &label)| usize::from(label) >= CLASSES) {
        return Err(DecodeError::Label { which, number: i + 1, label });
    }
    Ok(Images::new(labels.to_vec(), pixels.to_vec()))
}
