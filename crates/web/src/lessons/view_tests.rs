use super::*;
use crate::lessons::route;

#[test]
fn a_section_and_the_clicker_are_read_from_a_lesson_link() {
    let r = route("?lesson=perceptron&embed=1&section=learn&keys=1");
    let view = r.view.expect("a lesson has a view");
    assert_eq!((view.section, view.clicker), (Some("learn"), true));
    assert_eq!(view.sections, ["plane", "xor", "learn"]);
    assert!(r.notices.is_empty(), "{:?}", r.notices);
    assert_eq!(r.view_query, "section=learn&keys=1");
    let whole = route("lesson=minibatch&section=all").view.unwrap();
    assert_eq!((whole.section, whole.clicker), (None, false));
    assert_eq!(route("data=xor").view, None, "the playground has no lesson view");
}

#[test]
fn a_section_the_lesson_has_not_and_a_bad_keys_value_fall_back_with_what_is_allowed() {
    let r = route("lesson=descent&section=panels&keys=yes");
    let view = r.view.unwrap();
    assert_eq!((view.section, view.clicker), (None, false));
    assert_eq!(r.view_query, "", "the URL written back drops what was not used");
    let said: Vec<String> = r.notices.iter().map(ToString::to_string).collect();
    assert_eq!(
        said,
        [
            "section = \"panels\" is not one of all, descent, race; all is used.",
            "keys = \"yes\" is not one of 0, 1; 0 is used.",
        ]
    );
}

#[test]
fn every_lesson_has_sections_with_names_a_url_keeps_as_written() {
    for lesson in Lesson::ALL {
        let sections = lesson.sections();
        assert!(sections.len() >= 2, "{lesson:?} has sections to show one at a time");
        for name in sections {
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{name}");
            assert_ne!(*name, ALL);
        }
    }
}
