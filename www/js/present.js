// Presentation mode (`present=1`), for a projector: larger text, chart labels (at least 24 px at
// 1920×1080), lines and points, the plot and the network taking the space, the lessons the full
// width (www/css/present.css; the canvases scale by its `--chart-scale`, which
// crates/web/src/draw/canvas.rs reads). A switch in the masthead (and P) turns it on and off, and
// a full-screen button asks the browser for full screen, saying so when the browser refuses.

import { el } from './dom.js';
import { translate } from './strings.js';
import { usePageKey } from './keys.js';
import { relinkTabs } from './tabs.js';

/**
 * Adds the switch and the full-screen button to the masthead. `change(on)` asks for the mode on
 * or off (the playground through its state, a lesson through its URL). Returns `show(on)`, which
 * marks the page and the switch with the mode in use.
 */
export function initPresent(change) {
  const toggle = el('button', {
    type: 'button', id: 'present', t: 'present.switch', 'aria-pressed': 'false',
    on: { click: () => change(toggle.getAttribute('aria-pressed') !== 'true') },
  });
  const problem = el('p', { id: 'fullscreen-problem', class: 'problem', role: 'alert', hidden: true });
  const full = el('button', {
    type: 'button', id: 'fullscreen', t: 'present.fullscreen', 'aria-pressed': 'false',
    on: { click: () => switchFullscreen(problem) },
  });
  document.addEventListener('fullscreenchange', () => full.setAttribute('aria-pressed', String(document.fullscreenElement !== null)));
  document.querySelector('.masthead .language').before(el('div', { class: 'present-buttons' }, [toggle, full, problem]));
  usePageKey({ name: 'present', button: toggle });
  return (on) => {
    toggle.setAttribute('aria-pressed', String(on));
    document.body.classList.toggle('present', on);
  };
}

/** Enters full screen (the whole page), or leaves it; says why when the browser refuses. */
async function switchFullscreen(problem) {
  problem.hidden = true;
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch (error) {
    // The browser's reason is in its own language: the sentence around it follows the page's.
    problem.dataset.t = 'present.refused';
    problem.dataset.tVars = JSON.stringify({ why: error?.message ?? String(error) });
    translate(problem);
    problem.hidden = false;
  }
}

/**
 * Presentation mode on a lesson: reads `present` from the lesson's `query` (with the wasm
 * exports `api`, by the playground's own URL rule) and adds the switch, which writes the mode
 * into the URL. Returns the notices about a `present` value that is not a switch.
 */
export function presentLesson(api, query) {
  const { on, notices } = api.presentMode(query);
  const show = initPresent((next) => {
    const params = new URLSearchParams(location.search);
    if (next) params.set('present', '1');
    else params.delete('present');
    history.replaceState(null, '', `?${params}`);
    show(next);
    relinkTabs();
  });
  show(on);
  return notices;
}
