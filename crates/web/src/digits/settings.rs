//! The digits tab's settings, core's [`DigitSettings`] with the book's chapter 4.5 values
//! ([`DigitSettings::default`]: 784-50-10 sigmoid, SGD with learning rate 0.1, batches of 100, weights drawn with
//! standard deviation 0.01), read from and written to the tab's URL
//! (`?lesson=digits&hidden=50&activation=sigmoid&…`). A value that cannot be used falls back with
//! a notice (from a link) or is refused with the engine's reason (from the page).

use crate::notice::{shown, Notice};
use crate::query::layers_text;
use asaku_core::digits::DigitSettings;
use asaku_core::error::{ParseProblem, Quantity, Readable};
use asaku_core::functions::Activation;
use asaku_core::network::parse_hidden;
use asaku_core::optimizer::{check_learning_rate, OptimizerKind};
use asaku_core::train::{check_batch_size, check_seed};
use asaku_core::{Choice, Error, Result};

/// The tab's URL keys, in the order they are written.
pub const KEYS: [&str; 6] = ["hidden", "activation", "optimizer", "lr", "batch", "seed"];

/// `v` as a number, or the engine's sentence about it.
fn number<T: std::str::FromStr>(v: &str) -> Result<T> {
    v.trim()
        .parse()
        .map_err(|_| Error::Parse { what: Readable::Number, problem: ParseProblem::Number { got: shown(v) } })
}

/// Reads the tab's keys from a query onto [`DigitSettings::default`]; other keys are left to the page. A value that
/// cannot be used keeps the default, with a notice saying why.
pub fn read(query: &str) -> (DigitSettings, Vec<Notice>) {
    let mut settings = DigitSettings::default();
    let mut notices = Vec::new();
    for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        if KEYS.contains(&key.as_ref()) {
            if let Err(e) = set(&mut settings, &key, &value) {
                let notice = Notice::new("notice.value", [("key", key.to_string()), ("got", shown(&value))]);
                notices.push(notice.with("why", Notice::from(&e)));
            }
        }
    }
    (settings, notices)
}

/// Sets `key` to `value` (as the URL writes it) if the network can be built with it; else
/// nothing changes and the engine's reason is returned.
pub fn set(settings: &mut DigitSettings, key: &str, value: &str) -> Result<()> {
    let mut next = settings.clone();
    match key {
        "hidden" => next.hidden = parse_hidden(value)?,
        "activation" => next.activation = Activation::parse(value)?,
        "optimizer" => next.optimizer = OptimizerKind::parse(value)?,
        "lr" => next.learning_rate = check_learning_rate(number(value)?)?,
        "batch" => next.batch_size = check_batch_size(number(value)?)?,
        "seed" => next.seed = check_seed(Quantity::Seed, number(value)?)?,
        _ => unreachable!("only the tab's keys are set: {key}"),
    }
    next.spec().validate()?;
    *settings = next;
    Ok(())
}

/// The value of `key` as the URL writes it.
pub fn get(settings: &DigitSettings, key: &str) -> String {
    match key {
        "hidden" => layers_text(&settings.hidden),
        "activation" => settings.activation.name().to_string(),
        "optimizer" => settings.optimizer.name().to_string(),
        "lr" => settings.learning_rate.to_string(),
        "batch" => settings.batch_size.to_string(),
        "seed" => settings.seed.to_string(),
        _ => unreachable!("only the tab's keys are read: {key}"),
    }
}

/// Every key with its value: the tab's part of the URL.
pub fn query(settings: &DigitSettings) -> String {
    KEYS.iter().map(|k| format!("{k}={}", get(settings, k))).collect::<Vec<_>>().join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_the_books_and_a_link_can_change_them() {
        let (s, notices) = read("lesson=digits&lang=ja");
        assert_eq!((s.clone(), notices.len()), (DigitSettings::default(), 0));
        assert_eq!(query(&s), "hidden=50&activation=sigmoid&optimizer=sgd&lr=0.1&batch=100&seed=0");
        let (s, notices) = read("hidden=100,20&activation=relu&optimizer=adam&lr=0.01&batch=10&seed=7");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(query(&s), "hidden=100,20&activation=relu&optimizer=adam&lr=0.01&batch=10&seed=7");
    }

    #[test]
    fn a_value_that_cannot_be_used_keeps_the_default_with_a_sentence() {
        let (s, notices) = read("hidden=0&lr=-1&batch=x&activation=nope&seed=5");
        assert_eq!((s.hidden, s.learning_rate, s.batch_size, s.seed), (vec![50], 0.1, 100, 5));
        assert_eq!(notices.len(), 4, "{notices:?}");
        assert!(notices[1].to_string().starts_with("lr = \"-1\""), "{}", notices[1]);
        let mut s = DigitSettings::default();
        assert!(set(&mut s, "hidden", "2000").is_err());
        assert!(set(&mut s, "batch", "0").is_err());
        assert_eq!(s, DigitSettings::default());
    }
}
