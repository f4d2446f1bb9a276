// Every string of the interface, English and Japanese, in one table keyed by name. Option labels
// use the engine's names as keys (`activation.tanh`, `data.spiral3`, …). Elements carry their key
// in data-t (text), data-t-label (aria-label) or data-t-title (title), with data-t-vars for
// placeholders, so switching the language re-translates the whole page.

/** The languages, in the order of each table row. */
const LANGUAGES = ['en', 'ja'];

const STRINGS = {
  tagline: ['A neural network learning in your browser. Change anything; watch it learn.', 'ブラウザの中で学習するニューラルネットワーク。何でも変えて、学ぶ様子を見てみよう。'],
  language: ['Language', '言語'],
  'panel.run': ['Training', '学習'],
  'skip.run': ['Skip to Play and the plot', '再生ボタンとグラフへ移動'],
  'skip.lesson': ['Skip to the lesson', 'レッスンへ移動'],
  'panel.data': ['Data', 'データ'],
  'panel.whichData': ['Which data set?', 'どのデータを使う？'],
  'panel.network': ['Network', 'ネットワーク'],
  'panel.output': ['Output', '出力'],
  'panel.settings': ['Training settings', '学習の設定'],
  'panel.activation': ['Activation function', '活性化関数のグラフ'],
  reset: ['Reset', 'リセット'],
  play: ['Play', '再生'],
  pause: ['Pause', '一時停止'],
  stepBatch: ['Step one mini-batch', 'ミニバッチを1つ進める'],
  stepEpoch: ['Step one epoch', '1エポック進める'],
  'files.exportModel': ['Export model', 'モデルを書き出す'],
  'files.importModel': ['Import model…', 'モデルを読み込む…'],
  'files.importPoints': ['Import points (CSV)…', '点を読み込む (CSV)…'],
  'files.exportPoints': ['Export points (CSV)', '点を書き出す (CSV)'],
  'files.pastePoints': ['Paste points', '点を貼り付ける'],
  'files.pasteLabel': ['One point per line: x1,x2,label', '1行に1点：x1,x2,ラベル'],
  'files.usePoints': ['Use these points', 'この点を使う'],
  speed: ['Speed (epochs per frame, at most a frame\'s steps)', '速さ (1フレームあたりのエポック数、1フレームのステップ上限まで)'],
  epoch: ['Epoch', 'エポック'],
  batch: ['Mini-batch', 'ミニバッチ'],
  batchLoss: ['batch loss', 'バッチの損失'],
  'change.live': ['Changed live: weights and epoch kept.', 'その場で変更：重みとエポックはそのまま。'],
  'change.rebuild': ['Rebuilt: training starts again from the seed.', '作り直し：シードから学習をやり直します。'],
  'keys.space': ['Space', 'スペース'],
  'keys.hint': ['Keys:', 'キー操作：'],
  'keys.helpHint': ['lists them', 'で一覧'],
  'keys.title': ['Keyboard shortcuts', 'キーボードショートカット'],
  'keys.intro': ['The keys of this view press its buttons:', 'この画面のキーは、次のボタンを押すのと同じです：'],
  'keys.none': ['This view has no shortcuts besides these:', 'この画面のショートカットは次のものだけです：'],
  'keys.playPause': ['Play / Pause', '再生 / 一時停止'],
  'keys.helpRow': ['Show this list', 'この一覧を表示'],
  'keys.escRow': ['Close this list', 'この一覧を閉じる'],
  'keys.close': ['Close', '閉じる'],
  'present.switch': ['Presentation mode', '発表モード'],
  'present.fullscreen': ['Full screen', '全画面表示'],
  'present.refused': ['The browser did not allow full screen ({why}). Use its own full-screen command instead: F11, or Ctrl+Cmd+F on a Mac.', 'ブラウザが全画面表示を許可しませんでした（{why}）。ブラウザ自身の全画面表示を使ってください（F11、Mac では Ctrl+Cmd+F）。'],
  'keys.clicker': ['Clicker:', 'クリッカー：'],
  'keys.clickerHint': ['step the lesson, then turn the slide', 'でレッスンを進め、終わるとスライドをめくります'],
  'keys.clickerHelp': [
    'A clicker steps this lesson: at its last step → and PageDown turn the slide, and at its first step ← and PageUp go back a slide.',
    'クリッカーでこのレッスンを進めます。最後のステップでは → と PageDown で次のスライドへ、最初のステップでは ← と PageUp で前のスライドへ移ります。',
  ],
  announce: ['Epoch {epoch}, training loss {loss}.', 'エポック {epoch}、訓練損失 {loss}。'],
  'label.activation': ['Activation', '活性化関数'],
  'label.output': ['Output and loss', '出力と損失関数'],
  'label.optimizer': ['Optimizer', '最適化手法'],
  'label.learningRate': ['Learning rate', '学習率'],
  'label.batchSize': ['Batch size', 'バッチサイズ'],
  'label.sampling': ['Batches', 'バッチの取り方'],
  'label.reg': ['Regularization', '正則化'],
  'label.regRate': ['Regularization rate', '正則化率'],
  'label.init': ['Initial weights', '重みの初期値'],
  'label.seed': ['Seed', 'シード'],
  'label.noise': ['Noise', 'ノイズ'],
  'label.trainRatio': ['Training data', '訓練データの割合'],
  'label.points': ['Points', '点の数'],
  newSeed: ['New seed', '新しいシード'],
  regenerate: ['Regenerate', 'データを作り直す'],
  'hint.regRate': ['Choose L1 or L2 to use a rate.', '正則化率を使うには L1 か L2 を選んでください。'],
  'hint.ownPoints': ['Your own {count} points are in use: noise, ratio and count only shape generated data. Regenerate or pick a data set to go back.', 'あなたが置いた {count} 個の点を使っています。ノイズ・割合・点の数は生成データ用です。「データを作り直す」か、データセットを選ぶと戻ります。'],
  'hint.gate': ['A logic gate has four fixed points: noise, ratio and count do not apply.', '論理ゲートは4点固定なので、ノイズ・割合・点の数は使いません。'],
  'points.add': ['Click the plot to add a point of:', 'プロットをクリックして点を追加：'],
  'points.clear': ['Clear all points', '点をすべて消す'],
  'points.addAt': ['Or place one at (x₁, x₂):', 'または座標 (x₁, x₂) を指定して置く：'],
  'points.addButton': ['Add point', '点を追加'],
  'points.class0': ['class 0 (orange)', 'クラス0 (オレンジ)'],
  'points.class1': ['class 1 (blue)', 'クラス1 (青)'],
  'points.class2': ['class 2 (green)', 'クラス2 (緑)'],
  'points.minus': ['−1 (orange)', '−1 (オレンジ)'],
  'points.plus': ['+1 (blue)', '+1 (青)'],
  'layers.add': ['+ layer', '+ 層'],
  'layers.remove': ['− layer', '− 層'],
  'layers.count': ['{count} hidden layers', '隠れ層 {count} 層'],
  'network.features': ['Features', '入力'],
  'network.layer': ['Layer {layer}', '第{layer}層'],
  'network.output': ['Output', '出力'],
  'network.hint': ['Hover or focus a neuron to see its map in the plot; click it to keep it there. Click a line or a bias (the small square) to read and change its value.', 'ニューロンにマウスを乗せる（またはフォーカスする）とプロットにその出力が表示され、クリックすると固定されます。線やバイアス（小さな四角）をクリックすると値を読んで変更できます。'],
  'neurons.add': ['Add a neuron to layer {layer}', '第{layer}層にニューロンを追加'],
  'neurons.remove': ['Remove a neuron from layer {layer}', '第{layer}層からニューロンを削除'],
  'neurons.count': ['{count} neurons', 'ニューロン {count} 個'],
  'feature.toggle': ['Use feature {name}', '入力 {name} を使う'],
  'neuron.name': ['neuron {n} of layer {layer}', '第{layer}層のニューロン{n}'],
  'neuron.output': ['the output', '出力'],
  'neuron.class': ['the output for class {k}', 'クラス{k}の出力'],
  'neuron.show': ['Show {name} in the plot', '{name}をプロットに表示'],
  'neuron.showDead': ['Show {name} in the plot (dead: 0 for every training point)', '{name}をプロットに表示 (死んだニューロン：どの訓練データでも 0)'],
  'bias.label': ['Bias of {name}', '{name}のバイアス'],
  'link.label': ['Weight from {from} to {to}', '{from}から{to}への重み'],
  'links.label': ['Weights: choose one to read or change it', '重み：選ぶと値を読んだり変えたりできます'],
  'stats.trainLoss': ['Training loss', '訓練損失'],
  'stats.testLoss': ['Test loss', 'テスト損失'],
  'stats.trainAccuracy': ['Training accuracy', '訓練データの認識精度'],
  'stats.testAccuracy': ['Test accuracy', 'テストデータの認識精度'],
  'loss.label': ['Loss per epoch', 'エポックごとの損失'],
  'loss.train': ['training loss', '訓練損失'],
  'loss.test': ['test loss', 'テスト損失'],
  'plot.label': ["The network's output over the plane", '平面上のネットワークの出力'],
  'plot.click': ['Click to add a point', 'クリックで点を追加'],
  'plot.output': ['Showing: the output (the decision boundary).', '表示中：出力 (決定境界)'],
  'plot.neuron': ['Showing: {name}.', '表示中：{name}'],
  'view.showTest': ['Show test data', 'テストデータを表示'],
  'view.discrete': ['Discretize output', '出力を離散化'],
  'legend.minus': ['−1', '−1'],
  'legend.zero': ['0', '0'],
  'legend.plus': ['+1', '+1'],
  'legend.undecided': ['undecided', 'どちらとも言えない'],
  'legend.train': ['training point', '訓練データ'],
  'legend.test': ['test point', 'テストデータ'],
  'legend.neurons': ['Neuron maps: orange is negative, blue positive.', 'ニューロンの図：オレンジは負、青は正。'],
  'curve.h': ['h(a)', 'h(a)'],
  'curve.dh': ['h′(a), its derivative', "h′(a) (導関数)"],
  'editor.value': ['Value', '値'],
  'editor.set': ['Set', '設定'],
  'editor.close': ['Close', '閉じる'],
  dismiss: ['Dismiss', '閉じる'],
  dismissLabel: ['Dismiss this notice', 'このお知らせを閉じる'],
  'notice.url': ['Some values in the link could not be used', 'リンクの一部の値を使えませんでした'],
  'notice.changed': ['Changed to fit your choice', '選択に合わせて変更しました'],
  'notice.diverged': ['Training diverged', '学習が発散しました'],
  'notice.divergedHelp': ['The loss is no longer a finite number, so training stopped with the weights of the last good epoch. Lower the learning rate and training goes on from there, no Reset needed; Reset starts again from the seed.', '損失が有限の数ではなくなったので、最後に有限だったエポックの重みで学習を止めました。学習率を下げれば、そこから学習を続けられます (リセットは不要です)。リセットするとシードから始め直します。'],
  'notice.unavailable': ['Nothing to train yet', 'まだ学習できません'],
  'notice.needPoints': ['Add at least 2 points by clicking the plot, or pick a data set.', 'プロットをクリックして2点以上追加するか、データセットを選んでください。'],
  'notice.unavailableHelp': ['These settings cannot be trained:', 'この設定では学習できません：'],
  'note.ownPointsDropped': ['Your own points were replaced by the new data set.', 'あなたが置いた点は新しいデータセットに置き換わりました。'],
  'note.outputClasses': ['The output is now {output}: {data} has more than two classes.', '出力を {output} にしました：{data} は3クラス以上あります。'],
  'note.outputRegression': ['The output is now {output}: {data} is a regression task.', '出力を {output} にしました：{data} は回帰の問題です。'],
  'note.regRate': ['The regularization rate is now {rate}: a rate of 0 would do nothing.', '正則化率を {rate} にしました：0 では何も起きません。'],
  'problem.refused': ['Not changed:', '変更できません：'],
  'fatal.start': ['The page could not start. Reload it to try again. ({why})', 'ページを起動できませんでした。再読み込みしてください。（{why}）'],
  'problem.seed': ['the seed must be a whole number from 0 to {max}.', 'シードは 0 から {max} までの整数です。'],
  'problem.number': ['Enter a number.', '数値を入力してください。'],
  'problem.lastFeature': ['the network needs at least one input feature.', 'ネットワークには少なくとも1つの入力が必要です。'],
  'data.circle': ['Circle', '円'],
  'data.xor': ['XOR', 'XOR'],
  'data.gauss': ['Two clouds', '2つの塊'],
  'data.spiral': ['Spiral', '渦巻き'],
  'data.moons': ['Moons', '三日月'],
  'data.gate-and': ['AND gate', 'AND ゲート'],
  'data.gate-or': ['OR gate', 'OR ゲート'],
  'data.gate-nand': ['NAND gate', 'NAND ゲート'],
  'data.gate-xor': ['XOR gate', 'XOR ゲート'],
  'data.spiral3': ['Spiral, 3 classes', '渦巻き (3クラス)'],
  'data.plane': ['Plane (regression)', '平面 (回帰)'],
  'data.bumps': ['Bumps (regression)', '山と谷 (回帰)'],
  'features.x1': ['x₁', 'x₁'],
  'features.x2': ['x₂', 'x₂'],
  'features.x1-squared': ['x₁²', 'x₁²'],
  'features.x2-squared': ['x₂²', 'x₂²'],
  'features.x1-times-x2': ['x₁x₂', 'x₁x₂'],
  'features.sin-x1': ['sin(x₁)', 'sin(x₁)'],
  'features.sin-x2': ['sin(x₂)', 'sin(x₂)'],
  'activation.step': ['Step', 'ステップ関数'],
  'activation.identity': ['Identity', '恒等関数'],
  'activation.sigmoid': ['Sigmoid', 'シグモイド関数'],
  'activation.tanh': ['Tanh', 'tanh'],
  'activation.relu': ['ReLU', 'ReLU'],
  'activation.leaky-relu': ['Leaky ReLU', 'Leaky ReLU'],
  'activation.elu': ['ELU', 'ELU'],
  'activation.softplus': ['Softplus', 'ソフトプラス関数'],
  'activation.gelu': ['GELU', 'GELU'],
  'activation.swish': ['Swish', 'Swish'],
  'output.sigmoid': ['Sigmoid + cross-entropy', 'シグモイド関数 + 交差エントロピー誤差'],
  'output.softmax': ['Softmax + cross-entropy', 'ソフトマックス関数 + 交差エントロピー誤差'],
  'output.tanh': ['Tanh + squared error', 'tanh + 二乗和誤差'],
  'output.identity': ['Identity + squared error', '恒等関数 + 二乗和誤差 (回帰)'],
  'init.small': ['Small (σ = 0.01)', '小さな乱数 (σ = 0.01)'],
  'init.xavier': ['Xavier', 'Xavierの初期値'],
  'init.he': ['He', 'Heの初期値'],
  'init.uniform': ['Uniform (−0.5 to 0.5)', '一様分布 (−0.5〜0.5)'],
  'optimizer.sgd': ['SGD', 'SGD'],
  'optimizer.momentum': ['Momentum', 'Momentum'],
  'optimizer.nesterov': ['Nesterov', 'Nesterov'],
  'optimizer.adagrad': ['AdaGrad', 'AdaGrad'],
  'optimizer.rmsprop': ['RMSprop', 'RMSprop'],
  'optimizer.adam': ['Adam', 'Adam'],
  'sampling.replacement': ['Random (with replacement)', 'ランダム (復元抽出)'],
  'sampling.shuffle': ['Shuffle each epoch', 'エポックごとにシャッフル'],
  'reg.none': ['None', 'なし'],
  'reg.l1': ['L1', 'L1'],
  'reg.l2': ['L2 (weight decay)', 'L2 (荷重減衰)'],
  // The Share dialog and its pictures (www/js/share/dialog.js, www/js/picture.js).
  'share.button': ['Share', '共有'],
  'share.title': ['Share this run', 'この学習を共有'],
  'share.link': ['Link to this run (its epoch, weights and the changes made by hand)', 'この学習へのリンク (エポック、重み、手で加えた変更)'],
  'share.copy': ['Copy link', 'リンクをコピー'],
  'share.copied': ['Copied.', 'コピーしました。'],
  'share.refused': ['The browser did not allow copying: the text is selected in the field above; copy it with Ctrl+C (⌘C).', 'ブラウザがコピーを許可しませんでした。上の欄の文字列を選択したので、Ctrl+C (⌘C) でコピーしてください。'],
  'share.fromFile': ['This run was opened from a model file: a link rebuilds its settings but not its weights. To share the run exactly, share the model file:', 'この学習はモデルファイルから開いたものです。リンクで再現できるのは設定だけで、重みは再現できません。そのまま共有するにはモデルファイルを使ってください：'],
  'share.tooLong': ['This link is {length} characters long, more than the {limit} that fit a QR code on a slide or a line of a handout. Share the run as a model file instead:', 'このリンクは {length} 文字あり、スライドの QR コードや配布資料の1行に収まる {limit} 文字を超えています。代わりにモデルファイルで共有してください：'],
  'share.exportHint': ['export the model file', 'モデルファイルを書き出す'],
  'share.qr': ['QR code of the link', 'リンクの QR コード'],
  'share.embed': ['Embed in a slide (960 × 540)', 'スライドに埋め込む (960 × 540)'],
  'share.copyEmbed': ['Copy snippet', 'コードをコピー'],
  'share.frameTitle': ['Asaku: a neural network learning in the browser', '浅く：ブラウザの中で学習するニューラルネットワーク'],
  'share.pictures': ['Save a picture (PNG)', '画像を保存 (PNG)'],
  'share.scale': ['Scale', '倍率'],
  'share.plot': ['Plot, {width} × {height} px', 'グラフ {width} × {height} px'],
  'share.network': ['Network, {width} × {height} px', 'ネットワーク {width} × {height} px'],
  'share.loss': ['Loss chart, {width} × {height} px', '損失のグラフ {width} × {height} px'],
  'share.close': ['Close', '閉じる'],
  'picture.positive': ['positive weight', '正の重み'],
  'picture.negative': ['negative weight', '負の重み'],
};

