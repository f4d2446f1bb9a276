// Mistakes: the confusion matrix of the test set (rows: the true digit, columns: the digit the
// network picked) and the misclassified test images as buttons; choosing one shows it large with
// the network's ten probabilities.

import { el } from '../dom.js';
import { t, translate } from '../strings.js';
import { buildBars } from './bars.js';

/** Most misclassified images shown as buttons (an untrained network gets most of 1,996 wrong). */
const MAX_SHOWN = 60;

/** The confusion matrix `counts` as a table with the digits as row and column headers. */
function matrixTable(counts) {
  const digits = counts.map((_, d) => String(d));
  const head = el('tr', {}, [el('th', { scope: 'col', t: 'digits.mistakes.corner' }), ...digits.map((d) => el('th', { scope: 'col', text: d }))]);
  const rows = counts.map((row, truth) => el('tr', {}, [
    el('th', { scope: 'row', text: String(truth) }),
    ...row.map((n, picked) => el('td', { class: truth === picked ? 'right' : n > 0 ? 'wrong' : '', text: String(n) })),
  ]));
  return el('table', { class: 'digits-confusion', label: 'digits.mistakes.table' }, [el('thead', {}, [head]), el('tbody', {}, rows)]);
}

/** The mistakes panel on `view` (`view.lab`). Returns `{ element, update() }`. */
export function buildMistakes(view) {
  const matrix = el('div', { class: 'digits-matrix' });
  const count = el('p', { class: 'digits-count' });
  const list = el('div', { class: 'digits-wrong' });
  const more = el('p', { class: 'digits-more', t: 'digits.mistakes.shown', vars: { shown: MAX_SHOWN }, hidden: true });
  const big = el('canvas', { class: 'digits-chosen-image', role: 'img', label: 'digits.mistakes.image' });
  const chosenText = el('p', { class: 'digits-chosen-text', role: 'status' });
  const bars = buildBars();
  let chosen = null;

  const choose = ([index, truth, picked]) => {
    chosen = index;
    const vars = { index, truth, picked };
    big.parentElement.hidden = false;
    big.dataset.tVars = JSON.stringify(vars);
    chosenText.dataset.t = 'digits.mistakes.chosen';
    chosenText.dataset.tVars = JSON.stringify(vars);
    view.lab.drawTestImage(big, index);
    bars.set(view.lab.testProbabilities(index));
    translate(big.parentElement);
  };
  /** The thumbnails' buttons, made once and reused: `{ button, canvas, mistake }` each. */
  const thumbs = [];
  const thumb = () => {
    const canvas = el('canvas', { class: 'digits-thumb' });
    const slot = { canvas, mistake: null };
    slot.button = el('button', { type: 'button', class: 'digits-thumb-button', label: 'digits.mistakes.image', on: { click: () => choose(slot.mistake) } }, [canvas]);
    thumbs.push(slot);
    list.append(slot.button);
    return slot;
  };
  /** Shows `shown` in the thumbnails, drawing again only those whose image changed. */
  const showThumbs = (shown) => {
    shown.forEach((mistake, k) => {
      const slot = thumbs[k] ?? thumb();
      const [index, truth, picked] = mistake;
      if (slot.mistake?.[0] !== index) view.lab.drawTestImage(slot.canvas, index);
      slot.mistake = mistake;
      slot.button.dataset.tVars = JSON.stringify({ index, truth, picked });
      slot.button.setAttribute('aria-label', t('digits.mistakes.image', { index, truth, picked }));
      slot.button.hidden = false;
    });
    for (const slot of thumbs.slice(shown.length)) slot.button.hidden = true;
  };
  const update = () => {
    const { confusion, wrong } = view.lab.mistakes();
    matrix.replaceChildren(matrixTable(confusion));
    const images = confusion.flat().reduce((a, b) => a + b, 0);
    count.dataset.t = 'digits.mistakes.count';
    count.dataset.tVars = JSON.stringify({ wrong: wrong.length, images });
    translate(count);
    showThumbs(wrong.slice(0, MAX_SHOWN));
    more.hidden = wrong.length <= MAX_SHOWN;
    const still = wrong.find((w) => w[0] === chosen);
    if (still) choose(still);
  };
  const element = el('section', { class: 'digits-mistakes', 'aria-labelledby': 'digits-mistakes-title' }, [
    el('h3', { id: 'digits-mistakes-title', t: 'digits.mistakes.title' }),
    el('p', { t: 'digits.mistakes.text' }),
    matrix, count, list, more,
    el('div', { class: 'digits-chosen', hidden: true }, [big, el('div', {}, [chosenText, bars.element])]),
  ]);
  return { element, update };
}
