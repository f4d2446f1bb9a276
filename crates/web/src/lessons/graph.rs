//! Lesson 7, computational graphs: the chain rule's example (`z = t²`, `t = x + y`) and the
//! book's shopping graphs (`buy_apple` and `buy_apple_orange`), run forward through the engine's
//! scalar layers, then backward one node per step, right to left, so the page can show each
//! node's local derivative and the gradients so far. The lesson's handle is in
//! [`super::graph_lesson`].

use asaku_core::layers::scalar::{AddLayer, MulLayer, SquareLayer};
use serde::Serialize;

/// The book's inputs: an apple costs 100, 2 apples, an orange 150, 3 oranges, tax factor 1.1.
const SHOP_INPUTS: [(&str, f64); 5] =
    [("apple", 100.0), ("apple_num", 2.0), ("orange", 150.0), ("orange_num", 3.0), ("tax", 1.1)];

/// Which graph, with the chain example's inputs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Example {
    /// The chain rule's example: `z = t²`, `t = x + y`, so `∂z/∂x = ∂z/∂t·∂t/∂x = 2t·1`.
    Chain {
        /// The first input.
        x: f64,
        /// The second input.
        y: f64,
    },
    /// `price = apple·apple_num·tax`.
    Apple,
    /// `price = (apple·apple_num + orange·orange_num)·tax`.
    AppleOrange,
}

impl Example {
    /// The name in URLs and string keys.
    pub fn name(self) -> &'static str {
        match self {
            Example::Chain { .. } => "chain",
            Example::Apple => "apple",
            Example::AppleOrange => "apple-orange",
        }
    }
}

/// A place on the diagram, in grid units (columns left to right, rows top to bottom).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct At {
    /// Column.
    pub col: f64,
    /// Row.
    pub row: f64,
}

const fn at(col: f64, row: f64) -> At {
    At { col, row }
}

/// An edge: a named value flowing from `from` to `to`, and its gradient once the backward pass
/// has reached it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Value {
    /// The book's variable name, e.g. `apple_price` or `t`.
    pub name: &'static str,
    /// The forward value.
    pub value: f64,
    /// `∂out/∂value` (`out` being the graph's last value), once known.
    pub grad: Option<f64>,
    /// Where the edge starts (an input's label or the node that computes it).
    pub from: At,
    /// Where it ends (the node that uses it, or the output's label).
    pub to: At,
}

/// A node: multiply, add or square, its local derivatives, and whether the backward pass went
/// through it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Node {
    /// `"mul"`, `"add"` or `"square"`.
    pub op: &'static str,
    /// Where it is drawn.
    pub at: At,
    /// The input values' indices (two, or one for square).
    pub inputs: Vec<usize>,
    /// The output value's index.
    pub output: usize,
    /// The local derivative for each input: `[y, x]` for `x·y`, `[1, 1]` for `x + y`, `[2t]`
    /// for `t²`.
    pub local: Vec<f64>,
    /// Whether the backward pass has gone through this node.
    pub done: bool,
    /// Whether this node is the next one to step.
    pub next: bool,
}

/// The graph after `step` backward steps.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Graph {
    /// Which graph (see [`Example::name`]).
    pub example: &'static str,
    /// Backward steps taken (0 = only the forward pass, plus `∂out/∂out = 1`).
    pub step: usize,
    /// How many steps there are (one per node).
    pub steps: usize,
    /// The edges; the last one is the graph's output.
    pub values: Vec<Value>,
    /// The nodes, in forward order.
    pub nodes: Vec<Node>,
}

/// One of the engine's scalar layers.
enum Op {
    Mul(MulLayer),
    Add(AddLayer),
    Square(SquareLayer),
}

/// One node of the graph under construction: its op, inputs, output and place.
struct Wire {
    op: Op,
    inputs: Vec<usize>,
    output: usize,
    at: At,
}

fn wire(op: Op, inputs: &[usize], output: usize, at: At) -> Wire {
    Wire { op, inputs: inputs.to_vec(), output, at }
}

fn mul(inputs: &[usize], output: usize, at: At) -> Wire {
    wire(Op::Mul(MulLayer::new()), inputs, output, at)
}

/// An input edge with its value.
fn input(name: &'static str, value: f64, from: At, to: At) -> Value {
    Value { name, value, grad: None, from, to }
}

/// An input edge of the shopping graphs, with the book's value.
fn shop_input(name: &'static str, from: At, to: At) -> Value {
    let value = SHOP_INPUTS.iter().find(|(n, _)| *n == name).map(|(_, v)| *v).expect("a known input");
    input(name, value, from, to)
}

