// The playground page driven the way a person drives it: by the controls' accessible names, in
// headless Chromium, on the built page (dist/). Run: node --test www/tests/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { playgroundPages, unfoldSettings } from './support/lessons.js';

const TIMEOUT = { timeout: 90_000 };
const pages = playgroundPages();
/** Opens the playground at `query` and waits for its Play button (see support/lessons.js). */
const open = pages.open;

const epoch = async (page) => Number(await page.locator('#epoch').textContent());

/** Waits until the page has drawn two more animation frames. */
const frames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Waits until the element `selector` shows `text` (the page draws on the next animation frame). */
const shows = (page, selector, text) =>
  page.waitForFunction(([s, v]) => document.querySelector(s)?.textContent === v, [selector, String(text)]);
const trainLoss = async (page) => Number(await page.locator('#train-loss').textContent());

/** The plot's RGBA pixels. */
const plotPixels = (page) => page.evaluate(() => {
  const canvas = document.getElementById('plot');
  return Array.from(canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data);
});

/** Reads a weight through its editor (opened from its link), then closes the editor. */
async function readWeight(page, name) {
  // The links' 24 px hit strokes overlap where they fan out; a click opens the curve nearest to
  // it (layout.test.js), and the middle of a link's box lies on its curve.
  await page.getByRole('button', { name, exact: true }).click({ force: true });
  const value = await page.getByLabel('Value', { exact: true }).inputValue();
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  return Number(value);
}

