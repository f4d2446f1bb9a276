// The lessons, driven by their controls' accessible names in headless Chromium on the built page
// (dist/): each opens from its own URL, its main interaction shows the engine's numbers, and
// switching the language changes the text. Run: node --test www/tests/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/index.js';
import { lessonPages } from './support/lessons.js';

const TIMEOUT = { timeout: 90_000 };
const pages = lessonPages();
/** Opens `query` and waits for the lesson's heading (see support/lessons.js). */
const open = (t, query, heading) => pages.open(t, query, heading);

/** The cells of column `col` (0-based) of table `selector`, as text. */
const column = (page, selector, col) =>
  page.locator(`${selector} tbody tr`).evaluateAll((rows, c) => rows.map((r) => r.cells[c].textContent), col);

/** The table `#graph-table` as { name: gradient text }. */
const gradients = async (page) => {
  const names = await column(page, '#graph-table', 0);
  const grads = await column(page, '#graph-table', 2);
  return Object.fromEntries(names.map((n, i) => [n, grads[i]]));
};

test('the perceptron lesson opens from its URL; the AND preset gives 0,0,0,1', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=perceptron&gate=or&w1=0&w2=0&b=0&lang=en', 'The perceptron');
  assert.equal(await page.locator('.tabs a[aria-current="page"]').textContent(), '1. Perceptron');
  assert.equal(await page.locator('.board').isHidden(), true, 'the playground is not shown');
  assert.equal(await page.locator('#lesson math').count() > 0, true, 'formulas are MathML');
  await page.getByRole('button', { name: 'AND gate', exact: true }).click();
  assert.deepEqual(await column(page, '#truth-table', 3), ['0', '0', '0', '1']);
  assert.match(page.url(), /lesson=perceptron&gate=and&w1=0.5&w2=0.5&b=-0.7&lang=en$/);
  await page.getByRole('button', { name: 'NAND gate', exact: true }).click();
  assert.deepEqual(await column(page, '#truth-table', 3), ['1', '1', '1', '0']);
  // A slider moves the line: w₁ all the way up (to 1) makes every output 1.
  const w1 = page.getByRole('slider', { name: 'w₁', exact: true });
  await w1.focus();
  await w1.press('End');
  assert.deepEqual(await column(page, '#truth-table', 3), ['1', '1', '1', '1']);
  assert.match(await page.locator('.lesson-verdict').textContent(), /1 of 4 outputs differ from NAND/);
  assert.deepEqual(errors, []);
});

test('XOR: no single line, the two-layer diagram gives 0,1,1,0, and the learning rule cycles', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=perceptron&lang=en', 'The perceptron');
  assert.equal(await page.getByRole('heading', { name: 'XOR: no single line works' }).isVisible(), false);
  await page.getByRole('button', { name: 'XOR gate', exact: true }).click();
  await page.getByRole('button', { name: 'Start from zero weights', exact: true }).click();
  assert.equal(await page.getByRole('heading', { name: 'XOR: no single line works' }).isVisible(), true);
  assert.ok(await page.getByRole('img', { name: /Two-layer perceptron for XOR/ }).isVisible());
  assert.deepEqual(await column(page, '#xor-table', 2), ['1', '1', '1', '0'], 's1 = NAND');
  assert.deepEqual(await column(page, '#xor-table', 3), ['0', '1', '1', '1'], 's2 = OR');
  assert.deepEqual(await column(page, '#xor-table', 4), ['0', '1', '1', '0'], 'y = AND(s1, s2)');
  assert.match(await page.locator('.lesson-verdict').textContent(), /differ from XOR/);

  // One example per click: the first looks at (0, 0).
  const step = page.getByRole('button', { name: 'Learn from one example', exact: true });
  await step.click();
  assert.match(await page.locator('.lesson-log').textContent(), /^Example \(0, 0\): y = 0, t = 0\. Right/);
  await step.click();
  assert.match(await page.locator('.lesson-log').textContent(), /^Example \(1, 0\): y = 0, t = 1\. Wrong/);
  assert.equal(await page.getByRole('slider', { name: 'w₁', exact: true }).inputValue(), '0.1');
  // → steps too (outside the sliders), until the rule reports cycling.
  await page.locator('#lesson h2').click();
  for (let i = 0; i < 12; i += 1) await page.keyboard.press('ArrowRight');
  assert.match(await page.locator('.lesson-status').textContent(), /^Cycling: from pass 3 on, every 1 pass/);
  assert.equal(await step.isDisabled(), true, 'a cycling rule has nothing more to show');
  await page.getByRole('button', { name: 'Start from zero weights', exact: true }).click();
  assert.equal(await step.isDisabled(), false, 'a change starts the rule again');
  assert.deepEqual(errors, []);
});

