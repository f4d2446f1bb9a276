// The diagram's links: one SVG curve per weight, coloured by sign (blue +, orange −) and as wide
// as |w|; each is a keyboard-reachable button that opens the weight editor. Biases are coloured
// the same way on their neuron's small square.

import { el } from './dom.js';
import { openEditor } from './editor.js';

/** Widest drawn link, in CSS pixels. */
const MAX_STROKE = 7;
/** Points sampled along each curve to find the one nearest a click. */
const SAMPLES = 32;

/**
 * Adds an SVG layer under `root` with a link from every node of `nodes[l]` to every node of
 * `nodes[l + 1]` (affine layer `l`: row = source, column = target). Returns the links per layer.
 */
export function buildLinks(app, root, nodes) {
  const svg = el('svg', { class: 'links', role: 'group', label: 'links.label' });
  const layers = [];
  for (let l = 0; l + 1 < nodes.length; l += 1) {
    const links = [];
    nodes[l].forEach((from, row) => {
      nodes[l + 1].forEach((to, col) => {
        const vars = { from: from.ref, to: to.ref };
        const hit = el('path', { class: 'hit' });
        const line = el('path', { class: 'line' });
        const g = el('g', { class: 'link', tabindex: '0', role: 'button', label: 'link.label', vars }, [hit, line]);
        const open = () => openEditor(app, { layer: l, row, col, titleKey: 'link.label', vars }, g);
        g.addEventListener('keydown', (event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            open();
          }
        });
        links.push({ from: from.box, to: to.box, hit, line, row, col, outputs: nodes[l + 1].length, open });
        svg.append(g);
      });
    });
    layers.push(links);
  }
  // A tap lands on the 24 px hit stroke of whichever link is on top: open the nearest one instead.
  svg.addEventListener('click', (event) => nearestLink(svg, layers, event.clientX, event.clientY)?.open());
  root.prepend(svg);
  return { svg, layers };
}

/** The link whose curve passes nearest the client point (`x`, `y`). */
function nearestLink(svg, layers, x, y) {
  const box = svg.getBoundingClientRect();
  let nearest = null;
  let least = Infinity;
  for (const link of layers.flat()) {
    const length = link.hit.getTotalLength();
    for (let i = 0; i <= SAMPLES; i += 1) {
      const p = link.hit.getPointAtLength((length * i) / SAMPLES);
      const distance = Math.hypot(p.x + box.left - x, p.y + box.top - y);
      if (distance < least) [nearest, least] = [link, distance];
    }
  }
  return nearest;
}

/** Draws every link as a curve from its source's right edge to its target's left edge. */
export function layoutLinks(diagram) {
  const { root, links } = diagram;
  const base = root.getBoundingClientRect();
  links.svg.setAttribute('width', String(root.scrollWidth));
  links.svg.setAttribute('height', String(root.scrollHeight));
  const at = (box, side) => {
    const r = box.getBoundingClientRect();
    const x = (side === 'right' ? r.right : r.left) - base.left + root.scrollLeft;
    return [x, r.top + r.height / 2 - base.top + root.scrollTop];
  };
  for (const layer of links.layers) {
    for (const link of layer) {
      const [x1, y1] = at(link.from, 'right');
      const [x2, y2] = at(link.to, 'left');
      const mid = (x1 + x2) / 2;
      const d = `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
      link.hit.setAttribute('d', d);
      link.line.setAttribute('d', d);
    }
  }
}

/** Colours and sizes every link and bias square from the current weights. */
export function updateWeights(app) {
  const { diagram, pg, colors } = app;
  diagram.links.layers.forEach((links, l) => {
    const w = pg.weights(l);
    for (const link of links) {
      // No network yet (too few points): there are no weights, so every link is drawn thin.
      const value = w[link.row * link.outputs + link.col] ?? 0;
      const color = value >= 0 ? colors.blue : colors.orange;
      const width = Math.min(MAX_STROKE, 0.5 + Math.abs(value) * 2).toFixed(1);
      if (color === link.color && width === link.width) continue; // restyle only what changed
      Object.assign(link, { color, width });
      link.line.style.stroke = color;
      // Presentation mode draws every link thicker (`--link-scale`, www/css/present.css).
      link.line.style.strokeWidth = `calc(${width}px * var(--link-scale, 1))`;
      link.line.style.strokeOpacity = Math.min(1, 0.35 + Math.abs(value)).toFixed(2);
    }
  });
  diagram.biases.forEach((squares, l) => {
    const b = pg.biases(l);
    squares.forEach((square, k) => {
      const strength = Math.min(1, Math.abs(b[k] ?? 0));
      square.style.setProperty('--bias-color', (b[k] ?? 0) >= 0 ? colors.blue : colors.orange);
      square.style.setProperty('--bias-strength', `${Math.round(strength * 100)}%`);
    });
  });
}
