// Lesson 4, loss functions: ten sliders for a softmax output y (kept summing to 1), a target
// class, the book's two examples, the sum of squared error and the cross-entropy live, and the
// plot of −log y drawn by the wasm module. Every number shown comes from the `LossLesson` handle.

import { el, formatNumber } from '../dom.js';
import { translate } from '../strings.js';
import { formula, frac, m } from './mathml.js';
import { keepDrawn, show, toggles, writeUrl } from './view.js';
import { part } from './sections.js';
import './strings-loss.js';

const CLASSES = 10;
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** A loss for display with 4 decimals; −log(1 + δ) = −10⁻⁷ shows as 0.0000, not −0.0000. */
const loss4 = (value) => formatNumber(Math.abs(value) < 5e-5 ? 0 : value, 4);

/** `base` with a letter subscript, e.g. yₖ. */
const subk = (base) => m('msub', m('mi', base), m('mi', 'k'));

/** `∑ₖ` as an operator with its index under it. */
const sumK = () => m('munder', m('mo', '∑'), m('mi', 'k'));

/** E = ½ ∑ₖ (yₖ − tₖ)². */
function sseFormula() {
  const square = m('msup', m('mrow', m('mo', '('), subk('y'), m('mo', '−'), subk('t'), m('mo', ')')), m('mn', '2'));
  return formula(m('mi', 'E'), m('mo', '='), frac(m('mn', '1'), m('mn', '2')), sumK(), square);
}

/** E = −∑ₖ tₖ log(yₖ + δ). */
function ceFormula() {
  return formula(m('mi', 'E'), m('mo', '='), m('mo', '−'), sumK(), subk('t'), m('mi', 'log'),
    m('mo', '('), subk('y'), m('mo', '+'), m('mi', 'δ'), m('mo', ')'));
}

/** Builds the loss lesson in `root` on the wasm exports `api`, reading `query`. Returns its notices. */
export function mountLoss(api, root, query) {
  const lesson = new api.LossLesson(query);
  const sliders = Array.from({ length: CLASSES }, (_, k) => {
    const input = el('input', { type: 'range', min: '0', max: '1', step: '0.01', id: `loss-y${k}`, label: 'loss.class', vars: { k } });
    const output = el('output', { for: input.id });
    input.addEventListener('input', () => {
      lesson.setOutput(k, Number(input.value));
      update();
    });
    const field = el('div', { class: 'loss-field' }, [el('label', { for: input.id, text: `y${SUBSCRIPTS[k]}` }), input, output]);
    return { input, output, field };
  });
  const target = el('select', { id: 'loss-target' },
    Array.from({ length: CLASSES }, (_, k) => el('option', { value: String(k), text: String(k) })));
  target.addEventListener('change', () => {
    lesson.setTarget(Number(target.value));
    update();
  });
  const presets = toggles('loss.preset', ['right', 'wrong'].map((name) => ({ name, t: `loss.${name}` })), (name) => {
    lesson.preset(name);
    update();
  });
  const sse = el('output', { id: 'loss-sse', class: 'loss-value' });
  const ce = el('output', { id: 'loss-ce', class: 'loss-value' });
  const reading = el('p', { class: 'lesson-log', role: 'status' });
  const canvas = el('canvas', { class: 'lesson-loss-plot', role: 'img', label: 'loss.plot', vars: { y: '' } });

  root.append(
    el('h2', { t: 'loss.title' }),
    el('p', { t: 'loss.intro' }),
    part('outputs values', el('div', { class: 'lesson-grid' }, [
      part('outputs', el('div', { class: 'lesson-side' }, [
        el('h3', { t: 'loss.outputs' }),
        el('p', { class: 'hint', t: 'loss.outputsHint' }),
        el('div', { class: 'loss-sliders' }, sliders.map((s) => s.field)),
        el('div', { class: 'field' }, [el('label', { for: target.id, t: 'loss.target' }), ' ', target]),
        el('h3', { t: 'loss.preset' }),
        presets.group,
      ])),
      part('values', el('div', { class: 'lesson-side' }, [
        el('h3', { t: 'loss.values' }),
        el('h4', { t: 'loss.sse' }),
        sseFormula(),
        el('p', {}, [el('span', { text: 'E = ' }), sse]),
        el('h4', { t: 'loss.ce' }),
        ceFormula(),
        el('p', {}, [el('span', { text: 'E = ' }), ce]),
        el('p', { t: 'loss.ceText' }),
        el('div', { class: 'lesson-fit' }, [canvas]),
        reading,
      ])),
    ]), { fit: true }),
  );

  /** Shows the lesson's state in every control, the two losses and the plot, and in the URL. */
  function update() {
    const y = lesson.outputs();
    const t = lesson.target();
    sliders.forEach((s, k) => {
      s.input.value = String(y[k]);
      s.output.textContent = formatNumber(y[k], 3);
      s.field.classList.toggle('target', k === t);
    });
    target.value = String(t);
    presets.set(lesson.presetName());
    sse.textContent = loss4(lesson.sumSquaredError());
    ce.textContent = loss4(lesson.crossEntropyError());
    const vars = { t, y: show(y[t], 4) };
    reading.dataset.t = 'loss.reading';
    reading.dataset.tVars = JSON.stringify(vars);
    canvas.dataset.tVars = JSON.stringify(vars);
    translate(root);
    draw();
    writeUrl(lesson.query());
  }

  const draw = keepDrawn(canvas, lesson);
  update();
  return lesson.notices();
}
