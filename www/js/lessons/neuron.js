// Lesson 2, a neuron and its activation: number fields for x₁, x₂, w₁, w₂ and b, the activation
// h chosen from the engine's list, a = b + w₁x₁ + w₂x₂ and y = h(a) live, the plot of h and h′
// drawn by the wasm module, and one neuron trained on AND with the step function and with the
// sigmoid. Every number shown comes from the `NeuronLesson` handle.

import { el, formatNumber } from '../dom.js';
import { translate } from '../strings.js';
import { formula, m, sub } from './mathml.js';
import { keepDrawn, show, writeUrl } from './view.js';
import { part } from './sections.js';
import './strings-neuron.js';

const FIELDS = [['x', '1'], ['x', '2'], ['w', '1'], ['w', '2'], ['b', '']];
const SUBSCRIPTS = { 1: '₁', 2: '₂', '': '' };

/** a = b + w₁x₁ + w₂x₂. */
function sumFormula() {
  return formula(m('mi', 'a'), m('mo', '='), m('mi', 'b'), m('mo', '+'), sub('w', '1'), sub('x', '1'),
    m('mo', '+'), sub('w', '2'), sub('x', '2'));
}

/** y = h(a). */
const outputFormula = () => formula(m('mi', 'y'), m('mo', '='), m('mi', 'h'), m('mo', '('), m('mi', 'a'), m('mo', ')'));

/** ∂L/∂w = (y − t) h′(a) x: the gradient one weight gets. */
function gradientFormula() {
  const d = (name) => m('mrow', m('mo', '∂'), m('mi', name));
  return formula(m('mfrac', d('L'), d('w')), m('mo', '='), m('mo', '('), m('mi', 'y'), m('mo', '−'), m('mi', 't'),
    m('mo', ')'), m('msup', m('mi', 'h'), m('mo', '′')), m('mo', '('), m('mi', 'a'), m('mo', ')'), m('mi', 'x'));
}

/** The first and last loss of a training run, as "0.1250 → 0.0412". */
const firstLast = (losses) => `${formatNumber(losses[0], 4)} → ${formatNumber(losses.at(-1), 4)}`;

/** Builds the neuron lesson in `root` on the wasm exports `api`, reading `query`. Returns its notices. */
export function mountNeuron(api, root, query) {
  const lesson = new api.NeuronLesson(query);
  const inputs = FIELDS.map(([base, index], i) => {
    const input = el('input', { type: 'number', min: '-2', max: '2', step: '0.1', id: `neuron-${base}${index}` });
    input.addEventListener('input', () => {
      if (input.value === '' || !Number.isFinite(Number(input.value))) return;
      lesson.setValue(i, Number(input.value));
      update();
    });
    input.addEventListener('change', () => update(true));
    const field = el('div', { class: 'neuron-field' }, [el('label', { for: input.id, text: `${base}${SUBSCRIPTS[index]}` }), input]);
    return { input, field };
  });
  const select = el('select', { id: 'neuron-h' }, lesson.activations().map((name) => el('option', { value: name, text: name })));
  select.addEventListener('change', () => {
    lesson.setActivation(select.value);
    update();
  });
  const a = el('output', { id: 'neuron-a', class: 'neuron-value' });
  const y = el('output', { id: 'neuron-y', class: 'neuron-value' });
  const slope = el('output', { id: 'neuron-slope', class: 'neuron-value' });
  const canvas = el('canvas', { class: 'lesson-neuron-plot', role: 'img', label: 'neuron.plot', vars: { h: '', a: '' } });
  const stepLoss = el('output', { id: 'neuron-step-loss', class: 'neuron-value' });
  const sigmoidLoss = el('output', { id: 'neuron-sigmoid-loss', class: 'neuron-value' });
  const verdict = el('p', { class: 'lesson-log', role: 'status' });
  const train = el('button', { type: 'button', t: 'neuron.train', vars: { epochs: lesson.epochs() }, on: { click: race } });
  const pictures = lesson.activations().map((name) => {
    const small = el('canvas', { class: 'neuron-small-plot', 'aria-hidden': 'true' });
    const button = el('button', { type: 'button', class: 'neuron-function', 'aria-pressed': 'false', 'data-name': name },
      [el('span', { text: name }), small]);
    button.addEventListener('click', () => {
      lesson.setActivation(name);
      update();
    });
    return { name, button, draw: keepDrawn(small, { draw: (c) => lesson.drawFunction(c, name) }) };
  });
  const value = (key, output) => el('p', { class: 'neuron-reading' }, [el('span', { t: key }), ' ', output]);

  root.append(
    el('h2', { t: 'neuron.title' }),
    el('p', { t: 'neuron.intro' }),
    part('neuron', el('div', { class: 'lesson-grid' }, [
      el('div', { class: 'lesson-side' }, [
        el('h3', { t: 'neuron.inputs' }),
        sumFormula(),
        outputFormula(),
        el('div', { class: 'neuron-fields' }, inputs.map((f) => f.field)),
        el('div', { class: 'field' }, [el('label', { for: select.id, t: 'neuron.activation' }), ' ', select]),
        value('neuron.a', a),
        value('neuron.y', y),
        value('neuron.slope', slope),
      ]),
      el('div', { class: 'lesson-side' }, [
        el('h3', { t: 'neuron.functions' }),
        el('p', { class: 'hint', t: 'neuron.legend' }),
        el('div', { class: 'lesson-fit' }, [canvas]),
      ]),
    ]), { fit: true }),
    ...[
      el('h3', { t: 'neuron.allTitle' }),
      el('p', { class: 'hint', t: 'neuron.allHint' }),
      el('div', { class: 'neuron-all', id: 'neuron-all' }, pictures.map((f) => f.button)),
    ].map((e) => part('functions', e)),
    ...[
      el('h3', { t: 'neuron.whyTitle' }),
      el('p', { t: 'neuron.why' }),
      gradientFormula(),
      train,
      value('neuron.stepLoss', stepLoss),
      value('neuron.sigmoidLoss', sigmoidLoss),
      verdict,
    ].map((e) => part('why', e)),
  );

  /** Runs the step-versus-sigmoid training in the engine and shows both losses. */
  function race() {
    const { step, sigmoid } = lesson.race();
    stepLoss.textContent = firstLast(step);
    sigmoidLoss.textContent = firstLast(sigmoid);
    verdict.dataset.t = 'neuron.verdict';
    verdict.dataset.tVars = JSON.stringify({ step: formatNumber(step.at(-1), 4), sigmoid: formatNumber(sigmoid.at(-1), 4) });
    translate(root);
  }

  /** Shows the neuron's state in every control, the values and the plot, and in the URL. */
  function update(all = false) {
    lesson.values().forEach((v, i) => {
      if (all || document.activeElement !== inputs[i].input) inputs[i].input.value = show(v);
    });
    select.value = lesson.activation();
    a.textContent = formatNumber(lesson.a(), 4);
    y.textContent = formatNumber(lesson.y(), 4);
    slope.textContent = formatNumber(lesson.slope(), 4);
    canvas.dataset.tVars = JSON.stringify({ h: lesson.activation(), a: show(lesson.a(), 4) });
    translate(root);
    draw();
    for (const f of pictures) {
      f.button.setAttribute('aria-pressed', String(f.name === lesson.activation()));
      f.draw();
    }
    writeUrl(lesson.query());
  }

  const draw = keepDrawn(canvas, lesson);
  update(true);
  return lesson.notices();
}
