// The keyboard shortcuts of the current view, in one registry: Space plays or pauses, → / PageDown
// The keyboard shortcuts of the current view, in one registry: Space plays or pauses, → / PageDown
// step (what clicker remotes send), ← / PageUp go back, R resets, P switches presentation mode
// (on every view, `usePageKey`), ? lists the view's keys in a dialog. A view names the button each
// key presses (`useKeys`), so a key never does anything a button does not. `handledKey(event)` is
// the one place that decides whether the view uses a key: anything it returns null for is left to
// the browser (or, in an embed, to the parent deck, which gets the clicker's keys too unless the
// embed says `keys=1` and the view has a step left).

import { el } from './dom.js';
import { translate } from './strings.js';

/** The shortcuts a view may bind: the `KeyboardEvent.key` values of each, and how the page writes them. */
const SHORTCUTS = {
  play: { keys: [' '], shown: [{ t: 'keys.space' }], aria: 'Space' },
  step: { keys: ['ArrowRight', 'PageDown'], shown: [{ text: '→' }, { text: 'PageDown' }], aria: 'ArrowRight PageDown' },
  back: { keys: ['ArrowLeft', 'PageUp'], shown: [{ text: '←' }, { text: 'PageUp' }], aria: 'ArrowLeft PageUp' },
  reset: { keys: ['r', 'R'], shown: [{ text: 'R' }], aria: 'R' },
  present: { keys: ['p', 'P'], shown: [{ text: 'P' }], aria: 'P' },
  /** Step in an embed that takes a clicker's keys (`keys=1`): Space steps too (see `useClicker`). */
  clickerStep: {
    keys: ['ArrowRight', 'PageDown', ' '],
    shown: [{ text: '→' }, { text: 'PageDown' }, { t: 'keys.space' }],
    aria: 'ArrowRight PageDown Space',
  },
};

/** Where a typed key belongs to the control itself: text fields, selects, sliders, editable text. */
const TYPING = 'input, select, textarea, [contenteditable]:not([contenteditable="false"])';
/** Where Space already presses the focused control (so the page must not press Play as well). */
const PRESSABLE = 'button, a[href], summary, [role="button"], [role="link"]';

/** The current view's bindings: `{ name, button, does }` (see `useKeys`); in an embed without the deck's keys. */
let bindings = [];
/** Bindings of the whole page, whatever the view (`usePageKey`): listed after the view's. */
const pageBindings = [];
/** All the current view's bindings, the deck's keys included (for the control API). */
let allBindings = [];
/** The hint that says on screen which keys the view uses (an embed uses no key it does not show). */
let hint = null;
/** The help dialog, made on first use. */
let dialog = null;
/** Whether an embed asks to take a clicker's keys (`keys=1`; see `useClicker`). */
let clicker = false;
/** Whether the current view takes them: it was asked to, and it has a step to take them for. */
let clicking = false;

/**
 * In an embed, `on` makes the view take the keys a clicker sends: →, PageDown and Space step it
 * and ← and PageUp go back, instead of being left to the deck. Where the view cannot go on (its
 * step or back button is disabled, or not shown), the key still goes to the deck, so a clicker
 * walks through the view and then on through the slides. Call before the view's `useKeys`.
 */
export function useClicker(on) {
  clicker = on && EMBEDDED;
}

/** The shortcuts a clicker walks through a view with (and on to the next slide). */
const CLICKER_KEYS = new Set(['clickerStep', 'back']);

/** The bindings an embed keeps: with a clicker, step (with Space) and back but not play; else none of the deck's keys. */
function embedBindings(all) {
  if (!clicking) return all.filter(({ name }) => !DECK_KEYS.has(name));
  return all.filter(({ name }) => name !== 'play').map((b) => (b.name === 'step' ? { ...b, name: 'clickerStep' } : b));
}

/**
 * Sets the current view's keys: each `{ name, button, does }` binds the shortcut `name` (`play`,
 * `step`, `back` or `reset`) to `button` (an element, or a function returning the one to press
 * now); `does` is the string key saying what it does (the button's own label when left out).
 * In an embed the deck's keys ([`DECK_KEYS`]) are left out, unless the embed takes a clicker's
 * keys and the view has a step (see `useClicker`). Returns the hint to put on screen
 * beside the buttons, listing the keys (or, `compact`, only that `?` lists them: for a view whose
 * first screen has no room).
 */
export function useKeys(all, { compact = false } = {}) {
  clicking = clicker && all.some(({ name }) => name === 'step');
  const list = EMBEDDED ? embedBindings(all) : all;
  allBindings = all;
  bindings = list;
  for (const { name, button } of list) {
    if (button instanceof Element) button.setAttribute('aria-keyshortcuts', SHORTCUTS[name].aria);
  }
  // A clicker's hint names the keys that walk through the view; the rest are listed by ?.
  const named = clicking ? list.filter(({ name }) => CLICKER_KEYS.has(name)) : list;
  const shown = compact ? [] : named.flatMap(({ name }) => SHORTCUTS[name].shown.map((key) => el('kbd', key)));
  const dot = compact ? [] : [el('span', { text: '·' })];
  const help = [...dot, el('kbd', { text: '?' }), el('span', { t: 'keys.helpHint' })];
  const said = clicking ? [el('span', { t: 'keys.clickerHint' })] : [];
  hint = el('p', { class: 'keys-hint' }, [el('span', { t: clicking ? 'keys.clicker' : 'keys.hint' }), ...shown, ...said, ...help]);
  return hint;
}

