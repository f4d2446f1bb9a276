// A link is the run, the Share dialog and its pictures, in headless Chromium on the built page
// (dist/): a run changed by hand reopens from its copied link with the same weights, epoch and
// next losses; a link too long says so; the dialog has the QR code and the embed snippet; the
// pictures download as PNGs of the size stated. Run: node --test www/tests/share.test.js

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { playgroundPages, unfoldSettings } from './support/lessons.js';
import { click, nextLosses, setFirstWeight, shown, stepEpochs, text, weights } from './support/run.js';

const TIMEOUT = { timeout: 180_000 };
const { open } = playgroundPages();

/** Opens the Share dialog from the keyboard. */
async function openShare(page) {
  await page.getByRole('button', { name: 'Share', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Share this run' }).waitFor();
}

test('a run changed by hand reopens from its copied link with the same weights, epoch and next losses', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?seed=7&lang=en');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await stepEpochs(page, 20);
  await unfoldSettings(page);
  await page.getByLabel('Learning rate', { exact: true }).selectOption('0.1');
  await setFirstWeight(page, 2.5);
  await page.locator('#points').click({ position: { x: 40, y: 50 } });
  await stepEpochs(page, 3);
  await setFirstWeight(page, -1.75);
  await click(page, 'Step one mini-batch');
  await click(page, 'Step one mini-batch');
  await openShare(page);
  await click(page, 'Copy link');
  await page.getByText('Copied.', { exact: true }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, await page.getByLabel(/^Link to this run/).inputValue());
  assert.match(link, /&epoch=23&step=2&form=2&log=/, 'the added point kept the network and its epoch');
  assert.ok(!link.includes('user='), `the added point is in the log, not a list of every point: ${link}`);
  await page.keyboard.press('Escape');
  const before = await shown(page);
  const beforeWeights = await weights(page, 3);

  const copy = await open(t, link.slice(link.indexOf('?')));
  await copy.page.waitForFunction(() => document.getElementById('epoch').textContent === '23');
  await copy.page.waitForFunction(() => document.querySelector('#replay .catchup').hidden);
  assert.deepEqual(await shown(copy.page), before);
  await unfoldSettings(copy.page);
  assert.equal(await copy.page.getByLabel('Learning rate', { exact: true }).inputValue(), '0.1', 'the controls show the replayed settings');
  assert.deepEqual(await weights(copy.page, 3), beforeWeights);
  assert.deepEqual(await nextLosses(copy.page, 10), await nextLosses(page, 10));
  assert.equal(await copy.page.locator('#url-notice').count(), 0, 'no notice about the link');
  assert.deepEqual([...errors, ...copy.errors], []);
});

test('a long replay shows its progress and stops at Cancel', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?data=spiral&points=2000&batch=1&epoch=400&lang=en');
  await page.getByRole('progressbar', { name: 'Training progress' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Step one epoch', exact: true }).isDisabled(), true, 'no training by hand during the replay');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByText(/^Cancelled at epoch \d+ \(epoch 400 was asked\)/).waitFor();
  const epoch = Number(await text(page, '#epoch'));
  assert.ok(epoch < 400, `stopped before the end: ${epoch}`);
  assert.deepEqual(errors, []);
});

test('a bad log entry is named in a notice and the rest of the link is replayed', TIMEOUT, async (t) => {
  const { page } = await open(t, '?seed=3&epoch=2&log=0:lr:0.3,0:w:0:0:0:zz&lang=en');
  await page.locator('#url-notice').getByText(/^Log entry 2 "0:w:0:0:0:zz" is not step:change/).waitFor();
  await page.waitForFunction(() => document.getElementById('epoch').textContent === '2');
});

test('a link longer than the limit says so and offers the model file instead of a QR code', TIMEOUT, async (t) => {
  const points = Array.from({ length: 200 }, (_, i) => `${(i % 20) / 4 - 2.5}:${Math.floor(i / 20) / 4 - 1.25}:${i % 2}`);
  const { page } = await open(t, `?data=xor&lang=en&user=${points.join(',')}`);
  await openShare(page);
  const notice = page.locator('#share-too-long');
  await notice.getByText(/^This link is [\d,]+ characters long, more than the 2,000 that fit a QR code/).waitFor();
  assert.match(await notice.textContent(), /export the model file/);
  assert.equal(await page.locator('#share-qr').isHidden(), true);
});

test('the dialog has the QR code of the link and the iframe snippet, and Escape closes it', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?seed=5&lang=en');
  await click(page, 'Step one epoch');
  await openShare(page);
  const qr = page.getByRole('img', { name: 'QR code of the link' });
  assert.ok(await qr.evaluate((img) => img.complete && img.naturalWidth > 50), 'the QR code is an image');
  assert.match(await qr.getAttribute('src'), /^data:image\/gif;base64,/);
  const snippet = await page.getByLabel('Embed in a slide (960 × 540)').inputValue();
  const link = await page.getByLabel(/^Link to this run/).inputValue();
  assert.match(snippet, /^<iframe src="[^"]+" title="Asaku: a neural network learning in the browser" width="960" height="540"/);
  assert.equal(snippet.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'), `${link}&embed=1`);
  const { violations } = await new AxeBuilder({ page }).include('#share-dialog').analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], 'axe-core finds nothing in the dialog');
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('dialog').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'share', 'focus goes back to the Share button');
  assert.deepEqual(errors, []);
});

/** The width and height in a PNG's IHDR, after checking its signature. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'the PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('each picture downloads as a PNG of the stated size, its canvas size times the scale', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?seed=5&lang=en');
  await click(page, 'Step one epoch');
  await openShare(page);
  for (const scale of [1, 3]) {
    await page.getByLabel('Scale').selectOption(String(scale));
    for (const [name, label] of [['plot', 'Plot'], ['network', 'Network'], ['loss', 'Loss chart']]) {
      // The elements' sizes now (the plot is sized to the room the layout leaves it, which may
      // settle after the page opens), read where the picture is made.
      const css = await page.evaluate(() => ({
        plot: document.getElementById('plot').clientWidth,
        network: document.getElementById('diagram').scrollWidth,
        loss: document.getElementById('loss').clientWidth,
      }));
      const button = page.getByRole('button', { name: new RegExp(`^${label}, \\d+ × \\d+ px$`) });
      const [, width, height] = (await button.textContent()).match(/(\d+) × (\d+)/).map(Number);
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      assert.equal(download.suggestedFilename(), `asaku-${name}.png`);
      const size = pngSize(await readFile(await download.path()));
      assert.deepEqual(size, { width, height }, `${name} at ${scale}×: the size stated`);
      assert.equal(size.width, Math.round(css[name] * scale), `${name} at ${scale}×: its canvas width times the scale`);
    }
  }
  assert.deepEqual(errors, []);
});
