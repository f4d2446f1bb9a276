//! The computational-graph lesson's numbers against the book's.

use super::*;

fn grads(g: &Graph) -> Vec<(&str, Option<f64>)> {
    g.values.iter().map(|v| (v.name, v.grad.map(|d| (d * 1e9).round() / 1e9))).collect()
}

#[test]
fn the_chain_example_steps_back_through_square_then_add() {
    // z = t², t = x + y with x = 1, y = 2: t = 3, z = 9.
    let chain = Example::Chain { x: 1.0, y: 2.0 };
    let g = graph(chain, 0);
    let values: Vec<_> = g.values.iter().map(|v| (v.name, v.value)).collect();
    assert_eq!(values, [("x", 1.0), ("y", 2.0), ("t", 3.0), ("z", 9.0)]);
    assert_eq!(grads(&g), [("x", None), ("y", None), ("t", None), ("z", Some(1.0))]);
    assert_eq!((g.example, g.steps), ("chain", 2));
    assert!(g.nodes[1].next && g.nodes[1].op == "square" && g.nodes[0].op == "add");
    // The square node first: ∂z/∂t = 2t = 6.
    let g = graph(chain, 1);
    assert_eq!(g.nodes[1].local, [6.0]);
    assert_eq!(grads(&g)[..3], [("x", None), ("y", None), ("t", Some(6.0))]);
    // Then the add node: ∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1.
    let g = graph(chain, 2);
    assert_eq!(g.nodes[0].local, [1.0, 1.0]);
    assert_eq!(grads(&g)[..2], [("x", Some(6.0)), ("y", Some(6.0))]);
}

#[test]
fn the_chain_example_follows_its_inputs() {
    for (x, y) in [(-4.0, 1.5), (0.5, 0.25), (0.0, 0.0), (-100.0, 100.0)] {
        let g = graph(Example::Chain { x, y }, 2);
        let t = x + y;
        assert_eq!((g.values[2].value, g.values[3].value), (t, t * t));
        assert_eq!((g.values[0].grad, g.values[1].grad), (Some(2.0 * t), Some(2.0 * t)), "x = {x}, y = {y}");
    }
}

#[test]
fn buy_apple_backward_matches_the_book() {
    let g = graph(Example::Apple, 0);
    assert_eq!(g.values[4].value.round(), 220.0);
    assert_eq!(g.values[4].grad, Some(1.0));
    assert!(g.nodes[1].next && !g.nodes[0].done);
    let g = graph(Example::Apple, 1);
    assert_eq!(grads(&g)[2..4], [("apple_price", Some(1.1)), ("tax", Some(200.0))]);
    let g = graph(Example::Apple, 2);
    assert_eq!(grads(&g)[..2], [("apple", Some(2.2)), ("apple_num", Some(110.0))]);
    assert_eq!(g.nodes[0].local, [2.0, 100.0]);
    assert_eq!(graph(Example::Apple, 9).step, 2);
}

#[test]
fn buy_apple_orange_backward_matches_the_book() {
    let g = graph(Example::AppleOrange, 4);
    assert!((g.values[8].value - 715.0).abs() < 1e-9);
    let expected = [2.2, 110.0, 3.3, 165.0, 1.1, 1.1, 1.1, 650.0, 1.0];
    for (v, e) in g.values.iter().zip(expected) {
        assert!((v.grad.unwrap() - e).abs() < 1e-9, "{}: {:?} != {e}", v.name, v.grad);
    }
    assert_eq!(g.nodes[2].local, [1.0, 1.0]);
    // One node per step, right to left: after one step only tax and all_price are known.
    let g = graph(Example::AppleOrange, 1);
    assert_eq!(g.values.iter().filter(|v| v.grad.is_some()).count(), 3);
}