/**
 * Binds shortcut `name` to `button` on every view (e.g. P to the presentation mode's switch),
 * `does` as in `useKeys`. It is listed in the help, not in a view's hint.
 */
export function usePageKey(binding) {
  pageBindings.push(binding);
  binding.button.setAttribute('aria-keyshortcuts', SHORTCUTS[binding.name].aria);
}

/** The button `binding` presses now, or null when there is none to press (missing, hidden or disabled). */
function target(binding) {
  const button = typeof binding.button === 'function' ? binding.button() : binding.button;
  if (!button?.isConnected || button.disabled || !button.checkVisibility()) return null;
  return button;
}

/**
 * The button the current view binds to shortcut `name` (`play`, `step`, `back` or `reset`), even
 * where an embed leaves the key to its deck: what the control API presses. Null when the view has
 * none; the button may be disabled.
 */
export function viewButton(name) {
  const binding = allBindings.find((b) => b.name === name);
  if (!binding) return null;
  return typeof binding.button === 'function' ? binding.button() : binding.button;
}

/** Whether the page is embedded (`embed=1`; read before the page rewrites its URL). */
const EMBEDDED = new URLSearchParams(location.search).get('embed') === '1';

/**
 * The shortcuts an embed leaves to its deck: the keys a clicker sends and a deck moves by
 * (Space, →, ←, PageDown, PageUp). A deck drives an embed through its control API instead.
 */
const DECK_KEYS = new Set(['play', 'step', 'back']);

/** Whether the page is embedded, where keys it does not show belong to the deck. */
function embedded() {
  return EMBEDDED;
}

/**
 * What the current view does with the key of `event`: `{ help: true }` for ?, the binding (with
 * the button to press) for a key the view uses now, or null for a key it leaves alone — while
 * the user types in a field, with Ctrl, Alt or Meta held, while the help is open, for Space on a
 * focused button, when the button is disabled, and (? too) in an embed whose key hint is not on
 * screen.
 */
export function handledKey(event) {
  if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing || dialog?.open) return null;
  const focused = event.target instanceof Element ? event.target : null;
  if (focused?.closest(TYPING)) return null;
  if (embedded() && !hint?.checkVisibility()) return null;
  if (event.key === '?') return { help: true };
  const binding = [...bindings, ...pageBindings].find(({ name }) => SHORTCUTS[name].keys.includes(event.key));
  if (!binding) return null;
  if (event.key === ' ' && focused?.closest(PRESSABLE)) return null;
  const button = target(binding);
  return button ? { ...binding, button } : null;
}

/** Presses the button of each key the view uses, and opens the help on ?; other keys go on as usual. */
function onKey(event) {
  const handled = handledKey(event);
  if (!handled) return;
  event.preventDefault();
  if (handled.help) openHelp();
  else handled.button.click();
}

/** What a binding does, as a string key: its own, or the label of the button it presses. */
function does(binding) {
  if (binding.does) return binding.does;
  const button = typeof binding.button === 'function' ? binding.button() : binding.button;
  return button.dataset.t;
}

/** The help's rows: one per key of the view, then ? and Esc. */
function helpRows() {
  const row = (shown, key) => el('tr', {}, [el('th', { scope: 'row' }, shown.map((k) => el('kbd', k))), el('td', { t: key })]);
  return [
    ...[...bindings, ...pageBindings].map((b) => row(SHORTCUTS[b.name].shown, does(b))),
    row([{ text: '?' }], 'keys.helpRow'),
    row([{ text: 'Esc' }], 'keys.escRow'),
  ];
}

/** Opens the dialog listing the current view's keys; Esc or Close shuts it and gives the focus back. */
function openHelp() {
  if (!dialog) {
    dialog = el('dialog', { class: 'keys-dialog', 'aria-labelledby': 'keys-title' });
    dialog.addEventListener('close', () => dialog.opener?.focus());
    document.body.append(dialog);
  }
  dialog.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const close = el('button', { type: 'button', t: 'keys.close', on: { click: () => dialog.close() } });
  dialog.replaceChildren(
    el('h2', { id: 'keys-title', t: 'keys.title' }),
    el('p', { t: bindings.length ? 'keys.intro' : 'keys.none' }),
    ...(clicking ? [el('p', { t: 'keys.clickerHelp' })] : []),
    el('table', { class: 'keys-table' }, [el('tbody', {}, helpRows())]),
    close,
  );
  translate(dialog);
  dialog.showModal();
  close.focus();
}

document.addEventListener('keydown', onKey);
