// The control API on a lesson: step, back and reset press the lesson's own buttons, found by
// the key each one announces (`aria-keyshortcuts`: → steps, ← goes back, R resets).

import { Refused, startControl } from './control.js';

/** The key a lesson button announces for each command. */
const SHORTCUTS = { step: 'ArrowRight', back: 'ArrowLeft', reset: 'R' };

/** Answers control messages for the lesson shown in `root` (the `#lesson` element). */
export function connectLesson(root) {
  const press = (type) => () => {
    const button = [...root.querySelectorAll('button[aria-keyshortcuts]')]
      .find((b) => b.getAttribute('aria-keyshortcuts').split(' ').includes(SHORTCUTS[type]));
    if (!button) throw new Refused(`this lesson has no "${type}"`);
    if (button.disabled) throw new Refused(`"${type}" is not available now in this lesson`);
    button.click();
  };
  startControl({
    commands: { step: press('step'), back: press('back'), reset: press('reset'), getState: () => {} },
    state: () => ({ view: 'lesson', lesson: root.dataset.lesson, query: location.search.slice(1) }),
  });
}