let current = 0;

/** Every row of the table so far, as `[key, [english, japanese]]`: what the string-table test reads. */
export function stringRows() {
  return Object.entries(STRINGS);
}

/**
 * The string `key` in the current language, with `{name}` placeholders filled from `vars`.
 * A placeholder's value may itself be `{ key, vars }`, translated in turn.
 */
export function t(key, vars = {}) {
  const row = STRINGS[key];
  if (!row) throw new Error(`no string "${key}" in strings.js`);
  return row[current].replace(/\{(\w+)\}/g, (_, name) => {
    const value = vars[name];
    return typeof value === 'object' && value !== null ? t(value.key, value.vars) : String(value ?? '');
  });
}

/**
 * Adds rows `{ key: [english, japanese] }` to the table (a view's own strings, kept in its own
 * module); a key that already exists is a bug.
 */
export function addStrings(rows) {
  for (const [key, row] of Object.entries(rows)) {
    if (STRINGS[key]) throw new Error(`string "${key}" is defined twice`);
    if (row.length !== LANGUAGES.length) throw new Error(`string "${key}" needs ${LANGUAGES.length} languages`);
    STRINGS[key] = row;
  }
}

/** Re-translates `root` and everything in it that carries a string key. */
export function translate(root) {
  const marked = [root, ...root.querySelectorAll('[data-t], [data-t-label], [data-t-title]')];
  for (const node of marked) {
    const vars = node.dataset?.tVars ? JSON.parse(node.dataset.tVars) : {};
    if (node.dataset?.t) node.textContent = t(node.dataset.t, vars);
    if (node.dataset?.tLabel) node.setAttribute('aria-label', t(node.dataset.tLabel, vars));
    if (node.dataset?.tTitle) node.setAttribute('title', t(node.dataset.tTitle, vars));
  }
}

/** The browser's preferred language if the page has it, else English. */
export function browserLanguage() {
  const preferred = (navigator.languages ?? [navigator.language]).map((l) => l.slice(0, 2).toLowerCase());
  return preferred.find((l) => LANGUAGES.includes(l)) ?? 'en';
}

/** Switches the interface to `language` ("en" or "ja") and re-translates the page. */
export function setLanguage(language) {
  current = Math.max(0, LANGUAGES.indexOf(language));
  document.documentElement.lang = LANGUAGES[current];
  translate(document.body);
}
