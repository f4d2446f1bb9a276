// Pictures for slides and handouts: the decision-boundary plot (with its data points), the network
// view and the loss chart, each drawn again into a canvas of its on-screen size times a scale (1×,
// 2×, 3×) — not a screenshot — with its colour key in a band below, and saved as a PNG download.

import { byId } from './dom.js';
import { t } from './strings.js';

/** Height of the colour key's band under a picture, in CSS pixels (times the scale). */
const KEY_HEIGHT = 28;
/** The key's text size, in CSS pixels. */
const FONT_SIZE = 13;

/** The pictures the page saves: name (and file name), the string of its button, how to draw it. */
export const PICTURES = [
  { name: 'plot', label: 'share.plot', draw: plotPicture },
  { name: 'network', label: 'share.network', draw: networkPicture },
  { name: 'loss', label: 'share.loss', draw: lossPicture },
];

/**
 * A canvas of `width`×`height` CSS pixels and `scale` device pixels per CSS pixel, laid out out of
 * sight while `draw(canvas)` runs (the wasm drawing reads the scale from its laid-out size).
 */
function scaled(width, height, scale, draw) {
  const canvas = document.createElement('canvas');
  Object.assign(canvas.style, { position: 'fixed', left: '-100000px', top: '0', width: `${width}px`, height: `${height}px` });
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  document.body.append(canvas);
  try {
    draw(canvas);
  } finally {
    canvas.remove();
  }
  return canvas;
}

/** A white picture of `width`×`height` CSS pixels plus the key band, at `scale`: `{ canvas, ctx }`. */
function picture(width, height, scale) {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round((height + KEY_HEIGHT) * scale);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  return { canvas, ctx };
}

/**
 * Writes the key `items` (`{ color, text, line }`: a swatch, or a short line, then its text) in
 * the band at the bottom of `canvas`, left to right.
 */
function drawKey(ctx, canvas, scale, items) {
  ctx.font = `${FONT_SIZE * scale}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  const y = canvas.height - (KEY_HEIGHT * scale) / 2;
  let x = 8 * scale;
  for (const { color, text, line } of items) {
    ctx.fillStyle = color;
    if (line) ctx.fillRect(x, y - scale, 18 * scale, 3 * scale);
    else ctx.fillRect(x, y - 6 * scale, 12 * scale, 12 * scale);
    x += (line ? 22 : 16) * scale;
    ctx.fillStyle = '#222';
    ctx.fillText(text, x, y);
    x += ctx.measureText(text).width + 14 * scale;
  }
}

/** The output's colour key as the legend shows it: a colour per class, or the scale's ends. */
function plotKey(app) {
  const { orange, blue, green, neutral } = app.colors;
  const classes = [...document.querySelectorAll('#legend .class-key')];
  if (classes.length > 0) return classes.map((key, k) => ({ color: [orange, blue, green][k], text: key.textContent }));
  const ends = [...document.querySelectorAll('#legend .scale-labels span')].map((s) => s.textContent);
  return [orange, neutral, blue].map((color, k) => ({ color, text: ends[k] ?? '' }));
}

/** The decision-boundary plot: the heatmap, the data points over it, and the colour key. */
function plotPicture(app, scale) {
  const plot = byId('plot');
  const [width, height] = [plot.clientWidth, plot.clientHeight];
  const { canvas, ctx } = picture(width, height, scale);
  ctx.drawImage(plot, 0, 0, Math.round(width * scale), Math.round(height * scale));
  ctx.drawImage(scaled(width, height, scale, (c) => app.pg.drawPoints(c)), 0, 0);
  drawKey(ctx, canvas, scale, plotKey(app));
  return canvas;
}

/** How opaque `node` shows (its opacity times its ancestors' up to `root`): features that are off are faded. */
function opacity(node, root) {
  let alpha = 1;
  for (let n = node; n && n !== root; n = n.parentElement) alpha *= Number(getComputedStyle(n).opacity);
  return alpha;
}

/** The network view: every link as drawn, every neuron's map, and the weights' colour key. */
function networkPicture(app, scale) {
  const diagram = byId('diagram');
  const [width, height] = [diagram.scrollWidth, diagram.scrollHeight];
  const { canvas, ctx } = picture(width, height, scale);
  const base = diagram.getBoundingClientRect();
  /** Where `node` is in the diagram's scrolled area, in CSS pixels. */
  const at = (node) => {
    const r = node.getBoundingClientRect();
    return [r.left - base.left + diagram.scrollLeft, r.top - base.top + diagram.scrollTop, r.width, r.height];
  };
  const svg = diagram.querySelector('svg.links');
  const [dx, dy] = svg ? at(svg) : [0, 0];
  ctx.setTransform(scale, 0, 0, scale, dx * scale, dy * scale);
  for (const line of diagram.querySelectorAll('svg.links path.line')) {
    ctx.globalAlpha = Number(line.style.strokeOpacity || 1);
    ctx.strokeStyle = line.style.stroke || app.colors.neutral;
    ctx.lineWidth = Number.parseFloat(line.style.strokeWidth || '1');
    ctx.stroke(new Path2D(line.getAttribute('d') ?? ''));
  }
  ctx.globalAlpha = 1;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  for (const map of diagram.querySelectorAll('canvas')) {
    ctx.globalAlpha = opacity(map, diagram);
    ctx.drawImage(map, ...at(map));
  }
  ctx.globalAlpha = 1;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  drawKey(ctx, canvas, scale, [
    { color: app.colors.blue, text: t('picture.positive'), line: true },
    { color: app.colors.orange, text: t('picture.negative'), line: true },
  ]);
  return canvas;
}

/** The loss chart, drawn again at the scale, with its key (training and test loss). */
function lossPicture(app, scale) {
  const loss = byId('loss');
  const [width, height] = [loss.clientWidth, loss.clientHeight];
  const { canvas, ctx } = picture(width, height, scale);
  ctx.drawImage(scaled(width, height, scale, (c) => app.pg.drawLoss(c)), 0, 0);
  drawKey(ctx, canvas, scale, [
    { color: app.colors.blue, text: t('loss.train'), line: true },
    { color: 'rgb(90, 90, 90)', text: t('loss.test'), line: true },
  ]);
  return canvas;
}

/** Saves `canvas` as the PNG download `asaku-<name>.png`. */
export function download(canvas, name) {
  canvas.toBlob((blob) => {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `asaku-${name}.png`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, 'image/png');
}
