// The mini-batch lesson in headless Chromium on the built page (dist/): it opens from its URL
// with the playground's network, → trains one epoch of all three runs, Play and Pause, back to
// epoch 0, a diverging run pauses the play, the panels sit side by side or stacked, and
// switching the language changes the text. Run: node --test www/tests/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/index.js';
import { lessonPages } from './support/lessons.js';

const TIMEOUT = { timeout: 90_000 };
const TITLE = 'Mini-batches and SGD';
const pages = lessonPages();
/** Opens `query` and waits for the lesson's heading (see support/lessons.js). */
const open = (t, query, heading = TITLE) => pages.open(t, query, heading);

/** The cell `name` of each panel's table, smallest batch first. */
const cells = (page, name) => page.locator(`.minibatch-table td[data-name="${name}"]`).allTextContents();

test('the lesson opens from its URL; → trains one epoch of all three from the same start', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=minibatch&lang=en');
  assert.equal(await page.locator('.tabs a[aria-current="page"]').textContent(), '8. Mini-batches');
  assert.ok(await page.locator('#lesson math').count() >= 2, 'formulas are MathML');
  assert.deepEqual(await page.locator('.minibatch-panel h3').allTextContents(),
    ['B = 1: one example per update', 'B = 10: ten examples per update', 'B = N = 250: the full batch']);
  // The playground's default: 250 training points.
  assert.deepEqual(await cells(page, 'updates'), ['250', '25', '1']);
  assert.deepEqual(await cells(page, 'epoch'), ['0', '0', '0']);
  const start = await cells(page, 'loss');
  assert.ok(start.every((l) => l === start[0] && Number(l) > 0), `the same weights, the same loss: ${start}`);
  assert.equal(await page.locator('.minibatch-chart').count(), 3);

  await page.locator('#lesson h2').click();
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await cells(page, 'epoch'), ['1', '1', '1']);
  const after = (await cells(page, 'loss')).map(Number);
  assert.ok(after.every((l) => l < Number(start[0])), `every run learned: ${after}`);
  assert.ok(after[0] < after[1] && after[1] < after[2], `250 small steps beat 25, beat 1: ${after}`);
  assert.match(page.url(), /lesson=minibatch&data=circle&.*&epoch=1&lang=en$/);
  const jitter = (await cells(page, 'jitter')).map(Number);
  assert.ok(jitter[0] > jitter[1], `B = 1 is noisier than B = 10: ${jitter}`);
  const back = page.getByRole('link', { name: 'Open this network in the playground' });
  assert.match(await back.getAttribute('href'), /^\?data=circle&.*seed=1/);
  assert.doesNotMatch(await back.getAttribute('href'), /lesson=|epoch=/);
  assert.deepEqual(errors, []);
});

test('Play trains a few epochs per frame until paused; the time per epoch is shown; back to epoch 0', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=minibatch&data=xor&points=200&epoch=10&lang=en');
  assert.deepEqual(await cells(page, 'epoch'), ['10', '10', '10']);
  assert.deepEqual(await cells(page, 'updates'), ['100', '10', '1']);
  const times = (await cells(page, 'time')).map(Number);
  assert.ok(times.every((ms) => Number.isFinite(ms) && ms > 0), `measured, positive: ${times}`);
  const start = await page.locator('.minibatch-table td[data-name="loss"]').first().textContent();

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForFunction(() => Number(document.querySelector('.minibatch-table td[data-name="epoch"]').textContent) >= 15);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const shown = (await cells(page, 'epoch'))[0];
  assert.ok(Number(shown) >= 15);
  assert.deepEqual(await cells(page, 'epoch'), [shown, shown, shown]);
  assert.match(page.url(), new RegExp(`&epoch=${shown}&lang=en$`));
  assert.match(await page.locator('#minibatch-progress').textContent(), new RegExp(`^Epoch ${shown} \\(at most 200\\)`));

  await page.getByRole('button', { name: 'Back to epoch 0', exact: true }).click();
  assert.deepEqual(await cells(page, 'epoch'), ['0', '0', '0']);
  assert.notEqual(await page.locator('.minibatch-table td[data-name="loss"]').first().textContent(), start);
  const zero = await cells(page, 'loss');
  assert.ok(zero.every((l) => l === zero[0]), String(zero));
  assert.match(page.url(), /&epoch=0&lang=en$/);
  assert.deepEqual(errors, []);
});

test('a diverging run is shown as such and pauses the play', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=minibatch&data=plane&activation=relu&output=identity&lr=100&lang=en');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  const diverged = page.locator('.minibatch-panel.diverged');
  assert.ok(await diverged.count() >= 1);
  assert.match(await diverged.first().locator('.minibatch-status').textContent(), /^Diverged after \d+ epochs/);
  assert.match(await page.locator('#minibatch-progress').textContent(), /A run diverged/);
  assert.deepEqual(errors, []);
});

test('switching language changes the text; the panels stack on a narrow screen', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=minibatch&lang=en');
  const boxes = () => page.locator('.minibatch-panel').evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().top));
  const wide = await boxes();
  assert.ok(wide.every((top) => top === wide[0]), `side by side: ${wide}`);
  await page.getByLabel('Language').selectOption('ja');
  await page.getByRole('heading', { name: 'ミニバッチ学習と SGD', exact: true }).waitFor();
  assert.ok(await page.getByRole('button', { name: '1エポック進む', exact: true }).isVisible());
  assert.equal(await page.locator('.minibatch-panel h3').last().textContent(), 'B = N = 250：全データ (バッチ学習)');
  await page.setViewportSize({ width: 400, height: 900 });
  await page.waitForFunction(() => {
    const [a, b] = document.querySelectorAll('.minibatch-panel');
    return b.getBoundingClientRect().top >= a.getBoundingClientRect().bottom;
  });
  assert.deepEqual(errors, []);
});

test('bad values fall back with a notice; embedded, the lesson shows alone', TIMEOUT, async (t) => {
  const bad = await openPage(`${pages.url()}?lesson=minibatch&epoch=abc&lr=-1&embed=1&lang=en`);
  t.after(bad.close);
  await bad.page.getByRole('heading', { name: TITLE }).waitFor();
  const alert = await bad.page.getByRole('alert').first().textContent();
  assert.match(alert, /epoch = "abc" is not a whole number/);
  assert.match(alert, /lr/);
  assert.match(bad.page.url(), /lr=0.03&.*&epoch=0&lang=en&embed=1$/);
  assert.equal(await bad.page.locator('.tabs').isHidden(), true);
  assert.deepEqual(await cells(bad.page, 'epoch'), ['0', '0', '0']);
});

test('batches drawn at random make ⌊N/B⌋ updates per epoch, and the formula says so', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=minibatch&points=45&ratio=0.5&sampling=replacement&lang=en');
  // 45 points, half for training: N = 22 (the rest are test points).
  const n = Number((await page.locator('.minibatch-panel h3').nth(2).textContent()).match(/N = (\d+)/)[1]);
  assert.deepEqual(await cells(page, 'updates'), [String(n), String(Math.floor(n / 10)), '1']);
  assert.ok(await page.locator('#lesson math mo', { hasText: '⌊' }).count() === 1, 'S = ⌊N/B⌋');
  assert.deepEqual(errors, []);
});
