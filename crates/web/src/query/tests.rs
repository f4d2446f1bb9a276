//! The URL table: round trips, fallbacks with notices, and hostile input.

use super::*;
use crate::state::{Hide, UserPoint};
use asaku_core::functions::Activation;
use asaku_core::network::Regularization;
use asaku_core::optimizer::OptimizerKind;

#[test]
fn every_setting_round_trips() {
    let mut state = PageState::default();
    state.settings.data.kind = DataKind::Spiral3;
    state.settings.data.noise = 0.25;
    state.settings.hidden = vec![8, 8, 3];
    state.settings.activation = Activation::LeakyRelu;
    state.settings.optimizer = OptimizerKind::Adam;
    state.settings.learning_rate = 0.003;
    state.settings.regularization = Regularization::new(Penalty::L1, 0.001).unwrap();
    state.settings.features = FeatureSet::parse("x1,x2,sin-x1").unwrap();
    state.view.speed = 5;
    state.view.discrete = true;
    state.view.lang = Some("ja".into());
    state.view.embed = true;
    state.view.present = true;
    state.view.hide = Hide { data: true, settings: true, layers: true, speed: true, activation: true };
    state.user_points = Some(vec![
        UserPoint { x: [1.5, -2.25], label: 1.0, test: false },
        UserPoint { x: [0.0, 3.0], label: 0.0, test: true },
    ]);
    let query = write(&state);
    assert!(query.contains("features=x1,x2,sin-x1"), "{query}");
    assert!(query.contains("user=1.5:-2.25:1,0:3:0:t"), "{query}");
    for key in [
        "embed=1",
        "present=1",
        "data_hide=1",
        "settings_hide=1",
        "layers_hide=1",
        "speed_hide=1",
        "activation_hide=1",
    ] {
        assert!(query.contains(key), "{key} missing from {query}");
    }
    let (back, notices) = read(&query);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back, state);
}

#[test]
fn defaults_write_every_setting() {
    let query = write(&PageState::default());
    for key in ["data=circle", "layers=4,2", "activation=tanh", "lr=0.03", "batch=10", "seed=1", "speed=1"] {
        assert!(query.contains(key), "{key} missing from {query}");
    }
    assert_eq!(read(&format!("?{query}")).0, PageState::default());
}

#[test]
fn malformed_values_fall_back_with_a_notice_each() {
    let (state, notices) = read(
        "?activation=sigmod&lr=-1&layers=4,99&batch=0&bogus=1&noise=abc&speed=9000&test=maybe&activation2=x",
    );
    assert_eq!(state, PageState::default());
    assert_eq!(notices.len(), 9, "{notices:#?}");
    assert!(
        notices[0]
            .to_string()
            .starts_with("activation = \"sigmod\": unknown activation \"sigmod\": use one of step,"),
        "{}",
        notices[0]
    );
    assert!(notices[1].contains("the learning rate is -1"), "{}", notices[1]);
    assert!(notices[2].contains("0 to 6 layers of 1 to 8 neurons"), "{}", notices[2]);
    assert!(notices[4].contains("\"bogus\" is not a setting"), "{}", notices[4]);
}

#[test]
fn good_values_survive_next_to_bad_ones() {
    let (state, notices) = read("activation=relu&lr=abc&batch=25");
    assert_eq!(state.settings.activation, Activation::Relu);
    assert_eq!(state.settings.batch_size, 25);
    assert_eq!(state.settings.learning_rate, 0.03);
    assert_eq!(notices.len(), 1);
}

#[test]
fn hostile_text_is_clipped_and_encoded() {
    let long = "<script>alert(1)</script>".repeat(10);
    let (_, notices) = read(&format!("data={long}"));
    assert!(!notices[0].contains(&long[..60]), "the value is clipped: {}", notices[0]);
    assert!(notices[0].contains("alert(1…"), "{}", notices[0]);
    let mut state = PageState::default();
    state.view.lang = Some("a&b=<c>".into());
    assert!(write(&state).contains("lang=a%26b%3D%3Cc%3E"));
}

