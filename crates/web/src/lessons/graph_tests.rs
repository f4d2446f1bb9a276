//! The computational-graph lesson's numbers against the book's.

use super::*;

fn grads(g: &Graph) -> Vec<(&str, Option<f64>)> {
    g.values.iter().map(|v| (v.name, v.grad.map(|d| (d * 1e9).round() / 1e9))).collect()
}

#[test]
fn buy_apple_backward_matches_the_book() {
    let g = graph(Shop::Apple, 0);
    assert_eq!(g.values[4].value.round(), 220.0);
    assert_eq!(g.values[4].grad, Some(1.0));
    assert!(g.nodes[1].next && !g.nodes[0].done);
    let g = graph(Shop::Apple, 1);
    assert_eq!(grads(&g)[2..4], [("apple_price", Some(1.1)), ("tax", Some(200.0))]);
    let g = graph(Shop::Apple, 2);
    assert_eq!(grads(&g)[..2], [("apple", Some(2.2)), ("apple_num", Some(110.0))]);
    assert_eq!(g.nodes[0].local, [2.0, 100.0]);
    assert_eq!(graph(Shop::Apple, 9).step, 2);
}

#[test]
fn buy_apple_orange_backward_matches_the_book() {
    let g = graph(Shop::AppleOrange, 4);
    assert!((g.values[8].value - 715.0).abs() < 1e-9);
    let expected = [2.2, 110.0, 3.3, 165.0, 1.1, 1.1, 1.1, 650.0, 1.0];
    for (v, e) in g.values.iter().zip(expected) {
        assert!((v.grad.unwrap() - e).abs() < 1e-9, "{}: {:?} != {e}", v.name, v.grad);
    }
    assert_eq!(g.nodes[2].local, [1.0, 1.0]);
    // One node per step, right to left: after one step only tax and all_price are known.
    let g = graph(Shop::AppleOrange, 1);
    assert_eq!(g.values.iter().filter(|v| v.grad.is_some()).count(), 3);
}

#[test]
fn the_url_is_read_and_written_back() {
    let lesson = GraphLesson::new("lesson=graph&shop=apple-orange&step=3");
    assert_eq!(lesson.query(), "lesson=graph&shop=apple-orange&step=3");
    let bad = GraphLesson::new("shop=pear&step=7");
    assert_eq!((bad.query().as_str(), bad.notices.len()), ("lesson=graph&shop=apple&step=0", 2));
    let mut lesson = GraphLesson::new("");
    assert!(lesson.step() && lesson.step() && !lesson.step());
}
