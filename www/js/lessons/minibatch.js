// Lesson 8, mini-batches and SGD: the playground's network trained with B = 1, B = 10 and
// B = N from the same weights, side by side (minibatch-panels.js), one epoch per click or →,
// or played; the epochs asked are trained a frame's work at a time (catchup.js). Every number
// shown comes from the `MinibatchLesson` handle.

import { el } from '../dom.js';
import { translate } from '../strings.js';
import { formula, frac, m } from './mathml.js';
import { writeUrl } from './view.js';
import { useKeys } from '../keys.js';
import { buildPanels } from './minibatch-panels.js';
import { buildCatchUp } from './catchup.js';
import { part } from './sections.js';
import './strings-minibatch.js';

/** Epochs asked per animation frame while playing (so the curves can be watched growing); a frame trains at most its step budget of them. */
const EPOCHS_PER_FRAME = 2;

/** `∑` with its range under and over it. */
const sum = (under, over) => (over ? m('munderover', m('mo', '∑'), under, over) : m('munder', m('mo', '∑'), under));

/** ∇Lᵢ: the gradient of example i's loss. */
const gradI = () => m('mrow', m('mo', '∇'), m('msub', m('mi', 'L'), m('mi', 'i')));

/** g = (1/B) ∑_{i∈ℬ} ∇Lᵢ ≈ ∇L = (1/N) ∑_{i=1}^{N} ∇Lᵢ, ℬ the mini-batch. */
function estimateFormula() {
  const batch = m('mrow', m('mi', 'i'), m('mo', '∈'), m('mi', 'ℬ'));
  const all = m('mrow', m('mi', 'i'), m('mo', '='), m('mn', '1'));
  return formula(m('mi', 'g'), m('mo', '='), frac(m('mn', '1'), m('mi', 'B')), sum(batch), gradI(),
    m('mo', '≈'), m('mo', '∇'), m('mi', 'L'), m('mo', '='), frac(m('mn', '1'), m('mi', 'N')), sum(all, m('mi', 'N')), gradI());
}

/**
 * W ← W − η g, and S updates per epoch: ⌈N/B⌉ when each epoch walks through a shuffle, ⌊N/B⌋
 * when batches are drawn at random (`sampling` "replacement").
 */
function updateFormula(sampling) {
  const [open, close] = sampling === 'replacement' ? ['⌊', '⌋'] : ['⌈', '⌉'];
  const rounded = m('mrow', m('mo', open), frac(m('mi', 'N'), m('mi', 'B')), m('mo', close));
  return formula(m('mi', 'W'), m('mo', '←'), m('mi', 'W'), m('mo', '−'), m('mi', 'η'), m('mi', 'g'),
    m('mo', ','), m('mi', 'S'), m('mo', '='), rounded);
}