test('the page loads with its controls and no console error', TIMEOUT, async (t) => {
  const { page, errors } = await open(t);
  assert.equal(await page.title(), 'Asaku');
  for (const name of ['Reset', 'Step one mini-batch', 'Step one epoch', 'Regenerate', 'Clear all points', 'Show test data', 'Discretize output']) {
    assert.ok(await page.getByRole('button', { name, exact: true }).isVisible(), name);
  }
  for (const label of ['Activation', 'Output and loss', 'Optimizer', 'Learning rate', 'Regularization', 'Regularization rate', 'Initial weights', 'Seed']) {
    assert.equal(await page.getByLabel(label, { exact: true }).count(), 1, label);
  }
  // A slider's label also shows its value.
  for (const label of [/^Batch size \d+$/, /^Noise \d+ %$/, /^Training data \d+ %$/, /^Points \d+$/, /^Speed \(epochs per frame, at most a frame's steps\) \d+$/]) {
    assert.equal(await page.getByLabel(label).count(), 1, String(label));
  }
  assert.equal(await page.getByRole('button', { name: /^Use feature/ }).count(), 7);
  assert.equal(await page.locator('button.dataset').count(), 12);
  const unnamed = (await page.locator('body').ariaSnapshot())
    .split('\n').filter((line) => /^\s*- (button|combobox|slider|spinbutton)( \[[^\]]*\])?:?$/.test(line));
  assert.deepEqual(unnamed, [], 'every control has an accessible name');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#fatal').isHidden(), true);
  assert.deepEqual(errors, []);
});

test('Play makes the epoch rise and the training loss fall on the circle', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?data=circle&speed=5');
  const before = await trainLoss(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForFunction(() => Number(document.getElementById('epoch').textContent) >= 60);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const stopped = await epoch(page);
  await page.waitForTimeout(200);
  assert.equal(await epoch(page), stopped, 'Pause stops training');
  assert.ok(await trainLoss(page) < before * 0.9, `loss ${await trainLoss(page)} fell from ${before}`);
  assert.deepEqual(errors, []);
});

test('Step one epoch adds exactly 1, and a mini-batch step shows its place in the epoch', TIMEOUT, async (t) => {
  const { page } = await open(t);
  const step = page.getByRole('button', { name: 'Step one epoch' });
  for (const expected of [1, 2, 3]) {
    await step.click();
    await shows(page, '#epoch', expected);
  }
  await frames(page);
  assert.equal(await epoch(page), 3);
  await page.getByRole('button', { name: 'Step one mini-batch' }).click();
  await page.getByRole('button', { name: 'Step one mini-batch' }).click();
  await shows(page, '#batch-step', '2 / 25');
  assert.equal(await epoch(page), 3);
});

test('changing the activation while paused redraws the boundary and keeps the epoch and weights', TIMEOUT, async (t) => {
  const { page, errors } = await open(t);
  for (let i = 0; i < 5; i += 1) await page.getByRole('button', { name: 'Step one epoch' }).click();
  await shows(page, '#epoch', 5);
  const link = 'Weight from x₁ to neuron 1 of layer 1';
  const weight = await readWeight(page, link);
  const pixels = await plotPixels(page);
  await unfoldSettings(page);
  await page.getByLabel('Activation', { exact: true }).selectOption('relu');
  await frames(page);
  const changed = (await plotPixels(page)).filter((v, i) => v !== pixels[i]).length;
  assert.ok(changed > 1000, `${changed} channel values changed`);
  assert.equal(await epoch(page), 5);
  assert.equal(await readWeight(page, link), weight);
  assert.match(await page.locator('#change-kind').textContent(), /weights and epoch kept/);
  assert.match(page.url(), /activation=relu/);
  assert.deepEqual(errors, []);
});

test('a weight can be read and changed from its link, and a bias from its square', TIMEOUT, async (t) => {
  const { page } = await open(t);
  const pixels = await plotPixels(page);
  await page.getByRole('button', { name: 'Weight from neuron 1 of layer 2 to the output', exact: true }).click({ force: true });
  await page.getByLabel('Value', { exact: true }).fill('4');
  await page.getByLabel('Value', { exact: true }).press('Enter');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  assert.equal(await readWeight(page, 'Weight from neuron 1 of layer 2 to the output'), 4);
  await page.getByRole('button', { name: 'Bias of the output', exact: true }).click();
  await page.getByLabel('Value', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Set', exact: true }).click();
  assert.ok(await page.getByText('Enter a number.').isVisible());
  await page.getByLabel('Value', { exact: true }).fill('-1.5');
  await page.getByRole('button', { name: 'Set', exact: true }).click();
  await page.keyboard.press('Escape');
  assert.equal(await readWeight(page, 'Bias of the output'), -1.5);
  const changed = (await plotPixels(page)).filter((v, i) => v !== pixels[i]).length;
  assert.ok(changed > 1000, 'the boundary moved');

  // By keyboard: Enter on a focused link opens its editor, Escape gives the focus back.
  const link = page.getByRole('button', { name: 'Weight from x₂ to neuron 3 of layer 1', exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'editor-value');
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('dialog').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Weight from x₂ to neuron 3 of layer 1');
});

test('adding a layer and a neuron changes the drawn network', TIMEOUT, async (t) => {
  const { page } = await open(t);
  const neurons = () => page.getByRole('button', { name: /^Show neuron/ }).count();
  const links = () => page.getByRole('button', { name: /^Weight from/ }).count();
  assert.equal(await neurons(), 6);
  assert.equal(await links(), 2 * 4 + 4 * 2 + 2);
  await page.getByRole('button', { name: '+ layer' }).click();
  assert.equal(await neurons(), 8);
  assert.equal(await links(), 2 * 4 + 4 * 2 + 2 * 2 + 2);
  await page.getByRole('button', { name: 'Add a neuron to layer 1' }).click();
  assert.equal(await neurons(), 9);
  assert.equal(await links(), 2 * 5 + 5 * 2 + 2 * 2 + 2);
  assert.ok(await page.getByText('3 hidden layers').isVisible());
  await page.getByRole('button', { name: 'Use feature x₁²' }).click();
  assert.equal(await links(), 3 * 5 + 5 * 2 + 2 * 2 + 2);
  assert.match(page.url(), /layers=5,2,2/);
  assert.match(page.url(), /features=x1,x2,x1-squared/);
});

test('clicking the plot adds a point; clearing leaves an empty set that says what to do', TIMEOUT, async (t) => {
  const { page, errors } = await open(t);
  const plot = page.locator('#points');
  await plot.click({ position: { x: 20, y: 20 } });
  assert.ok(await page.getByText('Your own 501 points are in use', { exact: false }).isVisible());
  assert.match(page.url(), /user=/);
  await page.getByRole('button', { name: 'Clear all points' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Nothing to train yet' });
  assert.ok(await notice.isVisible());
  assert.match(await notice.textContent(), /Add at least 2 points/);
  await page.getByRole('button', { name: 'class 1 (blue)' }).click();
  await plot.click({ position: { x: 30, y: 30 } });
  await plot.click({ position: { x: 90, y: 60 } });
  await frames(page);
  assert.equal(await notice.count(), 0);
  assert.match(page.url(), /user=[^&]*:1,[^&]*:1(&|$)/);
  assert.deepEqual(errors, []);
});

test('a point can be placed with the keyboard, and a point outside the data is refused', TIMEOUT, async (t) => {
  const { page, errors } = await open(t);
  await page.getByRole('button', { name: 'class 1 (blue)' }).click();
  await page.getByLabel('x₁', { exact: true }).fill('1.5');
  await page.getByLabel('x₂', { exact: true }).fill('-2');
  await page.getByRole('button', { name: 'Add point' }).click();
  assert.match(page.url(), /user=[^&]*,1\.5:-2:1(&|$)/);
  await page.getByLabel('x₁', { exact: true }).fill('40');
  await page.getByRole('button', { name: 'Add point' }).press('Enter');
  assert.ok(await page.getByText('x1 from -6 to 6', { exact: false }).isVisible());
  assert.match(page.url(), /user=[^&]*,1\.5:-2:1(&|$)/, 'nothing was added');
  assert.deepEqual(errors, []);
});

test('a 3-class data set switches the output to softmax, and an unfit output is refused and put back', TIMEOUT, async (t) => {
  const { page } = await open(t);
  await page.getByRole('button', { name: 'Spiral, 3 classes' }).click();
  assert.ok(await page.getByText('The output is now Softmax + cross-entropy').isVisible());
  const output = page.getByLabel('Output and loss', { exact: true });
  await unfoldSettings(page);
  assert.equal(await output.inputValue(), 'softmax');
  assert.ok(await page.getByRole('button', { name: 'class 2 (green)' }).isVisible());
  await output.selectOption('sigmoid');
  assert.ok(await page.getByRole('alert').filter({ hasText: 'Not changed' }).isVisible());
  assert.equal(await output.inputValue(), 'softmax');
  assert.match(page.url(), /output=softmax/);
});
