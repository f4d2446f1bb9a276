//! How a lesson is shown, from two keys of its URL: `section` (one section of the lesson alone,
//! so an embed fits a slide; `all`, the default, shows the whole lesson) and `keys` (`1`: an
//! embed steps the lesson with a clicker's keys, →, PageDown and Space, and leaves them to the
//! deck at the lesson's first and last step). Bad values fall back with a notice saying what is
//! allowed, like every other key.

use super::{query_value, Lesson};
use crate::notice::Notice;
use serde::Serialize;

/// The `section` value that shows the whole lesson (the default).
pub const ALL: &str = "all";

/// The URL keys of a lesson's view (the lessons' own keys leave them alone).
pub const KEYS: [&str; 2] = ["section", "keys"];

impl Lesson {
    /// The lesson's sections, by their `section=` name, in the order the lesson shows them.
    pub fn sections(self) -> &'static [&'static str] {
        match self {
            Lesson::Perceptron => &["plane", "xor", "learn"],
            Lesson::Neuron => &["neuron", "functions", "why"],
            Lesson::Forward => &["inputs", "layers"],
            Lesson::Loss => &["outputs", "values"],
            Lesson::Descent => &["descent", "race"],
            Lesson::Backprop => &["check", "cost"],
            Lesson::Graph => &["graph", "values", "network"],
            Lesson::Minibatch => &["idea", "panels", "reading"],
            Lesson::Digits => &["training", "weights", "draw", "mistakes", "inference"],
        }
    }
}

/// How the lesson is shown: one section or all of it, and whether a clicker steps it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LessonView {
    /// The section shown alone (one of [`Lesson::sections`]), or `None` for the whole lesson.
    pub section: Option<&'static str>,
    /// Whether an embed uses the clicker's keys to step the lesson (`keys=1`).
    pub clicker: bool,
    /// Every section of the lesson, by name (what `section` may be besides `all`).
    pub sections: &'static [&'static str],
}

impl LessonView {
    /// Reads `section` and `keys` of `lesson` from `query`; a value that is not allowed falls
    /// back (to the whole lesson, to no clicker) with a notice listing what is.
    pub fn read(lesson: Lesson, query: &str, notices: &mut Vec<Notice>) -> LessonView {
        let sections = lesson.sections();
        let section = match query_value(query, "section") {
            None => None,
            Some(name) if name.trim() == ALL => None,
            Some(name) => sections.iter().copied().find(|s| *s == name.trim()).or_else(|| {
                let allowed = [ALL].iter().chain(sections).copied().collect::<Vec<_>>().join(", ");
                notices.push(Notice::not_one_of("section", &name, &allowed, ALL));
                None
            }),
        };
        let clicker = match query_value(query, "keys").as_deref().map(str::trim) {
            None | Some("0") => false,
            Some("1") => true,
            Some(other) => {
                notices.push(Notice::not_one_of("keys", other, "0, 1", "0"));
                false
            }
        };
        LessonView { section, clicker, sections }
    }

    /// The view's keys as a query (without `?`): only what differs from the default, so a link
    /// to the whole lesson stays as it was.
    pub fn query(&self) -> String {
        let section = self.section.map(|s| format!("section={s}"));
        let keys = self.clicker.then(|| "keys=1".to_string());
        [section, keys].into_iter().flatten().collect::<Vec<_>>().join("&")
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "view_proptests.rs"]
mod proptests;
#[cfg(test)]
#[path = "view_tests.rs"]
mod tests;
