//! The lessons: each idea of the book as its own view of the page, with its own URL
//! (`?lesson=<name>&…`). This module reads which lesson a link names; the lessons' numbers come
//! from their own modules ([`perceptron`], [`loss`], [`graph`], …).

pub mod backprop;
pub mod backprop_lesson;
#[cfg(test)]
mod backprop_tests;
pub mod catchup;
pub mod descent;
pub mod descent_draw;
pub mod descent_lesson;
pub mod forward;
pub mod graph;
pub mod graph_lesson;
pub mod loss;
pub mod loss_plot;
pub mod minibatch;
pub mod minibatch_draw;
pub mod minibatch_lesson;
pub mod network;
pub mod neuron;
pub mod neuron_plot;
pub mod perceptron;
pub mod plane;
pub mod run;
pub mod view;

use crate::js::to_json_like;
use crate::notice::{shown, Notice};
use serde::Serialize;
use std::fmt::Display;
use std::ops::RangeInclusive;
use std::str::FromStr;
use wasm_bindgen::prelude::*;

/// The lessons the page has, by their URL name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lesson {
    /// Chapter 2: the perceptron, logic gates and the learning rule.
    Perceptron,
    /// Chapter 3: a neuron `y = h(b + w₁x₁ + w₂x₂)` and the activation functions.
    Neuron,
    /// Chapter 3: forward propagation through the book's 3-layer network, one row or a batch.
    Forward,
    /// Chapter 4: loss functions (sum of squared error and cross-entropy).
    Loss,
    /// Chapters 4 and 6: gradient descent and the optimizers' race.
    Descent,
    /// Chapters 4 and 5: the numerical gradient against backprop on the playground's network.
    Backprop,
    /// Chapter 5: computational graphs and the chain rule.
    Graph,
    /// Chapters 4 and 6: mini-batches of 1, 10 and all examples side by side.
    Minibatch,
    /// Chapters 3.6, 4.5 and 5.7: the handwritten digits (see [`crate::digits`]).
    Digits,
}

impl Lesson {
    /// Every lesson, in the order of the tabs.
    pub const ALL: [Lesson; 9] = [
        Lesson::Perceptron,
        Lesson::Neuron,
        Lesson::Forward,
        Lesson::Loss,
        Lesson::Descent,
        Lesson::Backprop,
        Lesson::Graph,
        Lesson::Minibatch,
        Lesson::Digits,
    ];

    /// The lesson's name in URLs and string keys.
    pub fn name(self) -> &'static str {
        match self {
            Lesson::Perceptron => "perceptron",
            Lesson::Neuron => "neuron",
            Lesson::Forward => "forward",
            Lesson::Loss => "loss",
            Lesson::Descent => "descent",
            Lesson::Backprop => "backprop",
            Lesson::Graph => "graph",
            Lesson::Minibatch => "minibatch",
            Lesson::Digits => "digits",
        }
    }

    /// The lesson called `name`, if there is one.
    pub fn parse(name: &str) -> Option<Lesson> {
        Lesson::ALL.into_iter().find(|l| l.name() == name.trim())
    }
}

/// Where a link leads: a lesson, or the playground with the query it should read.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Route {
    /// The lesson's name, or `None` for the playground.
    pub lesson: Option<&'static str>,
    /// The query without the `lesson` key (what the playground or the lesson reads).
    pub query: String,
    /// How the lesson is shown (`section`, `keys`); `None` for the playground.
    pub view: Option<view::LessonView>,
    /// The view's keys as the lesson's URL writes them back (see [`view::LessonView::query`]).
    #[serde(rename = "viewQuery")]
    pub view_query: String,
    /// Sentences about a `lesson` value that names no lesson, and about the view's keys.
    pub notices: Vec<Notice>,
}

/// Reads the `lesson` key of a query (with or without `?`), and for a lesson how it is shown
/// ([`view::LessonView`]). An unknown lesson leads to the playground, with a notice.
pub fn route(query: &str) -> Route {
    let mut lesson = None;
    let mut notices = Vec::new();
    let mut rest = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        if key != "lesson" {
            rest.append_pair(&key, &value);
            continue;
        }
        match Lesson::parse(&value) {
            Some(found) => lesson = Some(found),
            None => {
                let names: Vec<_> = Lesson::ALL.iter().map(|l| l.name()).collect();
                notices.push(Notice::new(
                    "notice.lesson",
                    [("got", shown(&value)), ("lessons", names.join(", "))],
                ));
            }
        }
    }
    // Only a link with an unknown lesson loses a key; any other keeps its query as written.
    let query = if notices.is_empty() { query.trim_start_matches('?').to_string() } else { rest.finish() };
    let view = lesson.map(|found| view::LessonView::read(found, &query, &mut notices));
    let view_query = view.as_ref().map(view::LessonView::query).unwrap_or_default();
    Route { lesson: lesson.map(Lesson::name), query, view, view_query, notices }
}

