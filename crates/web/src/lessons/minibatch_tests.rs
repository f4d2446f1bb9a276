use super::*;
use crate::lessons::minibatch_lesson::MinibatchLesson;

/// The playground's default run (a circle of 500 points, half for training: N = 250).
fn default_comparison() -> Comparison {
    let settings = Settings::default();
    Comparison::new(&settings, &settings.data.generate().unwrap()).unwrap()
}

#[test]
fn the_three_runs_start_from_the_same_weights_and_loss() {
    let c = default_comparison();
    let sizes: Vec<usize> = c.runs().iter().map(|r| r.batch_size).collect();
    assert_eq!(sizes, [1, 10, 250]);
    let first = |r: &Run| r.trainer().history().first().unwrap().train_loss;
    let w = |r: &Run| r.trainer().network().affines().map(|a| a.w.clone()).collect::<Vec<_>>();
    for r in c.runs() {
        assert_eq!(first(r), first(&c.runs()[0]));
        assert_eq!(w(r), w(&c.runs()[0]));
        assert_eq!(r.report().epoch, 0);
    }
    assert!(first(&c.runs()[0]) > 0.5, "an untrained net's loss on the circle: {}", first(&c.runs()[0]));
    assert_eq!(c.loss_top(), 2.0 * first(&c.runs()[0]));
}

#[test]
fn updates_per_epoch_are_n_a_tenth_rounded_up_and_one() {
    let mut c = default_comparison();
    let steps: Vec<usize> = c.runs().iter().map(|r| r.report().steps_per_epoch).collect();
    assert_eq!(steps, [250, 25, 1]);
    c.epochs(2);
    let updates: Vec<usize> = c.runs().iter().map(|r| r.report().updates).collect();
    assert_eq!(updates, [500, 50, 2]);
    assert!(c.runs().iter().all(|r| r.batch_losses().len() == r.report().updates));
    // 23 training points: ⌈23/10⌉ = 3 updates, the last on 3 points.
    let mut settings = Settings::default();
    settings.data.points = 46;
    let c = Comparison::new(&settings, &settings.data.generate().unwrap()).unwrap();
    let steps: Vec<usize> = c.runs().iter().map(|r| r.report().steps_per_epoch).collect();
    assert_eq!((c.runs()[0].report().examples, steps), (23, vec![23, 3, 1]));
}

#[test]
fn small_batches_are_noisy_and_the_full_batch_is_smooth() {
    let mut c = default_comparison();
    c.epochs(20);
    let jitter: Vec<f64> = c.runs().iter().map(|r| r.jitter().unwrap()).collect();
    // Successive batch losses of single examples jump far more than those of 10 examples, and
    // the full batch's move only as much as one small step changes the whole loss.
    assert!(jitter[0] > 2.0 * jitter[1], "{jitter:?}");
    assert!(jitter[1] > 10.0 * jitter[2], "{jitter:?}");
    let full: Vec<f64> = c.runs()[2].trainer().history().recent().iter().map(|s| s.train_loss).collect();
    assert_eq!(full.len(), 21);
    assert!(full.windows(2).all(|w| w[1] < w[0]), "the full batch's loss falls every epoch: {full:?}");
    // Per epoch, 250 small steps get further than one exact step.
    let loss: Vec<f64> = c.runs().iter().map(|r| r.report().loss).collect();
    assert!(loss[0] < loss[1] && loss[1] < loss[2], "{loss:?}");
    // Batch k of epoch e is drawn at x = e + k/S.
    assert_eq!(c.runs()[1].batch_losses()[26][0], 1.0 + 1.0 / 25.0);
    assert_eq!(c.runs()[2].batch_losses()[3], [3.0, c.runs()[2].batch_losses()[3][1]]);
}

