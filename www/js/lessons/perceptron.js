// Lesson 1, the perceptron: sliders for w₁, w₂ and b, the half-planes drawn by the wasm module,
// the live truth table, gate presets, the two-layer XOR and the learning rule step by step.
// Every number shown comes from the `PerceptronLesson` handle.

import { el } from '../dom.js';
import { translate } from '../strings.js';
import { formula, m, sub } from './mathml.js';
import { keepDrawn, show, svgEl, toggles, writeUrl } from './view.js';
import { useKeys } from '../keys.js';
import { part, sectionAlone } from './sections.js';

const GATES = ['and', 'or', 'nand', 'xor'];

/** y = 0 when w₁x₁ + w₂x₂ + b ≤ 0, 1 when it is > 0 (the book's equation 2.2). */
function rule() {
  const sum = () => m('mrow', sub('w', '1'), sub('x', '1'), m('mo', '+'), sub('w', '2'), sub('x', '2'), m('mo', '+'), m('mi', 'b'));
  const table = m('mtable',
    m('mtr', m('mtd', m('mn', '0')), m('mtd', m('mrow', m('mo', '('), sum(), m('mo', '≤'), m('mn', '0'), m('mo', ')')))),
    m('mtr', m('mtd', m('mn', '1')), m('mtd', m('mrow', m('mo', '('), sum(), m('mo', '>'), m('mn', '0'), m('mo', ')')))));
  return formula(m('mi', 'y'), m('mo', '='), m('mrow', m('mo', '{'), table));
}

/** The learning rule: w ← w + η(t − y)x, b ← b + η(t − y). */
function learningRule() {
  const delta = () => [m('mi', 'η'), m('mo', '('), m('mi', 't'), m('mo', '−'), m('mi', 'y'), m('mo', ')')];
  return formula(sub('w', 'i'), m('mo', '←'), sub('w', 'i'), m('mo', '+'), ...delta(), sub('x', 'i'),
    m('mo', ','), m('mspace'), m('mi', 'b'), m('mo', '←'), m('mi', 'b'), m('mo', '+'), ...delta());
}

/** Builds the perceptron lesson in `root` on the wasm exports `api`, reading `query`. Returns its notices. */
export function mountPerceptron(api, root, query) {
  const lesson = new api.PerceptronLesson(query);
  const canvas = el('canvas', { class: 'lesson-plane', role: 'img', label: 'perceptron.plane' });
  const sliders = ['w₁', 'w₂', 'b'].map((name, i) => {
    const input = el('input', { type: 'range', min: '-1', max: '1', step: '0.05', id: `perceptron-${i}` });
    const output = el('output', { for: input.id });
    input.addEventListener('input', () => {
      const [w1, w2, b] = sliders.map((s) => Number(s.input.value));
      lesson.setWeights(w1, w2, b);
      learnLine.textContent = '';
      update();
    });
    const field = el('div', { class: 'field' }, [el('label', { for: input.id }, [el('span', { text: name }), ' ', output]), input]);
    return { input, output, field };
  });
  const gates = toggles('perceptron.gate', GATES.map((g) => ({ name: g, t: `data.gate-${g}` })), (gate) => {
    lesson.preset(gate);
    learnLine.textContent = '';
    update();
  });
  const tbody = el('tbody');
  const tHead = el('th', { scope: 'col' });
  const verdict = el('p', { class: 'lesson-verdict', role: 'status' });
  const xorBox = el('section', { class: 'lesson-xor', 'aria-labelledby': 'xor-title' });
  const learnLine = el('p', { class: 'lesson-log', role: 'status' });
  const learnStatus = el('p', { class: 'lesson-status' });

  const stepButton = el('button', { type: 'button', class: 'primary', t: 'perceptron.step', on: { click: () => step() } });
  const zeroButton = el('button', { type: 'button', t: 'perceptron.zero', on: { click: () => { lesson.zero(); learnLine.textContent = ''; update(); } } });
  /** Whether the learning rule has come to its end (converged, or cycling for ever) since the last change. */
  let ended = false;
  const step = () => {
    const { step: s, epochs } = lesson.learnStep();
    const status = s.status.status;
    ended = status !== 'learning';
    learnLine.dataset.t = 'perceptron.stepped';
    learnLine.dataset.tVars = JSON.stringify({ x1: s.x[0], x2: s.x[1], y: s.y, t: s.t, what: { key: s.updated ? 'perceptron.updated' : 'perceptron.kept' } });
    const key = { learning: 'perceptron.learning', converged: 'perceptron.converged', cycled: 'perceptron.cycled' }[status];
    const vars = status === 'cycled'
      ? { first: s.status.first_epoch, period: s.status.period }
      : { epochs: status === 'converged' ? s.status.epochs : epochs };
    learnStatus.dataset.t = key;
    learnStatus.dataset.tVars = JSON.stringify(vars);
    translate(learnLine);
    translate(learnStatus);
    update();
  };

  root.append(
    el('h2', { t: 'perceptron.title' }),
    el('p', { t: 'perceptron.intro' }),
    part('plane', rule()),
    part('plane', el('div', { class: 'lesson-grid' }, [
      el('div', { class: 'lesson-figure' }, [el('div', { class: 'lesson-fit' }, [canvas])]),
      el('div', { class: 'lesson-side' }, [
        el('h3', { t: 'perceptron.weights' }),
        ...sliders.map((s) => s.field),
        el('h3', { t: 'perceptron.gate' }),
        gates.group,
        el('p', { class: 'hint', t: 'perceptron.presetHint' }),
        el('h3', { t: 'perceptron.table' }),
        el('table', { class: 'lesson-table', id: 'truth-table' }, [
          el('thead', {}, [el('tr', {}, [
            el('th', { scope: 'col', text: 'x₁' }), el('th', { scope: 'col', text: 'x₂' }),
            el('th', { scope: 'col', t: 'perceptron.sum' }), el('th', { scope: 'col', t: 'perceptron.y' }), tHead,
          ])]),
          tbody,
        ]),
        verdict,
      ]),
    ]), { fit: true }),
    part('xor', xorBox),
    part('learn', el('section', { class: 'lesson-learn', 'aria-labelledby': 'learn-title' }, [
      el('h3', { id: 'learn-title', t: 'perceptron.learnTitle' }),
      el('p', { t: 'perceptron.learnText' }),
      learningRule(),
      el('div', { class: 'lesson-buttons' }, [stepButton, zeroButton]),
      useKeys([{ name: 'step', button: stepButton }, { name: 'reset', button: zeroButton }]),
      learnLine,
      learnStatus,
    ])),
  );
  buildXor(lesson, xorBox);

  /** Shows the lesson's state in every control, the table and the canvas, and in the URL. */
  function update() {
    const weights = lesson.weights();
    sliders.forEach((s, i) => {
      s.input.value = String(weights[i]);
      s.output.textContent = show(weights[i]);
    });
    // The rule has nothing more to show once it converged or cycles: → then goes on (a clicker to the next slide).
    if (!learnLine.textContent) ended = false;
    stepButton.disabled = ended;
    if (!learnLine.textContent) {
      delete learnLine.dataset.t;
      delete learnStatus.dataset.t;
      learnStatus.textContent = '';
    }
    const gate = lesson.gate();
    gates.set(gate);
    const gateVars = { gate: { key: `data.gate-${gate}` } };
    tHead.dataset.t = 'perceptron.t';
    tHead.dataset.tVars = JSON.stringify(gateVars);
    const rows = lesson.table();
    tbody.replaceChildren(...rows.map((r) => el('tr', { class: r.y === r.t ? 'right' : 'wrong' }, [
      el('td', { text: String(r.x[0]) }), el('td', { text: String(r.x[1]) }),
      el('td', { text: show(r.sum) }), el('td', { class: 'y', text: String(r.y) }), el('td', { text: String(r.t) }),
    ])));
    const wrong = rows.filter((r) => r.y !== r.t).length;
    verdict.dataset.t = wrong === 0 ? 'perceptron.right' : 'perceptron.wrong';
    verdict.dataset.tVars = JSON.stringify({ ...gateVars, count: wrong });
    translate(root);
    xorBox.hidden = lesson.hasLine() && sectionAlone() !== 'xor';
    draw();
    writeUrl(lesson.query());
  }

  const draw = keepDrawn(canvas, lesson);
  update();
  return lesson.notices();
}

