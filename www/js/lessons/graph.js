// Lesson 7, computational graphs: the book's shopping graphs, forward values left to right, then
// the backward pass right to left one node per click (or →), with each node's local derivative.
// Every number shown comes from the `GraphLesson` handle.

import { el } from '../dom.js';
import { translate } from '../strings.js';
import { formula, frac, m, partial } from './mathml.js';
import { onArrowRight, show, svgEl, toggles, writeUrl } from './view.js';
import { mountNetwork } from './network.js';

/** Grid units to SVG units. */
const COL = 170;
const ROW = 80;
const PAD = 40;
/** Room on the left for the inputs' names. */
const LEFT = 110;

/** The chain rule for the apple: ∂price/∂apple = ∂price/∂apple_price · ∂apple_price/∂apple. */
function chainRule() {
  return formula(
    frac(partial('price'), partial('apple')), m('mo', '='),
    frac(partial('price'), partial('apple_price')), m('mo', '·'), frac(partial('apple_price'), partial('apple')));
}

/** Builds the graph lesson in `root` on the wasm exports `api`, reading `query`. Returns its notices. */
export function mountGraph(api, root, query) {
  const lesson = new api.GraphLesson(query);
  const shops = toggles('graph.shop', ['apple', 'apple-orange'].map((name) => ({ name, t: `graph.${name}` })), (name) => {
    lesson.choose(name);
    update();
  });
  const stepButton = el('button', { type: 'button', class: 'primary', t: 'graph.step', 'aria-keyshortcuts': 'ArrowRight' });
  const svg = el('svg', { class: 'lesson-graph', role: 'img', label: 'graph.diagram' });
  const explain = el('p', { class: 'lesson-log', role: 'status' });
  const done = el('p', { class: 'lesson-status', t: 'graph.done' });
  const tbody = el('tbody');
  const step = () => {
    lesson.step();
    update();
  };
  stepButton.addEventListener('click', step);
  root.append(
    el('h2', { t: 'graph.title' }),
    el('p', { t: 'graph.intro' }),
    chainRule(),
    shops.group,
    el('div', { class: 'lesson-buttons' }, [
      stepButton,
      el('button', { type: 'button', t: 'graph.restart', on: { click: () => { lesson.restart(); update(); } } }),
      el('span', { class: 'hint', t: 'lesson.stepHint' }),
    ]),
    el('div', { class: 'lesson-graph-frame' }, [svg]),
    explain,
    done,
    el('h3', { t: 'graph.values' }),
    el('table', { class: 'lesson-table', id: 'graph-table' }, [
      el('thead', {}, [el('tr', {}, ['graph.name', 'graph.value', 'graph.grad'].map((t) => el('th', { scope: 'col', t })))]),
      tbody,
    ]),
  );
  const netSection = el('section', { class: 'lesson-net', 'aria-labelledby': 'net-title' });
  root.append(netSection);
  // The network part saves through `save`, which waits until both parts exist.
  let net = null;
  net = mountNetwork(api, netSection, query, () => save());
  // → steps the part the focus is in: the network below, or else the shopping graph.
  onArrowRight(() => (netSection.contains(document.activeElement) ? net.step() : step()));

  /** Writes both parts' state to the URL. */
  function save() {
    if (net) writeUrl(`${lesson.query()}&${net.lesson.query()}`);
  }

  /** Redraws the graph, the explanation and the table from the lesson's state, and writes the URL. */
  function update() {
    const g = lesson.graph();
    shops.set(g.shop);
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
  const price = g.values[g.values.length - 1];
  // The node stepped last is the leftmost done node: nodes are in forward order.
  const last = g.nodes.find((n) => n.done);
  if (!last) {
    explain.dataset.t = 'graph.start';
    explain.dataset.tVars = JSON.stringify({ price: show(price.value) });
    return;
  }
  const [x, y] = last.inputs.map((i) => g.values[i]);
  const dout = g.values[last.output].grad;
  explain.dataset.t = last.op === 'mul' ? 'graph.mul' : 'graph.add';
  explain.dataset.tVars = JSON.stringify({
    dout: show(dout), x: x.name, yName: y.name, y: show(last.local[0]), xv: show(last.local[1]),
    dx: show(x.grad), dy: show(y.grad),
  });
}

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
      svgEl('text', { x: cx, y: cy + 7, 'text-anchor': 'middle', text: n.op === 'mul' ? '×' : '+' }),
    ]));
  }
  svg.replaceChildren(...parts);
}
