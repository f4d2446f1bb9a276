//! The playground's network as the lessons on training see it. Lessons 6 (backprop) and 8
//! (mini-batches) read the playground's settings from their own URL, with the same keys as the
//! playground's, plus `epoch`: how many epochs the playground had trained. The same settings
//! and seed give the same weights, so the lesson works on the network the user was watching.
//! A run changed by hand while it trained (weight edits, points, settings: its link's `form=2`
//! log, with `step`) is replayed through a [`Playground`] as the playground replays its own
//! links ([`crate::replay`]), so the backprop lesson shows that network, edits and all.

use super::catchup::{epoch_allowed_within, Progress, MAX_STEPS};
use super::{query_value, whole_in};
use crate::notice::Notice;
use crate::playground::{settle, Playground, Run};
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

/// Keys of a playground's link that say how its run went rather than its settings: where it
/// stands within an epoch, and the changes made by hand (see [`crate::replay`]).
const RUN_KEYS: [&str; 3] = ["step", "form", "log"];

/// The playground's run inside a lesson: its state (settings and user points) and its trainer.
pub struct PlaygroundRun {
    /// The playground's state, as its URL keys describe it (`lang` left to the page).
    pub state: PageState,
    /// The trainer those settings build (untrained until the lesson trains it, see
    /// [`epoch_asked`]).
    pub trainer: Trainer<f32>,
    /// Examples evaluated at the end of each epoch (training and test), for the work per step.
    pub evaluated: usize,
    /// The run's changes by hand, when its link had any (and they were not dropped).
    changes: Option<Changes>,
    /// The run of the link being replayed (see [`PlaygroundRun::start_replay`]).
    replay: Option<Box<Playground>>,
    /// What the replay said (changes of the log it could not make), for the lesson to take.
    pub replay_notices: Vec<Notice>,
}

/// The changes made by hand to the playground's run, and where the run stood with them.
#[derive(Clone, Debug)]
struct Changes {
    /// `form=…&log=…`, as a link writes them.
    keys: String,
    /// The epoch and the step within it where the run with these changes stands: the link's,
    /// then where its replay ended.
    at: (usize, usize),
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
        let (mut step, mut has_log) = (String::new(), false);
        for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
            match key.as_ref() {
                "step" => step = value.into_owned(),
                "log" => has_log = !value.trim().is_empty(),
                "form" => {}
                _ if !skip(&key) => {
                    rest.append_pair(&key, &value);
                }
                _ => {}
            }
        }
        let (mut state, read_notices, run) = settle(&rest.finish());
        notices.extend(read_notices);
        state.view.lang = None;
        let (trainer, split, changes) = match run {
            Run::Ready { trainer, split } => {
                let at = (0, step.trim().parse().unwrap_or(0));
                (*trainer, split, has_log.then(|| Changes { keys: log_keys(query), at }))
            }
            Run::Unavailable { problem, .. } => {
                notices.push(Notice::new("notice.noNetwork", []).with("why", (&problem).into()));
                state = PageState::default();
                let split = state.split().expect("the default data generates");
                (state.settings.build_on(&split).expect("the default settings build"), split, None)
            }
        };
        let evaluated = split.train.points.len() + split.test.points.len();
        PlaygroundRun { state, trainer, evaluated, changes, replay: None, replay_notices: Vec::new() }
    }

    /// Leaves out the run's changes by hand (for a lesson that trains the playground's settings
    /// in its own way), saying so when there were any.
    pub fn drop_changes(&mut self, notices: &mut Vec<Notice>) {
        if self.changes.take().is_some() {
            notices.push(Notice::new("notice.handChanges", []));
        }
    }

    /// The playground's keys, `epoch` (the epoch the lesson shows or is catching up to) and,
    /// for a run changed by hand, `step` (while at the epoch where the changes' run stands),
    /// `form` and `log`: the lesson's URL, and the link back to the playground.
    pub fn query(&self, epoch: usize) -> String {
        let mut link = format!("{}&epoch={epoch}", query::write(&self.state));
        if let Some(Changes { keys, at: (at, step) }) = &self.changes {
            if *at == epoch && *step > 0 {
                link.push_str(&format!("&step={step}"));
            }
            link.push('&');
            link.push_str(keys);
        }
        link
    }

    /// Starts replaying the run's changes by hand, if it had any, to `epoch` (the epoch asked)
    /// and the link's step; [`PlaygroundRun::advance_replay`] does the work. Returns whether
    /// there is a replay.
    pub fn start_replay(&mut self, epoch: usize) -> bool {
        let Some(changes) = &mut self.changes else { return false };
        changes.at.0 = epoch;
        self.replay = Some(Box::new(Playground::new(&self.query(epoch))));
        true
    }

    /// At most `max_steps` more steps of the replay; when it ends, the trainer is the replayed
    /// run's. `None` when nothing is being replayed.
    pub fn advance_replay(&mut self, max_steps: usize) -> Option<Progress> {
        let progress = self.replay.as_mut()?.advance(max_steps);
        if progress.done >= progress.total {
            self.end_replay();
        }
        Some(progress)
    }

    /// Where the replay stands (`None` when nothing is being replayed).
    pub fn replay_progress(&self) -> Option<Progress> {
        self.replay.as_ref().map(|pg| pg.progress())
    }

    /// Stops the replay where it is (the changes not yet made are left out). Returns the epoch
    /// it was asked for, or `None` when nothing was being replayed.
    pub fn cancel_replay(&mut self) -> Option<usize> {
        let pg = self.replay.as_mut()?;
        let asked = pg.progress().target;
        pg.replay_cancel();
        self.end_replay();
        Some(asked)
    }

    /// The replay is over: its trainer becomes the lesson's, its notices the lesson's, and the
    /// changes and position are those it reached.
    fn end_replay(&mut self) {
        let Some(pg) = self.replay.take() else { return };
        let link = pg.link();
        let (notices, trainer) = pg.into_parts();
        self.replay_notices = notices;
        if let Some(trainer) = trainer {
            self.trainer = trainer;
        }
        let at = (self.trainer.epoch_count(), self.trainer.step_in_epoch());
        let keys = log_keys(&link);
        self.changes = keys.contains("log=").then_some(Changes { keys, at });
    }

    /// Steps of the run that fit in one animation frame's work (see [`crate::work`]).
    pub fn frame_steps(&self) -> u32 {
        frame_steps(step_work(&self.trainer, self.evaluated))
    }

    /// Back to the untrained network: the same settings and seed, epoch 0, no changes by hand.
    pub fn restart(&mut self) {
        let split = self.state.split().expect("the data was read when the run was built");
        self.trainer = self.state.settings.build_on(&split).expect("the settings built this run before");
        (self.changes, self.replay) = (None, None);
    }

    /// The link back to the playground with this network: its keys, and where the lesson's run
    /// stands when it has trained or been changed by hand.
    pub fn playground_query(&self) -> String {
        let epoch = self.trainer.epoch_count();
        if epoch == 0 && self.changes.is_none() {
            return query::write(&self.state);
        }
        self.query(epoch)
    }
}

