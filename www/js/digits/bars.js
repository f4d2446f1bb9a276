// The network's ten softmax outputs as bars, one per digit, the largest marked: under the
// drawing area and beside a chosen mistake.

import { el } from '../dom.js';
import { show } from '../lessons/view.js';

/**
 * Ten bars labelled 0–9. Returns `{ element, set(probabilities) }`: `set` shows ten numbers in
 * [0, 1] (or clears the bars when given null) and marks the largest (`data-picked` on the list).
 */
export function buildBars() {
  const rows = Array.from({ length: 10 }, (_, digit) => {
    const fill = el('span', { class: 'digits-bar-fill' });
    const value = el('span', { class: 'digits-bar-value', text: '–' });
    const row = el('li', { 'data-digit': String(digit) }, [
      el('span', { class: 'digits-bar-digit', text: String(digit) }), el('span', { class: 'digits-bar' }, [fill]), value,
    ]);
    return { row, fill, value };
  });
  const element = el('ol', { class: 'digits-bars', label: 'digits.bars' }, rows.map((r) => r.row));
  const set = (probabilities) => {
    const p = probabilities ? [...probabilities] : [];
    const best = p.length ? p.indexOf(Math.max(...p)) : -1;
    rows.forEach((r, digit) => {
      const v = p[digit];
      r.fill.style.width = `${Number.isFinite(v) ? (100 * v).toFixed(1) : 0}%`;
      r.value.textContent = Number.isFinite(v) ? `${show(100 * v, 3)} %` : '–';
      r.row.classList.toggle('picked', digit === best);
    });
    if (best >= 0) element.dataset.picked = String(best);
    else delete element.dataset.picked;
  };
  set(null);
  return { element, set };
}
