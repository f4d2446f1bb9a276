//! The notices' sentences in English and Japanese, added to the page's string table when the
//! page starts (see [`notice_strings`]), with the engine's errors' (from `crate::error_text`).
//! `{name}` marks a placeholder.

use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

/// `(key, English, Japanese)` for every notice.
const SENTENCES: &[(&str, &str, &str)] = &[
    (
        "notice.number",
        "{key} = \"{got}\" is not a number from {low} to {high}; {fallback} is used.",
        "{key} = \"{got}\" は {low} から {high} までの数ではないので、{fallback} を使います。",
    ),
    (
        "notice.whole",
        "{key} = \"{got}\" is not a whole number from {low} to {high}; {fallback} is used.",
        "{key} = \"{got}\" は {low} から {high} までの整数ではないので、{fallback} を使います。",
    ),
    (
        "notice.oneOf",
        "{key} = \"{got}\" is not one of {allowed}; {fallback} is used.",
        "{key} = \"{got}\" は {allowed} のいずれでもないので、{fallback} を使います。",
    ),
    ("notice.choice", "{key}: {why}; {fallback} is used.", "{key}：{why}。{fallback} を使います。"),
    (
        "notice.lesson",
        "lesson = \"{got}\" is not a lesson (the lessons are {lessons}); the playground is shown.",
        "lesson = \"{got}\" というレッスンはありません (レッスンは {lessons})。プレイグラウンドを表示します。",
    ),
    (
        "notice.unknownKey",
        "\"{key}\" is not a setting of this page; it was ignored.",
        "\"{key}\" はこのページの設定ではないので、無視しました。",
    ),
    ("notice.value", "{key} = \"{got}\": {why}. The default is used.", "{key} = \"{got}\"：{why}。既定値を使います。"),
    (
        "notice.output",
        "The {output} output cannot learn the {data} data set; the {fitting} output is used instead.",
        "{output} 出力では {data} データセットを学習できないので、代わりに {fitting} 出力を使います。",
    ),
    (
        "notice.incompatible",
        "These settings cannot work together: {why}. The default settings are used.",
        "これらの設定は組み合わせられません：{why}。既定の設定を使います。",
    ),
    (
        "notice.noNetwork",
        "The playground's network cannot be built: {why}. The default network is used.",
        "プレイグラウンドのネットワークを作れません：{why}。既定のネットワークを使います。",
    ),
    (
        "notice.handChanges",
        "The three runs start from the playground's settings and seed; the changes made by hand while it trained (weights, points, settings) are not in them.",
        "3つの学習はプレイグラウンドの設定とシードから始まります。学習中に手で加えた変更 (重み・点・設定) は含まれません。",
    ),
    (
        "notice.epochCap",
        "epoch = {got} would take {steps} training steps ({perEpoch} per epoch); from a link this lesson trains at most {maxEpochs} epochs and {maxSteps} steps, so it trains to epoch {used}.",
        "epoch = {got} は学習ステップ {steps} 回分 (1エポック {perEpoch} 回) です。リンクからこのレッスンが学習させるのは最大 {maxEpochs} エポック・{maxSteps} ステップなので、エポック {used} まで学習させます。",
    ),
    (
        "notice.param",
        "param = \"{got}\" is not a parameter of this network ({names}); {fallback} is used.",
        "param = \"{got}\" はこのネットワークのパラメータ ({names}) ではないので、{fallback} を使います。",
    ),
    (
        "notice.rows",
        "x = \"{got}\" is not 1 to 5 rows of two numbers from −10 to 10 (like 1,0.5;0,0); the book's x is used.",
        "x = \"{got}\" は −10 から 10 までの数2つの行 (1,0.5;0,0 のように) 1〜5 行ではないので、本の x を使います。",
    ),
    (
        "notice.outputs",
        "y = \"{got}\" is not ten numbers from 0 to 1 that sum to 1; the book's example is used.",
        "y = \"{got}\" は合計が 1 になる 0 から 1 までの10個の数ではないので、本の例を使います。",
    ),
    ("notice.dead", "Dead neurons (dying ReLU)", "死んだニューロン (dying ReLU)"),
    (
        "notice.deadHelp",
        "Every neuron of hidden layer {layers} outputs 0 for every training point. ReLU passes no gradient below 0, so these neurons cannot learn again, and the output no longer depends on the input: this is called \"dying ReLU\". What helps: a lower learning rate, then Reset (dead neurons stay dead); Leaky ReLU as the activation (its small slope below 0 lets a gradient through, so they can recover); or He initial weights (this starts again).",
        "隠れ層 {layers} のニューロンはすべて、どの訓練データに対しても 0 を出力しています。ReLU は 0 以下では勾配を流さないので、これらのニューロンはもう学習できず、出力は入力によらなくなります。これを「dying ReLU」と呼びます。対策：学習率を下げてからリセットする (死んだニューロンは戻りません)、活性化関数を Leaky ReLU にする (0 以下にも小さな傾きがあるので勾配が流れ、戻ることがあります)、重みの初期値を「Heの初期値」にする (最初からやり直します)。",
    ),
];

