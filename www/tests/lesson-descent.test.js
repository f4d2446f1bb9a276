// The gradient-descent lesson in headless Chromium on the built page (dist/): it opens from its
// URL, a large learning rate is reported as diverging, → steps the descent, the race shows every
// optimizer, and switching the language changes the text. Run: node --test www/tests/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/index.js';
import { lessonPages } from './support/lessons.js';

const TIMEOUT = { timeout: 90_000 };
const TITLE = 'Gradient and gradient descent';
const pages = lessonPages();
/** Opens `query` and waits for the lesson's heading (see support/lessons.js). */
const open = (t, query, heading = TITLE) => pages.open(t, query, heading);

/** The cell `name` of the descent's table. */
const cell = (page, name) => page.locator(`#descent-table td[data-name="${name}"]`).textContent();

test('the descent opens from its URL, converges at lr 0.1 and diverges at lr 10', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=descent&fn=bowl&lr=0.1&x0=-3&x1=4&lang=en');
  assert.equal(await page.locator('.tabs a[aria-current="page"]').textContent(), '5. Gradient descent');
  assert.ok(await page.locator('#lesson math').count() > 0, 'formulas are MathML');
  const status = page.locator('.descent-status');
  assert.match(await status.textContent(), /^At the start/);
  // → steps: the book's first step is (−3, 4) − 0.1·(−6, 8) = (−2.4, 3.2).
  await page.locator('#lesson h2').click();
  await page.keyboard.press('ArrowRight');
  assert.equal(await cell(page, 'x'), '(-2.4, 3.2)');
  assert.match(page.url(), /lesson=descent&fn=bowl&lr=0.1&x0=-3&x1=4&step=1&race=0&lang=en$/);
  await page.getByRole('button', { name: 'All 100 steps', exact: true }).click();
  assert.match(await status.textContent(), /^Converged/);

  await page.getByRole('button', { name: 'Too large', exact: true }).click();
  assert.equal(await page.getByLabel('η', { exact: true }).inputValue(), '10');
  await page.getByRole('button', { name: 'One step', exact: true }).click();
  assert.match(await status.textContent(), /^Diverging/);
  await page.getByRole('button', { name: 'Too small', exact: true }).click();
  await page.getByRole('button', { name: 'All 100 steps', exact: true }).click();
  assert.match(await status.textContent(), /^Barely moving/);
  assert.deepEqual(errors, []);
});

test('a start typed in or clicked on the picture restarts the descent there', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=descent&fn=valley&step=3&lang=en');
  assert.equal(await cell(page, 'step'), '3');
  const x0 = page.getByLabel('x₀ (horizontal)');
  await x0.fill('4');
  await x0.press('Enter');
  assert.equal(await cell(page, 'x'), '(4, 2)');
  assert.equal(await cell(page, 'step'), '0');
  const plot = page.getByRole('img', { name: /^Contours of f/ });
  const box = await plot.boundingBox();
  await plot.click({ position: { x: box.width / 2, y: box.height / 4 } });
  assert.equal(await cell(page, 'x'), '(0, 2.5)');
  assert.deepEqual(errors, []);
});

test('the race shows every optimizer and each ends nearer the minimum', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=descent&lang=en');
  const names = () => page.locator('#race-table tbody th').allTextContents();
  assert.deepEqual(await names(), ['SGD', 'Momentum', 'Nesterov', 'AdaGrad', 'RMSprop', 'Adam']);
  const distances = () => page.locator('#race-table tbody td:nth-of-type(3)').allTextContents();
  assert.ok((await distances()).every((d) => Math.abs(Number(d) - Math.hypot(7, 2)) < 1e-4));
  await page.getByRole('button', { name: 'Run all iterations', exact: true }).click();
  assert.match(await page.locator('#race-progress').textContent(), /Iteration 30 of 30/);
  assert.ok((await distances()).every((d) => Number(d) < Math.hypot(7, 2)), String(await distances()));
  assert.match(page.url(), /race=30/);
  assert.deepEqual(errors, []);
});

test('switching language changes the text; bad values fall back with a notice; embed shows the lesson alone', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=descent&fn=bowl&lr=10&step=1&lang=en');
  assert.match(await page.locator('.descent-status').textContent(), /^Diverging/);
  await page.getByLabel('Language').selectOption('ja');
  await page.getByRole('heading', { name: '勾配と勾配降下法', exact: true }).waitFor();
  assert.match(await page.locator('.descent-status').textContent(), /^発散しています/);
  assert.ok(await page.getByRole('button', { name: '1ステップ進む', exact: true }).isVisible());
  assert.deepEqual(errors, []);

  const bad = await openPage(`${pages.url()}?lesson=descent&fn=cone&lr=abc&embed=1&lang=en`);
  t.after(bad.close);
  await bad.page.getByRole('heading', { name: TITLE }).waitFor();
  const alert = await bad.page.getByRole('alert').first().textContent();
  assert.match(alert, /fn = "cone" is not one of bowl, valley/);
  assert.match(alert, /lr = "abc" is not a number/);
  assert.match(bad.page.url(), /fn=bowl&lr=0.1&/);
  assert.equal(await bad.page.locator('.tabs').isHidden(), true);
});
