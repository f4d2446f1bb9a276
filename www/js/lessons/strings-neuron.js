// Lesson 2's strings (a neuron and its activation), English and Japanese, added to the page's table.

import { addStrings } from '../strings.js';

addStrings({
  'tabs.neuron': ['2. Neuron and activation', '2. ニューロンと活性化関数'],
  'neuron.title': ['A neuron and its activation', 'ニューロンと活性化関数'],
  'neuron.intro': ['A neuron adds its weighted inputs and its bias into a, then passes a through an activation function h. The perceptron is the neuron whose h is the step function; a neural network uses smooth functions such as the sigmoid instead.', 'ニューロンは、重み付きの入力とバイアスを足し合わせて a を作り、a を活性化関数 h に通します。h がステップ関数のものがパーセプトロンで、ニューラルネットワークではシグモイド関数のような滑らかな関数を使います。'],
  'neuron.inputs': ['The neuron', 'ニューロン'],
  'neuron.activation': ['Activation h', '活性化関数 h'],
  'neuron.a': ['a =', 'a ='],
  'neuron.y': ['y = h(a) =', 'y = h(a) ='],
  'neuron.slope': ['h′(a) =', 'h′(a) ='],
  'neuron.functions': ['h and its derivative h′', 'h とその微分 h′'],
  'neuron.allTitle': ['Every activation side by side', 'すべての活性化関数を並べて'],
  'neuron.allHint': ['Each picture shows h (blue) and h′ (orange, dashed) at the neuron\'s current a. Choose one to use it in the neuron.', '各図は現在の a での h (青) と h′ (オレンジの破線) です。選ぶとニューロンの活性化関数になります。'],
  'neuron.legend': ['Blue: h(a). Orange, dashed: h′(a). The dots mark the current a.', '青: h(a)。オレンジの破線: h′(a)。点は現在の a。'],
  'neuron.plot': ['The activation {h} and its derivative for a from −5 to 5, with dots at a = {a}', '活性化関数 {h} とその微分 (a は −5 から 5)。点は a = {a}'],
  'neuron.whyTitle': ['Why the step function cannot learn by gradient', 'ステップ関数では勾配で学習できない理由'],
  'neuron.why': ['Learning moves each weight against the gradient of the loss L. By the chain rule that gradient contains h′(a), and the step function\'s derivative is 0 everywhere except at a = 0. So every gradient is 0 and the weights never move. Below, one neuron learns AND from zero weights with each function.', '学習では、損失 L の勾配と逆向きに重みを動かします。連鎖律により勾配には h′(a) が含まれ、ステップ関数の微分は a = 0 以外のすべてで0です。そのため勾配はいつも0で、重みは動きません。下では、1つのニューロンが重み0からそれぞれの関数で AND を学習します。'],
  'neuron.train': ['Train on AND for {epochs} epochs', 'AND を {epochs} エポック学習する'],
  'neuron.stepLoss': ['Loss with the step function:', 'ステップ関数の損失:'],
  'neuron.sigmoidLoss': ['Loss with the sigmoid:', 'シグモイド関数の損失:'],
  'neuron.verdict': ['The step function\'s loss stays at {step}: its gradient is 0. The sigmoid\'s falls to {sigmoid}.', 'ステップ関数の損失は {step} のまま (勾配が0)。シグモイド関数の損失は {sigmoid} まで下がりました。'],
});