#[test]
fn user_points_reject_bad_entries() {
    assert!(read("user=1:2:1").1.is_empty());
    for bad in ["user=1:2", "user=1:x:0", "user=1:2:0:q", "user=nan:1:0", "user=inf:1:0"] {
        assert_eq!(read(bad).1.len(), 1, "{bad}");
    }
    assert_eq!(read("user=").0.user_points, Some(vec![]));
}

#[test]
fn user_points_keep_the_precision_they_are_written_with() {
    let (state, _) = read("user=1.23456:-0.0004:1");
    assert_eq!(state.user_points.as_ref().unwrap()[0].x, [1.23456, -0.0004]);
    assert!(write(&state).ends_with("user=1.23456:-0.0004:1"), "{}", write(&state));
    assert_eq!(read(&write(&state)).0, state);
}

#[test]
fn seeds_javascript_cannot_hold_fall_back_with_a_notice() {
    let (state, notices) = read("seed=9007199254740993&dataseed=4294967296");
    assert_eq!(state, PageState::default());
    assert_eq!(notices.len(), 2, "{notices:?}");
    assert!(
        notices[0].to_string().starts_with(
            "seed = \"9007199254740993\": the seed is 9007199254740993, but it must be a whole number from 0 to 4294967295"
        ),
        "{}",
        notices[0]
    );
    assert!(notices[1].contains("the data seed is 4294967296"), "{}", notices[1]);
    assert_eq!(read("seed=4294967295").0.settings.seed, 4_294_967_295);
}

#[test]
fn numbers_that_do_not_survive_f32_fall_back_with_a_notice() {
    let (state, notices) = read("lr=1e-50&user=1e308:0:0&regrate=1e-50");
    assert_eq!(notices.len(), 2, "{notices:?}");
    assert!(notices[0].contains("which is 0 in 32-bit floats"), "{}", notices[0]);
    assert!(notices[1].contains("point 1 of the user's is (1e308, 0)"), "{}", notices[1]);
    assert_eq!((state.settings.learning_rate, state.user_points), (0.03, None));
    assert_eq!(state.settings.regularization.rate, 1e-50, "a rate of 0 in f32 is still a rate");
}

#[test]
fn user_points_must_lie_in_the_plot_with_labels_of_the_data() {
    assert!(read("data=xor&user=6:-6:1,-6:6:0").1.is_empty());
    assert_eq!(read("data=xor&user=6.5:0:1").1.len(), 1);
    assert_eq!(read("data=plane&user=0:0:1.5").1.len(), 1);
    // The data set is read first, so a later data set that the points do not fit is refused.
    let (state, notices) = read("data=spiral3&user=0:0:2&data=circle");
    assert_eq!(state.settings.data.kind, DataKind::Spiral3);
    assert!(notices[0].contains("a class from 0 to 1 for circle"), "{}", notices[0]);
}

#[test]
fn layout_switches_are_written_only_when_on_and_refuse_other_values() {
    let query = write(&PageState::default());
    assert!(!query.contains("embed") && !query.contains("_hide"), "{query}");
    let (state, notices) = read("embed=yes&speed_hide=1");
    assert!(!state.view.embed && state.view.hide.speed);
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!(notices[0].key, "notice.value");
}

#[test]
fn present_mode_is_a_switch_written_only_when_on() {
    let (state, notices) = read("present=1");
    assert!(state.view.present && notices.is_empty(), "{notices:?}");
    assert!(write(&state).contains("present=1"));
    assert!(!write(&PageState::default()).contains("present"));
    let (state, notices) = read("present=big");
    assert!(!state.view.present);
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!(notices[0].key, "notice.value");
    assert!(notices[0].to_string().contains("present"), "{}", notices[0]);
}

#[test]
fn a_lesson_reads_present_mode_alone() {
    assert_eq!(read_present("lesson=loss&present=1&w1=0.5"), (true, vec![]));
    assert_eq!(read_present("?lesson=loss"), (false, vec![]));
    let (on, notices) = read_present("lesson=loss&present=2&bogus=1");
    assert!(!on);
    assert_eq!(notices.len(), 1, "only present's own notice: {notices:?}");
    assert!(is_layout_key("present"), "the tabs carry present mode on their own");
}
