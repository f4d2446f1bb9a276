//! Whatever a link says for a lesson's `section` and `keys`, reading it gives a view the lesson
//! can show; and whatever view is written, reading it back gives the same view.

use super::*;
use crate::lessons::route;
use proptest::prelude::*;

/// Any lesson, one of its sections or none, and the clicker on or off.
fn view() -> impl Strategy<Value = (Lesson, Option<usize>, bool)> {
    (prop::sample::select(Lesson::ALL.to_vec()), prop::option::of(0..3usize), any::<bool>())
}

proptest! {
    /// Whatever view a link asks for, writing it and reading it back gives the same view, with
    /// no notice; and a lesson's own keys and the page's keys around it change nothing.
    #[test]
    fn a_written_view_reads_back_the_same((lesson, index, clicker) in view(), w1 in -1.0..1.0f64) {
        let section = index.and_then(|i| lesson.sections().get(i).copied());
        let written = LessonView { section, clicker, sections: lesson.sections() };
        let query = format!("lesson={}&w1={w1}&{}&embed=1&lang=ja", lesson.name(), written.query());
        let read = route(&query);
        prop_assert!(read.notices.is_empty(), "{:?}", read.notices);
        prop_assert_eq!(&read.view_query, &written.query());
        prop_assert_eq!(read.view, Some(written));
    }

    /// Whatever a link says for `section` and `keys`, reading it gives a section of the lesson
    /// (or none) and never a panic; a value not allowed gives one notice.
    #[test]
    fn any_section_or_keys_value_reads_as_one_allowed(
        lesson in prop::sample::select(Lesson::ALL.to_vec()),
        section in "[ -~]{0,12}",
        keys in "[ -~]{0,4}",
    ) {
        let query = form_urlencoded::Serializer::new(String::new())
            .append_pair("lesson", lesson.name())
            .append_pair("section", &section)
            .append_pair("keys", &keys)
            .finish();
        let read = route(&query);
        let view = read.view.unwrap();
        prop_assert!(view.section.is_none_or(|s| lesson.sections().contains(&s)));
        let fine_section = section.trim() == ALL || lesson.sections().contains(&section.trim());
        let fine_keys = ["0", "1"].contains(&keys.trim());
        prop_assert_eq!(read.notices.len(), usize::from(!fine_section) + usize::from(!fine_keys));
    }
}
