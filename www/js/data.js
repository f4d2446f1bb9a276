// The data panel: data-set thumbnails, noise / train ratio / points, regenerate, the class to add
// with a click on the plot, and clearing to an empty set.

import { byId, el, fitCanvas, setPressed } from './dom.js';
import { percent, plain, rangeField } from './fields.js';
import { commit, perform, randomSeed } from './controls.js';
import { translate } from './strings.js';

/** The logic gates have four fixed points: noise, ratio, count and seed do not apply to them. */
const isGate = (kind) => kind.startsWith('gate-');

/** Builds the data panel; returns `sync(state)`, which shows a state in it. */
export function initData(app) {
  const buttons = app.choices.data.map((kind) => {
    const canvas = el('canvas', { class: 'preview', 'aria-hidden': 'true' });
    const button = el('button', { type: 'button', class: 'dataset', 'data-kind': kind }, [
      canvas,
      el('span', { t: `data.${kind}` }),
    ]);
    button.addEventListener('click', () => commit(app, (s) => { s.settings.data.kind = kind; }, button));
    return { kind, button, canvas };
  });
  byId('datasets').append(...buttons.map((b) => b.button));

  const sliders = {
    noise: rangeField('noise', 'label.noise', app.limits.noise, percent,
      (v) => commit(app, (s) => { s.settings.data.noise = v; }, sliders.noise.input)),
    ratio: rangeField('train-ratio', 'label.trainRatio', app.limits.ratio, percent,
      (v) => commit(app, (s) => { s.settings.data.train_ratio = v; }, sliders.ratio.input)),
    points: rangeField('point-count', 'label.points', app.limits.points, plain,
      (v) => commit(app, (s) => { s.settings.data.points = v; }, sliders.points.input)),
  };
  byId('data-sliders').append(...Object.values(sliders).map((s) => s.root));

  const regenerate = byId('regenerate');
  regenerate.addEventListener('click', () =>
    commit(app, (s) => {
      s.user_points = null;
      s.settings.data.seed = randomSeed(app.limits.seed);
    }, regenerate));

  const coordinates = [byId('add-x1'), byId('add-x2')];
  for (const input of coordinates) input.step = app.limits.pointStep;
  const addAt = byId('add-at');
  addAt.addEventListener('click', () => perform(app, () =>
    app.pg.addPointAt(Number(coordinates[0].value), Number(coordinates[1].value), app.addLabel), addAt));

  const clear = byId('clear-points');
  clear.addEventListener('click', () => perform(app, () => { app.pg.clearPoints(); return 'rebuild'; }, clear));

  let shownClasses = -1;
  return (state) => {
    const data = state.settings.data;
    const area = app.limits.domains[data.kind];
    Object.assign(coordinates[0], { min: area.x_min, max: area.x_max });
    Object.assign(coordinates[1], { min: area.y_min, max: area.y_max });
    for (const b of buttons) setPressed(b.button, b.kind === data.kind);
    sliders.noise.set(data.noise);
    sliders.ratio.set(data.train_ratio);
    sliders.points.set(data.points);
    const own = Boolean(state.user_points);
    const fixed = isGate(data.kind);
    for (const s of Object.values(sliders)) s.input.disabled = own || fixed;
    regenerate.disabled = fixed && !own;
    const hint = byId('data-hint');
    hint.hidden = !(own || fixed);
    hint.dataset.t = own ? 'hint.ownPoints' : 'hint.gate';
    hint.dataset.tVars = JSON.stringify({ count: state.user_points?.length ?? 0 });
    translate(hint);
    const classes = app.api.dataClasses(data.kind);
    if (classes !== shownClasses) {
      shownClasses = classes;
      showClassButtons(app, classes);
    }
  };
}

/** The buttons choosing what a click on the plot adds: one per class, or −1 / +1 for regression. */
function showClassButtons(app, classes) {
  const labels = classes === 0
    ? [{ label: -1, key: 'points.minus' }, { label: 1, key: 'points.plus' }]
    : Array.from({ length: classes }, (_, k) => ({ label: k, key: `points.class${k}` }));
  app.addLabel = labels[0].label;
  const box = byId('classes');
  const swatch = (label) => (label <= 0 ? 'orange' : label === 1 ? 'blue' : 'green');
  box.replaceChildren(...labels.map(({ label, key }) => {
    const button = el('button', { type: 'button', class: 'class-choice' }, [
      el('span', { class: `swatch dot ${swatch(label)}`, 'aria-hidden': 'true' }),
      el('span', { t: key }),
    ]);
    setPressed(button, label === app.addLabel);
    button.addEventListener('click', () => {
      app.addLabel = label;
      for (const b of box.children) setPressed(b, b === button);
    });
    return button;
  }));
}

/** Draws the data-set thumbnails (again after a resize). */
export function drawPreviews(app) {
  for (const canvas of document.querySelectorAll('canvas.preview')) {
    fitCanvas(canvas);
    app.api.drawPreview(canvas, canvas.closest('[data-kind]').dataset.kind);
  }
}
