// Model files in the page: Export model downloads the run, Import model (in a fresh page) restores
// it exactly and its next epochs are the same; a file written by the command line opens with its
// loss; a bad file is refused with its sentence and nothing changes. Headless Chromium on dist/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { playgroundPages, unfoldSettings } from './support/lessons.js';

const TIMEOUT = { timeout: 120_000 };
const pages = playgroundPages();
/** The model file `asaku train --data xor --optimizer adam --lr 0.01 --epochs 3 --save` wrote (kept current by crates/cli/tests/cli/model.rs). */
const CLI_MODEL = new URL('./fixtures/cli-model.json', import.meta.url);

/** Clicks Export model and returns the downloaded file's text. */
async function exportModel(page) {
  await unfoldSettings(page);
  return downloaded(page, 'Export model');
}

/** Clicks the button named `name` and returns the text of the file it downloads. */
async function downloaded(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Imports `text` through the Import model button's file chooser. */
async function importModel(page, text) {
  await unfoldSettings(page);
  await choose(page, 'Import model…', 'model.json', text);
}

/** Clicks the button named `name` and gives its file chooser a file `file` holding `text`. */
async function choose(page, name, file, text) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name }).click(),
  ]);
  await chooser.setFiles({ name: file, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

/** The CSV lines after the header, sorted (an import splits the points anew, so their order changes). */
const sortedPoints = (csv) => csv.trim().split('\n').slice(1).sort();

async function stepEpochs(page, k) {
  for (let i = 0; i < k; i++) await page.getByRole('button', { name: 'Step one epoch' }).click();
}

test('an exported model opens in a fresh page exactly, and the next 10 epochs are the same', TIMEOUT, async (t) => {
  const { page } = await pages.open(t, '?data=xor&optimizer=adam&lr=0.01');
  await stepEpochs(page, 20);
  await page.getByRole('button', { name: 'Step one mini-batch' }).click();
  const saved = await exportModel(page);
  assert.equal(JSON.parse(saved).training.epoch, 20);

  const { page: fresh } = await pages.open(t);
  await importModel(fresh, saved);
  await fresh.locator('#epoch', { hasText: '20' }).waitFor();
  assert.equal(await exportModel(fresh), saved, 'the same settings, weights, epoch, step and history');
  assert.equal(await fresh.locator('#train-loss').textContent(), await page.locator('#train-loss').textContent());

  await stepEpochs(page, 10);
  await stepEpochs(fresh, 10);
  const [after, afterFresh] = [JSON.parse(await exportModel(page)), JSON.parse(await exportModel(fresh))];
  assert.equal(after.training.epoch, 30);
  assert.deepEqual(afterFresh.history.recent.slice(-10), after.history.recent.slice(-10), 'the same next 10 losses');
  assert.deepEqual(afterFresh.network, after.network);

  // A link cannot rebuild weights read from a file: Share says so and offers the model file.
  await fresh.getByRole('button', { name: 'Share' }).click();
  const note = fresh.locator('#share-too-long');
  await note.waitFor();
  assert.match(await note.textContent(), /opened from a model file: a link rebuilds its settings but not its weights/);
  assert.doesNotMatch(await fresh.locator('#share-link').inputValue(), /[?&](epoch|log)=/);
  await fresh.keyboard.press('Escape');
});

test('a model the command line wrote opens with the same loss', TIMEOUT, async (t) => {
  const text = readFileSync(CLI_MODEL, 'utf8');
  const model = JSON.parse(text);
  const { page } = await pages.open(t);
  await importModel(page, text);
  await page.locator('#epoch', { hasText: String(model.training.epoch) }).waitFor();
  const last = model.history.recent.at(-1);
  const shown = Number(await page.locator('#train-loss').textContent());
  assert.ok(Math.abs(shown - last.train_loss) < 5e-4, `${shown} is the file's ${last.train_loss}`);
  assert.equal(await exportModel(page), text, 'the page writes back the same file');
});

test('a bad model file is refused with its sentence and nothing changes', TIMEOUT, async (t) => {
  const { page } = await pages.open(t);
  await stepEpochs(page, 2);
  const before = await exportModel(page);
  const url = page.url();
  await importModel(page, '{"format": "asaku-model", "version": 3}');
  await page.getByRole('alert').filter({ hasText: 'it is version 3, newer than this Asaku reads (versions 1 to 2)' }).waitFor();
  await importModel(page, before.replace('"version":2', '"version":2,"extra":true'));
  await page.getByRole('alert').filter({ hasText: 'the JSON reader says "unknown field `extra`' }).waitFor();
  assert.equal(await exportModel(page), before);
  assert.equal(page.url(), url);
});

test('a diverged run is exported as it is and opens in a fresh page the same', TIMEOUT, async (t) => {
  const { page } = await pages.open(t, '?data=plane&output=identity&layers=8,8&activation=relu&lr=10&lang=en');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Training diverged' }).waitFor();
  await page.waitForFunction(() => document.getElementById('play').disabled);
  const saved = await exportModel(page);
  const run = JSON.parse(saved);
  assert.equal(run.training.status.state, 'diverged');
  assert.ok(['inf', '-inf', 'NaN'].includes(run.training.last_batch_loss), `last batch loss ${run.training.last_batch_loss}`);

  const { page: fresh } = await pages.open(t);
  await importModel(fresh, saved);
  await fresh.locator('#epoch', { hasText: String(run.training.epoch) }).waitFor();
  await fresh.getByRole('alert').filter({ hasText: 'Training diverged' }).waitFor();
  assert.equal(await exportModel(fresh), saved, 'the same run, its infinite loss included');
});

test('a model with NaN and infinite numbers opens and is shown without an error, and steps diverge', TIMEOUT, async (t) => {
  const model = JSON.parse(readFileSync(CLI_MODEL, 'utf8'));
  model.network.layers[0].w[0][0] = 'NaN';
  model.network.layers[1].b[0] = 'inf';
  model.history.recent.at(-1).test_loss = 'inf';
  const text = JSON.stringify(model);
  const { page, errors } = await pages.open(t, '?lang=en');
  await importModel(page, text);
  await page.locator('#epoch', { hasText: String(model.training.epoch) }).waitFor();
  assert.equal(JSON.parse(await exportModel(page)).network.layers[0].w[0][0], 'NaN', 'kept as it is');
  await page.getByRole('button', { name: 'Step one epoch' }).click();
  await page.getByRole('alert').filter({ hasText: 'Training diverged' }).waitFor();
  assert.deepEqual(errors, []);
});

test('in Japanese, a bad model file is refused in Japanese with its facts', TIMEOUT, async (t) => {
  const model = JSON.parse(readFileSync(CLI_MODEL, 'utf8'));
  model.network.layers[0].w = [[0.5]];
  const { page } = await pages.open(t, '?lang=ja');
  const cases = [
    [JSON.stringify(model), '重みの行列の形は [1×1, 1×4, 4×2, 1×2, 2×1, 1×1] ですが、ネットワークのものは [2×4, 1×4, 4×2, 1×2, 2×1, 1×1] です'],
    ['{"format": "asaku-model",\n "version": 2', '途中で切れています：2 行 13 列目で終わっています'],
    ['{"format": "asaku-model", "version": 2, "surprise": 1}', 'JSON ですが、モデルファイルの形になっていません：1 行 50 列目で、JSON の読み取りが "unknown field `surprise`'],
  ];
  for (const [text, sentence] of cases) {
    await page.locator('#import-model-file').setInputFiles({ name: 'model.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const alert = page.getByRole('alert').filter({ hasText: sentence });
    await alert.waitFor();
    const outsideQuotes = (await alert.textContent()).split('"').filter((_, i) => i % 2 === 0).join('');
    assert.deepEqual(outsideQuotes.match(/[A-Za-z]+/g)?.filter((w) => w !== 'JSON') ?? [], [], outsideQuotes);
  }
});

test('a pasted CSV with a bad row is refused with the row named and nothing changes', TIMEOUT, async (t) => {
  const { page } = await pages.open(t, '?data=xor');
  await stepEpochs(page, 2);
  const [model, points, url] = [await exportModel(page), await downloaded(page, 'Export points (CSV)'), page.url()];
  await page.locator('summary', { hasText: 'Paste points' }).click();
  await page.getByLabel('One point per line: x1,x2,label').fill('x1,x2,label\n1,1,0\n2,two,1\n3,3,1\n');
  await page.getByRole('button', { name: 'Use these points' }).click();
  await page.getByRole('alert').filter({ hasText: 'line 3: x2 is "two", which is not a number' }).waitFor();
  await page.getByLabel('One point per line: x1,x2,label').fill('1,1,0\n\n2,9,1\n');
  await page.getByRole('button', { name: 'Use these points' }).click();
  await page.getByRole('alert').filter({ hasText: 'line 3: the point (2, 9) is outside the plot' }).waitFor();
  assert.equal(await exportModel(page), model, 'the run is as it was');
  assert.equal(await downloaded(page, 'Export points (CSV)'), points, 'the data is as it was');
  assert.equal(page.url(), url);
});

test('exported points import as the same data set, which then trains', TIMEOUT, async (t) => {
  const { page } = await pages.open(t, '?data=spiral&noise=0.1&points=80');
  const csv = await downloaded(page, 'Export points (CSV)');
  assert.equal(csv.split('\n')[0], 'x1,x2,label');
  const { page: fresh } = await pages.open(t, '?data=spiral');
  await choose(fresh, 'Import points (CSV)…', 'points.csv', csv);
  await fresh.locator('#change-kind', { hasText: 'Rebuilt' }).waitFor();
  assert.deepEqual(sortedPoints(await downloaded(fresh, 'Export points (CSV)')), sortedPoints(csv));
  await stepEpochs(fresh, 1);
  await fresh.locator('#epoch', { hasText: '1' }).waitFor();
});

/** Drops a file `name` holding `text` on the element `selector`, as a drag from the desktop does. */
async function drop(page, selector, name, text) {
  await page.locator(selector).evaluate((target, [fileName, content]) => {
    const data = new DataTransfer();
    data.items.add(new File([content], fileName, { type: 'text/plain' }));
    for (const type of ['dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, [name, text]);
}

test('a CSV file dropped on the plot becomes the data, and a model file dropped on the board opens', TIMEOUT, async (t) => {
  const { page } = await pages.open(t, '?data=xor');
  await stepEpochs(page, 3);
  const model = await exportModel(page);
  const { page: fresh } = await pages.open(t, '?data=xor');
  await drop(fresh, '#points', 'mine.csv', 'x1,x2,label\n1,1,0\n-1,-1,0\n1,-1,1\n-1,1,1\n');
  await fresh.locator('#change-kind', { hasText: 'Rebuilt' }).waitFor();
  assert.deepEqual(sortedPoints(await downloaded(fresh, 'Export points (CSV)')), ['-1,-1,0', '-1,1,1', '1,-1,1', '1,1,0']);
  await drop(fresh, '.board', 'run.json', model);
  await fresh.locator('#epoch', { hasText: '3' }).waitFor();
  assert.equal(await exportModel(fresh), model);
});
