//! The playground's network as the lessons on training see it. Lessons 6 (backprop) and 8
//! (mini-batches) read the playground's settings from their own URL, with the same keys as the
//! playground's, plus `epoch`: how many epochs the playground had trained. The same settings
//! and seed give the same weights, so the lesson works on the network the user was watching.

use super::catchup::{epoch_allowed, MAX_STEPS};
use super::{query_value, whole_in};
use crate::notice::Notice;
use crate::playground::{settle, Run};
use crate::query;
use crate::state::PageState;
use crate::work::{frame_steps, step_work};
use asaku_core::train::Trainer;
use wasm_bindgen::prelude::*;

/// Most epochs the backprop lesson trains the playground's network to from a link.
pub const MAX_EPOCH: usize = 2000;

/// Largest `epoch` read as a number (more than a lesson allows is cut, with a notice).
const EPOCH_READ: usize = 1_000_000;

/// Keys of a lesson's URL that are not the playground's (besides [`super::view::KEYS`]).
const VIEW_KEYS: [&str; 4] = ["lesson", "embed", "present", "lang"];

/// The playground's run inside a lesson: its state (settings and user points) and its trainer.
pub struct PlaygroundRun {
    /// The playground's state, as its URL keys describe it (`lang` left to the page).
    pub state: PageState,
    /// The trainer those settings build (untrained until the lesson trains it, see
    /// [`epoch_asked`]).
    pub trainer: Trainer<f32>,
    /// Examples evaluated at the end of each epoch (training and test), for the work per step.
    pub evaluated: usize,
}

impl PlaygroundRun {
    /// Reads the playground's keys from a lesson's query, skipping `epoch`, the page's view keys
    /// and the lesson's `own` keys. Unusable values fall back with a notice; a network
    /// that cannot be built here (e.g. too few points of the user's) falls back to the
    /// playground's default network, with a notice.
    pub fn read(query: &str, own: &[&str], notices: &mut Vec<Notice>) -> PlaygroundRun {
        let skip = |key: &str| {
            key == "epoch"
                || VIEW_KEYS.contains(&key)
                || super::view::KEYS.contains(&key)
                || own.contains(&key)
        };
        let mut rest = form_urlencoded::Serializer::new(String::new());
        for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
            if !skip(&key) {
                rest.append_pair(&key, &value);
            }
        }
        let (mut state, read_notices, run) = settle(&rest.finish());
        notices.extend(read_notices);
        state.view.lang = None;
        let (trainer, split) = match run {
            Run::Ready { trainer, split } => (*trainer, split),
            Run::Unavailable { problem, .. } => {
                notices.push(Notice::new("notice.noNetwork", []).with("why", (&problem).into()));
                state = PageState::default();
                let split = state.split().expect("the default data generates");
                (state.settings.build_on(&split).expect("the default settings build"), split)
            }
        };
        let evaluated = split.train.points.len() + split.test.points.len();
        PlaygroundRun { state, trainer, evaluated }
    }

    /// The playground's keys and `epoch` (the epoch the lesson shows or is catching up to),
    /// for the lesson's URL.
    pub fn query(&self, epoch: usize) -> String {
        format!("{}&epoch={epoch}", query::write(&self.state))
    }

    /// Steps of the run that fit in one animation frame's work (see [`crate::work`]).
    pub fn frame_steps(&self) -> u32 {
        frame_steps(step_work(&self.trainer, self.evaluated))
    }

    /// Back to the untrained network: the same settings and seed, epoch 0.
    pub fn restart(&mut self) {
        let split = self.state.split().expect("the data was read when the run was built");
        self.trainer = self.state.settings.build_on(&split).expect("the settings built this run before");
    }

    /// The playground's keys alone: the link back to the playground with this network.
    pub fn playground_query(&self) -> String {
        query::write(&self.state)
    }
}

