// Lesson 3's strings (forward propagation and batches), English and Japanese, added to the page's table.

import { addStrings } from '../strings.js';

addStrings({
  'tabs.forward': ['3. Forward propagation', '3. 順方向伝播'],
  'forward.title': ['Forward propagation and batches', '順方向伝播とバッチ'],
  'forward.intro': ['The book\'s 3-layer network (2 inputs, 3 and 2 hidden neurons, 2 outputs) turns an input row X into an output row Y. Each layer does the same two things: the matrix product A = X·W + B, then the activation Z = h(A), here the sigmoid σ; the output layer uses the identity or softmax instead.', '本の3層ネットワーク (入力2、隠れ層3と2、出力2) は入力の行 X を出力の行 Y に変えます。どの層も同じ2つのことをします：行列の積 A = X·W + B と、活性化 Z = h(A) (ここではシグモイド関数 σ)。出力層では恒等関数かソフトマックス関数を使います。'],
  'forward.batchTitle': ['A batch of M rows', 'M 行のバッチ'],
  'forward.batchText': ['Put M input rows in X and the very same products handle them all at once: X becomes M×2, every A and Z becomes M×…, while W and b do not change (b is added to every row). One row of Y per row of X.', 'X に M 行の入力を並べると、まったく同じ積でまとめて計算できます。X は M×2 に、A と Z はすべて M×… になりますが、W と b は変わりません (b は各行に足されます)。X の1行ごとに Y の1行ができます。'],
  'forward.rows': ['Rows M', '行数 M'],
  'forward.layersTitle': ['Layer by layer', '1層ずつ'],
  'forward.m': ['M = {m}', 'M = {m}'],
  'forward.inputs': ['Input X', '入力 X'],
  'forward.cell': ['Row {i}, x{j}', '{i} 行目の x{j}'],
  'forward.output': ['Output function', '出力層の関数'],
  'forward.identity': ['Identity', '恒等関数'],
  'forward.softmax': ['Softmax', 'ソフトマックス関数'],
  'forward.outputText': ['Softmax turns each row into probabilities: positive numbers that sum to 1, in the same order as A3.', 'ソフトマックス関数は各行を確率に変えます：正の数で和は1、大小の順は A3 と同じです。'],
  'forward.next': ['Next layer', '次の層'],
  'forward.back': ['Previous layer', '前の層'],
  'forward.restart': ['Start over', '最初から'],
  'forward.progress': ['{shown} of 3 layers computed.', '3層のうち {shown} 層を計算しました。'],
  'forward.layer': ['Layer {k}', '第{k}層'],
  'forward.sums': ['Row sums of Y: {sums}', 'Y の各行の和：{sums}'],
});
