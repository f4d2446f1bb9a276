// Export model (download the run as a model file) and Import model (a file chosen, or dropped on
// the page): the same JSON the command line's `asaku train --save` and `--load` use.

import { byId, problemOf } from '../dom.js';
import { perform } from '../controls.js';
import { download } from './download.js';
import { showProblem } from '../fields.js';
import { closeEditor } from '../editor.js';

/** Wires the Export model and Import model buttons and dropping a .json file on the board. */
export function initModelFiles(app) {
  const exportButton = byId('export-model');
  const importButton = byId('import-model');
  const chooser = byId('import-model-file');
  exportButton.addEventListener('click', () => {
    let text;
    try {
      text = app.pg.exportModel();
    } catch (error) {
      showProblem(exportButton, problemOf(error));
      return;
    }
    showProblem(null, null);
    download(`asaku-model-epoch-${app.pg.stats().epoch}.json`, text, 'application/json');
  });
  importButton.addEventListener('click', () => chooser.click());
  chooser.addEventListener('change', async () => {
    const [file] = chooser.files;
    chooser.value = '';
    if (file) importModel(app, await file.text(), importButton);
  });
  const board = document.querySelector('.board');
  board.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  board.addEventListener('drop', async (event) => {
    const file = [...(event.dataTransfer?.files ?? [])].find((f) => f.name.endsWith('.json'));
    if (!file) return;
    event.preventDefault();
    importModel(app, await file.text(), importButton);
  });
}

/** Opens a model file's text: all of it replaces the run, or a notice says what is wrong and nothing changes. */
function importModel(app, text, source) {
  const opened = perform(app, () => {
    app.pg.importModel(text);
    return 'none';
  }, source);
  if (opened !== null) closeEditor();
}