/// The view a query asks for: `{ lesson, query, notices }`, where `lesson` is a lesson's name
/// (see [`Lesson::name`]) or `null` for the playground.
#[wasm_bindgen(js_name = lessonRoute)]
pub fn lesson_route(query: &str) -> Result<JsValue, JsError> {
    to_json_like(&route(query))
}

/// A number from a lesson's URL: `value` if it parses and lies in `range`, else `fallback` and
/// a notice.
pub(crate) fn number_in(
    key: &str,
    value: Option<&str>,
    range: RangeInclusive<f64>,
    fallback: f64,
    notices: &mut Vec<Notice>,
) -> f64 {
    read_in("notice.number", key, value, range, fallback, notices)
}

/// A whole number from a lesson's URL: `value` if it is one and lies in `range`, else
/// `fallback` and a notice.
pub(crate) fn whole_in(
    key: &str,
    value: Option<&str>,
    range: RangeInclusive<usize>,
    fallback: usize,
    notices: &mut Vec<Notice>,
) -> usize {
    read_in("notice.whole", key, value, range, fallback, notices)
}

/// `value` read as a `T` in `range`; else `fallback`, and the notice `sentence`: "key = "text"
/// is not a (whole) number from low to high; fallback is used."
fn read_in<T: FromStr + PartialOrd + Display + Copy>(
    sentence: &'static str,
    key: &str,
    value: Option<&str>,
    range: RangeInclusive<T>,
    fallback: T,
    notices: &mut Vec<Notice>,
) -> T {
    let Some(text) = value else { return fallback };
    match text.trim().parse::<T>() {
        Ok(x) if range.contains(&x) => x,
        _ => {
            let vars = [
                ("key", key.to_string()),
                ("got", shown(text)),
                ("low", range.start().to_string()),
                ("high", range.end().to_string()),
                ("fallback", fallback.to_string()),
            ];
            notices.push(Notice::new(sentence, vars));
            fallback
        }
    }
}

/// The value of `key` in a query, if present.
pub(crate) fn query_value(query: &str, key: &str) -> Option<String> {
    form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_lesson_keeps_its_query_and_an_unknown_one_falls_back() {
        let r = route("?lesson=perceptron&w1=0.5");
        assert_eq!(
            (r.lesson, r.query.as_str(), r.notices.len()),
            (Some("perceptron"), "lesson=perceptron&w1=0.5", 0)
        );
        let r = route("lesson=nope&data=xor");
        assert_eq!((r.lesson, r.query.as_str()), (None, "data=xor"));
        assert!(r.notices[0].contains("\"nope\" is not a lesson"), "{:?}", r.notices);
        assert_eq!(route("").lesson, None);
        assert_eq!(route("?user=1,2,0;3,4,1").query, "user=1,2,0;3,4,1");
    }

    #[test]
    fn numbers_out_of_range_fall_back_with_a_notice() {
        let mut notices = Vec::new();
        assert_eq!(number_in("b", Some("0.3"), -1.0..=1.0, 0.0, &mut notices), 0.3);
        assert_eq!(number_in("b", Some("9"), -1.0..=1.0, 0.0, &mut notices), 0.0);
        assert_eq!(number_in("b", Some("x"), -1.0..=1.0, 0.0, &mut notices), 0.0);
        assert_eq!(number_in("b", None, -1.0..=1.0, 0.5, &mut notices), 0.5);
        assert_eq!(notices.len(), 2);
        assert_eq!(notices[0].to_string(), "b = \"9\" is not a number from -1 to 1; 0 is used.");
        assert_eq!(whole_in("m", Some("3"), 1..=5, 1, &mut notices), 3);
        assert_eq!(whole_in("m", Some("2.5"), 1..=5, 1, &mut notices), 1);
        assert_eq!(notices[2].to_string(), "m = \"2.5\" is not a whole number from 1 to 5; 1 is used.");
    }
}
