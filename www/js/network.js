// The network diagram: the seven features as toggles, a column per hidden layer (with + and −
// neuron buttons), the output neuron(s); every neuron shows its heatmap thumbnail, and hovering,
// focusing or clicking it shows its map in the big plot. The links are drawn by links.js.

import { byId, el, setPressed } from './dom.js';
import { t } from './strings.js';
import { commit, perform } from './controls.js';
import { buildLinks, layoutLinks } from './links.js';
import { openEditor } from './editor.js';

/** Width of a layer added with "+ layer". */
const NEW_LAYER_WIDTH = 2;

/** Sets up the layer buttons and the diagram; returns `sync(state)`, which redraws the diagram when the shape changed. */
export function initNetwork(app) {
  const addLayer = byId('add-layer');
  const removeLayer = byId('remove-layer');
  addLayer.addEventListener('click', () => commit(app, (s) => { s.settings.hidden.push(NEW_LAYER_WIDTH); }, addLayer));
  removeLayer.addEventListener('click', () => commit(app, (s) => { s.settings.hidden.pop(); }, removeLayer));
  const diagram = byId('diagram');
  new ResizeObserver(() => app.diagram && layoutLinks(app.diagram)).observe(diagram);

  let shape = '';
  return (state) => {
    const hidden = state.settings.hidden;
    addLayer.disabled = hidden.length >= app.limits.layers.max;
    removeLayer.disabled = hidden.length <= app.limits.layers.min;
    const count = byId('layers-count');
    count.dataset.t = 'layers.count';
    count.dataset.tVars = JSON.stringify({ count: hidden.length });
    const next = JSON.stringify([state.settings.features, hidden, app.pg.widths()]);
    if (next === shape) return;
    shape = next;
    // Keyboard users keep their place: the control that had focus gets it again after the rebuild.
    const focused = diagram.contains(document.activeElement) ? document.activeElement.getAttribute('aria-label') : null;
    app.focus = { hover: -1, pinned: -1 };
    app.diagram = build(app, state);
    diagram.replaceChildren(app.diagram.root);
    layoutLinks(app.diagram);
    [...diagram.querySelectorAll('[aria-label]')].find((e) => e.getAttribute('aria-label') === focused)?.focus();
  };
}

/**
 * Marks the hidden neurons that output 0 for every training point (`inactive[l][k]`, from the
 * wasm module's stats): greyed with a cross, and "dead" in their map button's accessible name.
 * Cheap to call every frame.
 */
export function markDead(app, inactive) {
  const key = JSON.stringify(inactive ?? []);
  if (!app.diagram || app.diagram.dead === key) return;
  app.diagram.dead = key;
  app.diagram.nodes.slice(1, -1).forEach((layer, l) => layer.forEach((n, k) => {
    const dead = inactive?.[l]?.[k] === true;
    n.root.classList.toggle('dead', dead);
    n.box.dataset.tLabel = dead ? 'neuron.showDead' : 'neuron.show';
    n.box.setAttribute('aria-label', t(n.box.dataset.tLabel, JSON.parse(n.box.dataset.tVars)));
  }));
}

