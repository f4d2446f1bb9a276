//! The reader: a written file reads back, and every malformed one is an error with a sentence.

use super::*;
use crate::error::ExampleSet;
use proptest::prelude::*;

/// A digits file in the format `www/build/digits.mjs` writes, image `i` of a set filled with
/// the byte `i + offset` and labelled `i % 10`.
fn file(train: usize, test: usize) -> Vec<u8> {
    let mut bytes = MAGIC.to_vec();
    bytes.extend_from_slice(&VERSION.to_le_bytes());
    bytes.extend_from_slice(&[SIDE as u8, SIDE as u8]);
    bytes.extend_from_slice(&(train as u32).to_le_bytes());
    bytes.extend_from_slice(&(test as u32).to_le_bytes());
    for (n, offset) in [(train, 0), (test, 100)] {
        bytes.extend((0..n).map(|i| (i % 10) as u8));
        bytes.extend((0..n).flat_map(|i| [(i + offset) as u8; PIXELS]));
    }
    bytes
}

#[test]
fn a_written_file_reads_back_image_by_image() {
    let set = decode(&file(12, 3)).unwrap();
    assert_eq!((set.train.count(), set.test.count()), (12, 3));
    assert_eq!(set.train.label(11), 1);
    assert_eq!(set.train.pixels(7), &[7; PIXELS][..]);
    assert_eq!(set.test.pixels(2), &[102; PIXELS][..]);
    assert_eq!(set.test.label(2), 2);
}

#[test]
fn examples_scale_pixels_to_one_and_one_hot_the_labels() {
    let mut bytes = file(2, 0);
    let second = 16 + 2 + PIXELS;
    bytes[second] = 255;
    let examples = decode(&bytes).unwrap().train.examples::<f32>();
    assert_eq!((examples.x.shape(), examples.t.shape()), ((2, PIXELS), (2, CLASSES)));
    assert_eq!((examples.x[(0, 0)], examples.x[(1, 0)], examples.x[(1, 1)]), (0.0, 1.0, 1.0 / 255.0));
    assert_eq!(
        examples.t.row(1).iter().copied().collect::<Vec<f32>>(),
        [0., 1., 0., 0., 0., 0., 0., 0., 0., 0.]
    );
}

#[test]
fn select_picks_images_in_the_order_asked() {
    let train = decode(&file(12, 0)).unwrap().train;
    let picked = train.select([5, 0, 5]);
    assert_eq!(picked.count(), 3);
    assert_eq!((picked.label(0), picked.label(1)), (5, 0));
    assert_eq!(picked.pixels(2), train.pixels(5));
}

#[test]
fn each_malformed_file_says_what_is_wrong() {
    let message = |bytes: &[u8]| decode(bytes).unwrap_err().to_string();
    assert_eq!(message(&[]), "the digits file has 0 bytes, fewer than its 16-byte header: it is truncated");
    let mut other = file(1, 1);
    other[0] = b'P';
    assert_eq!(message(&other), "this is not a digits file: it does not start with \"ASKD\"");
    let mut version = file(1, 1);
    version[4] = 2;
    assert_eq!(
        message(&version),
        "the digits file has format version 2, but this version of Asaku reads only version 1"
    );
    let mut size = file(1, 1);
    size[7] = 32;
    assert!(message(&size).starts_with("the digits file holds 28×32 images"));
    let good = file(2, 1);
    assert_eq!(
        message(&good[..good.len() - 1]),
        "the digits file has 2370 bytes, but its header announces 2 training and 1 test images, \
         which take 2371 bytes: it is truncated or corrupt"
    );
    let mut label = file(3, 2);
    let first_test_label = 16 + 3 * (1 + PIXELS) + 1;
    label[first_test_label] = 10;
    assert_eq!(
        decode(&label).unwrap_err(),
        DecodeError::Label { which: ExampleSet::Test, number: 2, label: 10 }
    );
    assert_eq!(
        message(&label),
        "test image 2 has label 10, but a label must be a digit from 0 to 9: the file is corrupt"
    );
}

#[test]
fn counts_too_large_for_memory_are_a_length_error() {
    let mut huge = file(0, 0);
    huge[8..16].copy_from_slice(&[0xff; 8]);
    assert!(matches!(decode(&huge), Err(DecodeError::Length { train: u32::MAX, test: u32::MAX, .. })));
}

proptest! {
    #[test]
    fn random_bytes_are_an_error_or_a_set_never_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let _ = decode(&bytes);
        let mut headed = file(0, 0);
        headed.extend_from_slice(&bytes);
        prop_assert!(bytes.is_empty() == decode(&headed).is_ok());
    }

    #[test]
    fn every_truncation_is_an_error(cut in 0..(16 + 4 * (1 + PIXELS))) {
        let good = file(3, 1);
        let error = decode(&good[..cut]).unwrap_err();
        prop_assert!(matches!(error, DecodeError::NoHeader { .. } | DecodeError::Length { .. }), "{error}");
    }

    #[test]
    fn a_corrupted_byte_is_caught_or_read_as_it_is(at in 0usize..(16 + 4 * (1 + PIXELS)), value in any::<u8>()) {
        let mut bytes = file(3, 1);
        bytes[at] = value;
        match decode(&bytes) {
            Ok(set) => prop_assert_eq!((set.train.count(), set.test.count()), (3, 1)),
            Err(error) => prop_assert!(!error.to_string().is_empty()),
        }
    }
}
