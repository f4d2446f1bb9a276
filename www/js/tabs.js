// The tab bar: which view is shown, and where each tab leads. Every tab keeps the language and
// presentation mode (`present=1`); the
// playground's tab and the tabs of the lessons that work on the playground's network (marked
// `data-network` in index.html) also carry that network: the playground's URL keys and epoch,
// and the changes made by hand while it trained (the run link's `step`, `form` and `log`).

import { browserLanguage } from './strings.js';

const tabs = () => document.querySelectorAll('.tabs a');
let shown = null;
/** What the tabs were last linked from (URL, epoch, language). */
let linked = '';

/** Marks the tab of the view shown (a lesson's name, or "playground") as the current page. */
export function markTab(view, api) {
  shown = { view, api };
  for (const tab of tabs()) {
    if (tab.dataset.view === view) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
}

/**
 * Points every tab at its view from the page's current URL, in the language shown. In the
 * playground, `epoch` is how many epochs its network has trained and `step` how many steps of
 * the next (its URL says where the run stood when it was last written, not while it plays).
 */
export function relinkTabs(epoch, step) {
  // The playground calls this every frame it draws: do the work only when something changed.
  const lang = document.documentElement.lang || browserLanguage();
  const inputs = `${location.search}|${epoch}|${step}|${lang}|${document.body.classList.contains('present')}`;
  if (inputs === linked) return;
  linked = inputs;
  const current = [...tabs()].find((tab) => tab.dataset.view === shown.view);
  const carries = shown.view === 'playground' || current?.dataset.network !== undefined;
  const network = new URLSearchParams(carries ? shown.api.networkKeys(location.search) : '');
  if (epoch !== undefined) network.set('epoch', String(epoch));
  if (step !== undefined) {
    if (step > 0) network.set('step', String(step));
    else network.delete('step');
  }
  // The playground's tab opens its settings afresh: not where the run stood, nor its changes by hand.
  const settings = new URLSearchParams(network);
  for (const key of ['epoch', 'step', 'form', 'log']) settings.delete(key);
  for (const tab of tabs()) {
    const view = tab.dataset.view;
    const keys = view === 'playground' ? [settings] : [`lesson=${view}`, ...(tab.dataset.network !== undefined ? [network] : [])];
    const present = document.body.classList.contains('present') ? ['present=1'] : [];
    tab.setAttribute('href', `?${[...keys.map(String).filter(Boolean), ...present, `lang=${lang}`].join('&')}`);
  }
}
