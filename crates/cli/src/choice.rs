//! Reading the engine's closed choices (activation, output, optimizer, …) from the command line
//! with [`Choice::parse`], so an unknown name gets the engine's "use one of …" sentence and the
//! help lists the allowed names.

use asaku_core::Choice;
use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::{Error, ErrorKind};
use std::ffi::OsStr;
use std::marker::PhantomData;

/// A clap value parser for any [`Choice`].
#[derive(Clone, Copy, Debug)]
pub struct ChoiceParser<C>(PhantomData<C>);

/// The parser for choices of type `C`, for `#[arg(value_parser = choice::<C>())]`.
pub fn choice<C: Choice>() -> ChoiceParser<C> {
    ChoiceParser(PhantomData)
}

impl<C: Choice + Send + Sync> TypedValueParser for ChoiceParser<C> {
    type Value = C;

    /// `C::parse`, with the option's name in front of the engine's sentence.
    fn parse_ref(&self, cmd: &clap::Command, arg: Option<&clap::Arg>, value: &OsStr) -> Result<C, Error> {
        let option =
            arg.and_then(clap::Arg::get_long).map_or("a value".to_string(), |long| format!("--{long}"));
        let reason = match value.to_str() {
            Some(text) => C::parse(text).map_err(|e| e.to_string()),
            None => Err(format!("{value:?} is not valid UTF-8")),
        };
        reason.map_err(|reason| {
            let message = format!("invalid value for {option}: {reason}\n");
            Error::raw(ErrorKind::InvalidValue, message).with_cmd(cmd)
        })
    }

    /// The names, so `--help` lists them.
    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(C::names().into_iter().map(PossibleValue::new)))
    }
}
