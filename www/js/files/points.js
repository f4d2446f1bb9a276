// Your own data: points in the command line's CSV format (`x1,x2,label` lines, as `asaku train
// --points-file` reads) from a chosen file, a file dropped on the plot or pasted text; and the
// current data set exported in that format.

import { byId } from '../dom.js';
import { perform } from '../controls.js';
import { download } from './download.js';

/** Wires Import points, Export points, the paste box and dropping a .csv file on the plot. */
export function initPointFiles(app) {
  const importButton = byId('import-points');
  const chooser = byId('import-points-file');
  importButton.addEventListener('click', () => chooser.click());
  chooser.addEventListener('change', async () => {
    const [file] = chooser.files;
    chooser.value = '';
    if (file) importPoints(app, await file.text(), importButton);
  });
  const pasted = byId('points-text');
  const use = byId('use-points');
  use.addEventListener('click', () => importPoints(app, pasted.value, use));
  byId('export-points').addEventListener('click', () => {
    download(`asaku-points-${app.state.settings.data.kind}.csv`, app.pg.exportPoints(), 'text/csv');
  });
  const plot = byId('points').parentElement;
  plot.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  plot.addEventListener('drop', async (event) => {
    const file = [...(event.dataTransfer?.files ?? [])].find((f) => !f.name.endsWith('.json'));
    if (!file) return;
    event.preventDefault();
    importPoints(app, await file.text(), importButton);
  });
}

/** Replaces the data by the CSV `text`'s points (a rebuild), or shows what is wrong with which line and changes nothing. */
function importPoints(app, text, source) {
  perform(app, () => {
    app.pg.importPoints(text);
    return 'rebuild';
  }, source);
}
