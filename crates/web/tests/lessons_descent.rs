//! The gradient-descent lesson's handle in a real browser: the URL is read and written back,
//! the descent reports divergence, the race has every optimizer, and the pictures are drawn.

#![cfg(target_arch = "wasm32")]

use asaku_web::lessons::descent_lesson::DescentLesson;
use wasm_bindgen_test::*;

mod common;

use common::{canvas, rgb};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_descent_is_read_from_the_url_and_drawn() {
    let mut lesson = DescentLesson::new("fn=bowl&lr=10&x0=-3&x1=4&step=0");
    assert!(lesson.notices().is_empty());
    let c = canvas(200, 100);
    lesson.draw(&c).unwrap();
    // The minimum sits in the middle, deeper blue than a corner far from it.
    let (middle, corner) = (rgb(&c, 100.0, 50.0), rgb(&c, 1.0, 1.0));
    assert!(middle[2] > middle[0] && middle[0] < corner[0], "{middle:?} vs {corner:?}");
    assert!(lesson.step() && lesson.step());
    assert_eq!(lesson.query(), "lesson=descent&fn=bowl&lr=10&x0=-3&x1=4&step=2&race=0");
    assert!(lesson.report().is_ok());
    lesson.draw(&c).unwrap();

    let bad = DescentLesson::new("fn=cone&lr=-1&x0=99");
    assert_eq!(bad.notices().len(), 3);
    assert_eq!(bad.query(), "lesson=descent&fn=bowl&lr=0.1&x0=-3&x1=4&step=0&race=0");
}

#[wasm_bindgen_test]
fn the_race_steps_and_draws_every_optimizer() {
    let mut lesson = DescentLesson::new("fn=valley&race=29");
    assert!(lesson.race_step() && !lesson.race_step());
    assert_eq!(lesson.race_places().len(), 6);
    assert!(lesson.race_places().iter().all(|p| p.distance < 7.3));
    lesson.draw_race(&canvas(200, 100)).unwrap();
}
