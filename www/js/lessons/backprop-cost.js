// The backprop lesson's cost section: the passes through the network each method needs for one
// gradient, their measured times on the playground's network, and the book's MNIST network as
// the scale where it matters. Every number comes from the `BackpropLesson` handle.

import { el } from '../dom.js';
import { translate } from '../strings.js';
import { show } from './view.js';

/** Milliseconds for display: 3 significant digits. */
const ms = (value) => show(value, 3);

/** Sets `node`'s text to string `key` with `vars` (kept when the language changes). */
function say(node, key, vars = {}) {
  node.dataset.t = key;
  node.dataset.tVars = JSON.stringify(vars);
}

/**
 * Builds the cost section in `section` on the lesson handle `lesson`. Returns `{ update(summary),
 * measure({ book }) }`: update shows the counts for the lesson's summary; measure times both
 * methods (and, with `book`, the book's network) after the page has painted.
 */
export function buildCost(lesson, section) {
  const row = (name) => ({ forwards: el('td'), backwards: el('td'), time: el('td', { class: 'time' }), name });
  const rows = [row('numerical'), row('backprop')];
  const tbody = el('tbody', {}, rows.map((r) => el('tr', { 'data-name': r.name }, [
    el('th', { scope: 'row', t: `backprop.method.${r.name}` }), r.forwards, r.backwards, r.time,
  ])));
  const heads = ['backprop.method', 'backprop.forwards', 'backprop.backwards', 'backprop.time'];
  const ratio = el('p', { class: 'lesson-status', id: 'backprop-ratio', role: 'status' });
  const book = el('p', { id: 'backprop-book', role: 'status' });
  const again = el('button', { type: 'button', t: 'backprop.measure', on: { click: () => measure({ book: true }) } });
  section.append(
    el('h3', { id: 'backprop-cost-title', t: 'backprop.cost' }),
    el('table', { class: 'lesson-table', id: 'backprop-cost' }, [
      el('thead', {}, [el('tr', {}, heads.map((key) => el('th', { scope: 'col', t: key })))]),
      tbody,
    ]),
    ratio,
    el('div', { class: 'lesson-buttons' }, [again]),
    el('h3', { t: 'backprop.bookTitle' }),
    book,
  );

  /** Times the methods once the "measuring" text has been painted (the timing blocks the page). */
  function measure({ book: withBook = false } = {}) {
    again.disabled = true;
    say(ratio, 'backprop.measuring');
    if (withBook) say(book, 'backprop.measuring');
    translate(section);
    requestAnimationFrame(() => setTimeout(() => {
      const r = lesson.measure();
      rows[0].time.textContent = ms(r.numerical.ms);
      rows[1].time.textContent = ms(r.backprop.ms);
      say(ratio, 'backprop.ratio', { ratio: ms(r.ratio), precision: lesson.precision() === 'f64' ? 'float64' : 'float32' });
      if (withBook) {
        const b = lesson.measureBook();
        say(book, 'backprop.book', {
          p: b.parameters.toLocaleString('en'), forwards: b.forwards.toLocaleString('en'), forward: ms(b.forward.ms),
          estimate: ms(b.numericalEstimateMs / 1000), backprop: ms(b.backprop.ms),
        });
      }
      again.disabled = false;
      translate(section);
    }, 0));
  }

  /** Shows the passes each method needs for the network in `summary`. */
  function update(summary) {
    const passes = [summary.numericalPasses, summary.backpropPasses];
    rows.forEach((r, i) => {
      [r.forwards.textContent, r.backwards.textContent] = passes[i].map(String);
    });
  }

  return { update, measure };
}
