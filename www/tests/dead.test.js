// Training that goes wrong and what the page says about it: a diverged run goes on after a lower
// learning rate (no Reset), and ReLU at a learning rate of 10 on the circle kills a layer, which
// the "dying ReLU" notice names and the network marks (axe-core finds no violation then), until
// Reset with a sane rate.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { playgroundPages, unfoldSettings } from './support/lessons.js';

const TIMEOUT = { timeout: 90_000 };
const pages = playgroundPages();

/** The epoch the page shows. */
const epoch = async (page) => Number(await page.locator('#epoch').textContent());

/** Presses "Step one epoch" and waits until the epoch shown is one more. */
async function stepEpoch(page) {
  const next = (await epoch(page)) + 1;
  await page.getByRole('button', { name: 'Step one epoch' }).click();
  await page.waitForFunction((n) => document.getElementById('epoch').textContent === String(n), next);
}

test('a diverged run goes on from its last good epoch after a lower learning rate, without Reset', TIMEOUT, async (t) => {
  const { page, errors } = await pages.open(t, '?data=plane&output=identity&lr=10&lang=en');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const diverged = page.getByRole('alert').filter({ hasText: 'Training diverged' });
  await diverged.waitFor();
  assert.match(await diverged.textContent(), /Lower the learning rate and training goes on from there, no Reset needed/);
  await page.waitForFunction(() => document.getElementById('play').disabled);
  const stopped = await epoch(page);
  await unfoldSettings(page);
  await page.getByLabel('Learning rate', { exact: true }).selectOption('0.01');
  await diverged.waitFor({ state: 'detached' });
  assert.ok(await page.getByRole('button', { name: 'Play', exact: true }).isEnabled());
  await stepEpoch(page);
  assert.equal(await epoch(page), stopped + 1, 'training went on from the epoch it stopped at');
  assert.deepEqual(errors, []);
});

test('ReLU at rate 10 on the circle: a dying ReLU notice and dead neurons marked, gone after Reset at 0.03', TIMEOUT, async (t) => {
  const { page, errors } = await pages.open(t, '?data=circle&activation=relu&lr=10&seed=3&dataseed=3&lang=en');
  const notice = page.getByRole('alert').filter({ hasText: 'Dead neurons (dying ReLU)' });
  const dead = page.getByRole('button', { name: /^Show neuron \d of layer \d in the plot \(dead: 0 for every training point\)$/ });
  assert.equal(await dead.count(), 0, 'nothing is dead before training');
  await stepEpoch(page);
  await notice.waitFor();
  const text = await notice.textContent();
  for (const part of ['Every neuron of hidden layer 2 outputs 0 for every training point', '"dying ReLU"',
    'a lower learning rate', 'Leaky ReLU', 'He initial weights']) assert.ok(text.includes(part), `${part}: ${text}`);
  assert.equal(await dead.count(), 2, 'both neurons of layer 2 are marked');
  assert.equal(await page.locator('#diagram .neuron.dead').count(), 2);
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);

  await page.getByLabel('Language').selectOption('ja');
  await page.getByRole('alert').filter({ hasText: '死んだニューロン (dying ReLU)' }).waitFor();
  assert.equal(await page.getByRole('button', { name: /\(死んだニューロン：どの訓練データでも 0\)$/ }).count(), 2);
  await page.getByLabel('言語').selectOption('en');

  await unfoldSettings(page);
  await page.getByLabel('Learning rate', { exact: true }).selectOption('0.03');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await notice.waitFor({ state: 'detached' });
  for (let i = 0; i < 3; i += 1) await stepEpoch(page);
  assert.equal(await notice.count(), 0);
  assert.equal(await dead.count(), 0);
  assert.deepEqual(errors, []);
});
