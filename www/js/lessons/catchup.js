// Catching a lesson up to the epoch asked (by its link, → or Play) a frame's work at a time:
// the handle says how many training steps fit in a frame (`frameSteps`, counted in Rust, the
// same on every machine) and trains at most that many per call (`advance`), while a progress bar
// shows how far it got and Cancel stops at the last epoch completed. Every number comes from the
// lesson's handle.

import { el } from '../dom.js';
import { translate } from '../strings.js';
import './strings-catchup.js';

/** Most milliseconds of training per frame: a slow machine stops a frame's steps early. */
const FRAME_MS = 30;
/** Calls a frame's steps are cut into, so that the time can be checked between them. */
const PARTS = 4;

/**
 * The catch-up of `lesson` (a handle with `advance`, `progress`, `cancel` and `frameSteps`):
 * returns `{ element, start(), busy() }`. `start()` trains one frame's part at once and, if the
 * epoch asked is not reached, goes on each animation frame with the bar and Cancel shown;
 * `onEnd(progress)` runs when it is done or cancelled. `busy()` says whether it is still going.
 */
export function buildCatchUp(lesson, onEnd) {
  const fill = el('div', { class: 'catchup-fill' });
  const bar = el('div', {
    class: 'catchup-bar', id: 'catchup-bar', role: 'progressbar', label: 'catchup.bar',
    'aria-valuemin': '0', 'aria-valuemax': '1', 'aria-valuenow': '0',
  }, [fill]);
  const text = el('span', { class: 'catchup-text' });
  const cancel = el('button', { type: 'button', class: 'catchup-cancel', t: 'catchup.cancel' });
  const box = el('div', { class: 'catchup', hidden: true }, [text, bar, cancel]);
  const said = el('p', { class: 'catchup-said', role: 'status' });
  const element = el('div', { class: 'catchup-area' }, [box, said]);
  let going = false;

  /** One frame's steps, in PARTS calls, stopping early once FRAME_MS have passed. */
  const work = () => {
    const start = performance.now();
    const part = Math.max(1, Math.ceil(lesson.frameSteps() / PARTS));
    let progress = lesson.advance(part);
    for (let k = 1; k < PARTS && progress.done < progress.total && performance.now() - start < FRAME_MS; k += 1) {
      progress = lesson.advance(part);
    }
    return progress;
  };
  /** Shows `progress` on the bar (its value: the steps done of all) and in its text. */
  const show = (progress) => {
    const percent = progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : 100;
    fill.style.width = `${percent}%`;
    bar.setAttribute('aria-valuemax', String(progress.total));
    bar.setAttribute('aria-valuenow', String(progress.done));
    const vars = { epoch: progress.epoch, target: progress.target, percent, total: progress.total.toLocaleString('en') };
    text.dataset.t = 'catchup.text';
    text.dataset.tVars = JSON.stringify(vars);
    bar.dataset.tVars = text.dataset.tVars;
    bar.dataset.tTitle = 'catchup.text';
    translate(box);
    bar.setAttribute('aria-valuetext', text.textContent);
  };
  const end = (progress) => {
    going = false;
    box.hidden = true;
    if (progress.cancelled !== null) {
      said.dataset.t = 'catchup.cancelled';
      said.dataset.tVars = JSON.stringify({ epoch: progress.epoch, asked: progress.cancelled });
    } else {
      delete said.dataset.t;
      said.textContent = '';
    }
    translate(element);
    onEnd(progress);
  };
  const frame = () => {
    if (!going) return;
    const progress = work();
    if (progress.done >= progress.total) {
      end(progress);
      return;
    }
    show(progress);
    requestAnimationFrame(frame);
  };
  cancel.addEventListener('click', () => {
    if (!going) return;
    lesson.cancel();
    end(lesson.progress());
  });

  /** Trains a frame's part now; shows the bar and goes on across frames if that was not all. */
  function start() {
    const progress = work();
    if (progress.done >= progress.total) {
      if (!going) end(progress);
      return;
    }
    show(progress);
    box.hidden = false;
    said.textContent = '';
    delete said.dataset.t;
    if (!going) {
      going = true;
      requestAnimationFrame(frame);
    }
  }

  return { element, start, busy: () => going };
}
