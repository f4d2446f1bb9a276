// The page's state across reloads and URLs, divergence and recovery, and the language switch,
// driven by the controls' accessible names in headless Chromium on the built page (dist/).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { playgroundPages, unfoldSettings } from './support/lessons.js';

const TIMEOUT = { timeout: 90_000 };
const pages = playgroundPages();
/** Opens the playground at `query` and waits for its Play button (see support/lessons.js). */
const open = pages.open;

/** Every setting as the controls show it. */
async function controls(page) {
  const value = (label) => page.getByLabel(label, { exact: true }).inputValue();
  const slider = (label) => page.getByLabel(label).inputValue();
  const pressed = async (name) => (await page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed')) === 'true';
  const features = await page.getByRole('button', { name: /^Use feature/, pressed: true }).count();
  return {
    data: await page.locator('button.dataset[aria-pressed="true"]').getAttribute('data-kind'),
    noise: await slider(/^Noise/), ratio: await slider(/^Training data/), points: await slider(/^Points/),
    features, neurons: await page.getByRole('button', { name: /^Show neuron/ }).count(),
    activation: await value('Activation'), output: await value('Output and loss'), optimizer: await value('Optimizer'),
    lr: await value('Learning rate'), batch: await slider(/^Batch size/), reg: await value('Regularization'),
    regRate: await value('Regularization rate'), init: await value('Initial weights'), seed: await value('Seed'),
    speed: await slider(/^Speed/), showTest: await pressed('Show test data'), discrete: await pressed('Discretize output'),
  };
}

test('a reloaded URL restores every setting', TIMEOUT, async (t) => {
  const { page, errors } = await open(t);
  const defaults = await controls(page);
  await unfoldSettings(page);
  await page.getByRole('button', { name: 'Spiral', exact: true }).click();
  await page.getByLabel(/^Noise/).fill('0.2');
  await page.getByLabel(/^Training data/).fill('0.7');
  await page.getByLabel(/^Points/).fill('300');
  await page.getByRole('button', { name: 'Use feature sin(x₁)' }).click();
  await page.getByRole('button', { name: '+ layer' }).click();
  await page.getByRole('button', { name: 'Add a neuron to layer 2' }).click();
  await page.getByLabel('Activation', { exact: true }).selectOption('relu');
  await page.getByLabel('Output and loss', { exact: true }).selectOption('tanh');
  await page.getByLabel('Optimizer', { exact: true }).selectOption('adam');
  await page.getByLabel('Learning rate', { exact: true }).selectOption('0.1');
  await page.getByLabel(/^Batch size/).fill('20');
  await page.getByLabel('Regularization', { exact: true }).selectOption('l2');
  await page.getByLabel('Regularization rate', { exact: true }).selectOption('0.01');
  await page.getByLabel('Initial weights', { exact: true }).selectOption('he');
  await page.getByLabel('Seed', { exact: true }).fill('42');
  await page.getByLabel('Seed', { exact: true }).press('Enter');
  await page.getByLabel(/^Speed/).fill('5');
  await page.getByRole('button', { name: 'Show test data' }).click();
  await page.getByRole('button', { name: 'Discretize output' }).click();
  const chosen = await controls(page);
  assert.deepEqual(chosen, {
    data: 'spiral', noise: '0.2', ratio: '0.7', points: '300', features: 3, neurons: 9,
    activation: 'relu', output: 'tanh', optimizer: 'adam', lr: '0.1', batch: '20', reg: 'l2', regRate: '0.01',
    init: 'he', seed: '42', speed: '5', showTest: true, discrete: true,
  });
  await page.reload();
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  assert.deepEqual(await controls(page), chosen);

  await page.goto(pages.url());
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  assert.deepEqual(await controls(page), defaults, 'a plain URL gives the defaults');
  assert.deepEqual(errors, []);
});

test('a malformed URL shows the notice, as text, and the defaults', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lr=abc&layers=9,9,9&colour=red&data=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  const notice = page.getByRole('alert').filter({ hasText: 'Some values in the link could not be used' });
  assert.ok(await notice.isVisible());
  const text = await notice.textContent();
  for (const part of ['lr = "abc"', 'layers = "9,9,9"', '"colour" is not a setting', 'data = "<img src=x onerror=alert(1)>"']) {
    assert.ok(text.includes(part), `${part} in ${text}`);
  }
  assert.equal(await page.locator('#notices img').count(), 0, 'URL text is never HTML');
  const c = await controls(page);
  assert.deepEqual([c.lr, c.neurons, c.data], ['0.03', 6, 'circle']);
  assert.doesNotMatch(page.url(), /abc|colour|img/, 'the URL is rewritten with the values in use');
  await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
  assert.equal(await notice.count(), 0);
  assert.deepEqual(errors, []);
});

test('a learning rate of 10 on regression diverges with a notice, and Reset recovers', TIMEOUT, async (t) => {
  const { page, errors } = await open(t);
  await page.getByRole('button', { name: 'Plane (regression)' }).click();
  assert.ok(await page.getByText('The output is now Identity + squared error').isVisible());
  await unfoldSettings(page);
  await page.getByLabel('Learning rate', { exact: true }).selectOption('10');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const diverged = page.getByRole('alert').filter({ hasText: 'Training diverged' });
  await diverged.waitFor();
  assert.match(await diverged.textContent(), /Lower the learning rate/);
  const play = page.getByRole('button', { name: 'Play', exact: true });
  await page.waitForFunction(() => document.getElementById('play').disabled);
  assert.ok(await play.isDisabled(), 'training stopped; only Reset helps');
  await page.getByLabel('Learning rate', { exact: true }).selectOption('0.01');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await diverged.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Step one epoch' }).click();
  await page.waitForFunction(() => document.getElementById('epoch').textContent === '1');
  assert.equal(await diverged.count(), 0);
  assert.deepEqual(errors, []);
});

test('switching the language changes the text, and the URL keeps it', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lang=en');
  await page.getByLabel('Language').selectOption('ja');
  await page.getByRole('button', { name: '再生', exact: true }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'ja');
  assert.ok(await page.getByRole('button', { name: '1エポック進める' }).isVisible());
  assert.equal(await page.getByLabel('活性化関数', { exact: true }).inputValue(), 'tanh');
  assert.ok(await page.getByRole('option', { name: 'シグモイド関数 + 交差エントロピー誤差' }).count());
  assert.match(page.url(), /lang=ja/);
  await page.reload();
  await page.getByRole('button', { name: '再生', exact: true }).waitFor();
  await page.getByLabel('言語').selectOption('en');
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  assert.deepEqual(errors, []);
});
