//! The replay's sentences in English and Japanese (`{name}` marks a placeholder), added to the
//! page's string table with the other notices (see [`crate::notice_text`]).

/// `(key, English, Japanese)` for every notice of a link's run.
pub const SENTENCES: &[(&str, &str, &str)] = &[
    (
        "notice.logEntry",
        "Log entry {n} \"{got}\" is not step:change with a whole step from {after} to {cap} and a change \
         w:layer:row:column:value, b:layer:column:value, p:x1:x2:label, clear, reset, or key:from:value for \
         one of {keys}; it was left out.",
        "ログの {n} 番目の項目 \"{got}\" は、{after} から {cap} までの整数のステップと変更 \
         (w:層:行:列:値、b:層:列:値、p:x1:x2:ラベル、clear、reset、または {keys} のいずれかの キー:元の値:値) \
         を組にした ステップ:変更 ではないので、除きました。",
    ),
    (
        "notice.logApply",
        "Log entry {n} \"{got}\" could not be replayed: {why}. It was left out.",
        "ログの {n} 番目の項目 \"{got}\" は再現できませんでした：{why}。除きました。",
    ),
    (
        "notice.logFrom",
        "Log entry {n} \"{got}\" changes {key} from {from}, but {key} was {was} at that step; the change was made.",
        "ログの {n} 番目の項目 \"{got}\" は {key} を {from} から変えるとしていますが、そのステップでの {key} は {was} でした。変更はそのまま行いました。",
    ),
    (
        "notice.replayCap",
        "The link's run needs more than {cap} training steps; it was replayed to step {cap} (epoch {epoch}).",
        "リンクの学習には {cap} ステップより多く必要なので、ステップ {cap} (エポック {epoch}) まで再現しました。",
    ),
    (
        "notice.logPosition",
        "epoch = {epoch}, step = {step} comes before the last change in the log; the run stops after that change \
         (epoch {reached}, step {inEpoch}).",
        "epoch = {epoch}、step = {step} はログの最後の変更より前なので、その変更の後 (エポック {reached}、\
         ステップ {inEpoch}) で止めました。",
    ),
];