/// The `form` and `log` pairs of a link, as written (so the log is passed on unchanged).
fn log_keys(query: &str) -> String {
    let pairs = query.trim_start_matches('?').split('&');
    pairs.filter(|pair| matches!(pair.split('=').next(), Some("form" | "log"))).collect::<Vec<_>>().join("&")
}

/// The `epoch` of a lesson's query: how many epochs to train the playground's network, a whole
/// number, 0 when absent or unreadable. More than the lesson allows (`max_epochs`, or more than
/// [`MAX_STEPS`] steps at `epoch_steps` per epoch, see [`super::catchup::epoch_allowed`]) is cut, with a notice
/// saying what was asked, what is allowed and what is used.
pub fn epoch_asked(query: &str, max_epochs: usize, epoch_steps: usize, notices: &mut Vec<Notice>) -> usize {
    epoch_asked_within(query, (max_epochs, MAX_STEPS), epoch_steps, notices)
}

/// [`epoch_asked`] with at most `max_epochs` epochs and `max_steps` steps (`(max_epochs, max_steps)`).
pub fn epoch_asked_within(
    query: &str,
    (max_epochs, max_steps): (usize, usize),
    epoch_steps: usize,
    notices: &mut Vec<Notice>,
) -> usize {
    let value = query_value(query, "epoch");
    let epoch = whole_in("epoch", value.as_deref(), 0..=EPOCH_READ, 0, notices);
    let allowed = epoch_allowed_within(epoch, max_epochs, max_steps, epoch_steps);
    if allowed < epoch {
        let vars = [
            ("got", epoch.to_string()),
            ("steps", epoch.saturating_mul(epoch_steps).to_string()),
            ("perEpoch", epoch_steps.to_string()),
            ("maxEpochs", max_epochs.to_string()),
            ("maxSteps", max_steps.to_string()),
            ("used", allowed.to_string()),
        ];
        notices.push(Notice::new("notice.epochCap", vars));
    }
    allowed
}

/// The playground's keys in `query` (without `lang` and the layout keys), its `epoch` and its
/// run's keys (`step`, `form`, `log`), as written: what the tabs of the playground and of the
/// lessons on its network carry, so the network goes along, changes by hand and all.
#[wasm_bindgen(js_name = networkKeys)]
pub fn network_keys(query: &str) -> String {
    let mut kept = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        let setting = key != "lang" && query::is_key(&key) && !query::is_layout_key(&key);
        if key == "epoch" || RUN_KEYS.contains(&key.as_ref()) || setting {
            kept.append_pair(&key, &value);
        }
    }
    kept.finish()
}

#[cfg(test)]
#[path = "run_tests.rs"]
mod tests;
