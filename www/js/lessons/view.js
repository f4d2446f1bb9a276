// What every lesson shares: a heading, a group of buttons, numbers for display, and writing the
// lesson's state back to the URL.

import { el, fitCanvas } from '../dom.js';
import { relinkTabs } from '../tabs.js';

/**
 * A number for display: up to `digits` significant digits, without float noise (2.2, not
 * 2.2000000000000002); a dash when it is missing or not finite.
 */
export function show(value, digits = 10) {
  return Number.isFinite(value) ? String(Number(value.toPrecision(digits))) : '–';
}

/** A row of toggle buttons, one per option; `choose(name)` runs on a click. Returns { group, set }. */
export function toggles(labelKey, options, choose) {
  const buttons = options.map(({ name, t, vars }) =>
    el('button', { type: 'button', 'aria-pressed': 'false', t, vars, 'data-name': name, on: { click: () => choose(name) } }));
  const group = el('div', { class: 'lesson-toggles', role: 'group', label: labelKey }, buttons);
  /** Marks `name` as the pressed option. */
  const set = (name) => {
    for (const b of buttons) b.setAttribute('aria-pressed', b.dataset.name === name ? 'true' : 'false');
  };
  return { group, set };
}

/**
 * A lesson's canvas kept drawn: returns `draw()`, which sizes the canvas to its laid-out size
 * (times the device pixel ratio) and paints it with `lesson.draw(canvas)`; it runs again
 * whenever the canvas is resized.
 */
export function keepDrawn(canvas, lesson) {
  const draw = () => {
    fitCanvas(canvas);
    lesson.draw(canvas);
  };
  new ResizeObserver(draw).observe(canvas);
  return draw;
}

/** How the lesson is shown, as its URL keys (`section`, `keys`; the wasm route's `viewQuery`). */
let viewQuery = '';

/** Keeps `query`, the lesson's view keys as read (`viewQuery` of the wasm `lessonRoute`), for `writeUrl`. */
export function keepView(query) {
  viewQuery = query;
}

/** Replaces the page URL with the lesson's `query` plus its view keys and the page keys it keeps (lang, embed, present). */
export function writeUrl(query) {
  const now = new URLSearchParams(location.search);
  const keep = ['lang', 'embed', 'present'].filter((key) => now.has(key)).map((key) => `${key}=${encodeURIComponent(now.get(key))}`);
  history.replaceState(null, '', `?${[query, viewQuery, ...keep].filter(Boolean).join('&')}`);
  relinkTabs();
}

/** An SVG element `tag` (inside an `<svg>` made with dom.js `el`) with attributes, and `text` as its text. */
export function svgEl(tag, { text, ...attrs } = {}, children = []) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
}
