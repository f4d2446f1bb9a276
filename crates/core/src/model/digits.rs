//! The identity of the digit images a run was trained on, which a model file names instead of
//! holding them: their counts and a checksum.

use crate::digits::{DigitSet, Images};
use std::fmt;

/// The images a digits run was trained on, as a model file names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DigitsIdentity {
    /// Training images.
    pub train: usize,
    /// Test images.
    pub test: usize,
    /// FNV-1a (64-bit) of the training then the test images, each its label then its 784 pixels.
    #[serde(with = "hex64")]
    pub checksum: u64,
}

impl fmt::Display for DigitsIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} training and {} test images, checksum {:016x}", self.train, self.test, self.checksum)
    }
}

/// FNV-1a's 64-bit offset basis and prime.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// The counts of `set`'s training and test images and the FNV-1a (64-bit) checksum of their
/// bytes: the training images then the test images, each its label then its 784 pixels.
pub fn identity(set: &DigitSet) -> DigitsIdentity {
    let mut hash = FNV_OFFSET;
    for images in [&set.train, &set.test] {
        hash = add_images(hash, images);
    }
    DigitsIdentity { train: set.train.count(), test: set.test.count(), checksum: hash }
}

fn add_images(mut hash: u64, images: &Images) -> u64 {
    for i in 0..images.count() {
        for &byte in std::iter::once(&images.label(i)).chain(images.pixels(i)) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME);
        }
    }
    hash
}

/// A 64-bit checksum as 16 hexadecimal digits.
mod hex64 {
    use serde::{de, Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(v: &u64, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&format!("{v:016x}"))
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
        let text = String::deserialize(deserializer)?;
        u64::from_str_radix(&text, 16)
            .ok()
            .filter(|_| text.len() == 16)
            .ok_or_else(|| de::Error::invalid_value(de::Unexpected::Str(&text), &"16 hexadecimal digits"))
    }
}