/** Builds the diagram's columns and links; returns the parts drawing needs. */
function build(app, state) {
  const { features, hidden } = state.settings;
  const widths = app.pg.widths();
  const outputs = widths[widths.length - 1];
  const thumbnails = [];
  const refs = [];
  const columns = [];
  const nodes = [];

  const inputNodes = [];
  const featureButtons = app.choices.features.map((name) => {
    const position = features.indexOf(name);
    const canvas = el('canvas', { class: 'thumb', 'aria-hidden': 'true' });
    const ref = { key: `features.${name}` };
    const button = el('button', { type: 'button', class: 'feature', 'data-feature': name, label: 'feature.toggle',
      vars: { name: ref } }, [canvas, el('span', { class: 'feature-name', t: ref.key })]);
    setPressed(button, position >= 0);
    button.addEventListener('click', () => toggleFeature(app, name, button));
    if (position >= 0) {
      thumbnails[position] = canvas;
      refs[position] = ref;
      inputNodes[position] = { box: button, ref };
      hoverShows(app, button, position);
    }
    return { name, canvas, button, active: position >= 0 };
  });
  columns.push(el('div', { class: 'column inputs' }, [
    el('p', { class: 'column-title', t: 'network.features' }), ...featureButtons.map((f) => f.button),
  ]));
  nodes.push(inputNodes);

  let index = features.length;
  hidden.forEach((width, l) => {
    const neurons = [];
    for (let k = 0; k < width; k += 1) {
      const ref = { key: 'neuron.name', vars: { layer: l + 1, n: k + 1 } };
      neurons.push(neuron(app, ref, index, { layer: l, col: k }, thumbnails));
      refs[index] = ref;
      index += 1;
    }
    columns.push(el('div', { class: 'column layer' }, [layerHead(app, l, width), ...neurons.map((n) => n.root)]));
    nodes.push(neurons);
  });

  const outs = [];
  for (let k = 0; k < outputs; k += 1) {
    const ref = outputs === 1 ? { key: 'neuron.output' } : { key: 'neuron.class', vars: { k } };
    outs.push(neuron(app, ref, index, { layer: hidden.length, col: k }, thumbnails));
    refs[index] = ref;
    index += 1;
  }
  columns.push(el('div', { class: 'column outputs' }, [el('p', { class: 'column-title', t: 'network.output' }),
    ...outs.map((n) => n.root)]));
  nodes.push(outs);

  const root = el('div', { class: 'columns' }, columns);
  const links = buildLinks(app, root, nodes);
  const inactive = featureButtons.filter((f) => !f.active);
  const biases = nodes.slice(1).map((layer) => layer.map((n) => n.bias));
  return { root, thumbnails, refs, links, nodes, inactive, biases };
}

/** Switches a feature on (in the engine's feature order) or off; the last one stays on. */
function toggleFeature(app, name, button) {
  if (app.state.settings.features.length === 1 && app.state.settings.features[0] === name) {
    perform(app, () => { throw { key: 'problem.lastFeature' }; }, button);
    return;
  }
  commit(app, (s) => {
    const on = s.settings.features.includes(name);
    s.settings.features = on
      ? s.settings.features.filter((f) => f !== name)
      : app.choices.features.filter((f) => f === name || s.settings.features.includes(f));
  }, button);
}

/** The head of hidden layer `l`: its neuron count with − and + buttons. */
function layerHead(app, l, width) {
  const vars = { layer: l + 1, count: width };
  const change = (delta) => (event) =>
    commit(app, (s) => { s.settings.hidden[l] += delta; }, event.currentTarget);
  return el('div', { class: 'layer-head' }, [
    el('p', { class: 'column-title', t: 'network.layer', vars }),
    el('div', { class: 'neuron-buttons' }, [
      el('button', { type: 'button', text: '−', label: 'neurons.remove', vars, disabled: width <= app.limits.neurons.min,
        on: { click: change(-1) } }),
      el('button', { type: 'button', text: '+', label: 'neurons.add', vars, disabled: width >= app.limits.neurons.max,
        on: { click: change(1) } }),
    ]),
    el('p', { class: 'count', t: 'neurons.count', vars }),
  ]);
}

/** One neuron: its map (a button that pins it to the plot) and its bias (a button that edits it). */
function neuron(app, ref, index, where, thumbnails) {
  const canvas = el('canvas', { class: 'thumb', 'aria-hidden': 'true' });
  const map = el('button', { type: 'button', class: 'map', label: 'neuron.show', vars: { name: ref } }, [canvas]);
  setPressed(map, false);
  thumbnails[index] = canvas;
  hoverShows(app, map, index);
  map.addEventListener('click', () => {
    app.focus.pinned = app.focus.pinned === index ? -1 : index;
    for (const b of document.querySelectorAll('#diagram .map')) setPressed(b, app.focus.pinned === index && b === map);
    app.draw();
  });
  const bias = el('button', { type: 'button', class: 'bias', label: 'bias.label', vars: { name: ref } });
  bias.addEventListener('click', () => openEditor(app, { ...where, row: -1, titleKey: 'bias.label', vars: { name: ref } }, bias));
  return { root: el('div', { class: 'neuron' }, [map, bias]), box: map, bias, ref };
}

/** Hovering or focusing `element` shows map `index` in the big plot until the pointer or focus leaves. */
function hoverShows(app, element, index) {
  const show = (i) => () => {
    app.focus.hover = i;
    app.draw();
  };
  element.addEventListener('pointerenter', show(index));
  element.addEventListener('pointerleave', show(-1));
  element.addEventListener('focus', show(index));
  element.addEventListener('blur', show(-1));
}
