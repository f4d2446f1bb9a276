// The decision-boundary plot's axes: tick marks and values along its bottom (x₁) and left (x₂)
// edges, over the canvas, for the data set's domain (e.g. [−6, 6] × [−6, 6], or [−0.5, 1.5]² for
// the logic gates), so a point can be read off and typed in.

import { byId, el } from './dom.js';

/** Tick steps tried, times a power of ten: the first that gives at most `MAX_TICKS` is used. */
const STEPS = [1, 2, 5];
const MAX_TICKS = 7;

/** The tick values strictly inside `[min, max]`, at a round step. */
export function ticks(min, max) {
  const scale = 10 ** Math.floor(Math.log10(max - min)) / 10;
  const step = [1, 10, 100].flatMap((power) => STEPS.map((s) => s * power * scale)).find((s) => (max - min) / s <= MAX_TICKS);
  const values = [];
  for (let v = Math.ceil(min / step) * step; v < max; v += step) {
    const rounded = Number(v.toPrecision(12));
    if (rounded > min) values.push(rounded);
  }
  return values;
}

/** Adds the axes layer over the plot; returns the sync that redraws its ticks for the state's data set. */
export function initAxes(app) {
  const layer = el('div', { class: 'axes', 'aria-hidden': 'true' });
  byId('points').after(layer);
  let shown = '';
  return (state) => {
    const d = app.limits.domains[state.settings.data.kind];
    const key = JSON.stringify(d);
    if (key === shown) return;
    shown = key;
    const tick = (axis, v, at) => el('span', { class: `tick ${axis}`, style: `--at: ${at * 100}%`, text: String(v).replace('-', '−') });
    layer.replaceChildren(
      ...ticks(d.x_min, d.x_max).map((v) => tick('x1', v, (v - d.x_min) / (d.x_max - d.x_min))),
      ...ticks(d.y_min, d.y_max).map((v) => tick('x2', v, (d.y_max - v) / (d.y_max - d.y_min))),
      el('span', { class: 'axis-name x1', text: 'x₁' }),
      el('span', { class: 'axis-name x2', text: 'x₂' }),
    );
  };
}
