//! Why the digits asset could not be read, as a [`Notice`] of the page's string table (the
//! sentences are in `www/js/digits/strings.js`, English and Japanese): the engine's
//! [`DecodeError`] part by part.

use crate::notice::Notice;
use asaku_core::digits::DecodeError;
use asaku_core::error::ExampleSet;

impl From<&DecodeError> for Notice {
    /// The reader's reason, as a sentence of the page's table.
    fn from(error: &DecodeError) -> Notice {
        let text = |n: &dyn ToString| n.to_string();
        match error {
            DecodeError::NoHeader { got, header } => {
                Notice::new("digits.decode.header", [("got", text(got)), ("header", text(header))])
            }
            DecodeError::Magic => Notice::new("digits.decode.magic", []),
            DecodeError::Version { got, known } => {
                Notice::new("digits.decode.version", [("got", text(got)), ("known", text(known))])
            }
            DecodeError::Size { width, height } => {
                Notice::new("digits.decode.size", [("width", text(width)), ("height", text(height))])
            }
            DecodeError::Length { got, expected, train, test } => Notice::new(
                "digits.decode.length",
                [
                    ("got", text(got)),
                    ("expected", text(expected)),
                    ("train", text(train)),
                    ("test", text(test)),
                ],
            ),
            DecodeError::Label { which, number, label } => {
                let key = match which {
                    ExampleSet::Training => "digits.decode.labelTraining",
                    ExampleSet::Test => "digits.decode.labelTest",
                };
                Notice::new(key, [("number", text(number)), ("label", text(label))])
            }
        }
    }
}