/// The `epoch` of a lesson's query: how many epochs to train the playground's network, a whole
/// number, 0 when absent or unreadable. More than the lesson allows (`max_epochs`, or more than
/// [`MAX_STEPS`] steps at `epoch_steps` per epoch, see [`epoch_allowed`]) is cut, with a notice
/// saying what was asked, what is allowed and what is used.
pub fn epoch_asked(query: &str, max_epochs: usize, epoch_steps: usize, notices: &mut Vec<Notice>) -> usize {
    let value = query_value(query, "epoch");
    let epoch = whole_in("epoch", value.as_deref(), 0..=EPOCH_READ, 0, notices);
    let allowed = epoch_allowed(epoch, max_epochs, epoch_steps);
    if allowed < epoch {
        let vars = [
            ("got", epoch.to_string()),
            ("steps", epoch.saturating_mul(epoch_steps).to_string()),
            ("perEpoch", epoch_steps.to_string()),
            ("maxEpochs", max_epochs.to_string()),
            ("maxSteps", MAX_STEPS.to_string()),
            ("used", allowed.to_string()),
        ];
        notices.push(Notice::new("notice.epochCap", vars));
    }
    allowed
}

/// The playground's keys in `query` (without `lang` and the layout keys) and its `epoch`, as written: what the tabs
/// of the playground and of the lessons on its network carry, so the network goes along.
#[wasm_bindgen(js_name = networkKeys)]
pub fn network_keys(query: &str) -> String {
    let mut kept = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        if key == "epoch" || (key != "lang" && query::is_key(&key) && !query::is_layout_key(&key)) {
            kept.append_pair(&key, &value);
        }
    }
    kept.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lesson_reads_the_playground_keys_and_trains_the_epochs_asked() {
        let mut notices = Vec::new();
        let query =
            "lesson=backprop&data=xor&layers=3&seed=7&epoch=4&row=2&lang=ja&embed=1&section=cost&keys=1";
        let mut run = PlaygroundRun::read(query, &["row"], &mut notices);
        assert_eq!(run.trainer.epoch_count(), 0);
        let steps = run.trainer.steps_per_epoch();
        run.trainer.epochs(epoch_asked(query, MAX_EPOCH, steps, &mut notices));
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(run.trainer.epoch_count(), 4);
        assert_eq!(run.trainer.network().spec().hidden, vec![3]);
        assert!(run.query(4).ends_with("&epoch=4") && run.query(4).contains("seed=7"));
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
        assert_eq!(epoch_asked("epoch=-3", MAX_EPOCH, 25, &mut notices), 0);
        assert_eq!(run.state, PageState::default());
        assert_eq!(notices.len(), 2, "{notices:?}");
        assert!(notices[0].contains("cannot be built"), "{notices:?}");
        assert!(notices[1].contains("epoch = \"-3\" is not a whole number"), "{notices:?}");
        assert_eq!(epoch_asked("epoch=2500&data=xor", MAX_EPOCH, 25, &mut notices), MAX_EPOCH);
        assert_eq!(
            notices[2].to_string(),
            "epoch = 2500 would take 62500 training steps (25 per epoch); from a link this lesson \
             trains at most 2000 epochs and 500000 steps, so it trains to epoch 2000."
        );
        // The link: 9,000 steps per epoch, so the step cap decides.
        assert_eq!(epoch_asked("epoch=2000", MAX_EPOCH, 9000, &mut notices), 55);
        assert!(notices[3].contains("would take 18000000 training steps (9000 per epoch)"), "{notices:?}");
        assert!(notices[3].contains("so it trains to epoch 55."), "{notices:?}");
    }

    #[test]
    fn the_tabs_carry_the_playground_keys_and_the_epoch_only() {
        let query = "?lesson=backprop&precision=f32&data=xor&lr=0.1&lang=ja&epoch=12&embed=1";
        assert_eq!(network_keys(query), "data=xor&lr=0.1&epoch=12");
        assert_eq!(network_keys("lesson=perceptron&w1=0.5"), "");
        // The layout keys are the playground's, but they say how one page is shown, not its network.
        assert_eq!(network_keys("data=xor&embed=1&data_hide=1&speed_hide=1"), "data=xor");
    }
}
