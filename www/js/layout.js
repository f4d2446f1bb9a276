// How the playground is laid out from its URL: `embed=1` (in a slide: no masthead or tabs, and
// what does not fit a slide left out, see www/css/layout.css), `present=1` (for a projector, see
// www/js/present.js) and the `*_hide` keys, each leaving out one part or control but never the
// read-out beside it. The plot is sized to the room left below it in the window (`--plot-room`).

import { byId } from './dom.js';
import { commit } from './controls.js';
import { initPresent } from './present.js';

/** The `*_hide` keys' parts, as the state's `view.hide` names them. */
const PARTS = ['data', 'settings', 'layers', 'speed', 'activation'];

/** CSS px kept free below the plot, for the output panel's border and padding. */
const BELOW_PLOT = 12;

/**
 * Adds presentation mode's switch (a change of the playground `app`'s state) and returns the sync
 * that marks the page body with the state's embed, present mode and hidden parts.
 */
export function initLayout(app) {
  fitPlot();
  const showPresent = initPresent((on) => commit(app, (s) => { s.view.present = on; }, byId('present')));
  return (state) => {
    document.body.classList.toggle('embed', state.view.embed);
    showPresent(state.view.present);
    document.body.dataset.hide = PARTS.filter((part) => state.view.hide[part]).join(' ');
  };
}

/**
 * Keeps `--plot-room` (the window's height below the plot's top edge, in px) up to date, so the
 * whole plot fits on the first screen however tall the run bar above it grows: a longer label
 * in Japanese, a notice, unfolded settings or present mode's larger text. What is above the plot
 * never depends on the plot's size, so measuring it cannot loop; the window's own size comes
 * with its resize event.
 */
function fitPlot() {
  const plot = byId('plot');
  const measure = () => {
    const top = plot.getBoundingClientRect().top + scrollY;
    const room = Math.floor(document.documentElement.clientHeight - top - BELOW_PLOT);
    document.documentElement.style.setProperty('--plot-room', `${room}px`);
  };
  const above = ['.masthead', '.tabs', '#run', '#notices', '#output-title'].map((selector) => document.querySelector(selector));
  const observer = new ResizeObserver(measure);
  for (const element of above) observer.observe(element);
  addEventListener('resize', measure);
}
