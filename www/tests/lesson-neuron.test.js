// Lesson 2, a neuron and its activation, driven by its controls' accessible names in headless
// Chromium on the built page (dist/): it opens from its URL, an input changes a and y, another
// activation changes the plot and the values, training shows the step function's loss unchanged,
// and switching the language changes the text. Run: node --test www/tests/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/index.js';
import { lessonPages } from './support/lessons.js';

const TIMEOUT = { timeout: 90_000 };
const pages = lessonPages();
/** Opens `query` and waits for the lesson's heading (see support/lessons.js). */
const open = (t, query, heading) => pages.open(t, query, heading);

/** The values shown, as text: [a, y, h′(a)]. */
const values = async (page) => Promise.all(['#neuron-a', '#neuron-y', '#neuron-slope'].map((id) => page.locator(id).textContent()));

/** The plot's pixels, as a data URL. */
const picture = (page) => page.locator('.lesson-neuron-plot').evaluate((c) => c.toDataURL());

test('the neuron lesson opens from its URL; an input changes a and y; h changes plot and values', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=neuron&lang=en', 'A neuron and its activation');
  assert.equal(await page.locator('.tabs a[aria-current="page"]').textContent(), '2. Neuron and activation');
  assert.ok(await page.locator('#lesson math').count() >= 3, 'formulas are MathML');
  // The book's AND weights on (1, 1): a = 0.3, σ(0.3) = 0.5744.
  assert.deepEqual(await values(page), ['0.3000', '0.5744', '0.2445']);
  await page.locator('#lesson').getByLabel('x₁', { exact: true }).fill('0');
  assert.deepEqual((await values(page)).slice(0, 2), ['-0.2000', '0.4502']);
  assert.match(page.url(), /lesson=neuron&x1=0&x2=1&w1=0.5&w2=0.5&b=-0.7&h=sigmoid&lang=en$/);
  const before = await picture(page);
  await page.getByLabel('Activation h').selectOption('step');
  assert.deepEqual(await values(page), ['-0.2000', '0.0000', '0.0000']);
  assert.notEqual(await picture(page), before, 'the plot changed');
  assert.ok(await page.getByRole('img', { name: /activation step .* a = -0\.2$/ }).isVisible());
  assert.match(page.url(), /h=step/);

  // Every activation is drawn side by side; choosing one uses it in the neuron: ReLU(−0.2) = 0, ReLU′ = 0.
  const names = await page.locator('#neuron-all button').allTextContents();
  assert.ok(['step', 'sigmoid', 'tanh', 'relu'].every((n) => names.includes(n)), String(names));
  assert.equal(await page.locator('#neuron-all button[aria-pressed="true"]').textContent(), 'step');
  await page.locator('#neuron-all button[data-name="tanh"]').click();
  assert.equal(await page.getByLabel('Activation h').inputValue(), 'tanh');
  assert.deepEqual((await values(page)).slice(1), ['-0.1974', '0.9610']);
  assert.equal(await page.locator('#neuron-all button[aria-pressed="true"]').textContent(), 'tanh');
  assert.match(page.url(), /h=tanh/);
  assert.deepEqual(errors, []);
});

test('training on AND leaves the step function\'s loss unchanged while the sigmoid\'s falls', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=neuron&lang=en', 'A neuron and its activation');
  const button = page.getByRole('button', { name: 'Train on AND for 20 epochs', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#neuron-step-loss').textContent(), '0.1250 → 0.1250');
  const [first, last] = (await page.locator('#neuron-sigmoid-loss').textContent()).split(' → ').map(Number);
  assert.ok(first === 0.125 && last < 0.1, `${first} ${last}`);
  assert.match(await page.getByRole('status').last().textContent(), /step function's loss stays at 0\.1250/);
  assert.deepEqual(errors, []);
});

test('switching language changes the text; embedded it shows alone; bad values fall back', TIMEOUT, async (t) => {
  const embedded = await open(t, '?lesson=neuron&embed=1&lang=ja', 'ニューロンと活性化関数');
  assert.equal(await embedded.page.locator('.tabs').isHidden(), true);
  assert.deepEqual(embedded.errors, []);

  const { page, errors } = await open(t, '?lesson=neuron&lang=en', 'A neuron and its activation');
  await page.getByLabel('Language').selectOption('ja');
  await page.getByRole('heading', { name: 'ニューロンと活性化関数', exact: true }).waitFor();
  assert.ok(await page.getByRole('heading', { name: 'ステップ関数では勾配で学習できない理由', exact: true }).isVisible());
  assert.deepEqual(errors, []);

  const bad = await openPage(`${pages.url()}?lesson=neuron&x1=9&h=nope&lang=en`);
  t.after(bad.close);
  await bad.page.getByRole('heading', { name: 'A neuron and its activation' }).waitFor();
  const alerts = (await bad.page.getByRole('alert').allTextContents()).join(' ');
  assert.match(alerts, /x1 = "9" is not a number from -2 to 2/);
  assert.match(alerts, /h: .*nope/);
  assert.match(bad.page.url(), /x1=1&.*h=sigmoid/);
});
