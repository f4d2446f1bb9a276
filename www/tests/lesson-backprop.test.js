// The numerical-gradient-versus-backprop lesson in headless Chromium on the built page (dist/):
// it opens with the playground's network from the URL or from the playground's tab, both
// gradients agree in float64 and not in float32, → trains an epoch, both methods are timed, and
// switching the language changes the text. Run: node --test www/tests/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/index.js';
import { lessonPages } from './support/lessons.js';
import { setFirstWeight, shown, stepEpochs } from './support/run.js';

const TIMEOUT = { timeout: 90_000 };
const TITLE = 'Numerical gradient versus backpropagation';
const pages = lessonPages();
/** Opens `query` and waits for the lesson's heading (see support/lessons.js). */
const open = (t, query, heading = TITLE) => pages.open(t, query, heading);

/** The texts of column `index` of table `id`'s body rows (the row heading is column 0). */
const column = (page, id, index) =>
  page.locator(`#${id} tbody tr`).evaluateAll((rows, i) => rows.map((r) => r.children[i].textContent), index);

test('the playground network\'s gradients agree in float64 and the passes are counted', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=backprop&data=xor&layers=3&lang=en');
  assert.equal(await page.locator('.tabs a[aria-current="page"]').textContent(), '6. Backprop');
  assert.ok(await page.locator('#lesson math').count() > 0, 'formulas are MathML');
  assert.match(await page.locator('#backprop-network').textContent(), /^2-3-1 \(tanh, sigmoid output\): P = 13 .* at epoch 0;/);
  assert.deepEqual(await column(page, 'backprop-check', 0), ['W1', 'b1', 'W2', 'b2']);
  assert.deepEqual(await column(page, 'backprop-check', 1), ['2 × 3', '1 × 3', '3 × 1', '1 × 1']);
  assert.match(await page.locator('.backprop-verdict').textContent(), /^They agree/);
  // 2·P forward passes against one forward and one backward.
  assert.deepEqual(await column(page, 'backprop-cost', 1), ['26', '1']);
  assert.deepEqual(await column(page, 'backprop-cost', 2), ['0', '1']);
  await page.locator('#backprop-ratio').filter({ hasText: /times as long as backprop/ }).waitFor();
  for (const time of await column(page, 'backprop-cost', 3)) assert.ok(Number(time) > 0, time);
  const book = page.locator('#backprop-book');
  await book.filter({ hasText: /Backprop took/ }).waitFor();
  assert.match(await book.textContent(), /P = 39,760 parameters, so its numerical gradient needs 79,520 forward passes/);
  assert.deepEqual(errors, []);
});

test('→ trains an epoch, float32 shows rounding, and each element is listed', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=backprop&data=xor&layers=3&lang=en');
  const network = page.locator('#backprop-network');
  const before = await network.textContent();
  await page.locator('#lesson h2').click();
  await page.keyboard.press('ArrowRight');
  assert.match(await network.textContent(), /at epoch 1;/);
  assert.notEqual((await network.textContent()).split('L = ')[1], before.split('L = ')[1]);
  assert.match(page.url(), /&epoch=1&lang=en$/);

  await page.getByRole('button', { name: 'float32', exact: true }).click();
  assert.match(await page.locator('.backprop-verdict').textContent(), /^They differ by up to .* in float32/);
  assert.match(page.url(), /precision=f32/);
  await page.getByLabel('Every element of').selectOption('b1');
  assert.deepEqual(await column(page, 'backprop-elements', 0), ['b1[1, 1]', 'b1[1, 2]', 'b1[1, 3]']);
  const [a, n, d] = await Promise.all([1, 2, 3].map((i) => column(page, 'backprop-elements', i)));
  assert.ok(a.every((v, i) => Number.isFinite(Number(v)) && Number.isFinite(Number(n[i])) && Number(d[i]) >= 0));
  assert.match(page.url(), /param=b1/);

  await page.getByRole('button', { name: 'Back to epoch 0', exact: true }).click();
  assert.equal(await network.textContent(), before);
  assert.deepEqual(errors, []);
});

