//! Lesson 7, computational graphs: the book's shopping graphs (`buy_apple` and
//! `buy_apple_orange`) run forward through `MulLayer` and `AddLayer`, then backward one node per
//! step, right to left, so the page can show each node's local derivative and the gradients so far.

use super::{number_in, query_value};
use crate::js::to_js;
use crate::notice::{notices_accessors, Notice};
use asaku_core::layers::scalar::{AddLayer, MulLayer};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The book's inputs: an apple costs 100, 2 apples, an orange 150, 3 oranges, tax factor 1.1.
const INPUTS: [(&str, f64); 5] =
    [("apple", 100.0), ("apple_num", 2.0), ("orange", 150.0), ("orange_num", 3.0), ("tax", 1.1)];

/// Which of the book's two graphs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shop {
    /// `price = apple·apple_num·tax`.
    Apple,
    /// `price = (apple·apple_num + orange·orange_num)·tax`.
    AppleOrange,
}

impl Shop {
    /// The name in URLs and string keys.
    pub fn name(self) -> &'static str {
        match self {
            Shop::Apple => "apple",
            Shop::AppleOrange => "apple-orange",
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
    /// The book's variable name, e.g. `apple_price`.
    pub name: &'static str,
    /// The forward value.
    pub value: f64,
    /// `∂price/∂value`, once known.
    pub grad: Option<f64>,
    /// Where the edge starts (an input's label or the node that computes it).
    pub from: At,
    /// Where it ends (the node that uses it, or the price's label).
    pub to: At,
}

/// A node: multiply or add, its local derivatives, and whether the backward pass went through it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Node {
    /// `"mul"` or `"add"`.
    pub op: &'static str,
    /// Where it is drawn.
    pub at: At,
    /// The input values' indices.
    pub inputs: [usize; 2],
    /// The output value's index.
    pub output: usize,
    /// `[∂out/∂x, ∂out/∂y]`: `[y, x]` for multiply, `[1, 1]` for add.
    pub local: [f64; 2],
    /// Whether the backward pass has gone through this node.
    pub done: bool,
    /// Whether this node is the next one to step.
    pub next: bool,
}

/// The graph after `step` backward steps.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Graph {
    /// Which graph.
    pub shop: &'static str,
    /// Backward steps taken (0 = only the forward pass, plus `dprice = 1`).
    pub step: usize,
    /// How many steps there are (one per node).
    pub steps: usize,
    /// The edges.
    pub values: Vec<Value>,
    /// The nodes, in forward order.
    pub nodes: Vec<Node>,
}

enum Op {
    Mul(MulLayer),
    Add(AddLayer),
}

/// One node of the graph under construction: its op, inputs, output and place.
struct Wire {
    op: Op,
    inputs: [usize; 2],
    output: usize,
    at: At,
}

