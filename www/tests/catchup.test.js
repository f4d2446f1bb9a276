// No link or speed can hold the page: in headless Chromium on the built page (dist/), the
// issue's links to lessons 6 and 8 (millions of steps) paint the lesson with its progress bar and
// controls before any training frame, catch up a frame's steps at a time, Cancel stops at the
// epoch reached and the lesson goes on from there; the playground at speed 50 on 10,000 points
// at batch 1 trains a frame's steps per frame and pauses. The page's animation frames are held
// and run one by one by the test, so nothing depends on the machine's speed.
// Run: node --test www/tests/

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openPage } from './support/index.js';

const TIMEOUT = { timeout: 120_000 };
/** The network: 9,000 training points at batch 1 through six hidden layers of 8. */
const BIG = 'points=10000&ratio=0.9&batch=1&layers=8,8,8,8,8,8';
let server;

before(async () => {
  server = await startServer();
});
after(() => server.close());

/**
 * Opens `query` with the page's animation frames held: `requestAnimationFrame` only queues its
 * callback, and `frames(page, n)` runs the queue n times.
 */
async function openHeld(t, query) {
  const opened = await openPage(`${server.url}?lang=en`);
  t.after(opened.close);
  await opened.page.addInitScript(() => {
    const queued = [];
    window.requestAnimationFrame = (callback) => queued.push(callback);
    window.runFrames = (n) => {
      for (let i = 0; i < n; i += 1) for (const callback of queued.splice(0)) callback(performance.now());
    };
  });
  await opened.page.goto(`${server.url}${query}`);
  await opened.page.waitForFunction(() => window.wasmBindings !== undefined);
  return opened;
}

const frames = (page, n = 1) => page.evaluate((k) => window.runFrames(k), n);

/** Runs frames one at a time until `done()` (evaluated in the page) is true; at most `most`. */
async function framesUntil(page, done, most = 200) {
  for (let i = 0; i < most; i += 1) {
    if (await page.evaluate(done)) return;
    await frames(page);
  }
  throw new Error(`not done after ${most} frames: ${done}`);
}

const bar = (page) => page.getByRole('progressbar', { name: 'Training progress' });
/** The bar's value: the steps done (its maximum is the steps in all). */
const done = async (page) => Number(await bar(page).getAttribute('aria-valuenow'));

test('lesson 6 on the issue\'s link: the bar and controls before any frame; Cancel; then on from there', TIMEOUT, async (t) => {
  const { page, errors } = await openHeld(t, `?lesson=backprop&${BIG}&epoch=2000&lang=en`);
  await page.getByRole('heading', { name: 'Numerical gradient versus backpropagation', exact: true }).waitFor();
  assert.match(await page.locator('#url-notice').textContent(),
    /epoch = 2000 would take 18000000 training steps \(9000 per epoch\); .* at most 2000 epochs and 500000 steps, so it trains to epoch 55\./);
  // Built at epoch 0, one frame's steps trained at once: the bar and the controls show, far from done.
  assert.ok(await bar(page).isVisible());
  const first = await done(page);
  const total = Number(await bar(page).getAttribute('aria-valuemax'));
  assert.equal(total, 55 * 9000);
  assert.ok(first > 0 && first < total / 10, `${first} of ${total} steps`);
  for (const name of ['Cancel', 'Train one epoch', 'Back to epoch 0']) {
    assert.ok(await page.getByRole('button', { name, exact: true }).isVisible(), name);
  }
  assert.match(page.url(), /&epoch=55&lang=en$/);
  await frames(page, 3);
  assert.ok(await done(page) > first, 'each frame trains its steps');

  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  assert.ok(await bar(page).isHidden());
  const said = await page.locator('.catchup-said').textContent();
  const [, reached] = said.match(/^Cancelled at epoch (\d+) \(epoch 55 was asked\); the link now says epoch \1\.$/) ?? [];
  assert.ok(Number(reached) < 55, said);
  assert.match(page.url(), new RegExp(`&epoch=${reached}&lang=en$`));
  assert.match(await page.locator('#backprop-network').textContent(), new RegExp(`at epoch ${reached};`));
  assert.match(await page.locator('.backprop-verdict').textContent(), /^They agree/);

  // Still usable: one more epoch, trained over the next frames.
  await page.getByRole('button', { name: 'Train one epoch', exact: true }).click();
  const next = Number(reached) + 1;
  await framesUntil(page, `document.getElementById('backprop-network').textContent.includes('at epoch ${next};')`);
  assert.match(page.url(), new RegExp(`&epoch=${next}&lang=en$`));
  assert.equal(await page.locator('.catchup-said').textContent(), '');
  assert.deepEqual(errors, []);
});

test('lesson 8 on the issue\'s link: the bar before any frame; Cancel leaves all three at one epoch', TIMEOUT, async (t) => {
  const { page, errors } = await openHeld(t, `?lesson=minibatch&${BIG}&epoch=2000&lang=en`);
  await page.getByRole('heading', { name: 'Mini-batches and SGD', exact: true }).waitFor();
  assert.match(await page.locator('#url-notice').textContent(), /\(9901 per epoch\); .* so it trains to epoch 50\./);
  assert.ok(await bar(page).isVisible());
  for (const name of ['Cancel', 'One epoch', 'Play', 'Back to epoch 0']) {
    assert.ok(await page.getByRole('button', { name, exact: true }).isVisible(), name);
  }
  await frames(page, 4);
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  assert.ok(await bar(page).isHidden());
  const said = await page.locator('.catchup-said').textContent();
  const [, reached] = said.match(/^Cancelled at epoch (\d+) \(epoch 50 was asked\)/) ?? [];
  assert.ok(reached !== undefined && Number(reached) < 50, said);
  const epochs = () => page.locator('.minibatch-table td[data-name="epoch"]').allTextContents();
  assert.deepEqual(await epochs(), [reached, reached, reached]);
  assert.match(page.url(), new RegExp(`&epoch=${reached}&lang=en$`));

  await page.getByRole('button', { name: 'One epoch', exact: true }).click();
  const next = String(Number(reached) + 1);
  await framesUntil(page, `[...document.querySelectorAll('.minibatch-table td[data-name="epoch"]')].every((c) => c.textContent === '${next}')`);
  assert.match(page.url(), new RegExp(`&epoch=${next}&lang=en$`));
  assert.deepEqual(errors, []);
});

test('the playground at speed 50 on 10,000 points at batch 1 trains a frame\'s steps per frame and pauses', TIMEOUT, async (t) => {
  const { page, errors } = await openHeld(t, `?${BIG}&speed=50&lang=en`);
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  const epoch = async () => Number(await page.locator('#epoch').textContent());
  await frames(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const seen = [await epoch()];
  for (let i = 0; i < 12; i += 1) {
    await frames(page);
    seen.push(await epoch());
  }
  // An epoch is 9,000 steps: a frame's budget trains at most one, not the 50 asked.
  assert.ok(seen.at(-1) > seen[0], `it trains: ${seen}`);
  for (let i = 1; i < seen.length; i += 1) assert.ok(seen[i] - seen[i - 1] <= 1, `at most a frame's steps per frame: ${seen}`);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await frames(page, 2);
  const paused = await epoch();
  await frames(page, 3);
  assert.equal(await epoch(), paused);
  assert.ok(await page.getByRole('button', { name: 'Play', exact: true }).isVisible());
  assert.deepEqual(errors, []);
});
