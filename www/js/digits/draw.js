// Draw a digit: a drawing area for mouse, pen and touch (pointer events) and Clear; each change
// is preprocessed by the wasm handle as MNIST's digits were (`classify`), the 28×28 result shown
// and the network's softmax output drawn as ten bars.

import { el, formatPercent } from '../dom.js';
import { translate } from '../strings.js';
import { buildBars } from './bars.js';

/** Pixels of the drawing area's backing store (CSS scales it). */
const PAD = 280;
/** Width of a stroke, in those pixels: about a pen's stroke on MNIST's 20-pixel digits. */
const STROKE = 22;

/**
 * The drawing panel on `view` (`view.lab`, the handle). Returns `{ element, update(), start() }`:
 * `update()` says which network reads the drawing and classifies the drawing again (after
 * training moved) if there is one.
 */
export function buildDrawing(view) {
  const pad = el('canvas', { class: 'digits-pad', width: PAD, height: PAD, role: 'img', label: 'digits.draw.pad' });
  const seen = el('canvas', { class: 'digits-seen', role: 'img', label: 'digits.draw.seen' });
  const clear = el('button', { type: 'button', t: 'digits.draw.clear' });
  const said = el('p', { class: 'digits-picked', role: 'status', t: 'digits.empty' });
  // Which network reads the drawing (on a slide of this panel alone, the only word of it).
  const network = el('p', { class: 'digits-draw-network' });
  const bars = buildBars();
  const ctx = pad.getContext('2d', { willReadFrequently: true });
  let inked = false;
  let last = null;
  let queued = false;

  /** The drawing's ink (alpha) as numbers in [0, 1], row by row. */
  const ink = () => {
    const { data } = ctx.getImageData(0, 0, PAD, PAD);
    const out = new Float32Array(PAD * PAD);
    for (let i = 0; i < out.length; i += 1) out[i] = data[4 * i + 3] / 255;
    return out;
  };
  const update = () => {
    queued = false;
    if (!view.lab) return;
    if (!inked) {
      bars.set(null);
      said.dataset.t = 'digits.empty';
      said.dataset.tVars = '{}';
    } else {
      const p = view.lab.classify(ink(), PAD, PAD);
      bars.set(p);
      said.dataset.t = 'digits.picked';
      said.dataset.tVars = JSON.stringify({ digit: bars.element.dataset.picked });
    }
    view.lab.drawDrawn(seen);
    translate(said);
  };
  const showNetwork = () => {
    if (!view.lab) return;
    const r = view.lab.report();
    network.dataset.t = r.epoch === 0 && r.updates === 0 ? 'digits.draw.untrained' : 'digits.draw.network';
    network.dataset.tVars = JSON.stringify({ epoch: r.epoch, updates: r.updates.toLocaleString('en'), accuracy: formatPercent(r.testAccuracy) });
    translate(network);
  };
  const later = () => {
    if (!queued) requestAnimationFrame(update);
    queued = true;
  };
  /** The pointer's position in the backing store's pixels. */
  const at = (event) => {
    const box = pad.getBoundingClientRect();
    return [(event.clientX - box.left) * (PAD / box.width), (event.clientY - box.top) * (PAD / box.height)];
  };
  const stroke = (to) => {
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.lineWidth = STROKE;
    ctx.strokeStyle = '#1d2327';
    ctx.beginPath();
    ctx.moveTo(...(last ?? to));
    ctx.lineTo(...to);
    ctx.stroke();
    last = to;
    inked = true;
    later();
  };
  pad.addEventListener('pointerdown', (event) => {
    pad.setPointerCapture(event.pointerId);
    last = null;
    stroke(at(event));
  });
  pad.addEventListener('pointermove', (event) => {
    if (pad.hasPointerCapture(event.pointerId)) stroke(at(event));
  });
  for (const type of ['pointerup', 'pointercancel']) pad.addEventListener(type, () => { last = null; });
  clear.addEventListener('click', () => {
    ctx.clearRect(0, 0, PAD, PAD);
    inked = false;
    update();
  });

  const element = el('section', { class: 'digits-draw', 'aria-labelledby': 'digits-draw-title' }, [
    el('h3', { id: 'digits-draw-title', t: 'digits.draw.title' }),
    el('p', { t: 'digits.draw.text' }),
    el('div', { class: 'digits-draw-row' }, [
      el('div', {}, [pad, el('div', {}, [clear])]), seen, el('div', {}, [bars.element, said, network]),
    ]),
  ]);
  const start = () => {
    showNetwork();
    update();
  };
  return { element, update: () => (showNetwork(), inked ? update() : undefined), start };
}
