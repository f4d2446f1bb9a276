//! Why a digits file cannot be read.

use crate::error::ExampleSet;
use thiserror::Error;

/// What is wrong with the bytes given to [`super::decode`], with a sentence saying so. The page
/// shows it (or its own words for the same parts) with a retry; the CLI prints it.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DecodeError {
    /// Fewer bytes than the header needs.
    #[error("the digits file has {got} bytes, fewer than its {header}-byte header: it is truncated")]
    NoHeader {
        /// Bytes given.
        got: usize,
        /// Bytes of the header.
        header: usize,
    },
    /// The first four bytes are not the magic `ASKD`.
    #[error("this is not a digits file: it does not start with \"ASKD\"")]
    Magic,
    /// A format version this reader does not know.
    #[error(
        "the digits file has format version {got}, but this version of Asaku reads only version {known}"
    )]
    Version {
        /// Version in the file.
        got: u16,
        /// The version read here.
        known: u16,
    },
    /// Images of another size than 28×28.
    #[error("the digits file holds {width}×{height} images, but the network reads 28×28 images")]
    Size {
        /// Width in the file.
        width: u8,
        /// Height in the file.
        height: u8,
    },
    /// More or fewer bytes than the header's counts need.
    #[error(
        "the digits file has {got} bytes, but its header announces {train} training and {test} test \
         images, which take {expected} bytes: it is truncated or corrupt"
    )]
    Length {
        /// Bytes given.
        got: usize,
        /// Bytes the header's counts need.
        expected: u64,
        /// Training images announced.
        train: u32,
        /// Test images announced.
        test: u32,
    },
    /// A label that is not a digit.
    #[error("{which} image {number} has label {label}, but a label must be a digit from 0 to 9: the file is corrupt")]
    Label {
        /// Which set.
        which: ExampleSet,
        /// The image, counted from 1.
        number: usize,
        /// Its label.
        label: u8,
    },
}

/// What [`super::decode`] returns.
pub type Result<T, E = DecodeError> = std::result::Result<T, E>;
