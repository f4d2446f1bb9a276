//! The playground's run as the lessons read it: keys, epochs asked, fallbacks and the tabs' keys.

use super::*;

#[test]
fn the_lesson_reads_the_playground_keys_and_trains_the_epochs_asked() {
    let mut notices = Vec::new();
    let query = "lesson=backprop&data=xor&layers=3&seed=7&epoch=4&row=2&lang=ja&embed=1&section=cost&keys=1";
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
    // A run changed by hand goes along with its log.
    let run = "data=xor&epoch=3&step=2&form=2&log=40%3Aw%3A1%3A1%3A1%3A2.5";
    assert_eq!(network_keys(&format!("lesson=backprop&{run}&lang=en")), run);
}
