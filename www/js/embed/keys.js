// Keys go back to the deck: in an embed (`embed=1` in a frame), a key the view does not use is
// sent to the parent as reveal.js's postMessage API takes it (`JSON.stringify({ method, args })`),
// and Esc gives the focus back to the parent.

import { handledKey } from '../keys.js';

/** Whether the page was opened as an embed (read before the page rewrites its URL). */
const EMBEDDED = new URLSearchParams(location.search).get('embed') === '1' && window.parent !== window;

/** The reveal.js method each navigation key calls in the deck (Shift+Space goes back). */
const DECK_METHODS = {
  ArrowRight: 'right',
  ArrowLeft: 'left',
  ArrowUp: 'up',
  ArrowDown: 'down',
  PageDown: 'next',
  PageUp: 'prev',
  ' ': 'next',
};

/** Elements whose own keys (arrows, Space) must stay theirs. */
const OWN_KEYS = 'input, select, textarea, [contenteditable], [role="slider"], [role="listbox"]';

/**
 * Whether the view uses `event`'s key itself: one of its shortcuts (www/js/keys.js decides), or
 * a key a handler already took (`defaultPrevented`).
 */
function viewUsesKey(event) {
  return event.defaultPrevented || handledKey(event) !== null;
}

/** The reveal.js method for `event`'s key, or null when the deck has no use for it. */
function deckMethod(event) {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === ' ' && event.shiftKey) return 'prev';
  return Object.hasOwn(DECK_METHODS, event.key) ? DECK_METHODS[event.key] : null;
}

/** In an embed, passes the keys the view does not use to the deck, and gives the focus back on Esc. */
export function forwardKeys() {
  if (!EMBEDDED) return;
  addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      document.activeElement?.blur();
      window.parent.focus();
      return;
    }
    const method = deckMethod(event);
    if (!method || viewUsesKey(event) || event.target.closest?.(OWN_KEYS)) return;
    // Space on a button or link presses it; keep that.
    if (event.key === ' ' && event.target.closest?.('button, a[href], summary')) return;
    event.preventDefault();
    window.parent.postMessage(JSON.stringify({ method, args: [] }), '*');
  });
}
