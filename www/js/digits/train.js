// The digits tab's training panel: Play, Pause, one step, one epoch and Reset; the numbers
// (epoch, updates, loss, accuracies, updates and images per second); the loss per iteration and
// accuracy per epoch charts. Training runs in bounded slices, one per animation frame: at most
// the handle's `frameSteps()` steps (counted in Rust) and at most FRAME_MS of them; an epoch's
// evaluation of all the images, and then the mistakes on the test set, are spread over frames
// the same way (the handle's `advance` spends the budget on them before steps).

import { el, fitCanvas, formatPercent } from '../dom.js';
import { translate } from '../strings.js';
import { show } from '../lessons/view.js';
import { chartFigures } from './charts.js';

/** Most milliseconds of training per animation frame (see the README's "The digits tab"). */
const FRAME_MS = 10;
/** Calls a frame's steps are cut into, so that the time can be checked between them. */
const PARTS = 6;
/** The numbers shown: [name, label key, format]. */
const STATS = [
  ['epoch', 'digits.stat.epoch', (r) => `${r.epoch} (${r.stepInEpoch} / ${r.stepsPerEpoch})`],
  ['updates', 'digits.stat.updates', (r) => r.updates.toLocaleString('en')],
  ['loss', 'digits.stat.loss', (r) => show(r.loss, 4)],
  ['train', 'digits.stat.trainAccuracy', (r) => formatPercent(r.trainAccuracy)],
  ['test', 'digits.stat.testAccuracy', (r) => formatPercent(r.testAccuracy)],
  ['speed', 'digits.stat.speed', (r) => show(Math.round(r.updatesPerSecond))],
  ['images', 'digits.stat.images', (r) => show(Math.round(r.imagesPerSecond))],
];

/**
 * The training panel on `view` (`view.lab`, the handle; `view.changed(kind)` runs after training
 * moved, `kind` 'frame' while it runs, 'stopped' when it stops). Returns `{ element, buttons,
 * update(), stop(), trainTo(epoch), busy() }`: `trainTo` trains across frames until epoch
 * `epoch` ends, as One epoch does.
 */
export function buildTraining(view) {
  const button = (t, attrs = {}) => el('button', { type: 'button', t, ...attrs });
  const play = button('digits.play', { class: 'primary', 'aria-pressed': 'false' });
  const step = button('digits.step');
  const epoch = button('digits.epoch');
  const reset = button('digits.reset');
  const cells = Object.fromEntries(STATS.map(([name]) => [name, el('dd', { 'data-name': name, text: '–' })]));
  const stats = el('dl', { class: 'digits-stats' }, STATS.map(([name, key]) => el('div', {}, [el('dt', { t: key }), cells[name]])));
  const status = el('p', { class: 'digits-status', role: 'status' });
  const lossChart = el('canvas', { class: 'digits-chart', role: 'img', label: 'digits.lossChart' });
  const accuracyChart = el('canvas', { class: 'digits-chart', role: 'img', label: 'digits.accuracyChart' });
  const key = el('p', { class: 'key' }, [
    el('span', { class: 'swatch line blue' }), el('span', { t: 'digits.key.train' }),
    el('span', { class: 'swatch line orange dashed' }), el('span', { t: 'digits.key.test' }),
  ]);
  /** null when stopped; else the epoch to stop at (Infinity while playing). */
  let goal = null;

  const stop = () => {
    goal = null;
    play.dataset.t = 'digits.play';
    play.setAttribute('aria-pressed', 'false');
    translate(play);
  };
  const frame = () => {
    if (goal === null) return;
    const start = performance.now();
    const steps = view.lab.frameSteps();
    const part = Math.max(1, Math.ceil(steps / PARTS));
    const until = Number.isFinite(goal) ? goal : undefined;
    let done = 0;
    let moved = 1;
    // Another call only if it fits too, judged by the longest call so far.
    let longest = 0;
    while (done < steps && moved > 0 && performance.now() - start + longest <= FRAME_MS) {
      const called = performance.now();
      moved = view.lab.advance(Math.min(part, steps - done), until);
      longest = Math.max(longest, performance.now() - called);
      done += moved;
    }
    if (moved === 0) {
      stop();
      view.lab.finishEvaluation();
      view.changed('stopped');
      return;
    }
    view.changed('frame');
    requestAnimationFrame(frame);
  };
  const run = (to) => {
    const was = goal;
    goal = to;
    if (was === null) requestAnimationFrame(frame);
  };
  play.addEventListener('click', () => {
    if (goal === Infinity) {
      stop();
      view.lab.finishEvaluation();
      view.changed('stopped');
      return;
    }
    play.dataset.t = 'digits.pause';
    play.setAttribute('aria-pressed', 'true');
    translate(play);
    run(Infinity);
  });
  step.addEventListener('click', () => {
    stop();
    view.lab.advance(1, undefined);
    view.lab.finishEvaluation();
    view.changed('stopped');
  });
  epoch.addEventListener('click', () => {
    stop();
    run(view.lab.report().epoch + 1);
  });
  reset.addEventListener('click', () => {
    stop();
    view.lab.reset();
    view.changed('stopped');
  });

  const update = () => {
    const r = view.lab.report();
    for (const [name, , format] of STATS) cells[name].textContent = format(r);
    const diverged = r.status.state === 'diverged';
    status.dataset.t = diverged ? 'digits.diverged' : '';
    status.textContent = '';
    if (diverged) translate(status);
    for (const [canvas, draw] of [[lossChart, 'drawLosses'], [accuracyChart, 'drawAccuracy']]) {
      fitCanvas(canvas);
      view.lab[draw](canvas);
    }
  };
  const element = el('section', { class: 'digits-training', 'aria-labelledby': 'digits-train-title' }, [
    el('h3', { id: 'digits-train-title', t: 'digits.train.title' }),
    el('div', { class: 'lesson-buttons' }, [play, step, epoch, reset]),
    stats, status,
    chartFigures([[lossChart, 'digits.axis.iterations', 'digits.axis.loss'], [accuracyChart, 'digits.axis.epochs', 'digits.axis.accuracy']]),
    key,
  ]);
  return { element, buttons: { play, step, epoch, reset }, update, stop, trainTo: run, busy: () => goal !== null };
}
