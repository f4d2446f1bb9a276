// Lesson 3, forward propagation and batches: the book's 3-layer network on M input rows at once,
// layer by layer (→ steps forward, ← back), with the output function switched between identity and softmax.
// Every number shown comes from the `ForwardLesson` handle.

import { el } from '../dom.js';
import { translate } from '../strings.js';
import { layerRules, matrix, shapeLine } from './forward-math.js';
import { show, toggles, writeUrl } from './view.js';
import { useKeys } from '../keys.js';
import { part } from './sections.js';
import './strings-forward.js';

const MAX_ROWS = 5;

/** Builds the forward lesson in `root` on the wasm exports `api`, reading `query`. Returns its notices. */
export function mountForward(api, root, query) {
  const lesson = new api.ForwardLesson(query);
  const batch = toggles('forward.rows', Array.from({ length: MAX_ROWS }, (_, k) => ({ name: String(k + 1), t: 'forward.m', vars: { m: k + 1 } })), (name) => {
    lesson.setBatch(Number(name));
    update();
  });
  const outputs = toggles('forward.output', ['identity', 'softmax'].map((name) => ({ name, t: `forward.${name}` })), (name) => {
    lesson.setOutput(name);
    update();
  });
  const rows = Array.from({ length: MAX_ROWS }, (_, i) => {
    const cells = [0, 1].map((j) => {
      const input = el('input', { type: 'number', step: '0.1', min: '-10', max: '10', label: 'forward.cell', vars: { i: i + 1, j: j + 1 } });
      input.addEventListener('change', () => {
        lesson.setInput(i, j, Number(input.value));
        update();
      });
      return input;
    });
    return { cells, row: el('tr', {}, [el('th', { scope: 'row', text: String(i + 1) }), ...cells.map((c) => el('td', {}, [c]))]) };
  });
  const next = el('button', { type: 'button', class: 'primary', t: 'forward.next' });
  const step = () => {
    lesson.step();
    update();
  };
  next.addEventListener('click', step);
  const back = el('button', { type: 'button', t: 'forward.back', on: { click: () => { lesson.back(); update(); } } });
  const restart = el('button', { type: 'button', t: 'forward.restart', on: { click: () => { lesson.restart(); update(); } } });
  const progress = el('p', { class: 'lesson-log', role: 'status' });
  const cards = el('div', { class: 'forward-layers' });

  root.append(
    el('h2', { t: 'forward.title' }),
    el('p', { t: 'forward.intro' }),
    part('inputs layers', el('div', { class: 'forward-grid' }, [
      part('inputs', el('div', { class: 'lesson-side' }, [
        el('h3', { t: 'forward.batchTitle' }),
        el('p', { t: 'forward.batchText' }),
        el('p', { class: 'group-label', t: 'forward.rows' }),
        batch.group,
        el('h3', { t: 'forward.inputs' }),
        el('table', { class: 'lesson-table forward-inputs' }, [
          el('thead', {}, [el('tr', {}, [el('td'), el('th', { scope: 'col', text: 'x₁' }), el('th', { scope: 'col', text: 'x₂' })])]),
          el('tbody', {}, rows.map((r) => r.row)),
        ]),
        el('h3', { t: 'forward.output' }),
        outputs.group,
        el('p', { class: 'hint', t: 'forward.outputText' }),
      ])),
      part('layers', el('div', { class: 'forward-main' }, [
        el('h3', { t: 'forward.layersTitle' }),
        el('div', { class: 'lesson-buttons' }, [
          back,
          next,
          restart,
        ]),
        useKeys([{ name: 'step', button: next }, { name: 'back', button: back }, { name: 'reset', button: restart }]),
        progress,
        cards,
      ])),
    ])),
  );

  /** Shows the batch, the inputs, the shown layers' matrices and shapes, and writes the URL. */
  function update() {
    const m = lesson.batch();
    const x = lesson.inputs();
    batch.set(String(m));
    outputs.set(lesson.output());
    rows.forEach(({ cells, row }, i) => {
      row.hidden = i >= m;
      cells.forEach((input, j) => {
        if (i < m && document.activeElement !== input) input.value = String(x[i * 2 + j]);
      });
    });
    const layers = lesson.layers();
    const shown = lesson.shown();
    next.disabled = shown >= 3;
    back.disabled = shown <= 0;
    progress.dataset.t = 'forward.progress';
    progress.dataset.tVars = JSON.stringify({ shown });
    cards.replaceChildren(...layers.map((layer) => el('section', { class: 'forward-layer', 'data-layer': String(layer.index) }, [
      el('h4', { t: 'forward.layer', vars: { k: layer.index } }),
      el('p', { class: 'forward-shape', text: shapeLine(layer) }),
      ...layerRules(layer),
      el('div', { class: 'forward-matrices' }, [layer.w, layer.b, layer.a, layer.z].map(matrix)),
      layer.function === 'softmax'
        ? el('p', { class: 'forward-sums', t: 'forward.sums', vars: { sums: layer.sums.map((s) => show(s, 8)).join(', ') } })
        : '',
    ])));
    translate(root);
    writeUrl(lesson.query());
  }
  update();
  return lesson.notices();
}
