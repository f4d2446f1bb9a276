// The page's notices: what the URL got wrong (dismissible), notes on companion changes
// (dismissible), the training status when it is not "training" (diverged, unavailable), and
// dead neurons (dying ReLU).
// Every text goes in as textContent.

import { byId, el } from './dom.js';
import { t } from './strings.js';

/**
 * A dismissible notice with a heading key and lines, each `{ text }` or a sentence of the string
 * table `{ t, vars }`; replaces one with the same id.
 */
function notice(id, { role, headingKey, lines, kind }) {
  byId(id)?.remove();
  const box = el('section', { id, class: `notice ${kind}`, role }, [
    el('h2', { t: headingKey }),
    ...(lines.length > 1 ? [el('ul', {}, lines.map((line) => el('li', line)))] : [el('p', lines[0])]),
    el('button', { type: 'button', class: 'dismiss', t: 'dismiss', label: 'dismissLabel', on: { click: () => box.remove() } }),
  ]);
  byId('notices').append(box);
  return box;
}

/**
 * Shows the notices about unknown or malformed URL values, `[{ key, vars }]` from the wasm module
 * (their sentences are in the string table, so they follow the language); nothing when there are none.
 */
export function showUrlNotices(notices) {
  const lines = notices.map(({ key, vars }) => ({ t: key, vars }));
  if (lines.length > 0) notice('url-notice', { role: 'alert', headingKey: 'notice.url', lines, kind: 'warn' });
}

/** Shows a note about settings that changed along with the user's choice. */
export function showNote(text) {
  notice('change-note', { role: 'status', headingKey: 'notice.changed', lines: [{ text }], kind: 'info' });
}

let shownStatus = '';

/** Keys of the engine's reasons that more points would fix (the number of points, a split, no training point). */
const MORE_POINTS = new Set(['error.what.points', 'error.data.cannotSplit', 'error.data.noTraining']);

/** Whether `notice` (`{ key, vars }`), or a sentence inside it, has one of `keys`. */
function mentions(notice, keys) {
  if (typeof notice !== 'object' || notice === null) return false;
  return keys.has(notice.key) || Object.values(notice.vars ?? {}).some((part) => mentions(part, keys));
}

let shownDead = '';

/**
 * Shows the "dying ReLU" notice while a whole hidden layer outputs 0 for every training point
 * (`stats.dead`, `{ key, vars }` from the wasm module, which decides when); removes it when that ends.
 */
function showDead(stats) {
  const key = JSON.stringify(stats.dead ?? null);
  if (key === shownDead) return;
  shownDead = key;
  byId('dead-notice')?.remove();
  if (!stats.dead) return;
  byId('notices').append(el('section', { id: 'dead-notice', class: 'notice warn', role: 'alert' }, [
    el('h2', { t: 'notice.dead' }),
    el('p', { t: stats.dead.key, vars: stats.dead.vars }),
  ]));
}

/**
 * Shows what to do when training diverged, or why there is no network (e.g. too few points);
 * hides the notice while training is fine. Cheap to call every frame.
 */
export function showStatus(stats) {
  showDead(stats);
  const key = stats.status === 'training' ? '' : `${stats.status}:${JSON.stringify(stats.problem ?? null)}`;
  if (key === shownStatus) return;
  shownStatus = key;
  byId('status-notice')?.remove();
  if (stats.status === 'diverged') {
    byId('notices').prepend(el('section', { id: 'status-notice', class: 'notice error', role: 'alert' }, [
      el('h2', { t: 'notice.diverged' }),
      el('p', { t: 'notice.divergedHelp' }),
    ]));
  } else if (stats.status === 'unavailable') {
    const help = mentions(stats.problem, MORE_POINTS) ? 'notice.needPoints' : 'notice.unavailableHelp';
    byId('notices').prepend(el('section', { id: 'status-notice', class: 'notice warn', role: 'alert' }, [
      el('h2', { t: 'notice.unavailable' }),
      el('p', { t: help }),
      el('p', { class: 'detail', t: stats.problem.key, vars: stats.problem.vars }),
    ]));
  }
}