/// An edge computed by a node (its value is filled in by the forward pass).
fn inner(name: &'static str, from: At, to: At) -> Value {
    input(name, 0.0, from, to)
}

/// The edges and nodes of `example`, before the forward pass.
fn build(example: Example) -> (Vec<Value>, Vec<Wire>) {
    match example {
        Example::Chain { x, y } => {
            let (add, square) = (at(1.0, 0.5), at(2.0, 0.5));
            let values = vec![
                input("x", x, at(0.0, 0.0), add),
                input("y", y, at(0.0, 1.0), add),
                inner("t", add, square),
                inner("z", square, at(3.0, 0.5)),
            ];
            let wires = vec![
                wire(Op::Add(AddLayer::new()), &[0, 1], 2, add),
                wire(Op::Square(SquareLayer::new()), &[2], 3, square),
            ];
            (values, wires)
        }
        Example::Apple => {
            let (m_apple, m_tax) = (at(1.0, 0.5), at(2.0, 1.0));
            let values = vec![
                shop_input("apple", at(0.0, 0.0), m_apple),
                shop_input("apple_num", at(0.0, 1.0), m_apple),
                inner("apple_price", m_apple, m_tax),
                shop_input("tax", at(1.0, 2.0), m_tax),
                inner("price", m_tax, at(3.0, 1.0)),
            ];
            (values, vec![mul(&[0, 1], 2, m_apple), mul(&[2, 3], 4, m_tax)])
        }
        Example::AppleOrange => {
            let (m_apple, m_orange, add, m_tax) = (at(1.0, 0.5), at(1.0, 2.5), at(2.0, 1.5), at(3.0, 2.0));
            let values = vec![
                shop_input("apple", at(0.0, 0.0), m_apple),
                shop_input("apple_num", at(0.0, 1.0), m_apple),
                shop_input("orange", at(0.0, 2.0), m_orange),
                shop_input("orange_num", at(0.0, 3.0), m_orange),
                inner("apple_price", m_apple, add),
                inner("orange_price", m_orange, add),
                inner("all_price", add, m_tax),
                shop_input("tax", at(2.0, 3.5), m_tax),
                inner("price", m_tax, at(4.0, 2.0)),
            ];
            let add = wire(Op::Add(AddLayer::new()), &[4, 5], 6, add);
            (values, vec![mul(&[0, 1], 4, m_apple), mul(&[2, 3], 5, m_orange), add, mul(&[6, 7], 8, m_tax)])
        }
    }
}

/// Runs `w`'s layer forward on `values`.
fn forward(w: &mut Wire, values: &[Value]) -> f64 {
    let arg = |k: usize| values[w.inputs[k]].value;
    match &mut w.op {
        Op::Mul(layer) => layer.forward(arg(0), arg(1)),
        Op::Add(layer) => layer.forward(arg(0), arg(1)),
        Op::Square(layer) => layer.forward(arg(0)),
    }
}

/// Runs `w`'s layer backward from `dout`: the derivative for each of its inputs.
fn backward(w: &Wire, dout: f64) -> Vec<f64> {
    let (dx, dy) = match &w.op {
        Op::Mul(layer) => layer.backward(dout),
        Op::Add(layer) => layer.backward(dout),
        Op::Square(layer) => return vec![layer.backward(dout)],
    };
    vec![dx, dy]
}

/// The graph `example` forward, then backward through its last `step` nodes (clamped).
pub fn graph(example: Example, step: usize) -> Graph {
    let (mut values, mut wires) = build(example);
    for w in &mut wires {
        values[w.output].value = forward(w, &values);
    }
    let last = values.len() - 1;
    values[last].grad = Some(1.0);
    let steps = wires.len();
    let step = step.min(steps);
    for w in wires.iter().rev().take(step) {
        let dout = values[w.output].grad.expect("the backward pass runs right to left");
        for (&i, d) in w.inputs.iter().zip(backward(w, dout)) {
            values[i].grad = Some(d);
        }
    }
    let nodes = wires
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let from_right = steps - 1 - i;
            Node {
                op: match w.op {
                    Op::Mul(_) => "mul",
                    Op::Add(_) => "add",
                    Op::Square(_) => "square",
                },
                at: w.at,
                inputs: w.inputs.clone(),
                output: w.output,
                // A node's local derivatives are its backward pass from `dout = 1`.
                local: backward(w, 1.0),
                done: from_right < step,
                next: from_right == step,
            }
        })
        .collect();
    Graph { example: example.name(), step, steps, values, nodes }
}

#[cfg(test)]
#[path = "graph_tests.rs"]
mod tests;
