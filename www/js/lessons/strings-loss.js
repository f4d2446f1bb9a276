// Lesson 4's strings (loss functions), English and Japanese, added to the page's table.

import { addStrings } from '../strings.js';

addStrings({
  'tabs.loss': ['4. Loss functions', '4. 損失関数'],
  'loss.title': ['Loss functions', '損失関数'],
  'loss.intro': ['A loss function says, as one number, how bad the network\'s output y is for the right answer t. Here y is a softmax output over the ten digits (the ten numbers sum to 1) and t is one-hot: 1 for the target class, 0 elsewhere. The smaller the loss, the better.', '損失関数は、ネットワークの出力 y が正解 t に対してどれだけ悪いかを1つの数で表します。ここでの y は10個の数字に対するソフトマックス関数の出力 (10個の和は1) で、t はone-hot表現 (正解のクラスだけ1、ほかは0) です。損失は小さいほど良い値です。'],
  'loss.sse': ['Sum of squared error', '二乗和誤差'],
  'loss.ce': ['Cross-entropy error', '交差エントロピー誤差'],
  'loss.ceText': ['Only the target class counts in the cross-entropy: it is −log of the probability given to the right answer (δ = 10⁻⁷ keeps log 0 away). The plot shows how it grows without bound as that probability falls towards 0.', '交差エントロピー誤差では正解クラスだけが効きます。正解に与えた確率の −log です (δ = 10⁻⁷ は log 0 を避けるため)。グラフは、その確率が0に近づくと損失が限りなく大きくなる様子を示します。'],
  'loss.outputs': ['Output y (sums to 1)', '出力 y (和は1)'],
  'loss.outputsHint': ['Moving one slider rescales the others so the sum stays 1.', '1つのスライダーを動かすと、和が1のままになるようにほかの値が縮みます。'],
  'loss.class': ['Class {k}', 'クラス {k}'],
  'loss.target': ['Target class t', '正解クラス t'],
  'loss.preset': ['The book\'s example', '本の例'],
  'loss.right': ['0.6 on class 2 (right)', 'クラス2が0.6 (正しい)'],
  'loss.wrong': ['0.6 on class 7 (wrong)', 'クラス7が0.6 (間違い)'],
  'loss.values': ['The losses', '損失の値'],
  'loss.reading': ['The target class {t} has y = {y}.', '正解クラス {t} の y = {y}。'],
  'loss.plot': ['The curve −log y for y from 0 to 1, with a dot at the target class\'s y = {y}', '0から1までの y に対する −log y の曲線。点は正解クラスの y = {y}'],
});
