// Lesson 5, gradient and gradient descent: a function's contours and negative-gradient field
// drawn by the wasm module, a descent started by a click (or from the start inputs) and stepped
// with →, three learning rates to compare, and the optimizers' race (descent-race.js).
// Every number shown comes from the `DescentLesson` handle.

import { el } from '../dom.js';
import { translate } from '../strings.js';
import { formula, frac, m, partial } from './mathml.js';
import { keepDrawn, toggles, writeUrl } from './view.js';
import { useKeys } from '../keys.js';
import { buildRace, short } from './descent-race.js';
import { part } from './sections.js';
import './strings-descent.js';

const SPEEDS = ['small', 'right', 'large'];

/** The update rule x ← x − η ∂f/∂x. */
function rule() {
  return formula(m('mi', 'x'), m('mo', '←'), m('mi', 'x'), m('mo', '−'), m('mi', 'η'),
    frac(partial('f'), partial('x')));
}

/** The function `name` as a formula: f = x₀² + x₁², or f = x²/20 + y². */
function functionFormula(name) {
  const square = (base) => m('msup', base, m('mn', '2'));
  const subSquare = (index) => m('msubsup', m('mi', 'x'), m('mn', index), m('mn', '2'));
  const f = [m('mi', 'f'), m('mo', '=')];
  return name === 'bowl'
    ? formula(...f, subSquare('0'), m('mo', '+'), subSquare('1'))
    : formula(...f, frac(square(m('mi', 'x')), m('mn', '20')), m('mo', '+'), square(m('mi', 'y')));
}

/** A labelled number input with id `id`; `change(value)` runs when it is committed. */
function numberField(id, labelKey, attrs, change) {
  const input = el('input', { type: 'number', id, ...attrs });
  input.addEventListener('change', () => change(Number(input.value)));
  return { input, field: el('div', { class: 'field' }, [el('label', { for: id, t: labelKey }), input]) };
}

/** Builds the descent lesson in `root` on the wasm exports `api`, reading `query`. Returns its notices. */
export function mountDescent(api, root, query) {
  const lesson = new api.DescentLesson(query);
  const canvas = el('canvas', { class: 'lesson-field', role: 'img', label: 'descent.plane' });
  const fnFormula = el('div', { class: 'descent-function' });
  const funcs = toggles('descent.function', ['bowl', 'valley'].map((name) => ({ name, t: `descent.fn.${name}` })), (name) => {
    lesson.choose(name);
    update();
  });
  const x0 = numberField('descent-x0', 'descent.x0', { min: '-10', max: '10', step: '0.1' }, (v) => {
    lesson.setStart(v, lesson.start()[1]);
    update();
  });
  const x1 = numberField('descent-x1', 'descent.x1', { min: '-5', max: '5', step: '0.1' }, (v) => {
    lesson.setStart(lesson.start()[0], v);
    update();
  });
  const lr = numberField('descent-lr', 'descent.lr', { min: '0', max: '100', step: 'any' }, (v) => {
    lesson.setLearningRate(v);
    update();
  });
  const speeds = toggles('descent.presets', SPEEDS.map((name) => ({ name, t: `descent.speed.${name}` })), (name) => {
    lesson.setLearningRate(lesson.presets()[SPEEDS.indexOf(name)]);
    update();
  });
  const stepButton = el('button', { type: 'button', class: 'primary', t: 'descent.step' });
  const restartButton = el('button', { type: 'button', t: 'descent.restart', on: { click: () => { lesson.restart(); update(); } } });
  const cells = Object.fromEntries(['step', 'x', 'value', 'grad'].map((k) => [k, el('td', { 'data-name': k })]));
  const status = el('p', { class: 'lesson-status descent-status', role: 'status' });
  const step = () => {
    lesson.step();
    update();
  };
  stepButton.addEventListener('click', step);
  canvas.addEventListener('click', (event) => {
    const box = canvas.getBoundingClientRect();
    lesson.startAt((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
    update();
  });
  const race = el('section', { class: 'lesson-learn', 'aria-labelledby': 'race-title' });

  root.append(
    el('h2', { t: 'descent.title' }),
    el('p', { t: 'descent.intro' }),
    part('descent', rule()),
    part('descent', el('div', { class: 'lesson-grid' }, [
      el('div', { class: 'lesson-figure' }, [el('div', { class: 'lesson-fit' }, [canvas]), el('p', { class: 'hint', t: 'descent.clickHint' })]),
      el('div', { class: 'lesson-side' }, [
        el('h3', { t: 'descent.function' }),
        funcs.group,
        fnFormula,
        el('h3', { t: 'descent.start' }),
        el('div', { class: 'descent-fields' }, [x0.field, x1.field]),
        el('h3', { t: 'descent.rate' }),
        lr.field,
        speeds.group,
        el('div', { class: 'lesson-buttons' }, [
          stepButton,
          el('button', { type: 'button', t: 'descent.finish', on: { click: () => { lesson.finish(); update(); } } }),
          restartButton,
        ]),
        useKeys([{ name: 'step', button: stepButton }, { name: 'reset', button: restartButton }]),
        el('table', { class: 'lesson-table', id: 'descent-table' }, [
          el('tbody', {}, [
            el('tr', {}, [el('th', { scope: 'row', t: 'descent.steps' }), cells.step]),
            el('tr', {}, [el('th', { scope: 'row', text: 'x' }), cells.x]),
            el('tr', {}, [el('th', { scope: 'row', text: 'f(x)' }), cells.value]),
            el('tr', {}, [el('th', { scope: 'row', text: '∇f(x)' }), cells.grad]),
          ]),
        ]),
        status,
      ]),
    ]), { fit: true }),
    part('race', race),
  );
  const redrawRace = buildRace(lesson, race, () => writeUrl(lesson.query()));

  /** Shows the lesson's state in every control, the numbers and the canvas, and in the URL. */
  function update() {
    const name = lesson.func();
    funcs.set(name);
    fnFormula.replaceChildren(functionFormula(name));
    const [s0, s1] = lesson.start();
    x0.input.value = String(s0);
    x1.input.value = String(s1);
    const rate = lesson.learningRate();
    lr.input.value = String(rate);
    speeds.set(SPEEDS[lesson.presets().indexOf(rate)]);
    const r = lesson.report();
    const pair = (p) => `(${short(p[0])}, ${short(p[1])})`;
    cells.step.textContent = String(r.step);
    cells.x.textContent = pair(r.x);
    cells.value.textContent = short(r.value);
    cells.grad.textContent = pair(r.grad);
    stepButton.disabled = r.step >= r.steps;
    status.className = `lesson-status descent-status ${r.status}`;
    status.dataset.t = `descent.status.${r.status}`;
    status.dataset.tVars = JSON.stringify({ step: r.step, value: short(r.value) });
    translate(root);
    draw();
    writeUrl(lesson.query());
  }

  const draw = keepDrawn(canvas, lesson);
  new ResizeObserver(redrawRace).observe(root);
  update();
  return lesson.notices();
}
