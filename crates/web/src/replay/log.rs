//! The log of changes made by hand, as a link writes it (`log=` in the URL): one entry per
//! change, comma-separated, each `step:change`, where `step` counts the training steps done since
//! the run began when the change was made (in links of the first form, over every rebuild an
//! added point made):
//!
//! - `step:w:layer:row:col:value`: weight `W[layer][row, col]` set to `value`;
//! - `step:b:layer:col:value`: bias `b[layer][col]` set to `value`;
//! - `step:p:x1:x2:label`: a point added at `(x1, x2)` with class (or value) `label` (joining the
//!   running network; in links of the first form, starting the run again with it);
//! - `step:clear`: every point removed; `step:reset`: the run started again from its seed (both
//!   only in links of the first form: today each starts a new run, see [`super`]);
//! - `step:key:from:value`: a setting changed while training from `from` to `value`, `key` one of
//!   [`LIVE_KEYS`] (links of the first form wrote `step:key:value`, without `from`).
//!
//! Reading checks each entry's form (ranges are checked when it is replayed, by the same rules
//! as a change made on the page); a bad entry is left out with a notice naming it and saying
//! what is allowed.

use crate::lessons::catchup::MAX_STEPS;
use crate::notice::{shown, Notice};

/// The URL keys of the settings that change while training (the others rebuild the run).
pub const LIVE_KEYS: [&str; 7] = ["lr", "activation", "optimizer", "batch", "sampling", "reg", "regrate"];

/// One change made by hand (or, for [`Edit::Clear`] and [`Edit::Reset`], read from a link of the
/// first form).
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Weight `W[layer][row, col]`, or the bias `b[layer][col]` when `row` is `None`, set to
    /// `value` (as the engine stores it, in 32-bit floats).
    Weight { layer: usize, row: Option<usize>, col: usize, value: f32 },
    /// A point added at `x` with class (or value) `label` (to three decimals, as links write points).
    Point { x: [f64; 2], label: f64 },
    /// Every point removed.
    Clear,
    /// The run started again from its seed.
    Reset,
    /// A live setting (one of [`LIVE_KEYS`]) changed from `from` (when the link says) to
    /// `value`, both as its URL key writes them.
    Setting { key: &'static str, from: Option<String>, value: String },
}

/// A change and the training steps done since the run began when it was made.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Steps trained before the change.
    pub step: u64,
    /// The change.
    pub edit: Edit,
}

impl Entry {
    /// The entry as the link writes it (see the module's documentation).
    pub fn text(&self) -> String {
        let change = match &self.edit {
            Edit::Weight { layer, row: Some(row), col, value } => format!("w:{layer}:{row}:{col}:{value}"),
            Edit::Weight { layer, row: None, col, value } => format!("b:{layer}:{col}:{value}"),
            Edit::Point { x: [x1, x2], label } => format!("p:{x1}:{x2}:{label}"),
            Edit::Clear => "clear".into(),
            Edit::Reset => "reset".into(),
            Edit::Setting { key, from: Some(from), value } => format!("{key}:{from}:{value}"),
            Edit::Setting { key, from: None, value } => format!("{key}:{value}"),
        };
        format!("{}:{change}", self.step)
    }
}

/// The whole log as the link writes it.
pub fn write(log: &[Entry]) -> String {
    log.iter().map(Entry::text).collect::<Vec<_>>().join(",")
}

/// Reads a log: the entries that have a known form, in order, and a notice for each that has
/// not (or whose step comes before the entry before it, or is past [`MAX_STEPS`]).
pub fn read(text: &str) -> (Vec<Entry>, Vec<Notice>) {
    let mut entries: Vec<Entry> = Vec::new();
    let mut notices = Vec::new();
    for (i, part) in text.split(',').enumerate().filter(|(_, p)| !p.trim().is_empty()) {
        let after = entries.last().map_or(0, |e| e.step);
        match entry(part.trim()).filter(|e| (after..=MAX_STEPS as u64).contains(&e.step)) {
            Some(entry) => entries.push(entry),
            None => notices.push(bad_entry(i + 1, part, after)),
        }
    }
    (entries, notices)
}

/// The notice for entry number `n`, `got`, which could not be read (steps from `after`).
fn bad_entry(n: usize, got: &str, after: u64) -> Notice {
    let vars = [
        ("n", n.to_string()),
        ("got", shown(got)),
        ("after", after.to_string()),
        ("cap", MAX_STEPS.to_string()),
        ("keys", LIVE_KEYS.join(", ")),
    ];
    Notice::new("notice.logEntry", vars)
}