/// Every sentence of the page's table that comes from Rust: the notices, then the engine's errors.
fn all() -> impl Iterator<Item = &'static (&'static str, &'static str, &'static str)> {
    SENTENCES
        .iter()
        .chain(crate::error_text::SENTENCES)
        .chain(crate::model_text::SENTENCES)
        .chain(crate::replay::text::SENTENCES)
}

/// The English sentence of notice `key`. An unknown key is a bug.
pub fn english(key: &str) -> &'static str {
    all().find(|(k, ..)| *k == key).map(|(_, en, _)| *en).expect("every notice key has a sentence")
}

/// The Japanese sentence of notice `key`, if there is one.
#[cfg(test)]
pub(crate) fn japanese(key: &str) -> Option<&'static str> {
    all().find(|(k, ..)| *k == key).map(|(_, _, ja)| *ja)
}

/// Every notice's sentences, `{ key: [English, Japanese] }`, for the page's `addStrings`.
#[wasm_bindgen(js_name = noticeStrings)]
pub fn notice_strings() -> Result<JsValue, JsError> {
    let rows: BTreeMap<_, _> = all().map(|(key, en, ja)| (*key, [*en, *ja])).collect();
    crate::js::to_json_like(&rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sentence_has_one_key_and_the_same_placeholders_in_both_languages() {
        let placeholders = |text: &str| {
            let mut names: Vec<String> = text
                .split('{')
                .skip(1)
                .filter_map(|s| s.split_once('}'))
                .map(|(n, _)| n.to_string())
                .collect();
            names.sort();
            names.dedup();
            names
        };
        let rows: Vec<_> = all().collect();
        for (i, (key, en, ja)) in rows.iter().enumerate() {
            assert!(rows[i + 1..].iter().all(|(k, ..)| k != key), "{key} twice");
            assert_eq!(placeholders(en), placeholders(ja), "{key}");
        }
    }
    /// The book's terms (www/book-terms.txt, the rules the page's string tables are checked
    /// against too): a variant counts where it is not part of the book's own term.
    #[test]
    fn the_japanese_sentences_use_the_books_terms() {
        let rules: Vec<(&str, &str)> = include_str!("../../../www/book-terms.txt")
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .map(|line| line.split_once('\t').expect("a rule is variant, tab, term"))
            .collect();
        assert!(rules.len() > 5, "the rules were read: {rules:?}");
        for (key, _, ja) in all() {
            for (variant, term) in &rules {
                let without_terms = ja.replace(term, "");
                assert!(
                    !without_terms.contains(variant),
                    "{key}: \"{ja}\" says {variant}, the book says {term}"
                );
            }
        }
    }
}
