// Controls ↔ state: the training settings bar, and the one function every change goes through
// (commit: companion changes, pg.apply, the URL, the redraw; a refused change puts the control back).

import { byId, el, problemOf } from './dom.js';
import { chooseNumber, numberField, plain, rangeField, selectField, showProblem } from './fields.js';
import { t } from './strings.js';
import { showNote } from './notices.js';
import { writeAddress } from './share/address.js';

const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
const REGULARIZATION_RATES = [0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
/** The rate set when a penalty is switched on while the rate is 0 (which would do nothing). */
const FIRST_RATE = 0.001;

/**
 * Runs `action` (a call on the playground that returns "none" | "live" | "rebuild"), then
 * reads the new state, writes the run's link into the address bar and redraws. If it throws (a notice `{ key, vars }` from
 * the wasm module or the page), the notice is shown next to `source` in the page's language and
 * every control is put back to the unchanged state. Returns the result or null.
 */
export function perform(app, action, source) {
  let result;
  try {
    result = action();
  } catch (error) {
    showProblem(source, problemOf(error));
    app.refresh('none');
    return null;
  }
  showProblem(null, null);
  app.state = app.pg.state();
  writeAddress(app);
  app.refresh(result);
  return result;
}

/**
 * Changes the state: `mutate(next)` edits a copy, companion changes make the choice work (and
 * are announced), and the playground applies it live or rebuilds. Returns true if applied.
 */
export function commit(app, mutate, source) {
  const next = structuredClone(app.state);
  mutate(next);
  const notes = companions(app, app.state, next);
  const result = perform(app, () => app.pg.apply(next), source);
  if (result !== null && notes.length > 0) showNote(notes.join(' '));
  return result !== null;
}

/** Makes the other settings follow a choice that needs them, and says what changed. */
function companions(app, previous, next) {
  const notes = [];
  const s = next.settings;
  if (s.data.kind !== previous.settings.data.kind) {
    if (previous.user_points) notes.push(t('note.ownPointsDropped'));
    next.user_points = null;
    const output = app.api.fittingOutput(s.data.kind, s.output);
    if (output !== s.output) {
      const vars = { output: t(`output.${output}`), data: t(`data.${s.data.kind}`) };
      notes.push(t(output === 'identity' ? 'note.outputRegression' : 'note.outputClasses', vars));
      s.output = output;
    }
  }
  const penalty = s.regularization.penalty;
  if (penalty !== previous.settings.regularization.penalty && penalty !== 'none' && s.regularization.rate === 0) {
    s.regularization.rate = FIRST_RATE;
    notes.push(t('note.regRate', { rate: FIRST_RATE }));
  }
  return notes;
}

/** A seed picked at random from the page's seed range `seeds` (`{ min, max }`). */
export function randomSeed(seeds) {
  return seeds.min + Math.floor(Math.random() * (seeds.max - seeds.min + 1));
}

/** Builds the training settings bar; returns `sync(state)`, which shows a state in it. */
export function initSettings(app) {
  const { choices } = app;
  const settingsOf = (f) => (value, input) => commit(app, (s) => f(s.settings, value), input);
  const fromList = (list) => choices[list].map((name) => ({ value: name, key: `${list}.${name}` }));
  const numbers = (values) => values.map((v) => ({ value: String(v), text: String(v) }));

  const activation = selectField('activation-select', 'label.activation', fromList('activation'),
    settingsOf((s, v) => { s.activation = v; }));
  const output = selectField('output-select', 'label.output', fromList('output'),
    settingsOf((s, v) => { s.output = v; }));
  const optimizer = selectField('optimizer-select', 'label.optimizer', fromList('optimizer'),
    settingsOf((s, v) => { s.optimizer = v; }));
  const rate = selectField('learning-rate', 'label.learningRate', numbers(LEARNING_RATES),
    settingsOf((s, v) => { s.learning_rate = Number(v); }));
  const batch = rangeField('batch-size', 'label.batchSize', app.limits.batch, plain,
    (v) => commit(app, (s) => { s.settings.batch_size = v; }, batch.input));
  const sampling = selectField('sampling-select', 'label.sampling', fromList('sampling'),
    settingsOf((s, v) => { s.sampling = v; }));
  const penalty = selectField('reg-select', 'label.reg', fromList('reg'),
    settingsOf((s, v) => { s.regularization.penalty = v; }));
  const regRate = selectField('reg-rate', 'label.regRate', numbers(REGULARIZATION_RATES),
    settingsOf((s, v) => { s.regularization.rate = Number(v); }));
  const init = selectField('init-select', 'label.init', fromList('init'),
    settingsOf((s, v) => { s.init = v; }));
  // The range is the engine's to check (it refuses with a sentence); only what is no whole
  // number at all is refused here, as it cannot even be sent.
  const seeds = app.limits.seed;
  const seed = numberField('seed', 'label.seed', seeds, (v, input) => {
    if (Number.isSafeInteger(v) && v >= 0) commit(app, (s) => { s.settings.seed = v; }, input);
    else perform(app, () => { throw { key: 'problem.seed', vars: { max: seeds.max } }; }, input);
  });
  const newSeed = el('button', { type: 'button', t: 'newSeed', on: {
    click: () => commit(app, (s) => { s.settings.seed = randomSeed(seeds); }, newSeed),
  } });
  seed.root.append(newSeed);
  const regHint = el('p', { class: 'hint', t: 'hint.regRate' });
  regRate.root.append(regHint);

  byId('settings').append(...[activation, output, optimizer, rate, batch, sampling, penalty, regRate, init, seed]
    .map((f) => f.root));

  return (state) => {
    const s = state.settings;
    activation.input.value = s.activation;
    output.input.value = s.output;
    optimizer.input.value = s.optimizer;
    chooseNumber(rate.input, s.learning_rate);
    batch.set(s.batch_size);
    sampling.input.value = s.sampling;
    penalty.input.value = s.regularization.penalty;
    chooseNumber(regRate.input, s.regularization.rate);
    regRate.input.disabled = s.regularization.penalty === 'none';
    regHint.hidden = !regRate.input.disabled;
    init.input.value = s.init;
    seed.input.value = String(s.seed);
  };
}
