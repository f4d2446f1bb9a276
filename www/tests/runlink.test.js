// The address bar is the run, in headless Chromium on the built page (dist/): after training,
// editing a weight and adding a point, the Share link opened in a new page and the page reloaded
// from its address bar both reopen the same epoch, weights, points and next losses; a setting
// changed mid-run shows in the address and after a reload; a link of the first form still opens
// the run it always opened. Run: node --test www/tests/runlink.test.js

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { playgroundPages, unfoldSettings } from './support/lessons.js';
import { click, nextLosses, setFirstWeight, shown, stepEpochs, text, weights } from './support/run.js';

const TIMEOUT = { timeout: 240_000 };
const { open } = playgroundPages();

/** Waits until `page` shows epoch `epoch` and has no replay going on. */
async function settled(page, epoch) {
  await page.waitForFunction((e) => document.getElementById('epoch').textContent === String(e), epoch);
  await page.waitForFunction(() => document.querySelector('#replay .catchup')?.hidden ?? true);
}

/** The data points as drawn on the plot's overlay (pixels), and the page's sentence about them. */
const points = (page) => page.evaluate(() => {
  const overlay = document.getElementById('points');
  const pixels = overlay.getContext('2d').getImageData(0, 0, overlay.width, overlay.height).data;
  return { pixels: Array.from(pixels).join(','), says: document.querySelector('[data-t="hint.ownPoints"]')?.textContent };
});

/** The Share dialog's link. */
async function shareLink(page) {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByLabel(/^Link to this run/).inputValue();
  await page.keyboard.press('Escape');
  return link;
}

test('after 20 epochs, a weight set to 2.5 and an added point, the link and a reload reopen the same run', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?seed=7&lang=en');
  await stepEpochs(page, 20);
  await setFirstWeight(page, 2.5);
  await page.locator('#points').click({ position: { x: 40, y: 50 } });
  assert.equal(await text(page, '#epoch'), '20', 'the point kept the network and its epoch');
  const address = page.url();
  assert.match(address, /[?&]epoch=20&form=2&log=\d+:w:0:0:0:2\.5,\d+:p:/, address);
  const link = await shareLink(page);
  assert.equal(link, address, 'the address bar holds the Share link');
  const before = await shown(page);
  const beforeWeights = await weights(page, 3);
  const beforePoints = await points(page);
  assert.equal(beforeWeights[0], '2.5');
  assert.match(beforePoints.says, /^Your own 501 points/);

  const copy = await open(t, link.slice(link.indexOf('?')));
  await settled(copy.page, 20);
  const again = await open(t, address.slice(address.indexOf('?')));
  await again.page.reload();
  await settled(again.page, 20);
  for (const reopened of [copy.page, again.page]) {
    assert.deepEqual(await shown(reopened), before, 'the same epoch, losses, boundary and points');
    assert.deepEqual(await weights(reopened, 3), beforeWeights);
    assert.deepEqual(await points(reopened), beforePoints, 'the same points, the added one with them');
    assert.equal(reopened.url(), address, 'and the same address');
  }
  const losses = await nextLosses(page, 10);
  assert.deepEqual(await nextLosses(copy.page, 10), losses);
  assert.deepEqual(await nextLosses(again.page, 10), losses);

  await page.reload();
  await settled(page, 30);
  assert.equal(await text(page, '#train-loss'), losses[9], 'F5 on the first page reopens it at epoch 30');
  assert.deepEqual([...errors, ...copy.errors, ...again.errors], []);
});

test('a setting changed mid-run shows in the address, and a reload shows it too', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?seed=3&lang=en');
  await stepEpochs(page, 2);
  await unfoldSettings(page);
  await page.getByLabel('Activation', { exact: true }).selectOption('relu');
  assert.match(page.url(), /[?&]activation=relu&/);
  assert.match(page.url(), /&epoch=2&form=2&log=\d+:activation:tanh:relu$/);
  const before = await shown(page);
  await page.reload();
  await settled(page, 2);
  await unfoldSettings(page);
  assert.equal(await page.getByLabel('Activation', { exact: true }).inputValue(), 'relu');
  assert.deepEqual(await shown(page), before);
  assert.deepEqual(errors, []);
});

test('a setting changed before any training is part of the run\'s start: no log', TIMEOUT, async (t) => {
  const { page } = await open(t, '?seed=3&lang=en');
  await unfoldSettings(page);
  await page.getByLabel('Activation', { exact: true }).selectOption('relu');
  await page.locator('#points').click({ position: { x: 40, y: 50 } });
  assert.match(page.url(), /[?&]activation=relu&/);
  assert.match(page.url(), /[?&]user=[^&]+$/, 'the point is one of the run\'s own points');
  await click(page, 'Step one mini-batch');
  assert.match(page.url(), /&epoch=0&step=1$/);
});

test('a link of the first form still opens the run it opened, then reads in the current form', TIMEOUT, async (t) => {
  const old = '?data=xor&points=200&seed=11&lang=en&epoch=2&step=3'
    + '&log=0:lr:0.3,40:w:1:1:0:2.5,60:activation:relu,100:p:1.5:-2:1,115:b:0:1:-0.75';
  const { page, errors } = await open(t, old);
  await settled(page, 2);
  assert.match(await text(page, '#batch-step'), /^3 \//);
  assert.equal(await page.locator('#url-notice').count(), 0, 'no notice about the link');
  const address = page.url();
  assert.match(address, /[?&]activation=relu&/);
  assert.match(address, /[?&]lr=0\.3&/);
  assert.match(address, /,1\.5:-2:1&epoch=2&step=3&form=2&log=\d+:b:0:1:-0\.75$/, 'the point began the run again, as it did');
  const before = await shown(page);
  await page.reload();
  await settled(page, 2);
  assert.deepEqual(await shown(page), before);
  assert.deepEqual(errors, []);
});
