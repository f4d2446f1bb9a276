//! A link is the run: the playground records the state its run began from, the steps trained
//! and every change made by hand since ([`log`]), and writes them as a link. Opening such a link
//! builds the run from its seed and replays the log through the same calls the page makes, a
//! bounded number of steps per call ([`crate::playground::Playground::replay_advance`], once per animation frame),
//! so it passes through the same weights, optimizer and random states as the run that was shared.
//! The page keeps its address bar on this link (see the README's "Links"), so reloading the page
//! reopens the run.
//!
//! # The link's form (`form=2`)
//!
//! - The settings keys say what the page shows now: every setting, live ones changed while
//!   training included, and the view. The one exception is the data: points placed by hand after
//!   training began are in the log, and the data keys (`data=`, `points=`, …, or `user=`) give the
//!   points the run began on.
//! - `epoch=` and `step=` say where the trainer stands (`step=` only within an epoch).
//! - `form=2` and `log=` hold, in order, what settings cannot say: weight edits, points added
//!   after training began, and live settings changed after training began, each written with the
//!   value it had before (`step:key:from:value`), so the run's start is known: the settings keys
//!   with each key the log changes set to its first `from`.
//!
//! One run has one link: a change made before any training and any edit by hand begins the run
//! again from the new settings, which are then its start (a setting goes into its key, a point
//! into `user=`); Reset and "Clear all points" begin a new run from the state shown; so the log
//! never holds those. Adding a point after training began keeps the network
//! ([`asaku_core::train::Trainer::add_examples`]), at the same step when replayed.
//!
//! # Links of the first form (no `form=`)
//!
//! Links written before `form=2` keep opening the same run: their settings keys are the run's
//! start, a setting entry is `step:key:value`, an added point started the run again at epoch 0
//! (so `epoch=` and `step=` count from the last point), and `clear` and `reset` are entries. They
//! are replayed by those rules ([`Form::Start`]); the page then links the run in the current form.

pub mod log;
mod play;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod proptests;
mod record;
#[cfg(test)]
pub(crate) mod tests;
pub mod text;

use crate::notice::Notice;
use crate::state::PageState;
use log::{Edit, Entry};
use std::collections::VecDeque;

/// Most characters of a link the Share dialog offers (about what a QR code a phone reads from a
/// slide and a line of a handout hold); a longer run is shared as a model file instead.
pub const MAX_LINK_CHARS: usize = 2000;

/// What a link needs to rebuild the current run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Record {
    /// The state the run began from (the last change that began it again).
    pub origin: PageState,
    /// The changes made by hand since, in order.
    pub log: Vec<Entry>,
    /// Training steps done since the run began.
    pub steps: u64,
    /// Whether the run's weights came from a model file: no seed rebuilds them, so a link can
    /// carry only the settings (until a Reset or a rebuild starts a run from the seed again).
    pub from_file: bool,
}

impl Record {
    /// A run that begins now from `origin`.
    pub fn new(origin: PageState) -> Record {
        Record { origin, log: Vec::new(), steps: 0, from_file: false }
    }

    /// A run opened from a model file, with the settings `origin`.
    pub fn from_file(origin: PageState) -> Record {
        Record { from_file: true, ..Record::new(origin) }
    }
}

/// How a link's settings and log are to be read (see the module's documentation).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Form {
    /// Links before `form=2`: the settings are the run's start; a point starts the run again.
    #[default]
    Start,
    /// `form=2`: the settings are the page's now; a point joins the running network.
    Current,
}

/// A link's run still to be replayed.
#[derive(Clone, Debug, Default)]
pub struct Replay {
    /// How the link is written.
    form: Form,
    /// The training steps done since the link's run began, as its log counts them.
    at: u64,
    /// The log's entries not yet replayed, with their number in the link's log.
    entries: VecDeque<(usize, Entry)>,
    /// The epoch the link asks for.
    epoch: usize,
    /// The step within that epoch the link asks for.
    step: usize,
    /// Steps trained so far.
    done: usize,
    /// Whether there is still work to do.
    active: bool,
    /// The epoch asked for, when the replay was cancelled.
    cancelled: Option<usize>,
}

/// Splits a query into the settings (for [`crate::query::read`]) and the run's own keys, read
/// into a [`Replay`] with a notice for each value it cannot use.
pub fn split_query(query: &str) -> (String, Replay, Vec<Notice>) {
    let mut settings = Vec::new();
    let mut replay = Replay::default();
    let mut notices = Vec::new();
    for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        match key.as_ref() {
            "epoch" => replay.epoch = position("epoch", &value, &mut notices),
            "step" => replay.step = position("step", &value, &mut notices),
            "form" => replay.form = form(&value, &mut notices),
            "log" => {
                let (entries, mut bad) = log::read(&value);
                replay.entries = entries.into_iter().enumerate().map(|(i, e)| (i + 1, e)).collect();
                notices.append(&mut bad);
            }
            _ => settings.push((key.into_owned(), value.into_owned())),
        }
    }
    if replay.form == Form::Current {
        start_values(&mut settings, &replay.entries);
    }
    replay.active = replay.epoch > 0 || replay.step > 0 || !replay.entries.is_empty();
    (form_urlencoded::Serializer::new(String::new()).extend_pairs(settings).finish(), replay, notices)
}

/// Sets each live key the log changes to the value it had before its first change: the
/// settings of a link of the current form become those the run began with.
fn start_values(settings: &mut Vec<(String, String)>, entries: &VecDeque<(usize, Entry)>) {
    let mut started: Vec<&str> = Vec::new();
    for (_, entry) in entries {
        if let Edit::Setting { key, from: Some(from), .. } = &entry.edit {
            if !started.contains(key) {
                started.push(key);
                settings.retain(|(k, _)| k != key);
                settings.push((key.to_string(), from.clone()));
            }
        }
    }
}

/// The form of a link, `1` or `2`, else 2 with a notice.
fn form(value: &str, notices: &mut Vec<Notice>) -> Form {
    match value.trim() {
        "1" => Form::Start,
        "2" => Form::Current,
        _ => {
            let vars = [
                ("key", "form".to_string()),
                ("got", crate::notice::shown(value)),
                ("low", "1".to_string()),
                ("high", "2".to_string()),
                ("fallback", "2".to_string()),
            ];
            notices.push(Notice::new("notice.whole", vars));
            Form::Current
        }
    }
}

/// An epoch or step of a link: a whole number up to the step cap, else 0 with a notice.
fn position(key: &str, value: &str, notices: &mut Vec<Notice>) -> usize {
    let cap = crate::lessons::catchup::MAX_STEPS;
    match value.trim().parse::<usize>() {
        Ok(v) if v <= cap => v,
        _ => {
            let vars = [
                ("key", key.to_string()),
                ("got", crate::notice::shown(value)),
                ("low", "0".to_string()),
                ("high", cap.to_string()),
                ("fallback", "0".to_string()),
            ];
            notices.push(Notice::new("notice.whole", vars));
            0
        }
    }
}