/** The table `#graph-table` as { name: forward value text }. */
const forwardValues = async (page) => {
  const names = await column(page, '#graph-table', 0);
  const values = await column(page, '#graph-table', 1);
  return Object.fromEntries(names.map((n, i) => [n, values[i]]));
};

test('the chain rule\'s example comes first: z = t², t = x + y, with x and y settable', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=graph&lang=en', 'Computational graphs and the chain rule');
  const graphs = page.getByRole('group', { name: 'Graph' }).getByRole('button');
  assert.deepEqual(await graphs.allTextContents(), ['z = t², t = x + y', 'Buying apples', 'Apples and oranges']);
  assert.equal(await graphs.first().getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await forwardValues(page), { x: '1', y: '2', t: '3', z: '9' });
  assert.deepEqual(await gradients(page), { x: 'not yet', y: 'not yet', t: 'not yet', z: '1' });
  assert.equal(await page.locator('#graph-table th').nth(2).textContent(), '∂z/∂variable');
  const step = page.getByRole('button', { name: 'Backward through one node', exact: true });
  await step.click();
  assert.match(await page.locator('.lesson-log').first().textContent(), /∂z\/∂t = 2t = 6\. So ∂z\/∂t = 1 × 6 = 6\./);
  await step.click();
  assert.deepEqual(await gradients(page), { x: '6', y: '6', t: '6', z: '1' }, '∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1');
  assert.equal(await step.isDisabled(), true);

  // New inputs: the engine recomputes every value and the gradients found so far.
  const x = page.getByLabel('x', { exact: true });
  await x.fill('-4.5');
  await x.blur();
  assert.deepEqual(await forwardValues(page), { x: '-4.5', y: '2', t: '-2.5', z: '6.25' });
  assert.deepEqual(await gradients(page), { x: '-5', y: '-5', t: '-5', z: '1' });
  assert.match(page.url(), /lesson=graph&shop=chain&x=-4.5&y=2&step=2&/);

  // A value out of range is refused with a sentence, and nothing changes.
  const y = page.getByLabel('y', { exact: true });
  await y.fill('1000');
  await y.blur();
  assert.equal(await page.locator('.graph-chain').getByRole('alert').textContent(), 'Not changed: y must be a number from -100 to 100');
  assert.equal(await y.inputValue(), '2');
  assert.deepEqual(await forwardValues(page), { x: '-4.5', y: '2', t: '-2.5', z: '6.25' });
  assert.deepEqual(errors, []);
});

test('in Japanese the refusal of an input out of range is Japanese too', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=graph&lang=ja', '計算グラフと連鎖律');
  const x = page.getByLabel('x', { exact: true });
  await x.fill('-500');
  await x.blur();
  const said = await page.locator('.graph-chain').getByRole('alert').textContent();
  assert.match(said, /x は -100 から 100 までの数でなければなりません/);
  assert.doesNotMatch(said, /must|number/);
  assert.deepEqual(errors, []);
});

test('buy_apple: the backward pass, one node per click, shows 2.2, 110 and 200', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=graph&shop=apple&lang=en', 'Computational graphs and the chain rule');
  assert.equal(await page.locator('.tabs a[aria-current="page"]').textContent(), '7. Computational graphs');
  assert.equal((await gradients(page)).price, '1');
  assert.equal((await gradients(page)).tax, 'not yet');
  const step = page.getByRole('button', { name: 'Backward through one node', exact: true });
  await step.click();
  assert.deepEqual(await gradients(page), { apple: 'not yet', apple_num: 'not yet', apple_price: '1.1', tax: '200', price: '1' });
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await gradients(page), { apple: '2.2', apple_num: '110', apple_price: '1.1', tax: '200', price: '1' });
  assert.equal(await step.isDisabled(), true);
  assert.match(page.url(), /lesson=graph&shop=apple&step=2&net=relu&layer=0&lang=en$/);
  assert.deepEqual(errors, []);
});

