//! A link is the run: opening the link of a run replays it to the same weights, epoch and
//! next losses, whatever was changed by hand on the way.

use crate::lessons::catchup::Progress;
use crate::playground::{Playground, Run};
use crate::state::PageState;

/// Every weight and bias of the network, in order.
pub(crate) fn parameters(pg: &Playground) -> Vec<f32> {
    (0..8).flat_map(|l| [pg.weights(l), pg.biases(l)].concat()).collect()
}

pub(crate) fn position(pg: &Playground) -> (usize, usize) {
    let Run::Ready { trainer, .. } = &pg.run else { panic!("the run is ready") };
    (trainer.epoch_count(), trainer.step_in_epoch())
}

/// The training losses of the next `epochs` epochs.
pub(crate) fn next_losses(pg: &mut Playground, epochs: u32) -> Vec<f64> {
    pg.train(epochs, None);
    let Run::Ready { trainer, .. } = &pg.run else { panic!("the run is ready") };
    trainer.history().recent().iter().rev().take(epochs as usize).map(|s| s.train_loss).collect()
}

/// Opens `link` and replays it `per_call` steps at a time; returns the playground and the calls.
pub(crate) fn replayed(link: &str, per_call: usize) -> (Playground, usize) {
    let mut pg = Playground::new(link);
    let mut calls = 0;
    loop {
        calls += 1;
        let Progress { done, total, .. } = pg.advance(per_call);
        assert!(done <= calls * per_call, "a call trains at most {per_call} steps");
        if done >= total {
            return (pg, calls);
        }
    }
}

fn live(pg: &mut Playground, change: impl FnOnce(&mut PageState)) {
    let mut next = pg.state.clone();
    change(&mut next);
    pg.apply_and_record(next).unwrap();
}

#[test]
fn the_link_of_a_run_changed_by_hand_replays_to_the_same_weights_epoch_and_losses() {
    let mut pg = Playground::new("data=xor&points=200&batch=7&layers=4,3&seed=11");
    pg.train(20, None);
    pg.set_weight(1, 2, 0, 2.5).unwrap();
    live(&mut pg, |s| s.settings.learning_rate = 0.1);
    pg.train(3, None);
    assert_eq!(pg.add_point_at(1.234_56, -2.5, 1.0).unwrap(), "live");
    assert_eq!(position(&pg), (23, 0), "the point kept the network and its epoch");
    pg.train(2, None);
    live(&mut pg, |s| s.settings.batch_size = 5);
    pg.set_weight(0, -1, 1, -0.75).unwrap();
    pg.train(1, Some(4));
    let link = pg.link();
    assert!(link.contains("&lr=0.1&batch=5&"), "the settings keys show the settings now: {link}");
    assert!(link.contains("&epoch=25&step=4&form=2&log=300:w:1:2:0:2.5,300:lr:0.03:0.1,"), "{link}");
    assert!(link.contains(":p:1.235:-2.5:1,") && link.contains(":batch:7:5,"), "{link}");
    assert!(!link.contains("user="), "the generated points stay generated in the link: {link}");

    let (mut copy, calls) = replayed(&link, 37);
    assert!(calls > 10, "the replay went on over many calls: {calls}");
    assert_eq!(copy.notices(), &[]);
    assert_eq!(parameters(&copy), parameters(&pg));
    assert_eq!(position(&copy), position(&pg));
    assert_eq!(copy.state, pg.state, "the same settings and points");
    assert_eq!(copy.link(), link, "the replayed run links to itself");
    assert_eq!(next_losses(&mut copy, 10), next_losses(&mut pg, 10));
}

/// The scenario: 20 epochs, a weight set to 2.5, a point added; the link reopens the
/// run at epoch 20 with that weight and the added point, and the same next 10 epochs.
#[test]
fn a_point_added_after_training_keeps_the_epoch_and_the_edited_weight() {
    let mut pg = Playground::new("seed=7");
    pg.train(20, None);
    pg.set_weight(0, 0, 0, 2.5).unwrap();
    pg.add_point_at(-1.5, 2.0, 1.0).unwrap();
    assert_eq!((position(&pg), pg.weights(0)[0]), ((20, 0), 2.5));
    let (mut copy, _) = replayed(&pg.link(), 1000);
    assert_eq!((position(&copy), copy.weights(0)[0]), ((20, 0), 2.5));
    let added = |p: &Playground| p.state.user_points.as_ref().and_then(|u| u.last().copied());
    assert_eq!(added(&copy).map(|p| p.x), Some([-1.5, 2.0]));
    assert_eq!(parameters(&copy), parameters(&pg));
    assert_eq!(next_losses(&mut copy, 10), next_losses(&mut pg, 10));
}

