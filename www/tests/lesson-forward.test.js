// Lesson 3, forward propagation and batches, driven by its controls' accessible names in headless
// Chromium on the built page (dist/): it opens from its URL at layer 1, → steps to the book's Y layer by
// layer, a batch of 3 gives a 3×2 output, softmax rows sum to 1, and the language switches.
// Run: node --test www/tests/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/index.js';
import { lessonPages } from './support/lessons.js';

const TIMEOUT = { timeout: 90_000 };
const pages = lessonPages();
/** Opens `query` and waits for the lesson's heading (see support/lessons.js). */
const open = (t, query, heading) => pages.open(t, query, heading);

/** The numbers of the matrix named `name`, as text, row by row. */
const cells = (page, name) => page.locator(`.forward-matrix[data-name="${name}"] mtd`).allTextContents();

test('the forward lesson opens from its URL, shows the book\'s Y and steps layer by layer', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=forward&lang=en', 'Forward propagation and batches');
  assert.equal(await page.locator('.tabs a[aria-current="page"]').textContent(), '3. Forward propagation');
  assert.deepEqual(await cells(page, 'A1'), ['0.3', '0.7', '1.1']);
  assert.equal(await page.locator('.forward-layer').count(), 1, 'it opens at step 1 of its walk');
  assert.equal(await page.locator('.forward-shape').first().textContent(), 'X: 1×2 · W1: 2×3 → A1: 1×3');
  await page.getByRole('button', { name: 'Start over', exact: true }).click();
  assert.equal(await page.locator('.forward-layer').count(), 0);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('.forward-layer').count(), 2);
  assert.match(page.url(), /lesson=forward&m=1&x=1,0.5&out=identity&layer=2&lang=en$/);
  await page.getByRole('button', { name: 'Next layer', exact: true }).click();
  assert.deepEqual(await cells(page, 'Y'), ['0.31682708', '0.69627909']);
  assert.deepEqual(errors, []);
});

test('a batch of 3 gives a 3×2 output; softmax makes every row sum to 1', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=forward&layer=3&lang=en', 'Forward propagation and batches');
  await page.getByRole('button', { name: 'M = 3', exact: true }).click();
  assert.equal(await page.locator('.forward-matrix[data-name="Y"]').getAttribute('data-shape'), '3×2');
  assert.equal(await page.locator('.forward-shape').first().textContent(), 'X: 3×2 · W1: 2×3 → A1: 3×3');
  const cell = page.getByRole('spinbutton', { name: 'Row 2, x1', exact: true });
  await cell.fill('1');
  await cell.press('Tab');
  await page.getByRole('spinbutton', { name: 'Row 2, x2', exact: true }).fill('0.5');
  await page.getByRole('spinbutton', { name: 'Row 2, x2', exact: true }).press('Tab');
  const y = await cells(page, 'Y');
  assert.deepEqual(y.slice(0, 4), ['0.31682708', '0.69627909', '0.31682708', '0.69627909']);
  await page.getByRole('button', { name: 'Softmax', exact: true }).click();
  const rows = (await cells(page, 'Y')).map(Number);
  for (let i = 0; i < rows.length; i += 2) assert.ok(Math.abs(rows[i] + rows[i + 1] - 1) < 1e-7, `${rows}`);
  assert.equal(await page.locator('.forward-sums').textContent(), 'Row sums of Y: 1, 1, 1');
  assert.match(page.url(), /m=3&x=1,0.5;1,0.5;1,1&out=softmax/);
  assert.deepEqual(errors, []);
});

test('switching language changes the text; embedded it shows alone; bad values fall back', TIMEOUT, async (t) => {
  const embedded = await open(t, '?lesson=forward&embed=1&lang=ja', '順方向伝播とバッチ');
  assert.equal(await embedded.page.locator('.tabs').isHidden(), true);
  assert.deepEqual(embedded.errors, []);

  const { page, errors } = await open(t, '?lesson=forward&lang=en', 'Forward propagation and batches');
  await page.getByLabel('Language').selectOption('ja');
  await page.getByRole('heading', { name: '順方向伝播とバッチ', exact: true }).waitFor();
  assert.ok(await page.getByRole('button', { name: 'ソフトマックス関数', exact: true }).isVisible());
  assert.deepEqual(errors, []);

  const bad = await openPage(`${pages.url()}?lesson=forward&x=1,2,3&m=9&out=relu&lang=en`);
  t.after(bad.close);
  await bad.page.getByRole('heading', { name: 'Forward propagation and batches' }).waitFor();
  const alerts = (await bad.page.getByRole('alert').allTextContents()).join(' ');
  assert.match(alerts, /x = "1,2,3" is not 1 to 5 rows/);
  assert.match(alerts, /m = "9" is not a whole number from 1 to 5/);
  assert.match(alerts, /out = "relu" is not one of identity, softmax/);
  assert.match(bad.page.url(), /m=1&x=1,0.5&out=identity/);
});