/// One entry, if it has a known form.
fn entry(text: &str) -> Option<Entry> {
    let parts: Vec<&str> = text.split(':').collect();
    let step = whole(parts[0])?;
    let edit = match parts[1..] {
        ["w", layer, row, col, value] => Edit::Weight {
            layer: index(layer)?,
            row: Some(index(row)?),
            col: index(col)?,
            value: real(value)?,
        },
        ["b", layer, col, value] => {
            Edit::Weight { layer: index(layer)?, row: None, col: index(col)?, value: real(value)? }
        }
        ["p", x1, x2, label] => Edit::Point { x: [finite(x1)?, finite(x2)?], label: finite(label)? },
        ["clear"] => Edit::Clear,
        ["reset"] => Edit::Reset,
        [key, value] => Edit::Setting { key: live_key(key)?, from: None, value: value.to_string() },
        [key, from, value] => {
            Edit::Setting { key: live_key(key)?, from: Some(from.to_string()), value: value.to_string() }
        }
        _ => return None,
    };
    Some(Entry { step, edit })
}

/// `key` if it is one of [`LIVE_KEYS`].
fn live_key(key: &str) -> Option<&'static str> {
    LIVE_KEYS.into_iter().find(|k| *k == key)
}

fn whole(text: &str) -> Option<u64> {
    text.bytes().all(|b| b.is_ascii_digit()).then(|| text.parse().ok()).flatten()
}

fn index(text: &str) -> Option<usize> {
    whole(text).and_then(|v| usize::try_from(v).ok())
}

fn finite(text: &str) -> Option<f64> {
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A value the engine's weights hold: finite as a 32-bit float.
fn real(text: &str) -> Option<f32> {
    text.parse::<f32>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_entry_reads_back_as_written() {
        let log = vec![
            Entry { step: 0, edit: Edit::Setting { key: "lr", from: None, value: "0.3".into() } },
            Entry { step: 500, edit: Edit::Weight { layer: 1, row: Some(2), col: 0, value: 2.5 } },
            Entry { step: 500, edit: Edit::Weight { layer: 0, row: None, col: 3, value: -0.125 } },
            Entry { step: 720, edit: Edit::Point { x: [-1.25, 3.5], label: 1.0 } },
            Entry {
                step: 800,
                edit: Edit::Setting { key: "activation", from: Some("relu".into()), value: "tanh".into() },
            },
            Entry { step: 801, edit: Edit::Clear },
            Entry { step: 900, edit: Edit::Reset },
        ];
        let text = write(&log);
        assert_eq!(
            text,
            "0:lr:0.3,500:w:1:2:0:2.5,500:b:0:3:-0.125,720:p:-1.25:3.5:1,800:activation:relu:tanh,801:clear,900:reset"
        );
        assert_eq!(read(&text), (log, vec![]));
    }

    #[test]
    fn a_weight_reads_back_as_the_same_32_bit_float() {
        for value in [0.1f32, -1e-7, 3.4e38, f32::MIN_POSITIVE, 0.624_1] {
            let entry = Entry { step: 1, edit: Edit::Weight { layer: 0, row: Some(0), col: 0, value } };
            assert_eq!(read(&entry.text()).0, vec![entry]);
        }
    }

    #[test]
    fn each_bad_entry_is_left_out_with_a_notice_naming_it() {
        let (entries, notices) =
            read("5:w:0:0:0:1,3:reset,6:w:0:0:1,7:seed:3,8:w:0:0:0:1e39,9:p:0:nan:1,x:clear,7:clear");
        assert_eq!(entries.iter().map(|e| e.step).collect::<Vec<_>>(), vec![5, 7]);
        let said: Vec<String> = notices.iter().map(Notice::to_string).collect();
        assert_eq!(said.len(), 6, "{said:?}");
        assert!(said[0].starts_with("Log entry 2 \"3:reset\""), "{}", said[0]);
        assert!(said[0].contains("from 5 to 500000"), "{}", said[0]);
        assert!(said[2].contains("\"7:seed:3\"") && said[2].contains("lr, activation"), "{}", said[2]);
        let past_cap = read(&format!("{}:reset", MAX_STEPS + 1));
        assert_eq!((past_cap.0.len(), past_cap.1.len()), (0, 1));
    }
}