#[test]
fn each_epoch_is_timed_and_the_cap_stops_training() {
    let mut settings = Settings::default();
    settings.data.points = 20;
    let mut c = Comparison::new(&settings, &settings.data.generate().unwrap()).unwrap();
    assert!(c.runs().iter().all(|r| r.report().ms_per_epoch.is_none()));
    c.epochs(MAX_EPOCHS + 5);
    assert_eq!(c.epoch_count(), MAX_EPOCHS);
    assert_eq!(c.epochs(1), 0);
    for r in c.runs() {
        let report = r.report();
        assert_eq!((report.epoch, report.timed_epochs), (MAX_EPOCHS, MAX_EPOCHS));
        assert!(report.ms_per_epoch.unwrap() > 0.0, "{report:?}");
    }
    c.restart();
    assert_eq!(c.epoch_count(), 0);
    let fresh = Comparison::new(&settings, &settings.data.generate().unwrap()).unwrap();
    for (r, f) in c.runs().iter().zip(fresh.runs()) {
        assert_eq!(r.trainer().history(), f.trainer().history());
        assert!(r.batch_losses().is_empty());
        assert_eq!(r.report().timed_epochs, MAX_EPOCHS, "the time measured so far is kept");
    }
}

#[test]
fn a_diverging_run_stops_where_it_was_and_the_others_go_on() {
    // A regression with ReLU and lr = 100: some run's weights blow up within 5 epochs.
    let settings = Settings {
        learning_rate: 100.0,
        activation: asaku_core::functions::Activation::Relu,
        output: asaku_core::layers::Output::Identity,
        data: asaku_core::data::DataSpec { kind: asaku_core::data::DataKind::Plane, ..Default::default() },
        ..Settings::default()
    };
    let mut c = Comparison::new(&settings, &settings.data.generate().unwrap()).unwrap();
    c.epochs(5);
    assert!(c.diverged() >= 1);
    let stopped = c.runs().iter().find(|r| r.report().status != Status::Training).unwrap();
    let at = stopped.report().epoch;
    assert!(at < 5 && stopped.trainer().history().recent().iter().all(|s| s.train_loss.is_finite()));
    assert_eq!(c.epoch_count(), 5);
    let going: Vec<_> =
        c.runs().iter().map(|r| (r.batch_size, r.report().epoch, r.report().status)).collect();
    assert!(going.iter().any(|g| g.1 == 5 && g.2 == Status::Training), "{going:?}");
    assert!(c.diverged() < 3);
}

#[test]
fn the_url_gives_the_same_runs_back() {
    let mut lesson = MinibatchLesson::new("lesson=minibatch&data=xor&layers=3&seed=7&epoch=3&lang=ja");
    assert!(lesson.notices().is_empty(), "{:?}", lesson.notices());
    assert_eq!(
        lesson.run_reports().iter().map(|r| r.epoch).collect::<Vec<_>>(),
        [0, 0, 0],
        "built at epoch 0"
    );
    lesson.advance_by(usize::MAX);
    let query = lesson.query();
    assert!(query.starts_with("lesson=minibatch&data=xor&") && query.ends_with("&epoch=3"), "{query}");
    assert!(query.contains("seed=7") && !query.contains("lang"), "{query}");
    assert_eq!(lesson.playground_query(), query["lesson=minibatch&".len()..query.len() - "&epoch=3".len()]);
    let mut again = MinibatchLesson::new(&query);
    again.advance_by(usize::MAX);
    assert_eq!(again.query(), query);
    let numbers = |l: &MinibatchLesson| {
        l.run_reports().iter().map(|r| (r.epoch, r.updates, r.loss, r.accuracy, r.jitter)).collect::<Vec<_>>()
    };
    assert_eq!(numbers(&again), numbers(&lesson));
    assert_eq!(numbers(&lesson).iter().map(|n| n.0).collect::<Vec<_>>(), [3, 3, 3]);
}

