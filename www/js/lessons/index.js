// The lesson view: when the URL names a lesson, the page shows that lesson (alone, without the
// page chrome, when the URL also says embed=1) instead of the playground.

import { byId } from '../dom.js';
import { browserLanguage, setLanguage } from '../strings.js';
import { showUrlNotices } from '../notices.js';
import { markTab, relinkTabs } from '../tabs.js';
import { initSkipLink } from '../skip.js';
import { mountPerceptron } from './perceptron.js';
import { mountNeuron } from './neuron.js';
import { mountForward } from './forward.js';
import { mountLoss } from './loss.js';
import { mountDescent } from './descent.js';
import { mountBackprop } from './backprop.js';
import { mountGraph } from './graph.js';
import { mountMinibatch } from './minibatch.js';
import { mountDigits } from '../digits/index.js';
import './strings.js';
import { connectLesson } from '../embed/lesson.js';
import { presentLesson } from '../present.js';
import { chooseSection, showSection } from './sections.js';
import { keepView } from './view.js';
import { useClicker } from '../keys.js';

const MOUNT = {
  perceptron: mountPerceptron,
  neuron: mountNeuron,
  forward: mountForward,
  loss: mountLoss,
  descent: mountDescent,
  backprop: mountBackprop,
  graph: mountGraph,
  minibatch: mountMinibatch,
  digits: mountDigits,
};

/**
 * Shows the lesson `route.lesson` (from the wasm `lessonRoute`) built on the wasm exports `api`,
 * whole or one section alone (`route.view`), with the notices about URL values it could not use.
 */
export function startLesson(api, route) {
  const params = new URLSearchParams(route.query);
  const embed = params.get('embed') === '1';
  document.body.classList.toggle('embed', embed);
  const presentNotices = presentLesson(api, route.query);
  const root = byId('lesson');
  root.hidden = false;
  root.dataset.lesson = route.lesson;
  byId('loading').remove();
  markTab(route.lesson, api);
  initSkipLink('lesson', 'skip.lesson');
  const lang = ['en', 'ja'].includes(params.get('lang')) ? params.get('lang') : browserLanguage();
  useClicker(embed && route.view.clicker);
  chooseSection(route.view.section ?? null);
  keepView(route.viewQuery);
  const notices = MOUNT[route.lesson](api, root, route.query);
  showSection(root);
  setLanguage(lang);
  relinkTabs();
  const select = byId('lang');
  select.value = lang;
  select.addEventListener('change', () => {
    const next = new URLSearchParams(location.search);
    next.set('lang', select.value);
    history.replaceState(null, '', `?${next}`);
    setLanguage(select.value);
    relinkTabs();
  });
  showUrlNotices([...presentNotices, ...route.notices, ...notices]);
  connectLesson(root);
}
