// Lesson 3's formulas and matrices as MathML: A = X·W + B and Z = h(A) per layer, and each matrix
// the engine computed as a bracketed table with its name and shape.

import { el } from '../dom.js';
import { formula, m } from './mathml.js';
import { show } from './view.js';

/** An upright identifier (a matrix's name; the fallback font's italic Z reads like ∠). */
function upright(text) {
  const node = m('mi', text);
  node.setAttribute('mathvariant', 'normal');
  return node;
}

/** A name like `A1` as A with subscript 1; `X` and `Y` as plain identifiers. */
function symbol(name) {
  const parts = /^([A-Za-z])(\d)$/.exec(name);
  return parts ? m('msub', upright(parts[1]), m('mn', parts[2])) : upright(name);
}

/** The bias row spread over every row of the batch: `b1` shown as B₁. */
const broadcast = (name) => symbol(name.toUpperCase());

/** The layer's two rules: `A = X·W + B` and `Z = h(A)` with the layer's function. */
export function layerRules({ input, w, b, a, z, function: h }) {
  const affine = formula(symbol(a.name), m('mo', '='), symbol(input.name), m('mo', '·'), symbol(w.name), m('mo', '+'), broadcast(b.name));
  const applied = h === 'identity'
    ? [symbol(a.name)]
    : [m('mi', h === 'sigmoid' ? 'σ' : 'softmax'), m('mo', '('), symbol(a.name), m('mo', ')')];
  return [affine, formula(symbol(z.name), m('mo', '='), ...applied)];
}

/** `X: 1×2 · W1: 2×3 → A1: 1×3`, the shapes of the layer's product. */
export function shapeLine({ input, w, a }) {
  const shape = (n) => `${n.name}: ${n.rows}×${n.cols}`;
  return `${shape(input)} · ${shape(w)} → ${shape(a)}`;
}

/** A matrix `{ name, rows, cols, values }` as `name = [ … ]` in MathML (the brackets drawn by CSS), captioned with its shape. */
export function matrix({ name, rows, cols, values }) {
  const table = m('mtable');
  for (let i = 0; i < rows; i += 1) {
    table.append(m('mtr', ...values.slice(i * cols, (i + 1) * cols).map((v) => m('mtd', m('mn', show(v, 8))))));
  }
  const math = formula(symbol(name), m('mo', '='), table);
  return el('figure', { class: 'forward-matrix', 'data-name': name, 'data-shape': `${rows}×${cols}` }, [
    math,
    el('figcaption', { text: `${name}: ${rows}×${cols}` }),
  ]);
}
