// The control API on a lesson: step, back and reset press the lesson's own buttons, the ones its
// keys press too (www/js/keys.js: → steps, ← goes back, R resets).

import { Refused, startControl } from './control.js';
import { viewButton } from '../keys.js';

/** Answers control messages for the lesson shown in `root` (the `#lesson` element). */
export function connectLesson(root) {
  const press = (type) => () => {
    const button = viewButton(type);
    if (!button?.isConnected) throw new Refused(`this lesson has no "${type}"`);
    if (button.disabled) throw new Refused(`"${type}" is not available now in this lesson`);
    button.click();
  };
  startControl({
    commands: { step: press('step'), back: press('back'), reset: press('reset'), getState: () => {} },
    state: () => ({ view: 'lesson', lesson: root.dataset.lesson, query: location.search.slice(1) }),
  });
}
