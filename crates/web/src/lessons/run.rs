//! The playground's network as the lessons on training see it. Lessons 6 (backprop) and 8
//! (mini-batches) read the playground's settings from their own URL, with the same keys as the
//! playground's, plus `epoch`: how many epochs the playground had trained. The same settings
//! and seed give the same weights, so the lesson works on the network the user was watching.

use super::{number_in, query_value};
use crate::playground::{settle, Run};
use crate::query;
use crate::state::PageState;
use asaku_core::train::Trainer;

/// Most epochs a lesson trains the playground's network before it starts.
pub const MAX_EPOCH: usize = 2000;

/// Keys of a lesson's URL that are not the playground's.
const VIEW_KEYS: [&str; 3] = ["lesson", "embed", "lang"];

/// The playground's run inside a lesson: its state (settings and user points) and its trainer.
pub struct PlaygroundRun {
    /// The playground's state, as its URL keys describe it (`lang` left to the page).
    pub state: PageState,
    /// The trainer those settings build, trained for the epochs the link asked for.
    pub trainer: Trainer<f32>,
}

impl PlaygroundRun {
    /// Reads the playground's keys and `epoch` from a lesson's query, skipping the page's view
    /// keys and the lesson's `own` keys. Unusable values fall back with a notice; a network
    /// that cannot be built here (e.g. too few points of the user's) falls back to the
    /// playground's default network, with a notice.
    pub fn read(query: &str, own: &[&str], notices: &mut Vec<String>) -> PlaygroundRun {
        let skip = |key: &str| key == "epoch" || VIEW_KEYS.contains(&key) || own.contains(&key);
        let mut rest = form_urlencoded::Serializer::new(String::new());
        for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
            if !skip(&key) {
                rest.append_pair(&key, &value);
            }
        }
        let (mut state, read_notices, run) = settle(&rest.finish());
        notices.extend(read_notices);
        state.view.lang = None;
        let mut trainer = match run {
            Run::Ready { trainer, .. } => *trainer,
            Run::Unavailable { problem, .. } => {
                notices.push(format!(
                    "The playground's network cannot be built: {problem}. The default network is used."
                ));
                state = PageState::default();
                state.settings.build().expect("the default settings build")
            }
        };
        let epoch = query_value(query, "epoch");
        let epochs = number_in("epoch", epoch.as_deref(), 0.0..=MAX_EPOCH as f64, 0.0, notices);
        trainer.epochs(epochs as usize);
        PlaygroundRun { state, trainer }
    }

    /// The playground's keys and `epoch` (epochs completed), for the lesson's URL and the link
    /// back to the playground.
    pub fn query(&self) -> String {
        format!("{}&epoch={}", query::write(&self.state), self.trainer.epoch_count())
    }

    /// The playground's keys alone: the link back to the playground with this network.
    pub fn playground_query(&self) -> String {
        query::write(&self.state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lesson_reads_the_playground_keys_and_trains_the_epochs_asked() {
        let mut notices = Vec::new();
        let query = "lesson=backprop&data=xor&layers=3&seed=7&epoch=4&row=2&lang=ja&embed=1";
        let run = PlaygroundRun::read(query, &["row"], &mut notices);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(run.trainer.epoch_count(), 4);
        assert_eq!(run.trainer.network().spec().hidden, vec![3]);
        assert!(run.query().ends_with("&epoch=4") && run.query().contains("seed=7"));
        assert!(!run.playground_query().contains("lang"));
        // The same settings and seed give the same weights as the playground's own run.
        let mut own = run.state.settings.build::<f32>().unwrap();
        own.epochs(4);
        let w = |t: &Trainer<f32>| t.network().affines().next().map(|a| a.w.clone());
        assert_eq!(w(&own), w(&run.trainer));
    }

    #[test]
    fn unusable_values_and_an_unbuildable_network_fall_back_with_notices() {
        let mut notices = Vec::new();
        let run = PlaygroundRun::read("epoch=-3&user=0.5:0.5:0", &[], &mut notices);
        assert_eq!(run.trainer.epoch_count(), 0);
        assert_eq!(run.state, PageState::default());
        assert_eq!(notices.len(), 2, "{notices:?}");
        assert!(notices[0].contains("cannot be built"), "{notices:?}");
        assert!(notices[1].contains("epoch = \"-3\""), "{notices:?}");
    }
}
