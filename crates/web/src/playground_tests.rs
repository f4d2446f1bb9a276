//! The playground's one way to change its state: checked as a whole, all or nothing.

use super::*;
use crate::state::UserPoint;
use asaku_core::network::{Penalty, Regularization};
use asaku_core::optimizer::OptimizerKind;

/// What a refused change must leave as it was: the state, and the trainer's settings and weights.
#[derive(Debug, PartialEq)]
struct Seen {
    state: PageState,
    learning_rate: f64,
    optimizer: OptimizerKind,
    steps_per_epoch: usize,
    regularization: Regularization,
    epoch: usize,
    weights: Vec<f32>,
}

fn seen(pg: &Playground) -> Seen {
    let Run::Ready { trainer, .. } = &pg.run else { panic!("the run is ready") };
    Seen {
        state: pg.state.clone(),
        learning_rate: trainer.optimizer().learning_rate(),
        optimizer: trainer.optimizer().kind(),
        steps_per_epoch: trainer.steps_per_epoch(),
        regularization: trainer.network().regularization,
        epoch: trainer.epoch_count(),
        weights: pg.weights(0),
    }
}

/// A trained playground, what it shows, and `change` applied to a copy of its state: the
/// change must be refused with a sentence containing `says`, and nothing may have changed.
fn refused(change: impl FnOnce(&mut PageState), says: &str) {
    let mut pg = Playground::new("seed=3");
    pg.train(2, None);
    let before = seen(&pg);
    let mut next = pg.state.clone();
    change(&mut next);
    let err = pg.apply_state(next).expect_err(says).to_string();
    assert!(err.contains(says), "{err}");
    assert_eq!(seen(&pg), before);
}

#[test]
fn a_live_change_that_fails_on_its_last_setting_changes_nothing() {
    refused(
        |s| {
            s.settings.learning_rate = 0.5;
            s.settings.optimizer = OptimizerKind::Adam;
            s.settings.batch_size = 0;
        },
        "the batch size is 0",
    );
}

#[test]
fn a_regularization_built_around_its_constructor_is_refused() {
    let penalty = Regularization { penalty: Penalty::L2, rate: 50.0 };
    refused(|s| s.settings.regularization = penalty, "the regularisation rate is 50");
}

#[test]
fn the_page_limits_hold_for_changes_as_for_links() {
    refused(|s| s.settings.hidden = vec![2; 7], "0 to 6 layers of 1 to 8 neurons");
    refused(|s| s.settings.hidden = vec![9], "0 to 6 layers of 1 to 8 neurons");
    refused(|s| s.view.speed = 51, "the speed (epochs per frame) is 51");
    refused(|s| s.view.lang = Some("fr".into()), "the language is fr");
    refused(|s| s.settings.seed = 9_007_199_254_740_993, "from 0 to 4294967295");
    refused(|s| s.settings.data.seed = 1 << 40, "the data seed is 1099511627776");
}

#[test]
fn numbers_are_checked_as_the_f32_the_engine_trains_with() {
    refused(|s| s.settings.learning_rate = 1e-50, "1e-50, which is 0 in 32-bit floats");
    refused(|s| s.settings.regularization.rate = f64::NAN, "the regularisation rate is NaN");
    let far = UserPoint { x: [1e308, 0.0], label: 0.0, test: false };
    refused(|s| s.user_points = Some(vec![far]), "point 1 of the user's is (1e308, 0)");
}

#[test]
fn user_points_must_fit_the_data_set() {
    let class = |label| UserPoint { x: [0.0, 0.0], label, test: false };
    refused(|s| s.user_points = Some(vec![class(0.0), class(2.0)]), "point 2 of the user's");
    refused(|s| s.user_points = Some(vec![class(0.5)]), "a class from 0 to 1 for circle");
}

#[test]
fn a_point_added_outside_the_plot_or_with_a_huge_label_is_refused() {
    let mut pg = Playground::new("data=plane");
    let before = pg.state.clone();
    let err = pg.add_user_point(UserPoint { x: [1e308, 0.0], label: 0.0, test: false }).unwrap_err();
    assert!(
        err.to_string().starts_with("the new point is (1e308, 0), but it must be x1 from -6 to 6"),
        "{err}"
    );
    let err = pg.add_user_point(UserPoint { x: [0.0, 0.0], label: 1e39, test: false }).unwrap_err();
    assert!(err.to_string().contains("a number from -1 to 1"), "{err}");
    assert_eq!(pg.state, before);
    pg.add_user_point(UserPoint { x: [6.0, -6.0], label: 1.0, test: false }).unwrap();
    assert_eq!(pg.state.user_points.as_ref().unwrap().last().unwrap().x, [6.0, -6.0]);
}

#[test]
fn editing_a_noisy_set_keeps_only_the_points_inside_the_plot() {
    let mut pg = Playground::new("data=spiral&noise=0.5&points=1000");
    let generated = pg.state.user_points_or_generated().len();
    assert!(generated < 1000, "some points lie outside the plot: {generated}");
    pg.add_user_point(UserPoint { x: [0.0, 0.0], label: 1.0, test: false }).unwrap();
    assert_eq!(pg.state.user_points.as_ref().unwrap().len(), generated + 1);
}

#[test]
fn a_valid_change_still_applies_live() {
    let mut pg = Playground::new("seed=3");
    pg.train(2, None);
    let mut next = pg.state.clone();
    next.settings.learning_rate = 0.1;
    next.settings.regularization = Regularization::new(Penalty::L1, 0.001).unwrap();
    assert_eq!(pg.apply_state(next.clone()), Ok(Change::Live));
    let after = seen(&pg);
    assert_eq!(
        (after.learning_rate, after.regularization, after.epoch),
        (0.1, next.settings.regularization, 2)
    );
}

/// Adding a point turns the generated points into the user's own: the link the page then writes
/// reads back to the same points, not to points rounded to the link's 3 decimals.
#[test]
fn a_link_with_an_added_point_reads_back_to_the_same_points() {
    let mut pg = Playground::new("seed=3");
    pg.add_point_at(1.234_567, -2.345_678, 1.0).unwrap();
    let again = Playground::new(&pg.query());
    assert!(again.notices().is_empty(), "{:?}", again.notices());
    let (read, made) = (again.state.user_points.clone().unwrap(), pg.state.user_points.clone().unwrap());
    let moved: Vec<_> = read.iter().zip(&made).filter(|(a, b)| a != b).take(3).collect();
    assert_eq!((read.len(), moved), (made.len(), vec![]));
    assert_eq!(again.query(), pg.query());
}

/// A point a person writes with more decimals than the page's own is read as written.
#[test]
fn a_hand_written_point_is_not_rewritten() {
    let pg = Playground::new("user=0.1234:0.5:1,1:-1.25:0");
    assert!(pg.notices().is_empty(), "{:?}", pg.notices());
    assert!(pg.query().ends_with("user=0.1234:0.5:1,1:-1.25:0"), "{}", pg.query());
}
