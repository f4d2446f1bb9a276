//! Model files and CSV points through the playground handle: all or nothing, with the line named.

use crate::js::Refusal;
use crate::playground::{Playground, Run};

/// The state and the whole run as a model file: what a refused import must leave as it was.
fn seen(pg: &Playground) -> (crate::state::PageState, String) {
    (pg.state.clone(), pg.export_model().expect("a network to export"))
}

/// The English sentence of a refusal.
fn said(refusal: Refusal) -> String {
    refusal.0.to_string()
}

fn trained() -> Playground {
    let mut pg = Playground::new("data=xor&optimizer=momentum");
    pg.train(3, None);
    pg.step_batch();
    pg
}

#[test]
fn an_exported_model_imports_into_a_fresh_playground_exactly() {
    let pg = trained();
    let mut fresh = Playground::new("");
    fresh.import_model(&pg.export_model().unwrap()).unwrap();
    assert_eq!(seen(&fresh).1, seen(&pg).1);
    assert_eq!(fresh.state.settings, pg.state.settings);
    let Run::Ready { trainer, .. } = &fresh.run else { panic!("the run is ready") };
    assert_eq!(trainer.epoch_count(), 3);
}

/// A link cannot rebuild weights read from a file: after an import it carries the settings
/// only (no epoch, no log) and says so, until Reset starts a run from the seed again.
#[test]
fn a_link_after_an_import_carries_the_settings_only_until_reset() {
    let pg = trained();
    let mut fresh = Playground::new("");
    fresh.import_model(&pg.export_model().unwrap()).unwrap();
    assert!(!fresh.link_carries_run());
    assert_eq!(fresh.link(), fresh.query());
    assert!(!fresh.link().contains("epoch="), "{}", fresh.link());
    fresh.train(2, None);
    assert!(!fresh.link().contains("epoch="), "{}", fresh.link());
    fresh.reset();
    fresh.train(2, None);
    assert!(fresh.link_carries_run());
    assert!(fresh.link().contains("epoch=2"), "{}", fresh.link());
}

#[test]
fn a_refused_model_changes_nothing() {
    let mut pg = trained();
    let before = seen(&pg);
    let err = said(pg.import_model("{\"format\": \"asaku-model\", \"version\": 0}").unwrap_err());
    assert!(err.contains("it is version 0, older than this Asaku"), "{err}");
    assert_eq!(seen(&pg), before);
}

#[test]
fn bad_csv_rows_are_refused_with_their_line_and_nothing_changes() {
    let mut pg = trained();
    let before = seen(&pg);
    let cases = [
        ("x1,x2,label\n1,1,0\n2,2\n", "line 3: expected 3 values x1,x2,label but found 2"),
        ("# mine\n1,1,0\n2,two,1\n", "line 3: x2 is \"two\", which is not a number"),
        ("1,1,0\n2,2,7\n", "line 2: label 7"),
        ("1,1,0\n2,2,inf\n", "line 2: the label is \"inf\", but it must be a finite number"),
        (
            "1,1,0\n\n2,9,1\n",
            "line 3: the point (2, 9) is outside the plot; xor shows x1 and x2 from -6 to 6",
        ),
    ];
    for (text, sentence) in cases {
        let err = said(pg.import_points(text).unwrap_err());
        assert!(err.contains(sentence), "{err}\n  does not say {sentence}");
        assert_eq!(seen(&pg), before, "{text} changed the playground");
    }
}

#[test]
fn exported_points_import_as_the_same_set() {
    let mut pg = Playground::new("data=spiral&noise=0.1&points=60");
    let csv = pg.export_points();
    assert!(csv.starts_with("x1,x2,label\n"), "{csv}");
    pg.import_points(&csv).unwrap();
    let sorted = |text: &str| {
        let mut lines: Vec<String> = text.lines().skip(1).map(str::to_string).collect();
        lines.sort();
        lines
    };
    assert_eq!(sorted(&pg.export_points()), sorted(&csv));
    assert!(
        pg.state.user_points.as_ref().is_some_and(|p| p.iter().any(|p| p.test)),
        "split by the train ratio"
    );
}

#[test]
fn a_model_files_problem_reads_in_english_as_the_engine_says_it() {
    let pg = trained();
    let saved = pg.export_model().unwrap();
    let texts = [
        "{\"format\": \"asaku-model\", \"version\": 9}".to_string(),
        "{\"format\": \"other\"}".to_string(),
        "[".to_string(),
        saved.replace("\"step_in_epoch\":1", "\"step_in_epoch\":99"),
    ];
    for text in texts {
        let error = asaku_core::model::read(&text).unwrap_err();
        assert_eq!(crate::notice::Notice::from(&error).to_string(), error.to_string());
    }
}

/// `notice` in Japanese, its nested sentences too, as the page's `t(key, vars)` makes it.
fn japanese(notice: &crate::notice::Notice) -> String {
    use crate::notice::Part;
    let mut text = crate::notice_text::japanese(notice.key).expect("a Japanese sentence").to_string();
    for (name, part) in &notice.vars {
        let value = match part {
            Part::Text(t) => t.clone(),
            Part::Sentence(inner) => japanese(inner),
        };
        text = text.replace(&format!("{{{name}}}"), &value);
    }
    text
}

/// Every kind of bad model file reads in Japanese with no English left: only numbers, the
/// file's own text quoted (the JSON reader's message is a quoted detail after the sentence)
/// and the names of formats and settings.
#[test]
fn a_model_files_problem_reads_in_japanese_with_its_facts() {
    let saved = trained().export_model().unwrap();
    // The first layer's `W` replaced by `w` (no serde_json here: this test runs in wasm too).
    let first_w = |w: &str| {
        let key = "\"layers\":[{\"w\":";
        let start = saved.find(key).expect("a first layer") + key.len();
        let end = start + saved[start..].find(",\"b\":").expect("its b");
        format!("{}{w}{}", &saved[..start], &saved[end..])
    };
    let cases = [
        (
            first_w("[[0.5]]"),
            "重みの行列の形は [1×1, 1×4, 4×2, 1×2, 2×1, 1×1] ですが、ネットワークのものは [2×4, 1×4",
        ),
        (first_w("[[0.5, 0.5], [0.5]]"), "重みの 2 行目には数が 1 個ありますが、1 行目は 2 個です"),
        (
            "{\"format\": \"asaku-model\", \"version\": 2, \"surprise\": 1}".into(),
            "1 行 50 列目で、JSON の読み取りが \"unknown field `surprise`",
        ),
        (
            "{\"format\": \"asaku-model\",\n \"version\": 2".into(),
            "途中で切れています：2 行 13 列目で終わっています",
        ),
        ("{\"format\": asaku}".into(), "JSON ではありません：1 行 12 列目で"),
        (
            "{\"format\": \"asaku-model\", \"version\": 9}".into(),
            "バージョン 9 のファイルで、このアプリが読めるもの (バージョン 1〜2) より新しい",
        ),
        (
            saved.replace("\"step_in_epoch\":1", "\"step_in_epoch\":99"),
            "エポック内のステップが 99 ですが、1 エポックのステップ数 25 より小さく",
        ),
    ];
    for (text, expected) in cases {
        let notice = crate::notice::Notice::from(&asaku_core::model::read(&text).unwrap_err());
        let said = japanese(&notice);
        assert!(said.contains(expected), "{said}\n  does not say {expected}");
        let outside_quotes: String = said.split('"').step_by(2).collect();
        let english: Vec<&str> = outside_quotes
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty() && *w != "JSON")
            .collect();
        assert!(english.is_empty(), "English {english:?} in {said}");
    }
}
