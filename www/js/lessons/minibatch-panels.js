// The mini-batch lesson's three panels, B = 1, B = 10 and B = N side by side: each run's loss
// curves drawn by the wasm module and its numbers. Every number comes from `MinibatchLesson`.

import { el, formatPercent } from '../dom.js';
import { keepDrawn, show } from './view.js';

/** The heading key of each panel, smallest batch first. */
const HEADINGS = ['minibatch.panel.one', 'minibatch.panel.ten', 'minibatch.panel.full'];
/** The rows of each panel's table: [data-name, label key]. */
const ROWS = [
  ['updates', 'minibatch.updates'],
  ['epoch', 'minibatch.epochs'],
  ['loss', 'minibatch.loss'],
  ['accuracy', 'minibatch.accuracy'],
  ['time', 'minibatch.time'],
  ['jitter', 'minibatch.jitter'],
];

/** A number for display with 4 significant digits (a dash when missing or not finite). */
const short = (value) => show(value, 4);

/** Fills panel `panel` with the run's numbers `r` (one of `lesson.reports()`). */
function fill(panel, r) {
  panel.heading.dataset.tVars = JSON.stringify({ b: r.batchSize, n: r.examples });
  panel.canvas.dataset.tVars = panel.heading.dataset.tVars;
  const c = panel.cells;
  c.updates.textContent = String(r.stepsPerEpoch);
  c.epoch.textContent = String(r.epoch);
  c.loss.textContent = short(r.loss);
  c.accuracy.textContent = formatPercent(r.accuracy);
  c.accuracy.parentElement.hidden = r.accuracy === null;
  c.time.textContent = short(r.msPerEpoch);
  panel.timeHead.dataset.tVars = JSON.stringify({ n: r.timedEpochs });
  c.jitter.textContent = short(r.jitter);
  const diverged = r.status.state === 'diverged';
  panel.section.classList.toggle('diverged', diverged);
  panel.status.dataset.t = diverged ? `minibatch.diverged.${r.status.cause}` : 'minibatch.training';
  panel.status.dataset.tVars = JSON.stringify({ epoch: r.status.epoch ?? r.epoch, updates: r.updates });
}

/**
 * Builds the three panels on the lesson handle `lesson`. Returns { element, update }:
 * `update(reports)` refills every panel from `lesson.reports()` and redraws its chart (the caller
 * translates).
 */
export function buildPanels(lesson) {
  const panels = HEADINGS.map((key, i) => {
    const heading = el('h3', { t: key });
    const canvas = el('canvas', { class: 'minibatch-chart', role: 'img', label: 'minibatch.chart' });
    const cells = Object.fromEntries(ROWS.map(([name]) => [name, el('td', { 'data-name': name })]));
    const heads = Object.fromEntries(ROWS.map(([name, label]) => [name, el('th', { scope: 'row', t: label })]));
    const rows = ROWS.map(([name]) => el('tr', {}, [heads[name], cells[name]]));
    const status = el('p', { class: 'lesson-status minibatch-status', role: 'status' });
    const section = el('section', { class: 'minibatch-panel', 'data-index': String(i) },
      [heading, el('div', { class: 'lesson-fit' }, [canvas]), el('table', { class: 'lesson-table minibatch-table' }, [el('tbody', {}, rows)]), status]);
    const draw = keepDrawn(canvas, { draw: (c) => lesson.drawRun(i, c) });
    return { section, heading, canvas, cells, timeHead: heads.time, status, draw };
  });
  const update = (reports) => {
    reports.forEach((r, i) => fill(panels[i], r));
    for (const panel of panels) panel.draw();
  };
  const element = el('div', { class: 'minibatch-panels' }, panels.map((p) => p.section));
  return { element, update };
}