/** Builds the mini-batch lesson in `root` on the wasm exports `api`, reading `query`. Returns its notices. */
export function mountMinibatch(api, root, query) {
  const lesson = new api.MinibatchLesson(query);
  const panels = buildPanels(lesson);
  const stepButton = el('button', { type: 'button', class: 'primary', t: 'minibatch.step' });
  const playButton = el('button', { type: 'button', t: 'minibatch.play', 'aria-pressed': 'false' });
  const restartButton = el('button', { type: 'button', t: 'minibatch.restart' });
  const progress = el('p', { class: 'lesson-log', id: 'minibatch-progress', role: 'status' });
  const setup = el('p', { class: 'minibatch-setup' });
  const back = el('a', { class: 'minibatch-back', t: 'minibatch.backLink' });
  let playing = false;
  let before = 0;

  /** Once the epochs asked are reached: shows them, and while playing asks for more on the next frame. */
  const caughtUp = (reached) => {
    panels.element.removeAttribute('aria-busy');
    const stop = reached.cancelled !== null || lesson.epochCount() >= lesson.maxEpochs() || lesson.diverged() > before;
    if (playing && stop) pause();
    update();
    if (playing) requestAnimationFrame(frame);
  };
  const catchUp = buildCatchUp(lesson, caughtUp);
  /** Asks for `k` more epochs of all three and trains them across frames. */
  const train = (k) => {
    before = lesson.diverged();
    lesson.ask(k);
    panels.element.setAttribute('aria-busy', 'true');
    catchUp.start();
  };
  const step = () => {
    pause();
    train(1);
  };
  /** While playing: the next epochs (the catch-up calls back when they are trained). */
  const frame = () => {
    if (playing) train(EPOCHS_PER_FRAME);
  };
  function pause() {
    playing = false;
    playButton.dataset.t = 'minibatch.play';
    playButton.setAttribute('aria-pressed', 'false');
  }
  playButton.addEventListener('click', () => {
    if (playing) {
      pause();
      update();
      return;
    }
    playing = true;
    playButton.dataset.t = 'minibatch.pause';
    playButton.setAttribute('aria-pressed', 'true');
    if (!catchUp.busy()) requestAnimationFrame(frame);
  });
  stepButton.addEventListener('click', step);
  restartButton.addEventListener('click', () => {
    pause();
    lesson.restart();
    update();
  });
  /** The playground with this network, in the language shown (when the URL names one). */
  const playgroundHref = () => {
    const lang = new URLSearchParams(location.search).get('lang');
    return `?${lesson.playgroundQuery()}${lang ? `&lang=${encodeURIComponent(lang)}` : ''}`;
  };
  back.addEventListener('click', () => {
    back.href = playgroundHref();
  });

  root.append(
    el('h2', { t: 'minibatch.title' }),
    el('p', { t: 'minibatch.intro' }),
    ...[
      estimateFormula(),
      el('p', { t: 'minibatch.estimate' }),
      updateFormula(lesson.sampling()),
      el('p', { t: 'minibatch.tradeoff' }),
    ].map((e) => part('idea', e)),
    ...[
      setup,
      el('div', { class: 'lesson-buttons' }, [stepButton, playButton, restartButton]),
      useKeys([
        { name: 'play', button: playButton, does: 'keys.playPause' },
        { name: 'step', button: stepButton },
        { name: 'reset', button: restartButton },
      ]),
      progress,
      catchUp.element,
      el('p', { class: 'minibatch-legend' }, ['batch', 'epoch'].map((name) => el('span', {}, [
        el('span', { class: `minibatch-key ${name}` }), el('span', { t: `minibatch.legend.${name}` }),
      ]))),
      el('p', { class: 'hint', t: 'minibatch.axes' }),
    ].map((e) => part('panels', e)),
    part('panels', panels.element, { fit: true }),
    ...[
      el('p', { t: 'minibatch.read' }),
      el('p', { t: 'minibatch.time.note' }),
      el('p', {}, [back]),
    ].map((e) => part('reading', e)),
  );

  /** Shows the lesson's state in the controls, the panels and (when not playing) the URL. */
  function update() {
    const epoch = lesson.epochCount();
    const max = lesson.maxEpochs();
    stepButton.disabled = epoch >= max;
    playButton.disabled = epoch >= max && !playing;
    progress.dataset.t = lesson.diverged() > 0 ? 'minibatch.progress.diverged' : 'minibatch.progress';
    progress.dataset.tVars = JSON.stringify({ epoch, max });
    const reports = lesson.reports();
    const first = reports[0];
    setup.dataset.t = 'minibatch.setup';
    const optimizer = { key: `optimizer.${lesson.optimizer()}` };
    setup.dataset.tVars = JSON.stringify({ n: first.examples, lr: String(lesson.learningRate()), optimizer });
    back.href = playgroundHref();
    panels.update(reports);
    translate(root);
    if (!playing) writeUrl(lesson.query());
  }

  update();
  panels.element.setAttribute('aria-busy', 'true');
  catchUp.start();
  return lesson.notices();
}