#[test]
fn bad_values_fall_back_with_a_notice() {
    let lesson = MinibatchLesson::new("lesson=minibatch&epoch=-3&lr=abc");
    assert_eq!(lesson.notices().len(), 2, "{:?}", lesson.notices());
    assert!(lesson.notices().iter().any(|n| n.contains("epoch = \"-3\"")), "{:?}", lesson.notices());
    assert!(lesson.notices().iter().any(|n| n.contains("lr")), "{:?}", lesson.notices());
    assert!(
        lesson.query().contains("&lr=0.03&") && lesson.query().ends_with("&epoch=0"),
        "{}",
        lesson.query()
    );
    let far = MinibatchLesson::new("points=20&epoch=900");
    assert_eq!(far.epoch_count(), MAX_EPOCHS);
    assert!(far.notices()[0].contains("this lesson trains at most 200 epochs"), "{:?}", far.notices());
    // The link: 9,000 + 900 + 1 steps an epoch, so the step cap allows 50 epochs.
    let big = MinibatchLesson::new("points=10000&ratio=0.9&batch=1&layers=8,8,8,8,8,8&epoch=2000");
    assert_eq!((big.epoch_count(), big.max_epochs()), (50, 50));
    assert!(
        big.notices()[0].contains("would take 19802000 training steps (9901 per epoch)"),
        "{:?}",
        big.notices()
    );
    assert!(big.run_reports().iter().all(|r| r.epoch == 0), "nothing is trained before the page asks");
    let unbuildable = MinibatchLesson::new("user=0.5:0.5:0&epoch=1");
    assert!(unbuildable.notices()[0].contains("cannot be built"), "{:?}", unbuildable.notices());
    assert_eq!(unbuildable.run_reports()[2].batch_size, 250);
}

#[test]
fn catching_up_in_frames_reaches_the_runs_of_one_go_and_cancel_goes_back_to_a_common_epoch() {
    let mut settings = Settings::default();
    settings.data.points = 60;
    let split = settings.data.generate().unwrap();
    let mut whole = Comparison::new(&settings, &split).unwrap();
    whole.epochs(4);
    let mut framed = Comparison::new(&settings, &split).unwrap();
    framed.ask(4);
    let total = framed.progress().total;
    assert_eq!(total, 4 * framed.epoch_steps());
    let mut calls = 0;
    while framed.advance(7) > 0 {
        calls += 1;
        assert!(framed.progress().done <= 7 * calls, "a call never does more than 7 steps");
    }
    assert_eq!(calls, total.div_ceil(7));
    for (f, w) in framed.runs().iter().zip(whole.runs()) {
        assert_eq!(f.trainer().history(), w.trainer().history());
        assert_eq!(f.batch_losses(), w.batch_losses());
    }
    // Cancelled within epoch 6 (B = 1 through it, B = 10 two steps in): every run goes back to 5.
    framed.ask(6); // to epoch 10
    framed.advance(framed.epoch_steps() + 30 + 2);
    framed.cancel();
    let p = framed.progress();
    assert_eq!((p.epoch, p.target, p.cancelled, p.done == p.total), (5, 5, Some(10), true));
    let mut five = Comparison::new(&settings, &split).unwrap();
    five.epochs(5);
    for (f, w) in framed.runs().iter().zip(five.runs()) {
        assert_eq!((f.trainer().epoch_count(), f.trainer().step_in_epoch()), (5, 0));
        assert_eq!(f.trainer().history(), w.trainer().history());
        assert_eq!(f.batch_losses(), w.batch_losses());
    }
}

#[test]
fn the_playgrounds_changes_by_hand_are_left_out_with_a_notice() {
    let lesson =
        MinibatchLesson::new("lesson=minibatch&data=xor&epoch=2&step=3&form=2&log=5%3Aw%3A0%3A0%3A0%3A2.5");
    assert_eq!(lesson.notices().len(), 1, "{:?}", lesson.notices());
    assert!(lesson.notices()[0].to_string().contains("changes made by hand"), "{:?}", lesson.notices());
    assert!(!lesson.query().contains("log"), "{}", lesson.query());
    let plain = MinibatchLesson::new("lesson=minibatch&data=xor&epoch=2&step=3");
    assert!(plain.notices().is_empty(), "{:?}", plain.notices());
}
