// The gradient-descent lesson's strings, English and Japanese, added to the page's table.

import { addStrings } from '../strings.js';

addStrings({
  'tabs.descent': ['5. Gradient descent', '5. 勾配降下法'],

  'descent.title': ['Gradient and gradient descent', '勾配と勾配降下法'],
  'descent.intro': ['The gradient ∇f collects the partial derivatives of f. It points where f grows fastest, so its negative (the arrows) points downhill. Gradient descent moves the point by −η∇f (η is the learning rate), again and again: each step is η·‖∇f‖ long, so the steps shrink as the slope flattens near the minimum. The lines are contours: f is the same all along each one.', '勾配 ∇f は f の偏微分をまとめたベクトルです。f が最も速く増える向きを指すので、その逆 (矢印) は下り坂の向きです。勾配降下法は、点を −η∇f (η は学習率) だけ動かすことを何度も繰り返します。一歩の長さは η·‖∇f‖ なので、傾きが緩やかになる最小値の近くでは歩幅が小さくなります。線は等高線で、1本の線の上では f の値が同じです。'],
  'descent.plane': ['Contours of f with the negative gradient as arrows and the descent\'s path in orange', 'f の等高線、矢印で示した勾配の逆向き、オレンジ色の降下の経路'],
  'descent.clickHint': ['Click the picture to start a descent there.', '図をクリックすると、そこから降下を始めます。'],
  'descent.function': ['Function', '関数'],
  'descent.fn.bowl': ['x₀² + x₁²', 'x₀² + x₁²'],
  'descent.fn.valley': ['x²/20 + y²', 'x²/20 + y²'],
  'descent.start': ['Start', '出発点'],
  'descent.x0': ['x₀ (horizontal)', 'x₀ (横)'],
  'descent.x1': ['x₁ (vertical)', 'x₁ (縦)'],
  'descent.rate': ['Learning rate', '学習率'],
  'descent.lr': ['η', 'η'],
  'descent.presets': ['Learning rate presets', '学習率のプリセット'],
  'descent.speed.small': ['Too small', '小さすぎる'],
  'descent.speed.right': ['About right', 'ちょうどよい'],
  'descent.speed.large': ['Too large', '大きすぎる'],
  'descent.step': ['One step', '1ステップ進む'],
  'descent.finish': ['All 100 steps', '100ステップまで進む'],
  'descent.restart': ['Back to the start', '出発点に戻る'],
  'descent.steps': ['Steps', 'ステップ'],
  'descent.status.start': ['At the start. Take a step.', '出発点にいます。1ステップ進めてください。'],
  'descent.status.converged': ['Converged: after {step} steps f(x) = {value}, the minimum.', '収束しました：{step} ステップで f(x) = {value}、最小値です。'],
  'descent.status.diverging': ['Diverging: f(x) = {value} is no lower than at the start. The learning rate is too large: each step jumps past the minimum and lands as high or higher.', '発散しています：f(x) = {value} は出発点より小さくなっていません。学習率が大きすぎて、一歩ごとに最小値を飛び越えて、同じかより高いところに着地します。'],
  'descent.status.slow': ['Barely moving: after {step} steps the point has hardly left the start. The learning rate is too small.', 'ほとんど動きません：{step} ステップ進んでも出発点からほぼ離れていません。学習率が小さすぎます。'],
  'descent.status.descending': ['Descending: f(x) = {value} after {step} steps.', '降下中：{step} ステップで f(x) = {value}。'],

  'race.title': ['The optimizers race (chapter 6)', '最適化手法の競走 (6章)'],
  'race.intro': ['Every optimizer starts at (−7, 2) on x²/20 + y² with the book\'s learning rate and gets the same gradient. This valley is much steeper in y than in x, so plain SGD zigzags; Momentum rolls like a ball; AdaGrad and Adam scale each coordinate\'s step by its own history.', 'すべての最適化手法が x²/20 + y² の (−7, 2) から、本の学習率で出発し、同じ勾配を受け取ります。この谷は x より y の方向にずっと急なので、普通の SGD はジグザグに進みます。Momentum はボールが転がるように、AdaGrad と Adam は座標ごとの履歴で歩幅を調整します。'],
  'race.plane': ['Each optimizer\'s path on the contours of x²/20 + y²', 'x²/20 + y² の等高線上の各最適化手法の経路'],
  'race.step': ['One iteration', '1回更新する'],
  'race.finish': ['Run all iterations', '最後まで更新する'],
  'race.restart': ['Back to (−7, 2)', '(−7, 2) に戻る'],
  'race.progress': ['Iteration {at} of {total}.', '{total} 回中 {at} 回目の更新。'],
  'race.optimizer': ['Optimizer', '最適化手法'],
  'race.point': ['Point', '位置'],
  'race.distance': ['Distance to the minimum', '最小値までの距離'],
});