/** The XOR box: why one line fails, and the two-layer diagram with each gate's output per input. */
function buildXor(lesson, box) {
  const rows = lesson.xorTable();
  const tbody = el('tbody', {}, rows.map((r) => el('tr', {}, [
    el('td', { text: String(r.x[0]) }), el('td', { text: String(r.x[1]) }),
    el('td', { text: String(r.s1) }), el('td', { text: String(r.s2) }), el('td', { class: 'y', text: String(r.y) }),
  ])));
  box.append(
    el('h3', { id: 'xor-title', t: 'perceptron.xorTitle' }),
    el('p', { t: 'perceptron.xorText' }),
    xorDiagram(),
    el('table', { class: 'lesson-table', id: 'xor-table' }, [
      el('thead', {}, [el('tr', {}, ['x₁', 'x₂', 's₁ (NAND)', 's₂ (OR)', 'y (AND)'].map((h) => el('th', { scope: 'col', text: h })))]),
      tbody,
    ]),
  );
}

/** The two-layer perceptron drawn as an SVG: inputs, NAND and OR, then AND. */
function xorDiagram() {
  const svg = el('svg', { class: 'lesson-xor-diagram', viewBox: '0 0 420 170', role: 'img', label: 'perceptron.diagram' });
  const node = (x, y, text) => {
    const circle = svgEl('circle', { cx: x, cy: y, r: 26 });
    return svgEl('g', {}, [circle, svgEl('text', { x, y: y + 5, 'text-anchor': 'middle', text })]);
  };
  const line = (x1, y1, x2, y2) => svgEl('line', { x1, y1, x2, y2 });
  svg.append(
    line(60, 45, 200, 45), line(60, 45, 200, 125), line(60, 125, 200, 45), line(60, 125, 200, 125),
    line(200, 45, 330, 85), line(200, 125, 330, 85), line(330, 85, 400, 85),
    node(40, 45, 'x₁'), node(40, 125, 'x₂'), node(200, 45, 'NAND'), node(200, 125, 'OR'), node(330, 85, 'AND'),
    svgEl('text', { x: 250, y: 40, text: 's₁' }), svgEl('text', { x: 250, y: 140, text: 's₂' }), svgEl('text', { x: 395, y: 75, text: 'y' }),
  );
  return svg;
}
