// Lesson 6, numerical gradient versus backpropagation, on the playground's network (its
// settings come in the URL): what one gradient costs each way (forward passes counted, time
// measured), the gradient check per parameter and per element, and training it epoch by epoch.
// Every number comes from the `BackpropLesson` handle.

import { showUrlNotices } from '../notices.js';
import { el } from '../dom.js';
import { translate } from '../strings.js';
import { formula, frac, m, partial } from './mathml.js';
import { show, toggles, writeUrl } from './view.js';
import { useKeys } from '../keys.js';
import { buildCost } from './backprop-cost.js';
import { buildCatchUp } from './catchup.js';
import { part } from './sections.js';
import './strings-backprop.js';

/** The central difference ∂L/∂θ ≈ (L(θ + h) − L(θ − h)) / 2h. */
function centralDifference() {
  const loss = (sign) => m('mrow', m('mi', 'L'), m('mo', '('), m('mi', 'θ'), m('mo', sign), m('mi', 'h'), m('mo', ')'));
  return formula(frac(partial('L'), partial('θ')), m('mo', '≈'),
    frac(m('mrow', loss('+'), m('mo', '−'), loss('−')), m('mrow', m('mn', '2'), m('mi', 'h'))));
}

/** A gradient or an error for display: 4 significant digits, in exponent form when small. */
export function sci(value) {
  if (!Number.isFinite(value)) return '–';
  return value !== 0 && Math.abs(value) < 1e-3 ? value.toExponential(2) : show(value, 4);
}

/** A table with a header row of string keys `heads` and the body `tbody`. */
function table(id, heads, tbody) {
  const head = el('tr', {}, heads.map((key) => el('th', { scope: 'col', t: key })));
  return el('table', { class: 'lesson-table', id }, [el('thead', {}, [head]), tbody]);
}

/** Builds the backprop lesson in `root` on the wasm exports `api`, reading `query`. Returns its notices. */
export function mountBackprop(api, root, query) {
  const lesson = new api.BackpropLesson(query);
  const network = el('p', { class: 'backprop-network', id: 'backprop-network' });
  const playground = el('a', { t: 'backprop.openPlayground' });
  const trainButton = el('button', { type: 'button', class: 'primary', t: 'backprop.train' });
  const precision = toggles('backprop.precision', ['f64', 'f32'].map((name) => ({ name, t: `backprop.${name}` })), (name) => {
    lesson.setPrecision(name);
    update();
    cost.measure();
  });
  const checkBody = el('tbody');
  const verdict = el('p', { class: 'lesson-status backprop-verdict', role: 'status' });
  const select = el('select', { id: 'backprop-param' });
  select.addEventListener('change', () => {
    lesson.chooseParameter(select.value);
    update();
  });
  const elementBody = el('tbody');
  const grid = el('div', { class: 'lesson-grid' });
  let measured = false;
  let noticed = lesson.notices().length;
  /**
   * Once the epoch asked is reached (or the catch-up cancelled): the numbers, what replaying the
   * playground's changes by hand could not do, then, the first time, the timings.
   */
  const caughtUp = () => {
    grid.removeAttribute('aria-busy');
    update();
    const notices = lesson.notices();
    if (notices.length > noticed) showUrlNotices(notices);
    noticed = notices.length;
    if (!measured) {
      measured = true;
      cost.measure({ book: true });
    }
  };
  const catchUp = buildCatchUp(lesson, caughtUp);
  /** Trains towards the epoch asked across frames, the tables marked busy until it is reached. */
  const catchUpNow = () => {
    grid.setAttribute('aria-busy', 'true');
    catchUp.start();
  };
  const train = () => {
    if (!lesson.askEpoch()) return;
    update();
    catchUpNow();
  };
  trainButton.addEventListener('click', train);
  const restartButton = el('button', { type: 'button', t: 'backprop.restart', on: { click: () => { lesson.restart(); update(); catchUpNow(); } } });
  const costSection = el('section', { class: 'lesson-learn', 'aria-labelledby': 'backprop-cost-title' });

  root.append(
    el('h2', { t: 'backprop.title' }),
    el('p', { t: 'backprop.intro' }),
    centralDifference(),
    el('p', { t: 'backprop.backward' }),
    part('check cost', catchUp.element),
    part('check', grid),
    part('cost', costSection),
  );
  grid.append(
    el('div', {}, [
      el('h3', { t: 'backprop.network' }),
      network,
      el('div', { class: 'lesson-buttons' }, [trainButton, restartButton]),
      useKeys([{ name: 'step', button: trainButton }, { name: 'reset', button: restartButton }]),
      el('p', { class: 'hint' }, [el('span', { t: 'backprop.trainHint' }), ' ', playground]),
      el('h3', { t: 'backprop.check' }),
      precision.group,
      table('backprop-check', ['backprop.parameter', 'backprop.shape', 'backprop.maxDifference', 'backprop.maxRelative'], checkBody),
      verdict,
    ]),
    el('div', { class: 'lesson-side' }, [
      el('div', { class: 'field' }, [el('label', { for: 'backprop-param', t: 'backprop.elementsOf' }), select]),
      table('backprop-elements', ['backprop.element', 'backprop.byBackprop', 'backprop.byDifference', 'backprop.difference'], elementBody),
    ]),
  );
  const cost = buildCost(lesson, costSection);

  /** Shows the lesson's state in every control and table, and in the URL. */
  function update() {
    const s = lesson.summary();
    network.dataset.t = s.diverged ? 'backprop.networkDiverged' : 'backprop.networkText';
    network.dataset.tVars = JSON.stringify({
      widths: s.widths.join('-'), activation: s.activation, output: s.output, p: s.parameters,
      batch: s.batch, epoch: s.epoch, loss: sci(s.loss),
    });
    trainButton.disabled = s.diverged;
    playground.setAttribute('href', `?${lesson.playgroundQuery()}`);
    precision.set(s.precision);
    checkBody.replaceChildren(...lesson.parameters().map((row) => el('tr', {}, [
      el('th', { scope: 'row', text: row.name }), el('td', { text: `${row.shape[0]} × ${row.shape[1]}` }),
      el('td', { text: sci(row.max_difference) }), el('td', { text: sci(row.max_relative_error) }),
    ])));
    verdict.className = `lesson-status backprop-verdict ${s.agree ? 'agree' : 'disagree'}`;
    verdict.dataset.t = `backprop.verdict.${s.agree ? 'agree' : s.precision}`;
    verdict.dataset.tVars = JSON.stringify({ error: sci(s.maxRelativeError) });
    select.replaceChildren(...lesson.names().map((name) => el('option', { value: name, text: name })));
    select.value = s.parameter;
    elementBody.replaceChildren(...lesson.elements().map((row) => el('tr', {}, [
      el('th', { scope: 'row', text: `${s.parameter}[${row.at[0]}, ${row.at[1]}]` }), el('td', { text: sci(row.backprop) }),
      el('td', { text: sci(row.numerical) }), el('td', { text: sci(row.difference) }),
    ])));
    cost.update(s);
    translate(root);
    writeUrl(lesson.query());
  }

  update();
  catchUpNow();
  return lesson.notices();
}