test('the playground\'s tab brings its trained network, and the lesson leads back to it', TIMEOUT, async (t) => {
  const opened = await openPage(pages.url('?data=xor&layers=5&lang=en'));
  t.after(opened.close);
  const { page, errors } = opened;
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  await page.locator('#step-epoch').click();
  await page.locator('#step-epoch').click();
  // Both lessons on the playground's network carry it; the others only the language.
  const href = (view) => page.locator(`.tabs a[data-view="${view}"]`).getAttribute('href');
  // The tabs are relinked on the next animation frame after the step.
  await page.waitForFunction(() => document.querySelector('.tabs a[data-view="minibatch"]').href.includes('epoch=2'));
  assert.match(await href('minibatch'), /^\?lesson=minibatch&data=xor&.*layers=5&.*&epoch=2&lang=en$/);
  assert.equal(await href('graph'), '?lesson=graph&lang=en');
  await page.getByRole('link', { name: '6. Backprop', exact: true }).click();
  await page.getByRole('heading', { name: TITLE, exact: true }).waitFor();
  assert.match(await page.locator('#backprop-network').textContent(), /^2-5-1 .* at epoch 2;/);
  await page.getByRole('link', { name: 'Open this network in the playground' }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  assert.match(page.url(), /data=xor.*layers=5/);
  assert.deepEqual(errors, []);
});

test('a weight edited in the playground goes to the lesson and back with its network', TIMEOUT, async (t) => {
  const opened = await openPage(pages.url('?data=xor&layers=5&seed=3&lang=en'));
  t.after(opened.close);
  const { page, errors } = opened;
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  await stepEpochs(page, 2);
  await setFirstWeight(page, 2.5);
  await stepEpochs(page, 1);
  await page.waitForFunction(() => /epoch=3.*&log=/.test(document.querySelector('.tabs a[data-view="backprop"]').href));
  const before = await shown(page);
  await page.getByRole('link', { name: '6. Backprop', exact: true }).click();
  await page.getByRole('heading', { name: TITLE, exact: true }).waitFor();
  const network = page.locator('#backprop-network');
  await network.filter({ hasText: /at epoch 3;/ }).waitFor();
  assert.match(page.url(), /&epoch=3&form=2&log=\d+:w:0:0:0:2\.5/);
  // The same settings without the edit give another network.
  const plain = await openPage(pages.url('?lesson=backprop&data=xor&layers=5&seed=3&epoch=3&lang=en'));
  t.after(plain.close);
  const plainNetwork = plain.page.locator('#backprop-network');
  await plainNetwork.filter({ hasText: /at epoch 3;/ }).waitFor();
  const loss = (text) => text.split('L = ')[1];
  assert.notEqual(loss(await network.textContent()), loss(await plainNetwork.textContent()));
  // Back in the playground, the run is the one left, edit and all.
  await page.getByRole('link', { name: 'Open this network in the playground' }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  await page.waitForFunction(() => document.getElementById('epoch').textContent === '3' && (document.querySelector('#replay .catchup')?.hidden ?? true));
  assert.deepEqual(await shown(page), before);
  assert.deepEqual(errors, []);
});

test('switching language changes the text; bad values fall back with a notice; embed shows the lesson alone', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=backprop&precision=f16&epoch=abc&lang=en');
  await page.getByLabel('Language').selectOption('ja');
  await page.getByRole('heading', { name: '数値微分と誤差逆伝播法', exact: true }).waitFor();
  // The notices are sentences of the string table: they follow the language.
  const notices = await page.getByRole('alert').first().textContent();
  assert.match(notices, /precision = "f16" は f64, f32 のいずれでもないので、f64 を使います。/);
  assert.match(notices, /epoch = "abc" は 0 から 1000000 までの整数ではないので/);
  assert.match(await page.locator('.backprop-verdict').textContent(), /^一致しています/);
  assert.ok(await page.getByRole('button', { name: '1エポック学習する', exact: true }).isVisible());
  assert.deepEqual(errors, []);

  const bad = await openPage(pages.url('?lesson=backprop&precision=f16&param=W9&epoch=abc&embed=1&lang=en'));
  t.after(bad.close);
  await bad.page.getByRole('heading', { name: TITLE }).waitFor();
  const alert = await bad.page.getByRole('alert').first().textContent();
  assert.match(alert, /precision = "f16" is not one of f64, f32/);
  assert.match(alert, /param = "W9" is not a parameter of this network/);
  assert.match(alert, /epoch = "abc" is not a whole number from 0 to 1000000/);
  assert.match(bad.page.url(), /precision=f64&param=W1&/);
  assert.equal(await bad.page.locator('.tabs').isHidden(), true);
});