test('buy_apple_orange: the full backward pass shows 715, 2.2, 110, 3.3, 165, 650', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=graph&lang=en', 'Computational graphs and the chain rule');
  await page.getByRole('button', { name: 'Apples and oranges', exact: true }).click();
  const values = await column(page, '#graph-table', 1);
  assert.equal(values.at(-1), '715');
  for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: 'Backward through one node', exact: true }).click();
  const g = await gradients(page);
  assert.deepEqual([g.apple, g.apple_num, g.orange, g.orange_num, g.tax], ['2.2', '110', '3.3', '165', '650']);
  assert.ok(await page.getByText('Backward pass complete').isVisible());
  assert.deepEqual(errors, []);
});

test('switching language changes the lessons\' text', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=graph&lang=en', 'Computational graphs and the chain rule');
  await page.getByLabel('Language').selectOption('ja');
  await page.getByRole('heading', { name: '計算グラフと連鎖律', exact: true }).waitFor();
  assert.ok(await page.getByRole('button', { name: '1ノード逆伝播する', exact: true }).isVisible());
  assert.match(page.url(), /lang=ja/);
  // The tabs keep the language.
  await page.getByRole('link', { name: '1. パーセプトロン' }).click();
  await page.getByRole('heading', { name: 'パーセプトロン', exact: true }).waitFor();
  assert.match(page.url(), /lesson=perceptron.*lang=ja/);
  assert.deepEqual(errors, []);
});

test('embedded, a lesson shows alone; an unknown lesson falls back to the playground with a notice', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=perceptron&embed=1&lang=ja', 'パーセプトロン');
  // Of the masthead only its h1 stays, for screen readers (axe-core wants one), in a 1 px box.
  assert.equal(await page.locator('.masthead #lang').isHidden(), true);
  assert.ok((await page.locator('.masthead').boundingBox()).height <= 1, 'the masthead takes no room');
  assert.equal(await page.locator('.tabs').isHidden(), true);
  assert.deepEqual(errors, []);

  // A value a lesson cannot use falls back with a notice.
  const bad = await openPage(`${pages.url()}?lesson=graph&shop=pear&lang=en`);
  t.after(bad.close);
  await bad.page.getByRole('heading', { name: 'Computational graphs and the chain rule' }).waitFor();
  assert.match(await bad.page.getByRole('alert').first().textContent(), /shop = "pear" is not one of chain, apple, apple-orange/);
  assert.match(bad.page.url(), /shop=chain&/);

  const other = await openPage(`${pages.url()}?lesson=nope&lang=en`);
  t.after(other.close);
  await other.page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  assert.match(await other.page.getByRole('alert').first().textContent(), /"nope" is not a lesson/);
  assert.doesNotMatch(other.page.url(), /lesson=/);
  assert.equal(await other.page.locator('.tabs a[aria-current="page"]').textContent(), 'Playground');
});

test('the tiny network steps back one layer per click, Affine gradients included', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?lesson=graph&net=sigmoid&lang=en', 'Computational graphs and the chain rule');
  const cells = (name) => page.locator(`table[data-name="${name}"] td`).allTextContents();
  // The book's chapter 3: A1 = X·W1 + B1 = [0.3, 0.7, 1.1].
  assert.deepEqual(await cells('A1'), ['0.3', '0.7', '1.1']);
  assert.equal(await page.locator('table.backward').count(), 0);
  const step = page.getByRole('button', { name: 'Backward through one layer', exact: true });
  await step.click();
  const [y, dA2] = [await cells('Y'), await cells('dA2')];
  assert.equal(Number(dA2[0]), Number(y[0]), 'dA2 = Y − T');
  assert.deepEqual(await page.locator('table.backward').evaluateAll((ts) => ts.map((x) => x.dataset.name)), ['dA2']);
  await step.focus();
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await page.locator('table.backward').evaluateAll((ts) => ts.map((x) => x.dataset.name)), ['dW2', 'db2', 'dZ1', 'dA2']);
  await step.click();
  await step.click();
  assert.equal((await cells('dW1')).length, 6);
  assert.equal(await step.isDisabled(), true);
  assert.match(page.url(), /net=sigmoid&layer=4/);
  // The graph above did not move.
  assert.equal((await gradients(page)).x, 'not yet');
  assert.deepEqual(errors, []);
});