/// The graph `shop` forward, then backward through its last `step` nodes (clamped).
pub fn graph(shop: Shop, step: usize) -> Graph {
    let input = |name: &'static str, from: At, to: At| {
        let value = INPUTS.iter().find(|(n, _)| *n == name).map(|(_, v)| *v).expect("a known input");
        Value { name, value, grad: None, from, to }
    };
    let inner = |name: &'static str, from: At, to: At| Value { name, value: 0.0, grad: None, from, to };
    let mul = |inputs, output, at| Wire { op: Op::Mul(MulLayer::new()), inputs, output, at };
    let (mut values, mut wires) = match shop {
        Shop::Apple => {
            let (m_apple, m_tax) = (at(1.0, 0.5), at(2.0, 1.0));
            let values = vec![
                input("apple", at(0.0, 0.0), m_apple),
                input("apple_num", at(0.0, 1.0), m_apple),
                inner("apple_price", m_apple, m_tax),
                input("tax", at(1.0, 2.0), m_tax),
                inner("price", m_tax, at(3.0, 1.0)),
            ];
            (values, vec![mul([0, 1], 2, m_apple), mul([2, 3], 4, m_tax)])
        }
        Shop::AppleOrange => {
            let (m_apple, m_orange, add, m_tax) = (at(1.0, 0.5), at(1.0, 2.5), at(2.0, 1.5), at(3.0, 2.0));
            let values = vec![
                input("apple", at(0.0, 0.0), m_apple),
                input("apple_num", at(0.0, 1.0), m_apple),
                input("orange", at(0.0, 2.0), m_orange),
                input("orange_num", at(0.0, 3.0), m_orange),
                inner("apple_price", m_apple, add),
                inner("orange_price", m_orange, add),
                inner("all_price", add, m_tax),
                input("tax", at(2.0, 3.5), m_tax),
                inner("price", m_tax, at(4.0, 2.0)),
            ];
            let add = Wire { op: Op::Add(AddLayer::new()), inputs: [4, 5], output: 6, at: add };
            (values, vec![mul([0, 1], 4, m_apple), mul([2, 3], 5, m_orange), add, mul([6, 7], 8, m_tax)])
        }
    };
    for w in &mut wires {
        let (x, y) = (values[w.inputs[0]].value, values[w.inputs[1]].value);
        values[w.output].value = match &mut w.op {
            Op::Mul(layer) => layer.forward(x, y),
            Op::Add(layer) => layer.forward(x, y),
        };
    }
    let last = values.len() - 1;
    values[last].grad = Some(1.0);
    let steps = wires.len();
    let step = step.min(steps);
    for w in wires.iter().rev().take(step) {
        let dout = values[w.output].grad.expect("the backward pass runs right to left");
        let (dx, dy) = match &w.op {
            Op::Mul(layer) => layer.backward(dout),
            Op::Add(layer) => layer.backward(dout),
        };
        values[w.inputs[0]].grad = Some(dx);
        values[w.inputs[1]].grad = Some(dy);
    }
    let nodes = wires
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let (x, y) = (values[w.inputs[0]].value, values[w.inputs[1]].value);
            let (op, local) = match w.op {
                Op::Mul(_) => ("mul", [y, x]),
                Op::Add(_) => ("add", [1.0, 1.0]),
            };
            let from_right = steps - 1 - i;
            Node {
                op,
                at: w.at,
                inputs: w.inputs,
                output: w.output,
                local,
                done: from_right < step,
                next: from_right == step,
            }
        })
        .collect();
    Graph { shop: shop.name(), step, steps, values, nodes }
}

/// The lesson's state: which graph, and how many backward steps are taken.
#[wasm_bindgen]
pub struct GraphLesson {
    shop: Shop,
    step: usize,
    notices: Vec<Notice>,
}

#[wasm_bindgen]
impl GraphLesson {
    /// Reads `shop` (`apple` or `apple-orange`) and `step` from a query; bad values fall back
    /// with a notice.
    #[wasm_bindgen(constructor)]
    pub fn new(query: &str) -> GraphLesson {
        let mut notices = Vec::new();
        let shop = match query_value(query, "shop").as_deref() {
            None | Some("apple") => Shop::Apple,
            Some("apple-orange") => Shop::AppleOrange,
            Some(other) => {
                notices.push(Notice::not_one_of("shop", other, "apple, apple-orange", "apple"));
                Shop::Apple
            }
        };
        let steps = graph(shop, 0).steps;
        let step =
            number_in("step", query_value(query, "step").as_deref(), 0.0..=steps as f64, 0.0, &mut notices);
        GraphLesson { shop, step: step as usize, notices }
    }

    /// The lesson's part of the URL: `lesson=graph&shop=…&step=…`.
    pub fn query(&self) -> String {
        format!("lesson=graph&shop={}&step={}", self.shop.name(), self.step)
    }

    /// Chooses graph `name` (`apple` or `apple-orange`), back at step 0.
    pub fn choose(&mut self, name: &str) -> Result<(), JsError> {
        self.shop = match name {
            "apple" => Shop::Apple,
            "apple-orange" => Shop::AppleOrange,
            _ => return Err(JsError::new(&format!("\"{name}\" is not apple or apple-orange"))),
        };
        self.step = 0;
        Ok(())
    }

    /// One more node backward; returns false when the backward pass is already complete.
    pub fn step(&mut self) -> bool {
        let more = self.step < graph(self.shop, 0).steps;
        self.step += usize::from(more);
        more
    }

    /// Back to the forward pass only.
    pub fn restart(&mut self) {
        self.step = 0;
    }

    /// The graph as `{ shop, step, steps, values: [{ name, value, grad, from, to }], nodes:
    /// [{ op, at, inputs, output, local, done, next }] }`.
    pub fn graph(&self) -> Result<JsValue, JsError> {
        to_js(&graph(self.shop, self.step))
    }
}

#[cfg(test)]
#[path = "graph_tests.rs"]
mod tests;

notices_accessors!(GraphLesson);
