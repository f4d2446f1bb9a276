// The lesson view: when the URL names a lesson, the page shows that lesson (alone, without the
// page chrome, when the URL also says embed=1) instead of the playground.

import { byId } from '../dom.js';
import { browserLanguage, setLanguage } from '../strings.js';
import { showUrlNotices } from '../notices.js';
import { mountPerceptron } from './perceptron.js';
import { mountNeuron } from './neuron.js';
import { mountForward } from './forward.js';
import { mountLoss } from './loss.js';
import { mountDescent } from './descent.js';
import { mountGraph } from './graph.js';
import { mountMinibatch } from './minibatch.js';
import './strings.js';

const MOUNT = { perceptron: mountPerceptron, neuron: mountNeuron, forward: mountForward, loss: mountLoss, descent: mountDescent, graph: mountGraph, minibatch: mountMinibatch };

/** Marks the tab of the view shown (`lesson` name, or "playground") as the current page. */
export function markTab(view) {
  for (const tab of document.querySelectorAll('.tabs a')) {
    if (tab.dataset.view === view) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
}

/** Makes the tabs keep the chosen language ("en" or "ja") when followed. */
function tabsKeep(lang) {
  for (const tab of document.querySelectorAll('.tabs a')) {
    const view = tab.dataset.view;
    tab.setAttribute('href', view === 'playground' ? `?lang=${lang}` : `?lesson=${view}&lang=${lang}`);
  }
}

/**
 * Shows the lesson `route.lesson` (from the wasm `lessonRoute`) built on the wasm exports `api`,
 * with the notices about URL values it could not use.
 */
export function startLesson(api, route) {
  const params = new URLSearchParams(route.query);
  const embed = params.get('embed') === '1';
  document.body.classList.toggle('embed', embed);
  const root = byId('lesson');
  root.hidden = false;
  root.dataset.lesson = route.lesson;
  byId('loading').remove();
  markTab(route.lesson);
  const lang = ['en', 'ja'].includes(params.get('lang')) ? params.get('lang') : browserLanguage();
  const notices = MOUNT[route.lesson](api, root, route.query);
  setLanguage(lang);
  tabsKeep(lang);
  const select = byId('lang');
  select.value = lang;
  select.addEventListener('change', () => {
    const next = new URLSearchParams(location.search);
    next.set('lang', select.value);
    history.replaceState(null, '', `?${next}`);
    setLanguage(select.value);
    tabsKeep(select.value);
  });
  showUrlNotices(notices);
}
