// The mini-batch lesson's strings, English and Japanese, added to the page's table.

import { addStrings } from '../strings.js';

addStrings({
  'tabs.minibatch': ['8. Mini-batches', '8. ミニバッチ学習'],

  'minibatch.title': ['Mini-batches and SGD', 'ミニバッチ学習と SGD'],
  'minibatch.intro': ['An epoch is one pass over all N training examples. Here the playground\'s network is trained three times, from the same initial weights (the same seed) on the same data; only the mini-batch size B differs: one example, ten examples, or all N at once (plain gradient descent). Each update uses the gradient averaged over its mini-batch ℬ:', 'エポックとは、N 個の訓練データ全体を1回ずつ使い終えることです。ここではプレイグラウンドのネットワークを、同じ初期重み (同じシード) と同じデータで3回学習させます。違うのはミニバッチの大きさ B だけで、1個、10個、または N 個全部 (ふつうの勾配降下法) です。1回の更新には、ミニバッチ ℬ で平均した勾配を使います：'],
  'minibatch.estimate': ['The mini-batch gradient g is an estimate of the gradient of the whole training loss: on average over the batches it is exactly ∇L, but each batch gives a slightly different one, and the fewer examples it averages, the more it varies. Each epoch makes S updates:', 'ミニバッチの勾配 g は、訓練データ全体の損失の勾配の推定値です。バッチについて平均すればちょうど ∇L になりますが、バッチごとに少しずつ違い、平均するデータが少ないほどばらつきます。1エポックの更新回数は S 回です：'],
  'minibatch.tradeoff': ['So B = 1 takes many cheap, noisy steps per epoch; B = N takes one exact but expensive step; B = 10 is in between (the book trains MNIST with B = 100).', 'つまり B = 1 は1エポックに安くてノイズの多い更新をたくさん行い、B = N は正確だけれど高くつく更新を1回だけ行います。B = 10 はその中間です (本では MNIST を B = 100 で学習します)。'],
  'minibatch.setup': ['N = {n} training examples; all three use {optimizer} with learning rate η = {lr}.', '訓練データは N = {n} 個。3つとも {optimizer}、学習率 η = {lr} です。'],
  'minibatch.step': ['One epoch', '1エポック進む'],
  'minibatch.play': ['Play', '再生'],
  'minibatch.pause': ['Pause', '一時停止'],
  'minibatch.restart': ['Back to epoch 0', 'エポック0に戻る'],
  'minibatch.progress': ['Epoch {epoch} (at most {max}).', 'エポック {epoch} (最大 {max})。'],
  'minibatch.progress.diverged': ['Epoch {epoch} (at most {max}). A run diverged: it stays where it stopped while the others go on.', 'エポック {epoch} (最大 {max})。発散した学習があります：その学習は止まった所にとどまり、ほかは続きます。'],
  'minibatch.legend.batch': ['the loss of each mini-batch', '各ミニバッチの損失'],
  'minibatch.legend.epoch': ['the loss on all the training data at each epoch\'s end', '各エポック終了時の訓練データ全体の損失'],
  'minibatch.axes': ['Across: epochs. Up: loss, on the same scale in all three charts (a loss above the top is drawn on the top edge).', '横軸はエポック、縦軸は損失で、3つのグラフとも同じ目盛りです (上端を超える損失は上端に描きます)。'],
  'minibatch.panel.one': ['B = {b}: one example per update', 'B = {b}：1個ずつ更新'],
  'minibatch.panel.ten': ['B = {b}: ten examples per update', 'B = {b}：10個ずつ更新'],
  'minibatch.panel.full': ['B = N = {n}: the full batch', 'B = N = {n}：全データ (バッチ学習)'],
  'minibatch.chart': ['Loss against epochs with mini-batches of {b}: each mini-batch\'s loss thin, the training loss per epoch bold', 'ミニバッチ {b} 個での損失の推移：細い線は各ミニバッチの損失、太い線はエポックごとの訓練損失'],
  'minibatch.updates': ['Updates per epoch', '1エポックの更新回数'],
  'minibatch.epochs': ['Epochs trained', '学習したエポック数'],
  'minibatch.loss': ['Training loss', '訓練損失'],
  'minibatch.accuracy': ['Training accuracy', '訓練データの認識精度'],
  'minibatch.time': ['Time per epoch (ms, mean of {n} epochs measured here)', '1エポックの時間 (ミリ秒、ここで測った {n} エポックの平均)'],
  'minibatch.jitter': ['Noise: mean change between successive mini-batch losses', 'ノイズ：続くミニバッチ間の損失の変化の平均'],
  'minibatch.training': ['{updates} updates so far.', 'これまでに {updates} 回更新。'],
  'minibatch.diverged.loss': ['Diverged after {epoch} epochs: a loss became infinite or NaN. This run stays at the weights of epoch {epoch}; a smaller learning rate would help.', '{epoch} エポックの後で発散しました：損失が無限大か NaN になりました。この学習はエポック {epoch} の重みのままです。学習率を小さくすると防げます。'],
  'minibatch.diverged.weights': ['Diverged after {epoch} epochs: a weight became infinite or NaN. This run stays at the weights of epoch {epoch}; a smaller learning rate would help.', '{epoch} エポックの後で発散しました：重みが無限大か NaN になりました。この学習はエポック {epoch} の重みのままです。学習率を小さくすると防げます。'],
  'minibatch.read': ['Read the charts: the thin line of B = 1 jumps with every single example, B = 10 wobbles less, and the full batch is one smooth line. Per epoch, the small batches usually get further, because they update many times; per update, the full batch is the most precise.', 'グラフの見方：B = 1 の細い線は1個ごとに大きく跳ね、B = 10 はそれより小さく揺れ、全データは滑らかな1本の線になります。エポックあたりでは、何度も更新する小さなバッチの方がふつう先へ進みます。1回の更新あたりでは、全データが最も正確です。'],
  'minibatch.time.note': ['Time per epoch is measured in your browser while the runs train. An epoch always sees all N examples, but with B = 1 it is N small updates, each with its own forward and backward pass and weight update, while with B = N it is one pass over a large matrix, which computes faster per example. That is why mini-batches of tens or hundreds are the usual compromise.', '1エポックの時間は、学習中にこのブラウザで測ったものです。1エポックは必ず N 個すべてのデータを使いますが、B = 1 では N 回の小さな更新で、そのたびに順伝播・逆伝播と重みの更新を行います。B = N では大きな行列で1回計算するだけで、データ1個あたりでは速く計算できます。そのため、数十から数百のミニバッチがふつうの折り合いです。'],
  'minibatch.backLink': ['Open this network in the playground', 'このネットワークをプレイグラウンドで開く'],
});
