// The digits tab in headless Chromium on the built page (dist/): it fetches digits.bin.gz only
// when it opens (the playground and the other lessons never do), trains with its own controls
// past 90 % test accuracy, reads a mouse-drawn vertical stroke as 1, shows a confusion matrix
// of all 1,996 test images, recovers from a failed load with Retry, refuses a bad setting with a
// sentence, and passes axe-core. Run: node --test www/tests/digits.test.js

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { DIST, openPage } from './support/index.js';
import { lessonPages } from './support/lessons.js';

const TIMEOUT = { timeout: 180_000 };
const pages = lessonPages();
/** Whether a response is the digits asset's. */
const isAsset = (response) => new URL(response.url()).pathname.endsWith('/digits.bin.gz');

/** Opens `query` and waits until the digits are loaded (the panels show). */
async function openLoaded(t, query = '?lesson=digits&lang=en') {
  const opened = await openPage(pages.url(query));
  t.after(opened.close);
  await opened.page.locator('.digits-panels').waitFor();
  return opened;
}

/** The number shown in the stat `name` (percentages as fractions of 100). */
const stat = async (page, name) => Number.parseFloat(await page.locator(`.digits-stats dd[data-name="${name}"]`).textContent());

/** Draws one vertical stroke (a "1") with the mouse; returns the digit the network reads. */
async function drawStroke(page) {
  const pad = await page.locator('.digits-pad').boundingBox();
  const x = pad.x + pad.width / 2;
  await page.mouse.move(x, pad.y + pad.height * 0.15);
  await page.mouse.down();
  await page.mouse.move(x + 2, pad.y + pad.height * 0.85, { steps: 20 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('.digits-draw .digits-bars').dataset.picked !== undefined);
  return page.locator('.digits-draw .digits-bars').getAttribute('data-picked');
}

/** Plays until the test accuracy shown passes 90 %, then pauses. */
async function trainPast90(page) {
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForFunction(() => Number.parseFloat(document.querySelector('.digits-stats dd[data-name="test"]').textContent) > 90, null, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
}

test('the playground and another lesson never fetch the digits; the digits tab does, once', TIMEOUT, async (t) => {
  for (const query of ['?lang=en', '?lesson=minibatch&lang=en']) {
    const { page, responses, errors, close } = await openPage(pages.url(query));
    await page.locator('#loading').waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    assert.deepEqual(responses.filter(isAsset).map((r) => r.url()), [], query);
    assert.deepEqual(errors, []);
    await close();
  }
  const { page, responses, errors } = await openLoaded(t);
  assert.equal(responses.filter(isAsset).length, 1);
  assert.equal(await page.locator('.tabs a[aria-current="page"]').textContent(), '9. Handwritten digits');
  assert.equal(await stat(page, 'epoch'), 0);
  assert.match(page.url(), /\?lesson=digits&hidden=50&activation=sigmoid&optimizer=sgd&lr=0\.1&batch=100&seed=0&lang=en$/);
  const start = await stat(page, 'test');
  assert.ok(start > 5 && start < 20, `an untrained network is about chance: ${start} %`);
  assert.deepEqual(errors, []);
});

test('trained with its controls past 90 %, a drawn vertical stroke reads 1; the mistakes add up to 1,996', TIMEOUT, async (t) => {
  const { page, errors } = await openLoaded(t);
  await page.getByRole('button', { name: 'One step', exact: true }).click();
  assert.equal(await stat(page, 'updates'), 1);
  await page.getByRole('button', { name: 'One epoch', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.digits-stats dd[data-name="epoch"]').textContent.startsWith('1 (0 / 80)'));
  await trainPast90(page);
  assert.ok(await stat(page, 'speed') > 0 && await stat(page, 'images') > 0);

  await page.locator('.digits-pad').scrollIntoViewIfNeeded();
  assert.equal(await drawStroke(page), '1');
  assert.equal(await page.locator('.digits-picked').textContent(), 'The network reads 1.');
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  assert.equal(await page.locator('.digits-picked').textContent(), 'Nothing drawn yet.');

  const counts = (await page.locator('.digits-confusion td').allTextContents()).map(Number);
  assert.equal(counts.length, 100);
  assert.equal(counts.reduce((a, b) => a + b, 0), 1996);
  const diagonal = counts.filter((_, i) => i % 11 === 0).reduce((a, b) => a + b, 0);
  const wrong = 1996 - diagonal;
  assert.match(await page.locator('.digits-count').textContent(), new RegExp(`^${wrong} of 1996 test images`));
  assert.ok(wrong / 1996 < 0.1, `the matrix agrees with the accuracy: ${wrong} wrong`);
  const first = page.locator('.digits-thumb-button').first();
  const label = await first.getAttribute('aria-label');
  const [, index, truth, picked] = label.match(/^Test image (\d+): a (\d) read as (\d)$/);
  assert.notEqual(truth, picked);
  await first.click();
  assert.equal(await page.locator('.digits-chosen-text').textContent(), `Test image ${index}, a ${truth}, read as ${picked}:`);
  assert.equal(await page.locator('.digits-chosen .digits-bars').getAttribute('data-picked'), picked);

  await page.getByRole('button', { name: 'Classify the test set both ways' }).click();
  const row = (name) => page.locator(`.digits-inference tr[data-name="${name}"] td`).allTextContents();
  assert.deepEqual(await row('shapes'), ['1×784 · 784×50 · 50×10', '100×784 · 784×50 · 50×10']);
  assert.deepEqual(await row('passes'), ['1996', '20']);
  const right = await row('right');
  assert.equal(right[0], right[1], 'both ways classify alike');
  assert.equal(right[0], `${diagonal} / 1996`);
  assert.deepEqual(errors, []);
});

test('a link\'s epoch trains the network as the tab opens (a slide of the drawing alone); at rest the URL says the epochs', TIMEOUT, async (t) => {
  const { page, errors } = await openLoaded(t, '?lesson=digits&section=draw&activation=relu&epoch=4&embed=1&lang=en');
  // The URL keeps the link as opened until the network has trained to epoch 4 and stopped.
  await page.waitForFunction(() => location.search.startsWith('?lesson=digits&hidden='), null, { timeout: 120_000 });
  assert.match(page.url(), /\?lesson=digits&hidden=50&activation=relu&optimizer=sgd&lr=0\.1&batch=100&seed=0&epoch=4&section=draw&lang=en&embed=1$/);
  // The slide says which network reads the drawing.
  assert.match(await page.locator('.digits-draw-network').textContent(), /^The network has trained 4 epochs \(320 updates\) and reads \d+\.\d % of the test images right\.$/);
  assert.equal(await drawStroke(page), '1');
  assert.deepEqual(errors, []);

  const far = await openLoaded(t, '?lesson=digits&epoch=100000&lang=en');
  const notice = await far.page.getByRole('alert').first().textContent();
  assert.match(notice, /epoch = 100000 would take 8000000 training steps \(80 per epoch\); .* at most 250 epochs and 20000 steps, so it trains to epoch 250\./);
  await far.page.waitForFunction(() => document.querySelector('.digits-stats dd[data-name="epoch"]').textContent.startsWith('1 '));
  assert.deepEqual(far.errors, []);
});

test('a failed load says why with a Retry that recovers: offline, missing, truncated, corrupt', TIMEOUT, async (t) => {
  const real = readFileSync(join(DIST, 'digits.bin.gz'));
  const cases = [
    ['abort', 'The file digits.bin.gz could not be fetched: the network or the server did not answer.'],
    ['404', 'The server answered 404 for digits.bin.gz: the file is missing from this copy of the page (build it with trunk).'],
    ['truncated', 'The file digits.bin.gz is damaged: it is not complete gzip data.'],
    ['corrupt', 'The file digits.bin.gz is damaged: it does not start with "ASKD", so it is not a digits file.'],
  ];
  for (const [kind, says] of cases) {
    // Routed before the tab opens (from another view), so its first request is the one routed.
    const { page, close } = await openPage(pages.url('?lesson=perceptron&lang=en'));
    t.after(close);
    await page.route('**/digits.bin.gz', (route) => {
      if (kind === 'abort') return route.abort('internetdisconnected');
      if (kind === '404') return route.fulfill({ status: 404, body: 'not found' });
      const body = kind === 'truncated' ? real.subarray(0, real.length >> 1) : gzipSync(Buffer.from('NOPE, not digits at all'));
      return route.fulfill({ status: 200, body, contentType: 'application/octet-stream' });
    });
    await page.goto(pages.url('?lesson=digits&lang=en'));
    const alert = page.locator('.digits-failed');
    await alert.waitFor();
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.equal(await alert.locator('p').textContent(), says, kind);
    assert.equal(await page.locator('.digits-panels').isHidden(), true);
    assert.equal(await page.locator('.digits-load').getAttribute('aria-busy'), null, 'a failed load is no longer busy');
    await page.unroute('**/digits.bin.gz');
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.locator('.digits-panels').waitFor();
    assert.equal(await page.locator('.digits-failed').count(), 0);
    assert.equal(await stat(page, 'epoch'), 0);
    await close();
  }
});

test('a host that sends the asset with Content-Encoding: gzip (the browser hands over plain bytes) still loads', TIMEOUT, async (t) => {
  const plain = gunzipSync(readFileSync(join(DIST, 'digits.bin.gz')));
  const { page, close } = await openPage(pages.url('?lesson=perceptron&lang=en'));
  t.after(close);
  await page.route('**/digits.bin.gz', (route) => route.fulfill({ status: 200, body: plain, contentType: 'application/octet-stream' }));
  await page.goto(pages.url('?lesson=digits&lang=en'));
  await page.locator('.digits-panels').waitFor();
  assert.equal(await page.locator('.digits-failed').count(), 0);
  assert.equal(await stat(page, 'epoch'), 0);
});

test('a bad setting is refused with a sentence; a good one starts again and goes in the URL', TIMEOUT, async (t) => {
  const { page, errors } = await openLoaded(t, '?lesson=digits&hidden=0&lang=en');
  assert.match(await page.locator('#url-notice').textContent(), /hidden = "0"/);
  await page.getByRole('button', { name: 'One step', exact: true }).click();
  await page.locator('.digits-settings summary').click();
  const lr = page.getByLabel('Learning rate');
  await lr.fill('0');
  await lr.press('Enter');
  assert.match(await page.locator('.digits-settings .problem').textContent(), /learning rate/i);
  assert.equal(await lr.inputValue(), '0.1');
  assert.equal(await stat(page, 'updates'), 1, 'a refused change keeps the run');
  const hidden = page.getByLabel('Hidden widths');
  await hidden.fill('20');
  await hidden.press('Enter');
  assert.equal(await stat(page, 'updates'), 0);
  assert.match(page.url(), /hidden=20&/);
  const width = await page.locator('.digits-weights').evaluate((c) => [c.width, c.height]);
  assert.deepEqual(width, [10 * 30 - 2, 2 * 30 - 2], 'twenty 28×28 tiles, ten a row');
  assert.deepEqual(errors, []);
});

test('axe-core finds no violation on the digits tab, trained, in English and Japanese, embedded or not', TIMEOUT, async (t) => {
  const problems = [];
  for (const query of ['?lesson=digits&lang=en', '?lesson=digits&lang=ja&embed=1']) {
    const { page, errors } = await openLoaded(t, query);
    await page.locator('.digits-training button.primary').click();
    await page.waitForFunction(() => Number.parseInt(document.querySelector('.digits-stats dd[data-name="epoch"]').textContent, 10) >= 2);
    await page.locator('.digits-training button.primary').click();
    await page.locator('.digits-thumb-button').first().click();
    const { violations } = await new AxeBuilder({ page }).analyze();
    problems.push(...violations.map((v) => `${query}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`));
    assert.deepEqual(errors, [], query);
  }
  assert.deepEqual(problems, []);
});

/** Counts, in the page, each time the confusion matrix is built again (`window.matrixBuilt`). */
const countMatrices = (page) => page.evaluate(() => {
  window.matrixBuilt = [];
  const matrix = document.querySelector('.digits-matrix');
  const epoch = () => document.querySelector('.digits-stats dd[data-name="epoch"]').textContent;
  new MutationObserver(() => window.matrixBuilt.push(epoch())).observe(matrix, { childList: true });
});

test('playing, the mistakes are found again at each epoch\'s end, not within an epoch; pausing finds them at once', TIMEOUT, async (t) => {
  // One image per mini-batch and a wide layer: the first epoch (8,004 updates) lasts many seconds.
  const { page, errors } = await openLoaded(t, '?lesson=digits&lang=en&hidden=400&batch=1');
  await countMatrices(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForFunction(() => Number.parseInt(document.querySelector('.digits-stats dd[data-name="updates"]').textContent.replaceAll(',', ''), 10) > 0);
  await page.waitForTimeout(2500);
  const during = await page.evaluate(() => window.matrixBuilt.slice());
  const epoch = await stat(page, 'epoch');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  assert.equal(epoch, 0, 'still in the first epoch');
  assert.deepEqual(during, [], 'no mistakes found again within the epoch');
  assert.equal((await page.evaluate(() => window.matrixBuilt)).length, 1, 'pausing finds them');

  await page.goto(pages.url('?lesson=digits&lang=en'));
  await page.locator('.digits-panels').waitFor();
  await countMatrices(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForFunction(() => Number.parseInt(document.querySelector('.digits-stats dd[data-name="epoch"]').textContent, 10) >= 3);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const built = await page.evaluate(() => window.matrixBuilt.map((text) => Number.parseInt(text, 10)));
  const playing = built.slice(0, -1);
  assert.ok(playing.length >= 2, `found again as epochs ended: ${built}`);
  assert.deepEqual(playing, [...new Set(playing)], `once an epoch: ${built}`);
  assert.deepEqual(errors, []);
});
