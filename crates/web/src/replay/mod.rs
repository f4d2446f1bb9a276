//! A link is the run: the playground records the state its run began from, the steps trained
//! and every change made by hand ([`log`]), and writes them as a link (`epoch=`, `step=` and
//! `log=` after the settings). Opening such a link builds the run from its seed and replays the
//! log through the same calls the page makes, a bounded number of steps per call
//! ([`Playground::replay_advance`], once per animation frame), so it passes through the same
//! weights, optimizer and random states as the run that was shared.

pub mod log;
mod play;
#[cfg(test)]
mod tests;
pub mod text;

use crate::notice::Notice;
use crate::state::PageState;
use log::Entry;
use std::collections::VecDeque;

/// Most characters of a link the Share dialog offers (about what a QR code a phone reads from a
/// slide and a line of a handout hold); a longer run is shared as a model file instead.
pub const MAX_LINK_CHARS: usize = 2000;

/// What a link needs to rebuild the current run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Record {
    /// The state the run began from (the last change that rebuilt it).
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

/// A link's run still to be replayed.
#[derive(Clone, Debug, Default)]
pub struct Replay {
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
    let mut settings = form_urlencoded::Serializer::new(String::new());
    let mut replay = Replay::default();
    let mut notices = Vec::new();
    for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        match key.as_ref() {
            "epoch" => replay.epoch = position("epoch", &value, &mut notices),
            "step" => replay.step = position("step", &value, &mut notices),
            "log" => {
                let (entries, mut bad) = log::read(&value);
                replay.entries = entries.into_iter().enumerate().map(|(i, e)| (i + 1, e)).collect();
                notices.append(&mut bad);
            }
            _ => {
                settings.append_pair(&key, &value);
            }
        }
    }
    replay.active = replay.epoch > 0 || replay.step > 0 || !replay.entries.is_empty();
    (settings.finish(), replay, notices)
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
