//! The identity of the digit images a run was trained on, which a model file names instead of
//! holding them: their counts and a checksum.

use crate::digits::{DigitSet, Images};
use crate::error::DigitsIdentity;

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
