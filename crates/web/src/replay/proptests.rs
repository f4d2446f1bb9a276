//! The link's form is canonical: whatever is done on the page, in any order, the link of the
//! run replays to the same run, and that run links to the same link.

use super::tests::{next_losses, parameters, position, replayed};
use crate::playground::Playground;
use asaku_core::functions::Activation;
use proptest::prelude::*;

/// Something a person does on the playground.
#[derive(Clone, Debug)]
enum Action {
    Train(usize),
    Weight { layer: usize, row: i32, col: usize, value: f64 },
    Point { x: [f64; 2], label: f64 },
    Rate(f64),
    Activation(Activation),
    Batch(usize),
    Layers(Vec<usize>),
    Reset,
    Clear,
}

fn action() -> impl Strategy<Value = Action> {
    let coordinate = -5.0..5.0f64;
    prop_oneof![
        3 => (0..40usize).prop_map(Action::Train),
        2 => (0..3usize, -1..3i32, 0..3usize, -3.0..3.0f64)
            .prop_map(|(layer, row, col, value)| Action::Weight { layer, row, col, value }),
        2 => (coordinate.clone(), coordinate, 0..2u8)
            .prop_map(|(a, b, label)| Action::Point { x: [a, b], label: f64::from(label) }),
        1 => prop::sample::select(vec![0.01, 0.1, 0.3]).prop_map(Action::Rate),
        1 => prop::sample::select(vec![Activation::Relu, Activation::Sigmoid, Activation::Tanh])
            .prop_map(Action::Activation),
        1 => (1..12usize).prop_map(Action::Batch),
        1 => prop::collection::vec(1..4usize, 1..3).prop_map(Action::Layers),
        1 => Just(Action::Reset),
        1 => Just(Action::Clear),
    ]
}

/// Does `action` as the page does (a refused change changes nothing, as on the page).
fn act(pg: &mut Playground, action: &Action) {
    let mut next = pg.state.clone();
    match action {
        Action::Train(steps) => {
            pg.train_steps(*steps);
            return;
        }
        Action::Weight { layer, row, col, value } => {
            let _refused = pg.set_weight(*layer, *row, *col, *value);
            return;
        }
        Action::Point { x: [a, b], label } => {
            let _refused = pg.add_point_at(*a, *b, *label);
            return;
        }
        Action::Reset => return pg.reset(),
        Action::Clear => return pg.clear_points(),
        Action::Rate(lr) => next.settings.learning_rate = *lr,
        Action::Activation(a) => next.settings.activation = *a,
        Action::Batch(b) => next.settings.batch_size = *b,
        Action::Layers(hidden) => next.settings.hidden.clone_from(hidden),
    }
    let _refused = pg.apply_and_record(next);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_run_links_to_a_link_that_replays_to_it(actions in prop::collection::vec(action(), 0..10)) {
        let mut pg = Playground::new("data=xor&points=40&seed=9");
        for action in &actions {
            act(&mut pg, action);
        }
        let link = pg.link();
        let (mut copy, _) = replayed(&link, 23);
        prop_assert_eq!(copy.notices(), &[]);
        prop_assert_eq!(&copy.state, &pg.state);
        prop_assert_eq!(parameters(&copy), parameters(&pg));
        if matches!(pg.run, crate::playground::Run::Ready { .. }) {
            prop_assert_eq!(position(&copy), position(&pg));
            prop_assert_eq!(next_losses(&mut copy, 2), next_losses(&mut pg, 2));
        }
        prop_assert_eq!(copy.link(), pg.link());
    }
}
