// The output panel: the big plot (heatmap + points, click to add a point), its caption and colour
// legend, the show-test / discretize toggles, the numbers, the loss curve and the activation panel.

import { byId, el, fitCanvas, formatNumber, formatPercent, setPressed } from './dom.js';
import { commit, perform } from './controls.js';
import { t } from './strings.js';

/** Wires the plot and the toggles; returns `sync(state)`, which shows a state in the panel. */
export function initOutput(app) {
  const points = byId('points');
  points.addEventListener('click', (event) => {
    const r = points.getBoundingClientRect();
    const fx = Math.min(1, Math.max(0, (event.clientX - r.left) / r.width));
    const fy = Math.min(1, Math.max(0, (event.clientY - r.top) / r.height));
    perform(app, () => app.pg.addPoint(fx, fy, app.addLabel), points);
  });
  const showTest = byId('show-test');
  const discrete = byId('discrete');
  showTest.addEventListener('click', () => commit(app, (s) => { s.view.show_test = !s.view.show_test; }, showTest));
  discrete.addEventListener('click', () => commit(app, (s) => { s.view.discrete = !s.view.discrete; }, discrete));

  let legendKey = '';
  return (state) => {
    setPressed(showTest, state.view.show_test);
    setPressed(discrete, state.view.discrete);
    const name = byId('activation-name');
    name.dataset.t = `activation.${state.settings.activation}`;
    const classes = app.api.dataClasses(state.settings.data.kind);
    const key = `${classes}:${state.settings.output}:${state.view.show_test}`;
    if (key !== legendKey) {
      legendKey = key;
      byId('legend').replaceChildren(...legend(classes, state.settings.output, state.view.show_test));
    }
  };
}

/** The colour legend: a scale for one-output networks, a swatch per class for softmax. */
function legend(classes, output, showTest) {
  const parts = [];
  if (output === 'softmax') {
    const names = ['orange', 'blue', 'green'];
    parts.push(el('p', { class: 'scale-key' }, Array.from({ length: classes }, (_, k) =>
      el('span', { class: 'class-key' }, [el('span', { class: `swatch ${names[k]}` }), el('span', { t: `points.class${k}` })]))));
  } else {
    const ends = classes === 0 ? ['legend.minus', 'legend.zero', 'legend.plus'] : ['points.class0', 'legend.undecided', 'points.class1'];
    parts.push(el('div', { class: 'scale', 'aria-hidden': 'true' }));
    parts.push(el('p', { class: 'scale-labels' }, ends.map((key) => el('span', { t: key }))));
  }
  parts.push(el('p', { class: 'point-key' }, [
    el('span', { class: 'swatch dot train' }), el('span', { t: 'legend.train' }),
    ...(showTest ? [el('span', { class: 'swatch dot test' }), el('span', { t: 'legend.test' })] : []),
  ]));
  parts.push(el('p', { class: 'hint', t: 'legend.neurons' }));
  return parts;
}

/** Draws what changes while training: every heatmap, the loss curve and the numbers. */
export function drawFrame(app, stats) {
  const { diagram, focus } = app;
  const shown = focus.hover >= 0 ? focus.hover : focus.pinned;
  app.pg.draw(byId('plot'), diagram.thumbnails, shown);
  fitCanvas(byId('loss'));
  app.pg.drawLoss(byId('loss'));
  byId('epoch').textContent = String(stats.epoch);
  byId('batch-step').textContent = `${stats.stepInEpoch} / ${stats.stepsPerEpoch}`;
  byId('batch-loss').textContent = formatNumber(stats.batchLoss, 4);
  byId('train-loss').textContent = formatNumber(stats.trainLoss, 4);
  byId('test-loss').textContent = formatNumber(stats.testLoss, 4);
  byId('train-accuracy').textContent = formatPercent(stats.trainAccuracy);
  byId('test-accuracy').textContent = formatPercent(stats.testAccuracy);
  const caption = byId('plot-caption');
  const ref = diagram.refs[shown];
  caption.dataset.t = shown < 0 || !ref ? 'plot.output' : 'plot.neuron';
  caption.dataset.tVars = JSON.stringify({ name: ref ?? '' });
  caption.textContent = t(caption.dataset.t, { name: ref ?? '' });
}

/** Draws what only changes with the settings or the window: the points, the activation panel and the maps of the features that are off. */
export function drawStatic(app) {
  const points = byId('points');
  fitCanvas(points);
  app.pg.drawPoints(points);
  const activation = byId('activation');
  fitCanvas(activation);
  app.pg.drawActivation(activation);
  for (const feature of app.diagram.inactive) app.api.drawFeature(feature.canvas, feature.name, app.state.settings.data.kind);
}