#[test]
fn a_live_change_before_training_is_part_of_the_start_and_the_address_shows_the_setting_now() {
    let mut pg = Playground::new("seed=3");
    live(&mut pg, |s| s.settings.activation = asaku_core::functions::Activation::Relu);
    pg.add_point_at(0.5, 0.5, 1.0).unwrap();
    assert_eq!(pg.link(), pg.query(), "no log: the settings are the run's start");
    pg.train(2, None);
    live(&mut pg, |s| s.settings.activation = asaku_core::functions::Activation::Sigmoid);
    let link = pg.link();
    assert!(link.contains("activation=sigmoid") && link.ends_with(":activation:relu:sigmoid"), "{link}");
    assert!(link.contains("&user=") && link.contains("&epoch=2&form=2&log="), "{link}");
    let (copy, _) = replayed(&link, usize::MAX);
    assert_eq!((parameters(&copy), copy.state.clone()), (parameters(&pg), pg.state.clone()));
}

/// A link written before `form=2` (settings = the run's start, an added point began the run
/// again at epoch 0) opens the run it always opened.
#[test]
fn a_link_of_the_first_form_still_opens_the_same_run() {
    let old = "data=xor&points=200&seed=11&epoch=2&step=3\
               &log=0:lr:0.3,40:w:1:1:0:2.5,60:activation:relu,100:p:1.5:-2:1,115:b:0:1:-0.75";
    let (copy, _) = replayed(old, 50);
    assert_eq!(copy.notices(), &[]);
    let mut by_hand = Playground::new("data=xor&points=200&seed=11&lr=0.3&activation=relu");
    by_hand.add_point_at(1.5, -2.0, 1.0).unwrap();
    by_hand.train_steps(15);
    by_hand.set_weight(0, -1, 1, -0.75).unwrap();
    let Run::Ready { trainer, .. } = &by_hand.run else { panic!("the run is ready") };
    let to = 2 * trainer.steps_per_epoch() + 3 - 15;
    by_hand.train_steps(to);
    assert_eq!((position(&copy), parameters(&copy)), ((2, 3), parameters(&by_hand)));
    assert_eq!(copy.state, by_hand.state);
    assert_eq!(copy.link(), by_hand.link(), "and then links it in the current form");
}

#[test]
fn a_link_with_only_an_epoch_trains_that_many_epochs() {
    let mut pg = Playground::new("seed=4");
    pg.train(6, None);
    assert_eq!(pg.link(), format!("{}&epoch=6", pg.query()));
    let (copy, _) = replayed(&pg.link(), usize::MAX);
    assert_eq!((parameters(&copy), position(&copy)), (parameters(&pg), (6, 0)));
}

#[test]
fn reset_and_clear_begin_a_new_run_that_the_link_starts_from() {
    let mut pg = Playground::new("data=circle&points=100&seed=2");
    pg.train(2, None);
    live(&mut pg, |s| s.settings.activation = asaku_core::functions::Activation::Relu);
    pg.train(1, None);
    pg.reset();
    assert_eq!(pg.link(), pg.query(), "a reset begins the run from the settings shown");
    pg.train(1, None);
    pg.clear_points();
    pg.add_point_at(0.5, 0.5, 0.0).unwrap();
    pg.add_point_at(-0.5, 0.5, 1.0).unwrap();
    pg.train(3, None);
    let link = pg.link();
    assert!(link.contains("&user=0.5:0.5:0,-0.5:0.5:1&epoch=3") && !link.contains("log="), "{link}");
    let (copy, _) = replayed(&link, 50);
    assert_eq!((parameters(&copy), position(&copy)), (parameters(&pg), position(&pg)));
}

#[test]
fn a_rebuilding_change_starts_the_link_again_from_the_new_settings() {
    let mut pg = Playground::new("seed=4");
    pg.train(2, None);
    pg.set_weight(0, 0, 0, 1.0).unwrap();
    live(&mut pg, |s| s.settings.hidden = vec![3]);
    assert_eq!(pg.link(), pg.query(), "a new run at epoch 0 with nothing changed by hand");
}

#[test]
fn a_bad_or_refused_entry_is_left_out_with_a_notice_and_the_rest_is_replayed() {
    let (pg, _) = replayed("seed=4&log=0:w:0:0:0:2,0:w:9:0:0:1,0:lr:-3,bogus,0:p:99:0:1", 100);
    let said: Vec<String> = pg.notices().iter().map(ToString::to_string).collect();
    assert_eq!(said.len(), 4, "{said:?}");
    assert!(said[0].starts_with("Log entry 4 \"bogus\""), "{}", said[0]);
    assert!(said[1].starts_with("Log entry 2 \"0:w:9:0:0:1\" could not be replayed"), "{}", said[1]);
    assert!(said[2].contains("learning rate"), "{}", said[2]);
    assert!(said[3].contains("\"0:p:99:0:1\""), "{}", said[3]);
    assert_eq!(pg.weights(0)[0], 2.0, "the good entry was replayed");
    assert_eq!(position(&pg), (0, 0));
}

