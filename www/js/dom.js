// Small DOM helpers: elements built without HTML strings, canvases sized for the screen, and
// number formatting. Text always goes in through textContent or attributes, never as markup.

import { t } from './strings.js';

/** The element with this id. */
export const byId = (id) => document.getElementById(id);

/**
 * Makes an element. `attrs` are attributes, except: `t` (a string key: the text, re-translated
 * when the language changes), `label` (a string key for aria-label), `vars` (values for both
 * keys' placeholders), `text` (literal text) and `on` (event listeners).
 */
export function el(tag, attrs = {}, children = []) {
  const svg = tag === 'svg' || tag === 'path' || tag === 'g';
  const node = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  const { t: key, label, vars, text, on, ...rest } = attrs;
  for (const [name, value] of Object.entries(rest)) {
    if (value !== undefined && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  if (vars) node.dataset.tVars = JSON.stringify(vars);
  if (key) {
    node.dataset.t = key;
    node.textContent = t(key, vars);
  }
  if (label) {
    node.dataset.tLabel = label;
    node.setAttribute('aria-label', t(label, vars));
  }
  if (text !== undefined) node.textContent = text;
  for (const [type, handler] of Object.entries(on ?? {})) node.addEventListener(type, handler);
  node.append(...children);
  return node;
}

/** Sets a toggle button's state (aria-pressed) and returns it. */
export function setPressed(button, on) {
  button.setAttribute('aria-pressed', on ? 'true' : 'false');
  return button;
}

/**
 * Sizes a canvas's backing store to its CSS size times devicePixelRatio, so lines stay sharp on
 * high-DPI screens. Returns true when the size changed (the canvas was cleared).
 */
export function fitCanvas(canvas) {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
  const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
  if (canvas.width === width && canvas.height === height) return false;
  canvas.width = width;
  canvas.height = height;
  return true;
}

/** A number for display with `digits` decimals, or a dash when it is missing or not finite. */
export function formatNumber(value, digits = 3) {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/** A fraction as a percentage for display, or a dash when it is missing. */
export function formatPercent(value) {
  return Number.isFinite(value) ? `${(value * 100).toFixed(1)} %` : '–';
}

/**
 * What a refused change says, as `el` attributes: the notice `{ key, vars }` that the wasm
 * module (or the page) throws becomes `{ t, vars }`, a sentence of the string table that follows
 * the language; anything else (a bug) its message as `{ text }`.
 */
export function problemOf(error) {
  if (typeof error?.key === 'string') return { t: error.key, vars: error.vars ?? {} };
  return { text: errorText(error) };
}

/** A thrown value's message, without the `Error: ` prefix (for bugs and start-up failures). */
export function errorText(error) {
  return String(error?.message ?? error).replace(/^Error: /, '');
}
