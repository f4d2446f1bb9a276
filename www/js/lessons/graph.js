// Lesson 7, computational graphs: the chain rule's example z = t², t = x + y (x and y settable),
// then the book's shopping graphs; forward values left to right, then the backward pass right to
// left one node per click (or →), with each node's local derivative. Every number shown comes
// from the `GraphLesson` handle.

import { el, problemOf } from '../dom.js';
import { translate } from '../strings.js';
import { formula, frac, m, partial } from './mathml.js';
import { show, svgEl, toggles, writeUrl } from './view.js';
import { useKeys } from '../keys.js';
import { mountNetwork } from './network.js';
import { part, sectionAlone } from './sections.js';

/** Grid units to SVG units. */
const COL = 170;
const ROW = 80;
const PAD = 40;
/** Room on the left for the inputs' names. */
const LEFT = 110;

/** The graphs, in the order of their buttons: the chain rule's own example first. */
const EXAMPLES = ['chain', 'apple', 'apple-orange'];

/**
 * The chain rule on graph `name`: ∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1 for the chain example, else
 * ∂price/∂apple = ∂price/∂apple_price · ∂apple_price/∂apple.
 */
function chainRule(name) {
  const d = (top, bottom) => frac(partial(top), partial(bottom));
  if (name === 'chain') {
    return formula(d('z', 'x'), m('mo', '='), d('z', 't'), m('mo', '·'), d('t', 'x'), m('mo', '='),
      m('mn', '2'), m('mi', 't'), m('mo', '·'), m('mn', '1'));
  }
  return formula(d('price', 'apple'), m('mo', '='), d('price', 'apple_price'), m('mo', '·'), d('apple_price', 'apple'));
}

/** The number in `input`, or NaN when it is empty (so an empty field is refused, not read as 0). */
const numberIn = (input) => (input.value.trim() === '' ? NaN : Number(input.value));

/** Builds the graph lesson in `root` on the wasm exports `api`, reading `query`. Returns its notices. */
export function mountGraph(api, root, query) {
  const lesson = new api.GraphLesson(query);
  const shops = toggles('graph.shop', EXAMPLES.map((name) => ({ name, t: `graph.${name}` })), (name) => {
    lesson.choose(name);
    update();
  });
  const rule = el('div', { class: 'graph-rule' });
  const inputs = ['x', 'y'].map((name) => el('input', { type: 'number', id: `graph-${name}`, min: '-100', max: '100', step: 'any' }));
  const refused = el('p', { class: 'problem graph-refused', role: 'alert', hidden: true });
  const setInputs = () => {
    try {
      lesson.setInputs(...inputs.map(numberIn));
      refused.hidden = true;
    } catch (error) {
      refused.replaceChildren(el('span', { t: 'problem.refused' }), ' ', el('span', problemOf(error)));
      refused.hidden = false;
    }
    update();
  };
  for (const input of inputs) input.addEventListener('change', setInputs);
  const chainPart = el('div', { class: 'graph-chain' }, [
    el('p', { t: 'graph.chainText' }),
    el('div', { class: 'graph-fields', role: 'group', label: 'graph.inputs' }, inputs.map((input, i) =>
      el('div', { class: 'field' }, [el('label', { for: input.id, text: ['x', 'y'][i] }), input]))),
    refused,
  ]);
  const stepButton = el('button', { type: 'button', class: 'primary', t: 'graph.step' });
  const restartButton = el('button', { type: 'button', t: 'graph.restart', on: { click: () => { lesson.restart(); update(); } } });
  const keysHint = el('div');
  const svg = el('svg', { class: 'lesson-graph', role: 'img', label: 'graph.diagram' });
  const explain = el('p', { class: 'lesson-log', role: 'status' });
  const done = el('p', { class: 'lesson-status', t: 'graph.done' });
  const tbody = el('tbody');
  const gradHead = el('th', { scope: 'col', t: 'graph.grad' });
  const step = () => {
    lesson.step();
    update();
  };
  stepButton.addEventListener('click', step);
  root.append(
    el('h2', { t: 'graph.title' }),
    el('p', { t: 'graph.intro' }),
    ...[
      shops.group,
      rule,
      chainPart,
      el('div', { class: 'lesson-buttons' }, [
        stepButton,
        restartButton,
      ]),
      keysHint,
    ].map((e) => part('graph', e)),
    part('graph', el('div', { class: 'lesson-graph-frame' }, [svg]), { fit: true }),
    part('graph', explain),
    part('graph', done),
    part('values', el('h3', { t: 'graph.values' })),
    part('values', el('table', { class: 'lesson-table', id: 'graph-table' }, [
      el('thead', {}, [el('tr', {}, [
        el('th', { scope: 'col', t: 'graph.name' }), el('th', { scope: 'col', t: 'graph.value' }), gradHead,
      ])]),
      tbody,
    ])),
  );
  const netSection = el('section', { class: 'lesson-net', 'aria-labelledby': 'net-title' });
  root.append(part('network', netSection));
  // The network part saves through `save`, which waits until both parts exist.
  let net = null;
  net = mountNetwork(api, netSection, query, () => save());
  // A key presses the button of the part the focus is in: the network below, or else the graph above.
  const inNet = () => sectionAlone() === 'network' || netSection.contains(document.activeElement);
  keysHint.replaceWith(part('graph network', useKeys([
    { name: 'step', button: () => (inNet() ? net.stepButton : stepButton) },
    { name: 'reset', button: () => (inNet() ? net.restartButton : restartButton) },
  ])));

  /** Writes both parts' state to the URL. */
  function save() {
    if (net) writeUrl(`${lesson.query()}&${net.lesson.query()}`);
  }

  /** Redraws the graph, its inputs, the explanation and the table from the lesson's state, and writes the URL. */
  function update() {
    const g = lesson.graph();
    shops.set(g.example);
    rule.replaceChildren(chainRule(g.example));
    chainPart.hidden = g.example !== 'chain';
    lesson.inputs().forEach((value, i) => { inputs[i].value = String(value); });
    gradHead.dataset.tVars = JSON.stringify({ output: g.values.at(-1).name });
    stepButton.disabled = g.step >= g.steps;
    done.hidden = g.step < g.steps;
    drawGraph(svg, g);
    tbody.replaceChildren(...g.values.map((v) => el('tr', {}, [
      el('td', { text: v.name }), el('td', { text: show(v.value) }),
      v.grad === undefined || v.grad === null ? el('td', { class: 'unknown', t: 'graph.unknown' }) : el('td', { class: 'grad', text: show(v.grad) }),
    ])));
    explainStep(explain, g);
    translate(root);
    save();
  }
  update();
  return [...lesson.notices(), ...net.lesson.notices()];
}

