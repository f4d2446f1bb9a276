// The digits tab's Export model and Import model: the run as a model file of a digits run, the
// same format `asaku train --data digits --save` writes and `--load` reads.

import { el, problemOf } from '../dom.js';
import { showProblem } from '../fields.js';
import { download } from './download.js';

/**
 * The two buttons (and the hidden file chooser) for the digits handle `view.lab`; `stop()` stops
 * training before either, `opened()` runs after a file replaced the run. Returns the element.
 */
export function buildDigitsModelFiles(view, { stop, opened }) {
  const exportButton = el('button', { id: 'digits-export-model', type: 'button', t: 'files.exportModel' });
  const importButton = el('button', { id: 'digits-import-model', type: 'button', t: 'files.importModel' });
  const chooser = el('input', { id: 'digits-import-model-file', type: 'file', accept: '.json,application/json', hidden: true });
  exportButton.addEventListener('click', () => {
    stop();
    const text = view.lab.exportModel();
    showProblem(null, null);
    download(`asaku-digits-epoch-${view.lab.report().epoch}.json`, text, 'application/json');
    view.changed('stopped');
  });
  importButton.addEventListener('click', () => chooser.click());
  chooser.addEventListener('change', async () => {
    const [file] = chooser.files;
    chooser.value = '';
    if (!file) return;
    const text = await file.text();
    stop();
    try {
      view.lab.importModel(text);
    } catch (error) {
      showProblem(importButton, problemOf(error));
      return;
    }
    showProblem(null, null);
    opened();
  });
  return el('div', { class: 'field digits-model-files' }, [exportButton, importButton, chooser]);
}
