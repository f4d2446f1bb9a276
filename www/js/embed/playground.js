// The control API on the playground: its commands go through the run bar's buttons and the same
// checks as the URL and the settings (a trial playground on the changed query, then `commit`),
// and each new epoch, and a divergence, is sent to the parent as an event.

import { byId } from '../dom.js';
import { t } from '../strings.js';
import { commit } from '../controls.js';
import { Refused, emit, startControl } from './control.js';

/**
 * Answers control messages for the playground `app`; returns `report(stats)`, for the animation
 * frame to call with the stats it drew (so events go at most once a frame).
 */
export function connectPlayground(app) {
  /** Clicks the run bar's button `id`, or refuses when it is disabled (diverged, or nothing to train). */
  const press = (id) => {
    const button = byId(id);
    if (button.disabled) throw new Refused(`"${id}" is not available now: ${app.pg.stats().status}; reset or change a setting`);
    button.click();
  };
  const play = () => !app.playing && press('play');
  const pause = () => app.playing && press('play');
  startControl({
    commands: {
      play,
      pause,
      stepBatch: () => press('step-batch'),
      stepEpoch: () => press('step-epoch'),
      reset: () => press('reset'),
      set: ({ key, value }) => setKey(app, key, typeof value === 'boolean' ? String(Number(value)) : String(value)),
      getState: () => {},
    },
    state: () => stateOf(app),
    playing: () => app.playing,
    play,
    pause,
  });
  let last = { epoch: -1, status: 'training' };
  return (stats) => {
    if (stats.epoch !== last.epoch) emit('epoch', numbers(stats));
    if (stats.status === 'diverged' && last.status !== 'diverged') emit('diverged', numbers(stats));
    last = stats;
  };
}

/**
 * Sets the URL key `key` to `value` as a link would: the changed query is read by a trial
 * playground (the URL table's checks) and applied like a change in the controls. A value the
 * table refuses is refused with its notice, and nothing changes.
 */
function setKey(app, key, value) {
  const query = new URLSearchParams(app.pg.query());
  query.set(key, value);
  const trial = new app.api.Playground(query.toString());
  try {
    // A companion change of the output (as the data controls make) is not a refusal.
    const refusals = trial.notices().filter((notice) => notice.key !== 'notice.output');
    if (refusals.length > 0) {
      throw new Refused(`${key}=${value}: ${t('problem.refused')} ${refusals.map((n) => t(n.key, n.vars)).join(' ')}`);
    }
    const next = trial.state();
    if (!commit(app, (s) => Object.assign(s, next), null)) throw new Refused(`${key}=${value}: ${t('problem.refused')}`);
  } finally {
    trial.free();
  }
}

/**
 * The playground's state for a reply: the query (every URL setting), the run's link (what the
 * address bar holds: opened, it rebuilds this run, weight edits and all), playing or not, and the
 * numbers.
 */
function stateOf(app) {
  return { view: 'playground', query: app.pg.query(), link: app.pg.link(), playing: app.playing, ...numbers(app.pg.stats()) };
}

/** The numbers of `stats` the API reports (`null` where there is none yet). */
function numbers(stats) {
  return {
    epoch: stats.epoch,
    stepInEpoch: stats.stepInEpoch,
    loss: stats.trainLoss ?? null,
    testLoss: stats.testLoss ?? null,
    accuracy: stats.trainAccuracy ?? null,
    testAccuracy: stats.testAccuracy ?? null,
    status: stats.status,
  };
}
