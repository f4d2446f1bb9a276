// Lesson 4, loss functions, driven by its controls' accessible names in headless Chromium on the
// built page (dist/): it opens from its URL, the book's two examples show the book's losses, a
// slider changes both losses, and switching the language changes the text. Run: node --test www/tests/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/index.js';
import { lessonPages } from './support/lessons.js';

const TIMEOUT = { timeout: 90_000 };
const pages = lessonPages();
/** Opens `query` and waits for the lesson's heading (see support/lessons.js). */
const open = (t, query, heading) => pages.open(t, query, heading);

/** The two losses shown, as text: [sum of squared error, cross-entropy]. */
const losses = async (page) => [await page.locator('#loss-sse').textContent(), await page.locator('#loss-ce').textContent()];

test('the loss lesson opens from its URL and shows the book\'s losses for its two examples', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=loss&lang=en', 'Loss functions');
  assert.equal(await page.locator('.tabs a[aria-current="page"]').textContent(), '4. Loss functions');
  assert.equal(await page.locator('#lesson math').count() >= 2, true, 'formulas are MathML');
  assert.deepEqual(await losses(page), ['0.0975', '0.5108']);
  await page.getByRole('button', { name: '0.6 on class 7 (wrong)', exact: true }).click();
  assert.deepEqual(await losses(page), ['0.5975', '2.3026']);
  assert.match(page.url(), /lesson=loss&y=0.1,0.05,0.1,0,0.05,0.1,0,0.6,0,0&t=2&lang=en$/);
  await page.getByRole('button', { name: '0.6 on class 2 (right)', exact: true }).click();
  assert.deepEqual(await losses(page), ['0.0975', '0.5108']);
  assert.ok(await page.getByRole('img', { name: /−log y.*y = 0\.6$/ }).isVisible());
  assert.deepEqual(errors, []);
});

test('a slider changes both losses and keeps the sum 1; the target is chosen by keyboard', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=loss&lang=en', 'Loss functions');
  const y2 = page.getByRole('slider', { name: 'Class 2', exact: true });
  await y2.focus();
  await y2.press('End');
  assert.deepEqual(await losses(page), ['0.0000', '0.0000']);
  await y2.press('Home');
  const [sse, ce] = await losses(page);
  assert.ok(Number(sse) > 0.5 && Number(ce) > 15, `${sse} ${ce}`);
  // The URL holds the engine's y (4 decimals, summing to exactly 1): the other nine share the 1
  // evenly, and the one ten-thousandth left over goes to one of them.
  const values = new URL(page.url()).searchParams.get('y').split(',').map(Number);
  assert.deepEqual(values, [0.1112, 0.1111, 0, 0.1111, 0.1111, 0.1111, 0.1111, 0.1111, 0.1111, 0.1111]);
  await page.getByLabel('Target class t').focus();
  await page.keyboard.press('ArrowDown');
  assert.match(page.url(), /&t=3&/);
  assert.equal(await page.locator('.loss-field.target label').textContent(), 'y₃');
  assert.deepEqual(errors, []);
});

test('switching language changes the text; embedded it shows alone; bad values fall back', TIMEOUT, async (t) => {
  const embedded = await open(t, '?lesson=loss&embed=1&lang=ja', '損失関数');
  assert.equal(await embedded.page.locator('.tabs').isHidden(), true);
  assert.deepEqual(embedded.errors, []);

  const { page, errors } = await open(t, '?lesson=loss&lang=en', 'Loss functions');
  await page.getByLabel('Language').selectOption('ja');
  await page.getByRole('heading', { name: '損失関数', exact: true }).waitFor();
  assert.ok(await page.getByRole('heading', { name: '交差エントロピー誤差', exact: true }).isVisible());
  assert.deepEqual(errors, []);

  const bad = await openPage(`${pages.url()}?lesson=loss&y=1,2,3&t=12&lang=en`);
  t.after(bad.close);
  await bad.page.getByRole('heading', { name: 'Loss functions' }).waitFor();
  const alerts = await bad.page.getByRole('alert').allTextContents();
  assert.match(alerts.join(' '), /y = "1,2,3" is not ten numbers/);
  assert.match(alerts.join(' '), /t = "12" is not a whole number from 0 to 9/);
  assert.match(bad.page.url(), /t=2&/);
});
