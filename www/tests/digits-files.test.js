// The digits tab's model files in headless Chromium on dist/: a run exported after an epoch opens
// in a fresh tab with the same settings, epoch and weights, and a model of a playground run is
// refused with a sentence in the page's language. Run: node --test www/tests/digits-files.test.js

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage } from './support/index.js';
import { lessonPages } from './support/lessons.js';

const TIMEOUT = { timeout: 180_000 };
const pages = lessonPages();
/** A model file of a run on the playground's data, as `asaku train` writes it. */
const CLI_MODEL = new URL('./fixtures/cli-model.json', import.meta.url);

/** Opens `query` and waits until the digits are loaded (the panels show). */
async function openLoaded(t, query) {
  const opened = await openPage(pages.url(query));
  t.after(opened.close);
  await opened.page.locator('.digits-panels').waitFor();
  return opened.page;
}

/** Unfolds the settings, clicks Export model and returns the downloaded file's text. */
async function exportModel(page) {
  const fold = page.locator('details.digits-settings');
  if (!(await fold.evaluate((details) => details.open))) await fold.locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#digits-export-model').click()]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Gives the Import model chooser a file holding `text`. */
async function importModel(page, text) {
  await page.locator('#digits-import-model-file').setInputFiles({ name: 'model.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

const epochShown = (page) => page.locator('.digits-stats dd[data-name="epoch"]').textContent();

test('a digits run exported after an epoch opens in a fresh tab the same', TIMEOUT, async (t) => {
  const page = await openLoaded(t, '?lesson=digits&lang=en&hidden=10&optimizer=adam&lr=0.01&seed=4');
  await page.getByRole('button', { name: 'One epoch', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.digits-stats dd[data-name="epoch"]').textContent.startsWith('1 '));
  const saved = await exportModel(page);
  const run = JSON.parse(saved);
  assert.equal(run.training.epoch, 1);
  assert.deepEqual(run.digits.images.train, 8004);
  assert.deepEqual(run.digits.settings.hidden, [10]);

  const fresh = await openLoaded(t, '?lesson=digits&lang=en');
  await importModel(fresh, saved);
  await fresh.waitForFunction(() => document.querySelector('.digits-stats dd[data-name="epoch"]').textContent.startsWith('1 '));
  assert.equal(await fresh.locator('#digits-hidden').inputValue(), '10');
  assert.match(fresh.url(), /hidden=10&activation=sigmoid&optimizer=adam&lr=0.01/);
  assert.equal(await epochShown(fresh), await epochShown(page));
  assert.equal(await exportModel(fresh), saved, 'the same settings, weights, epoch and history');
});

test('in Japanese, a model of a playground run is refused in Japanese and nothing changes', TIMEOUT, async (t) => {
  const page = await openLoaded(t, '?lesson=digits&lang=ja&hidden=10');
  const before = await exportModel(page);
  await importModel(page, readFileSync(CLI_MODEL, 'utf8'));
  await page.getByRole('alert').filter({ hasText: 'プレイグラウンドのデータで学習したモデルで、手書き数字のものではありません' }).waitFor();
  assert.equal(await exportModel(page), before);
});
