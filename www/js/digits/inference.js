// Inference and batches (chapter 3.6.3): the trained network classifies the whole test set one
// image per forward pass, then 100 images per pass, both timed here and set side by side with
// the shapes of each pass's matrix products.

import { el } from '../dom.js';
import { translate } from '../strings.js';
import { show } from '../lessons/view.js';

/** The products of one forward pass of `rows` images through layers of `widths`: `100×784 · 784×50 · 50×10`. */
const shapes = (rows, widths) => [`${rows}×${widths[0]}`, ...widths.slice(1).map((w, i) => `${widths[i]}×${w}`)].join(' · ');

/** The inference panel on `view` (`view.lab`). Returns `{ element }`. */
export function buildInference(view) {
  const run = el('button', { type: 'button', t: 'digits.batch.run' });
  const body = el('tbody');
  const ratio = el('p', { class: 'digits-ratio', role: 'status' });
  const head = el('tr', {}, [el('td'), el('th', { scope: 'col', t: 'digits.batch.one' }), el('th', { scope: 'col', t: 'digits.batch.batched' })]);
  const table = el('table', { class: 'lesson-table digits-inference', hidden: true }, [el('thead', {}, [head]), body]);
  run.addEventListener('click', () => {
    const r = view.lab.timeInference();
    const rows = [
      ['digits.batch.shapes', shapes(1, r.widths), shapes(100, r.widths)],
      ['digits.batch.passes', String(r.one.products), String(r.batched.products)],
      ['digits.batch.ms', show(r.one.ms, 3), show(r.batched.ms, 3)],
      ['digits.batch.right', `${r.one.right} / ${r.images}`, `${r.batched.right} / ${r.images}`],
    ];
    body.replaceChildren(...rows.map(([key, one, batched]) => el('tr', { 'data-name': key.split('.').pop() }, [
      el('th', { scope: 'row', t: key }), el('td', { text: one }), el('td', { text: batched }),
    ])));
    table.hidden = false;
    ratio.dataset.t = 'digits.batch.ratio';
    ratio.dataset.tVars = JSON.stringify({ ratio: show(r.one.ms / Math.max(r.batched.ms, 0.1), 2) });
    translate(element);
  });
  const element = el('section', { class: 'digits-batches', 'aria-labelledby': 'digits-batch-title' }, [
    el('h3', { id: 'digits-batch-title', t: 'digits.batch.title' }),
    el('p', { t: 'digits.batch.text' }),
    run, table, ratio,
  ]);
  return { element };
}
