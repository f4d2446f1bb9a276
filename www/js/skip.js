// The skip link: the page's first Tab stop, which moves the keyboard past the masthead and the
// tabs straight to what the view is for (the playground's run controls, or the lesson).

import { byId } from './dom.js';

/**
 * Points the skip link at the element `targetId`, labelled by the string `key`. Following it
 * focuses that element (made focusable by script only, if it is not already) and scrolls it into view.
 */
export function initSkipLink(targetId, key) {
  const link = byId('skip');
  const target = byId(targetId);
  link.href = `#${targetId}`;
  link.dataset.t = key;
  if (target.tabIndex < 0) target.tabIndex = -1;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  });
}
