// Lesson 7, second part: the backward pass through a tiny network's layers (Affine, ReLU or
// sigmoid, Affine, softmax with loss), one layer per click, with the matrices each layer computes.
// Every number comes from the `NetworkLesson` handle; only the rules' symbols are written here.

import { el } from '../dom.js';
import { translate } from '../strings.js';
import { formula, m } from './mathml.js';
import { show, toggles } from './view.js';

/** Each layer's forward and backward rule, as space-separated symbols. */
const RULES = {
  affine1: ['A1 = X · W1 + b1', 'dW1 = Xᵀ · dA1 ,  db1 = dA1 ,  dX = dA1 · W1ᵀ'],
  'activation-relu': ['Z1 = relu ( A1 )', 'dA1 = dZ1 ⊙ [ A1 > 0 ]'],
  'activation-sigmoid': ['Z1 = σ ( A1 )', 'dA1 = dZ1 ⊙ Z1 ⊙ ( 1 − Z1 )'],
  affine2: ['A2 = Z1 · W2 + b2', 'dW2 = Z1ᵀ · dA2 ,  db2 = dA2 ,  dZ1 = dA2 · W2ᵀ'],
  'softmax-with-loss': ['Y = softmax ( A2 ) ,  L = − Σ T log Y', 'dA2 = Y − T'],
};

/** A rule as MathML, one formula per comma-separated part: names are identifiers, numbers numbers, the rest operators. */
function rules(text) {
  const token = (s) => (/^[0-9.]+$/.test(s) ? m('mn', s) : /^[A-Za-zσ]/.test(s) ? m('mi', s) : m('mo', s));
  return text.split(/\s+,\s+/).map((part) => formula(...part.trim().split(/\s+/).map(token)));
}

/** A matrix `{ name, rows, cols, values }` as a small table captioned with its name and shape. */
function matrix({ name, rows, cols, values }, kind) {
  const body = [];
  for (let i = 0; i < rows; i += 1) {
    body.push(el('tr', {}, values.slice(i * cols, (i + 1) * cols).map((v) => el('td', { text: show(v, 4) }))));
  }
  return el('table', { class: `lesson-matrix ${kind}`, 'data-name': name }, [
    el('caption', { text: `${name} (${rows}×${cols})` }),
    el('tbody', {}, body),
  ]);
}

/**
 * Builds the network part in `section` on the wasm exports `api`, reading `query`; `save()` is
 * called after each change (to write the URL). Returns { lesson, stepButton, restartButton } (the
 * handle, and the buttons the → and R keys press while the focus is in this part).
 */
export function mountNetwork(api, section, query, save) {
  const lesson = new api.NetworkLesson(query);
  const kinds = toggles('net.activation', ['relu', 'sigmoid'].map((name) => ({ name, t: `activation.${name}` })), (name) => {
    lesson.choose(name);
    update();
  });
  const stepButton = el('button', { type: 'button', class: 'primary', t: 'net.step' });
  const summary = el('p', { class: 'lesson-log', role: 'status' });
  const cards = el('div', { class: 'lesson-layers' });
  const step = () => {
    lesson.step();
    update();
  };
  stepButton.addEventListener('click', step);
  const restartButton = el('button', { type: 'button', t: 'graph.restart', on: { click: () => { lesson.restart(); update(); } } });
  section.append(
    el('h3', { id: 'net-title', t: 'net.title' }),
    el('p', { t: 'net.intro' }),
    kinds.group,
    el('div', { class: 'lesson-buttons' }, [
      stepButton,
      restartButton,
      el('span', { class: 'hint', t: 'net.stepHint' }),
    ]),
    summary,
    cards,
  );

  /** Shows every layer's matrices (backward ones once reached) and the loss. */
  function update() {
    const net = lesson.network();
    kinds.set(net.activation);
    stepButton.disabled = net.step >= net.steps;
    summary.dataset.t = 'net.loss';
    summary.dataset.tVars = JSON.stringify({ loss: show(net.loss, 6), step: net.step, steps: net.steps });
    cards.replaceChildren(...net.stages.map((stage) => {
      const rule = RULES[stage.layer === 'activation' ? `activation-${net.activation}` : stage.layer];
      return el('section', { class: `lesson-layer${stage.next ? ' next' : ''}${stage.backward.length ? ' done' : ''}`, 'data-layer': stage.layer }, [
        el('h4', { t: `net.layer.${stage.layer}` }),
        stage.next ? el('p', { class: 'hint', t: 'net.next' }) : '',
        el('p', { class: 'group-label', t: 'net.forward' }),
        ...rules(rule[0]),
        el('div', { class: 'lesson-matrices' }, stage.forward.map((n) => matrix(n, 'forward'))),
        ...(stage.backward.length ? [
          el('p', { class: 'group-label', t: 'net.backward' }),
          ...rules(rule[1]),
          el('div', { class: 'lesson-matrices' }, stage.backward.map((n) => matrix(n, 'backward'))),
        ] : []),
      ]);
    }));
    translate(section);
    save();
  }
  update();
  return { lesson, stepButton, restartButton };
}
