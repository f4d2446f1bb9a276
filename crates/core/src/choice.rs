//! Closed sets of user choices (activation, loss, optimizer, data set, …) and how their names
//! are read and written. The same word is the enum variant, the URL/CLI value and the label key.

use crate::error::{Error, Named, Result};
use strum::IntoEnumIterator;

/// A closed set of named options. Implemented with strum's `EnumIter`, `EnumString` and
/// `IntoStaticStr` derives, all with `serialize_all = "kebab-case"`.
pub trait Choice: Copy + IntoEnumIterator + std::str::FromStr + Into<&'static str> + 'static {
    /// What kind of name one of these is, for a message.
    const WHAT: Named;

    /// The option's name as written in URLs, the CLI and label keys, e.g. `"leaky-relu"`.
    fn name(self) -> &'static str {
        self.into()
    }

    /// Every option's name, in declaration order.
    fn names() -> Vec<&'static str> {
        Self::iter().map(Self::name).collect()
    }

    /// Reads a name, or says which names exist.
    fn parse(text: &str) -> Result<Self> {
        text.trim().parse().map_err(|_| Error::UnknownName {
            what: Self::WHAT,
            got: crate::error::quote(text),
            allowed: Self::names(),
        })
    }
}

/// Declares a closed set of options: the enum with its derives (serde and strum, names in
/// kebab-case) and its [`Choice`] implementation, from one declaration (after the colon, the
/// [`crate::error::Named`] variant saying what kind of name it is):
///
/// ```ignore
/// choice! {
///     /// How batches are drawn.
///     pub enum Sampling: Sampling {
///         /// With replacement.
///         Replacement,
///         /// A shuffled pass.
///         Shuffle,
///     }
/// }
/// ```
#[macro_export]
macro_rules! choice {
    ($(#[$meta:meta])* $vis:vis enum $name:ident: $what:ident { $($(#[$vmeta:meta])* $variant:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash,
            serde::Serialize, serde::Deserialize,
            strum::EnumIter, strum::EnumString, strum::IntoStaticStr,
        )]
        #[strum(serialize_all = "kebab-case")]
        #[serde(rename_all = "kebab-case")]
        $vis enum $name {
            $($(#[$vmeta])* $variant),*
        }

        impl $crate::Choice for $name {
            const WHAT: $crate::error::Named = $crate::error::Named::$what;
        }
    };
}
