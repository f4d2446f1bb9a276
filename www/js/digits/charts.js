// The training charts' frames: each canvas (numbers only, drawn by crates/web/src/digits/chart.rs)
// between the titles of its axes, written in the page's language.

import { el } from '../dom.js';

/**
 * The charts as figures side by side: `charts` is a list of `[canvas, x title key, y title key]`;
 * the y axis's title sits above the canvas, the x axis's below it, to the right.
 */
export function chartFigures(charts) {
  return el('div', { class: 'digits-charts' }, charts.map(([canvas, x, y]) => el('figure', { class: 'digits-figure' }, [
    el('span', { class: 'digits-axis y', t: y }), canvas, el('span', { class: 'digits-axis x', t: x }),
  ])));
}
