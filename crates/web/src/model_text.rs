//! What is wrong with a model file, in English and Japanese: one sentence per kind of
//! [`asaku_core::error::ModelProblem`] (see [`crate::model_notice`]), the English word for word
//! the engine's own.

/// `(key, English, Japanese)` for every kind of model-file problem and every part named.
pub(crate) const SENTENCES: &[(&str, &str, &str)] = &[
    (
        "error.model.notJson",
        "it is not JSON: at line {line}, column {column} the JSON reader says \"{detail}\"",
        "JSON ではありません：{line} 行 {column} 列目で、JSON の読み取りが \"{detail}\" と報告しています",
    ),
    (
        "error.model.cut",
        "it is cut short: it ends at line {line}, column {column}",
        "途中で切れています：{line} 行 {column} 列目で終わっています",
    ),
    (
        "error.model.layout",
        "it is JSON but not laid out as a model file: at line {line}, column {column} the JSON reader says \"{detail}\"",
        "JSON ですが、モデルファイルの形になっていません：{line} 行 {column} 列目で、JSON の読み取りが \"{detail}\" と報告しています",
    ),
    (
        "error.model.format",
        "its format is \"{got}\", but a model file's is \"{format}\"",
        "形式が \"{got}\" ですが、モデルファイルの形式は \"{format}\" です",
    ),
    (
        "error.model.noVersion",
        "its format is \"{format}\" but it has no whole-number version",
        "形式は \"{format}\" ですが、整数のバージョンがありません",
    ),
    (
        "error.model.older",
        "it is version {got}, older than this Asaku reads (versions {oldest} to {newest})",
        "バージョン {got} のファイルで、このアプリが読めるもの (バージョン {oldest}〜{newest}) より古いものです",
    ),
    (
        "error.model.newer",
        "it is version {got}, newer than this Asaku reads (versions {oldest} to {newest})",
        "バージョン {got} のファイルで、このアプリが読めるもの (バージョン {oldest}〜{newest}) より新しいものです",
    ),
    (
        "error.model.notOneRun",
        "it must hold either \"{settings}\" (a run on the playground's data) or \"{digits}\" (a run on the handwritten digits), and holds neither or both",
        "\"{settings}\" (プレイグラウンドのデータでの学習) か \"{digits}\" (手書き数字での学習) のどちらか一方が必要ですが、どちらもないか、両方あります",
    ),
    (
        "error.model.digitsRun",
        "it is a run on the handwritten digits, which the playground does not open",
        "手書き数字で学習したモデルなので、プレイグラウンドでは開けません",
    ),
    (
        "error.model.pointsRun",
        "it is a run on the playground's data, not on the handwritten digits",
        "プレイグラウンドのデータで学習したモデルで、手書き数字のものではありません",
    ),
    (
        "error.model.otherDigits",
        "it was trained on other digits ({file}) than these ({here})",
        "別の手書き数字の画像 ({file}) で学習したもので、ここにある画像 ({here}) とは違います",
    ),
    (
        "error.model.images",
        "{train} training and {test} test images, checksum {checksum}",
        "訓練データ {train} 枚とテストデータ {test} 枚、チェックサム {checksum}",
    ),
    (
        "error.model.network",
        "its network is {got}, but its settings build {needs}",
        "ネットワークが {got} ですが、設定から作られるのは {needs} です",
    ),
    (
        "error.model.tooLarge",
        "{part} hold {got}, beyond a 32-bit float's range (±{max})",
        "{part}に {got} があり、32 ビット浮動小数点数の範囲 (±{max}) を超えています",
    ),
    (
        "error.model.ragged",
        "{part} have a row {row} of {length} numbers, but row 1 has {first}: a matrix's rows are all as long",
        "{part}の {row} 行目には数が {length} 個ありますが、1 行目は {first} 個です：行列の行はすべて同じ長さです",
    ),
    (
        "error.model.shapes",
        "{part} are matrices of {got}, but the network's are {needs}",
        "{part}の行列の形は {got} ですが、ネットワークのものは {needs} です",
    ),
    (
        "error.model.generator",
        "the random generator's state is \"{got}\", but it must be 32 hexadecimal digits of an odd number",
        "乱数生成器の状態が \"{got}\" ですが、奇数を表す 32 桁の 16 進数でなければなりません",
    ),
    (
        "error.model.step",
        "the step within the epoch is {got}, but it must be less than the {steps} steps of an epoch",
        "エポック内のステップが {got} ですが、1 エポックのステップ数 {steps} より小さくなければなりません",
    ),
    (
        "error.model.divergedAt",
        "the run diverged at epoch {got}, but it is saved at epoch {epoch}: a diverged run stays at its epoch's start",
        "エポック {got} で発散した学習ですが、エポック {epoch} で保存されています：発散した学習はそのエポックの始めにとどまります",
    ),
    (
        "error.model.epoch",
        "the epoch is {got}, but it must be at most {most}",
        "エポックが {got} ですが、{most} 以下でなければなりません",
    ),
    (
        "error.model.order",
        "the sampler's order is not an order of the {examples} training examples with a position from 0 to {examples}",
        "ミニバッチを選ぶ順序が、{examples} 個の訓練データの並べ方 (位置は 0〜{examples}) になっていません",
    ),
    (
        "error.model.historyLength",
        "the history holds {got} epochs, but it must hold {needs} (0 to {epoch})",
        "学習の記録が {got} エポック分ですが、{needs} エポック分 (0〜{epoch}) でなければなりません",
    ),
    (
        "error.model.historyRecent",
        "the history's newest records are {count}, but they must be 1 to {most} consecutive epochs ending at {epoch}",
        "学習の記録の新しい部分が {count} 件ですが、エポック {epoch} で終わる連続した 1〜{most} エポックでなければなりません",
    ),
    (
        "error.model.historyBuckets",
        "the history's older records are {count} buckets {width} epochs wide, but they must be at most {most} buckets in order, of a power-of-two width, holding the epochs before the newest records",
        "学習の記録の古い部分が幅 {width} エポックの区間 {count} 個ですが、幅が 2 のべき乗の区間が順に {most} 個以下で、新しい部分より前のエポックを含むものでなければなりません",
    ),
    (
        "error.model.historyFigures",
        "the history holds an accuracy outside 0 to 1, or a best figure that is not a finite number reached by epoch {epoch}",
        "学習の記録に、0〜1 の範囲外の認識精度か、エポック {epoch} までに得られた有限の数でない最良値があります",
    ),
    ("error.modelPart.weights", "the weights", "重み"),
    ("error.modelPart.epochWeights", "the weights of the last completed epoch", "最後に終えたエポックの重み"),
    ("error.modelPart.optimizer", "the optimizer's state", "最適化手法の状態"),
];
