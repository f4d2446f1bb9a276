// The digits tab (`?lesson=digits`): the book's handwritten-digit network trained live. The
// digits asset is fetched only when this tab opens (load.js); once the wasm `DigitsLab` holds
// it, the panels show training (train.js), the first layer's weights, a digit to draw
// (draw.js), the mistakes (mistakes.js) and inference in batches (inference.js).

import { el } from '../dom.js';
import { translate } from '../strings.js';
import { showUrlNotices } from '../notices.js';
import { useKeys } from '../keys.js';
import { writeUrl } from '../lessons/view.js';
import { part } from '../lessons/sections.js';
import { loadDigits } from './load.js';
import { buildSettings } from './settings.js';
import { buildTraining } from './train.js';
import { buildDrawing } from './draw.js';
import { buildMistakes } from './mistakes.js';
import { buildInference } from './inference.js';
import { buildDigitsModelFiles } from '../files/digits-model.js';
import './strings.js';

/** The digits tab's sections (the Rust `Lesson::sections`), for what every one of them needs. */
const SECTIONS = 'training weights draw mistakes inference';

/** The first layer's weights panel: returns `{ element, update() }`. */
function buildWeights(view) {
  const canvas = el('canvas', { class: 'digits-weights', role: 'img', label: 'digits.weights.label' });
  const element = part('weights', el('section', { class: 'digits-weights-panel', 'aria-labelledby': 'digits-weights-title' }, [
    el('h3', { id: 'digits-weights-title', t: 'digits.weights.title' }), el('p', { t: 'digits.weights.text' }),
    part('weights', el('div', { class: 'digits-weights-frame' }, [canvas]), { fit: true }),
  ]));
  return { element, update: () => view.lab.drawWeights(canvas) };
}

/** Builds the digits tab in `root` on the wasm exports `api`, reading `query`. Returns its notices (none until the digits load). */
export function mountDigits(api, root, query) {
  const view = { lab: null };
  const training = buildTraining(view);
  part('training', training.element.querySelector('.digits-charts'), { fit: true });
  const settings = buildSettings(api.choices(), view);
  const weights = buildWeights(view);
  const drawing = buildDrawing(view);
  const mistakes = buildMistakes(view);
  const inference = buildInference(view);
  // Busy until the digits are loaded, so that a test or a deck waits for the panels.
  const area = part(SECTIONS, el('div', { class: 'digits-load', 'aria-busy': 'true' }));
  const panels = part(SECTIONS, el('div', { class: 'digits-panels', hidden: true }, [
    part('training', settings.element), part('training', training.element), weights.element,
    part('draw', drawing.element), part('mistakes', mistakes.element), part('inference', inference.element),
  ]));
  /** The moment (updates made) of the network whose mistakes are shown. */
  let mistakesAt = null;

  /**
   * Shows the run after training moved (`kind` 'frame' while playing, else 'stopped'). Playing,
   * the mistakes are shown again only when the handle has found them at an epoch's end (a pass
   * over the whole test set, spread over frames like the epoch's evaluation).
   */
  view.changed = (kind) => {
    // A run at rest is in the URL (with the epochs it has trained), so that a reload or a copied
    // link trains the same network again.
    if (kind === 'stopped' && !training.busy()) writeUrl(view.lab.query());
    training.update();
    weights.update();
    drawing.update();
    if (kind !== 'frame' || view.lab.report().mistakesAt !== mistakesAt) {
      mistakes.update();
      mistakesAt = view.lab.report().mistakesAt;
    }
  };
  view.restarted = () => {
    training.stop();
    view.changed('stopped');
  };
  const modelFiles = buildDigitsModelFiles(view, {
    stop: training.stop,
    opened: () => {
      settings.fill();
      view.restarted();
    },
  });
  settings.element.querySelector('.settings').append(modelFiles);
  const { play, step, reset } = training.buttons;
  root.append(
    el('h2', { t: 'digits.title' }),
    el('p', { t: 'digits.intro' }),
    part('training', useKeys([
      { name: 'play', button: play, does: 'keys.playPause' },
      { name: 'step', button: step },
      { name: 'reset', button: reset },
    ])),
    area,
    panels,
  );
  translate(root);
  loadDigits(area, (bytes) => new api.DigitsLab(bytes, query), (lab) => {
    view.lab = lab;
    showUrlNotices(lab.notices());
    settings.fill();
    panels.hidden = false;
    area.removeAttribute('aria-busy');
    drawing.start();
    // A link's `epoch=` trains the network to that epoch as the tab opens (the URL keeps the
    // link until it gets there).
    const asked = lab.askedEpoch();
    if (asked > 0) training.trainTo(asked);
    view.changed('stopped');
  });
  return [];
}
