//! A point added after training began keeps the network, and the network then trains on the
//! points the page shows, lists, exports and builds on after a Reset.

use super::*;
use crate::replay::tests::{next_losses, parameters, position};

fn trained_on(pg: &Playground) -> (usize, usize) {
    let Run::Ready { trainer, split } = &pg.run else { panic!("the run is ready") };
    assert_eq!(trainer.training_examples().len(), split.train.points.len());
    (split.train.points.len(), split.test.points.len())
}

#[test]
fn a_point_on_noisy_generated_data_keeps_the_network_and_trains_on_the_points_shown() {
    let mut pg = Playground::new("data=spiral&noise=0.5&points=300&seed=4");
    pg.train(5, None);
    let weights = parameters(&pg);
    assert_eq!(pg.add_point_at(0.5, -0.5, 1.0).unwrap(), "live");
    assert_eq!((position(&pg), parameters(&pg)), ((5, 0), weights), "the network and its epoch are kept");
    let shown = pg.state.split().unwrap();
    assert!(
        shown.train.points.len() + shown.test.points.len() < 301,
        "some noisy points lay outside the plot"
    );
    let Run::Ready { split, .. } = &pg.run else { panic!("the run is ready") };
    assert_eq!(split, &shown, "the network trains on the points the page lists");
    assert_eq!(trained_on(&pg), (shown.train.points.len(), shown.test.points.len()));

    let mut opened = Playground::new("");
    opened.import_model(&pg.export_model().unwrap()).unwrap();
    assert_eq!(parameters(&opened), parameters(&pg));
    assert_eq!(next_losses(&mut opened, 3), next_losses(&mut pg, 3), "the model file reopens the run");
}

#[test]
fn a_point_before_any_training_begins_the_run_again_with_it() {
    let mut pg = Playground::new("seed=4");
    assert_eq!(pg.add_point_at(0.5, -0.5, 1.0).unwrap(), "rebuild");
    let built = Playground::new(&pg.query());
    assert_eq!(parameters(&built), parameters(&pg));
    assert_eq!(pg.link(), pg.query());
}