#[test]
fn an_epoch_before_the_last_change_stops_after_it_with_a_notice() {
    let mut pg = Playground::new("seed=4&epoch=1&log=60:b:0:0:1");
    pg.advance(usize::MAX);
    assert!(pg.notices()[0].contains("comes before the last change"), "{:?}", pg.notices());
}

#[test]
fn cancel_stops_where_the_replay_is_and_the_link_says_so() {
    let mut pg = Playground::new("seed=4&epoch=30");
    pg.advance(120);
    pg.replay_cancel();
    let p = pg.progress();
    assert_eq!((p.done, p.total, p.cancelled), (120, 120, Some(30)));
    assert_eq!(pg.advance(1000).done, 120, "nothing more after a cancel");
    assert!(pg.link().ends_with(&format!("epoch={}&step={}", position(&pg).0, position(&pg).1)));
}

#[test]
fn a_bad_epoch_or_step_falls_back_to_0_with_a_notice() {
    let pg = Playground::new("seed=4&epoch=-1&step=9999999");
    let said: Vec<String> = pg.notices().iter().map(ToString::to_string).collect();
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(said[0].starts_with("epoch = \"-1\" is not a whole number from 0 to 500000"), "{}", said[0]);
    assert!(!pg.replay.active);
}

#[test]
fn a_form_other_than_1_or_2_is_read_as_2_with_a_notice() {
    let pg = Playground::new("seed=4&lr=0.1&form=3&log=0:w:0:0:0:1,5:lr:0.03:0.1");
    let said: Vec<String> = pg.notices().iter().map(ToString::to_string).collect();
    assert_eq!(said, ["form = \"3\" is not a whole number from 1 to 2; 2 is used."]);
    assert_eq!(pg.state.settings.learning_rate, 0.03, "the run starts from the log's first `from`");
}

#[test]
fn a_change_from_a_value_the_setting_did_not_have_is_made_with_a_notice() {
    // The first `from` sets the start (0.03); the second says 0.5 where the first left 0.1.
    let (pg, _) = replayed("seed=4&lr=0.2&form=2&epoch=1&log=5:lr:0.03:0.1,10:lr:0.5:0.2", 100);
    let said: Vec<String> = pg.notices().iter().map(ToString::to_string).collect();
    assert_eq!(said, ["Log entry 2 \"10:lr:0.5:0.2\" changes lr from 0.5, but lr was 0.1 at that step; the change was made."]);
    assert_eq!(pg.state.settings.learning_rate, 0.2);
    // Written as the page writes it, or another spelling of the same value, says nothing.
    let (pg, _) = replayed("seed=4&lr=0.2&form=2&epoch=1&log=5:lr:0.03:0.1,10:lr:0.10:0.2", 100);
    assert!(pg.notices().is_empty(), "{:?}", pg.notices());
}

#[cfg(not(target_arch = "wasm32"))]
mod proptests {
    use super::*;
    use proptest::prelude::*;

    /// Log entries made of the real forms with junk or edge values, and junk.
    fn entry() -> impl Strategy<Value = String> {
        let number =
            prop_oneof!["-?[0-9]{1,3}(\\.[0-9]{1,3})?", Just("1e39".to_string()), Just("nan".into())];
        let step = prop_oneof!["[0-9]{1,3}", Just("500001".to_string()), Just("18446744073709551616".into())];
        let form = prop_oneof![
            Just("w:{n}:{n}:{n}:{n}"),
            Just("b:{n}:{n}:{n}"),
            Just("p:{n}:{n}:{n}"),
            Just("clear"),
            Just("reset"),
            Just("lr:{n}"),
            Just("batch:{n}"),
            Just("activation:relu"),
            Just("seed:{n}"),
        ];
        let junk = "[ -~]{0,12}";
        prop_oneof![
            (step, form, prop::collection::vec(number, 4))
                .prop_map(|(s, f, n)| n.iter().fold(format!("{s}:{f}"), |t, v| t.replacen("{n}", v, 1))),
            junk.prop_map(|j| j.replace(['&', '#'], "")),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// Whatever log, epoch and step a link carries, opening and replaying it never panics,
        /// every notice is a whole sentence, and the run it reaches links to a run with no notice.
        #[test]
        fn any_log_replays_without_panicking(
            entries in prop::collection::vec(entry(), 0..6),
            epoch in prop_oneof!["[0-9]{1,2}", "[ -~]{0,6}"],
        ) {
            let link = format!("data=xor&points=60&seed=1&epoch={epoch}&log={}", entries.join(","));
            let mut pg = Playground::new(&link);
            pg.advance(400);
            pg.replay_cancel();
            for notice in pg.notices() {
                prop_assert!(notice.to_string().ends_with('.'), "{notice}");
            }
            let mut copy = Playground::new(&pg.link());
            copy.advance(usize::MAX);
            prop_assert_eq!(copy.notices(), &[]);
            prop_assert_eq!(parameters(&copy), parameters(&pg));
        }
    }
}