/** Says what the last backward step did (or that the forward pass is done). */
function explainStep(explain, g) {
  const output = g.values[g.values.length - 1];
  // The node stepped last is the leftmost done node: nodes are in forward order.
  const last = g.nodes.find((n) => n.done);
  if (!last) {
    explain.dataset.t = 'graph.start';
    explain.dataset.tVars = JSON.stringify({ output: output.name, value: show(output.value) });
    return;
  }
  const [x, y] = last.inputs.map((i) => g.values[i]);
  const dout = g.values[last.output].grad;
  explain.dataset.t = `graph.${last.op}`;
  const vars = { output: output.name, dout: show(dout), x: x.name, dx: show(x.grad) };
  explain.dataset.tVars = JSON.stringify(last.op === 'square'
    ? { ...vars, yName: g.values[last.output].name, local: show(last.local[0]) }
    : { ...vars, yName: y.name, y: show(last.local[0]), xv: show(last.local[1]), dy: show(y.grad) });
}

/** The symbol drawn in a node: ×, + or the book's **2. */
const SYMBOLS = { mul: '×', add: '+', square: '**2' };

/** Draws the graph `g`: edges with their value (black, above) and derivative (red, below), and the nodes. */
function drawGraph(svg, g) {
  const px = (at) => [LEFT + at.col * COL, PAD + at.row * ROW];
  const cols = Math.max(...g.values.map((v) => v.to.col));
  const rows = Math.max(...g.values.map((v) => Math.max(v.from.row, v.to.row)));
  svg.setAttribute('viewBox', `0 0 ${LEFT + PAD + cols * COL + 40} ${2 * PAD + rows * ROW + 20}`);
  const parts = [];
  for (const v of g.values) {
    const [x1, y1] = px(v.from);
    const [x2, y2] = px(v.to);
    const isInput = !g.nodes.some((n) => n.output === g.values.indexOf(v));
    parts.push(svgEl('line', { x1, y1, x2, y2, class: 'edge' }));
    // Two inputs meet at one node, so their labels sit nearer their own start, where they are apart.
    const along = isInput ? 0.3 : 0.5;
    const [mx, my] = [x1 + (x2 - x1) * along, y1 + (y2 - y1) * along];
    if (isInput) parts.push(svgEl('text', { x: x1 - 4, y: y1 + 5, 'text-anchor': 'end', class: 'name', text: v.name }));
    else if (v === g.values[g.values.length - 1]) parts.push(svgEl('text', { x: x2 + 4, y: y2 + 5, class: 'name', text: v.name }));
    parts.push(svgEl('text', { x: mx, y: my - 8, 'text-anchor': 'middle', class: 'value', text: show(v.value) }));
    if (v.grad !== undefined && v.grad !== null) {
      parts.push(svgEl('text', { x: mx, y: my + 20, 'text-anchor': 'middle', class: 'grad', text: show(v.grad) }));
    }
  }
  for (const n of g.nodes) {
    const [cx, cy] = px(n.at);
    const state = n.next ? 'next' : n.done ? 'done' : '';
    parts.push(svgEl('g', { class: `node ${state}` }, [
      svgEl('circle', { cx, cy, r: 22 }),
      svgEl('text', { x: cx, y: cy + 7, 'text-anchor': 'middle', class: `op ${n.op}`, text: SYMBOLS[n.op] }),
    ]));
  }
  svg.replaceChildren(...parts);
}
