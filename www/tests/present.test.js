// Presentation mode (present=1) in headless Chromium on the built page (dist/): chart labels of at
// least 24 px at 1920×1080 on every canvas chart and on the plot's axes, the switch and the URL
// key agreeing on every view, P, the full-screen button, and axe-core on every view in present
// mode. Run: node --test www/tests/present.test.js

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { playgroundPages } from './support/lessons.js';

const TIMEOUT = { timeout: 180_000 };
const pages = playgroundPages();
const FULL_HD = { viewport: { width: 1920, height: 1080 } };

/** Every view: the playground ('') and the lessons, the digits tab last. */
const VIEWS = ['', 'perceptron', 'neuron', 'forward', 'loss', 'descent', 'backprop', 'graph', 'minibatch', 'digits'];

/** The address of `view` with the extra URL keys `keys`. */
const address = (view, keys = '') => pages.url(`?${[view ? `lesson=${view}` : '', keys].filter(Boolean).join('&')}`);

/** Goes to `url` and waits until the view shows (a lesson, or the playground's Play) and nothing in it is busy (the digits loading). */
async function visit(page, url) {
  await page.goto(url);
  await page.locator('#loading').waitFor({ state: 'detached' });
  await page.locator('#lesson:visible, #play:visible').first().waitFor();
  await page.waitForFunction(() => document.querySelector('#lesson [aria-busy="true"]') === null, null, { timeout: 60_000 });
}

/**
 * The size, in CSS px, of the labels of every shown canvas that draws text: the font its 2-D
 * context last drew in (what the chart code set, in backing pixels) over the canvas's backing
 * pixels per CSS pixel. Canvases that never set a font (heatmaps) keep the default and are left out.
 */
const chartLabels = (page) => page.evaluate(() => [...document.querySelectorAll('canvas')]
  .filter((canvas) => canvas.checkVisibility() && canvas.clientWidth > 0)
  .map((canvas) => ({ canvas, font: canvas.getContext('2d').font }))
  .filter(({ font }) => font !== '10px sans-serif')
  .map(({ canvas, font }) => ({
    what: `${canvas.id || canvas.className}`,
    font,
    px: Number.parseFloat(font) / (canvas.width / canvas.clientWidth),
  })));

/** The font size (CSS px) of the plot's axis values. */
const axisLabels = (page) => page.locator('.tick').evaluateAll((ticks) => ticks.map((tick) => Number.parseFloat(getComputedStyle(tick).fontSize)));

/** Waits until the view's charts with text number at least `count` and are all drawn in labels of `test(px)`. */
async function labelsSettle(page, count, check) {
  let labels = [];
  for (let tries = 0; tries < 50; tries += 1) {
    labels = await chartLabels(page);
    if (labels.length >= count && labels.every(({ px }) => check(px))) return labels;
    await page.waitForTimeout(100);
  }
  return labels;
}

/** The views whose canvases draw labels, with how many such charts each shows at least. */
const CHARTS = { '': 2, neuron: 2, loss: 1, minibatch: 3, digits: 2 };

test('at 1920×1080 in present mode every chart label is at least 24 px, and 11 px without it', TIMEOUT, async (t) => {
  const { page, errors } = await pages.open(t, '?lang=en', FULL_HD);
  for (const [view, count] of Object.entries(CHARTS)) {
    await visit(page, address(view, 'lang=en'));
    const plain = await labelsSettle(page, count, (px) => px === 11 || px === 12);
    assert.ok(plain.length >= count && plain.every(({ px }) => px < 24), `${view} without present: ${JSON.stringify(plain)}`);
    await visit(page, address(view, 'lang=en&present=1'));
    const big = await labelsSettle(page, count, (px) => px >= 24);
    assert.ok(big.length >= count, `${view}: ${big.length} charts with labels, expected ${count}`);
    for (const label of big) assert.ok(label.px >= 24, `${view} ${JSON.stringify(label)}`);
  }
  await visit(page, address('', 'present=1'));
  const axes = await axisLabels(page);
  assert.ok(axes.length > 0 && axes.every((px) => px >= 24), `plot axes ${axes}`);
  assert.deepEqual(errors, []);
});

/** The digits tab's layout: each training chart's box and each axis title's font size (CSS px). */
const digitsLayout = (page) => page.evaluate(() => ({
  charts: [...document.querySelectorAll('.digits-chart')].map((c) => ({ width: c.clientWidth, height: c.clientHeight })),
  titles: [...document.querySelectorAll('.digits-axis')].map((a) => Number.parseFloat(getComputedStyle(a).fontSize)),
}));

test('at 1920×1080 in present mode the digits tab uses the width: training charts wide and tall, axis titles at 24 px', TIMEOUT, async (t) => {
  const { page, errors } = await pages.open(t, '?lang=en', FULL_HD);
  await visit(page, address('digits', 'lang=en'));
  const plain = await digitsLayout(page);
  assert.ok(plain.titles.every((px) => px < 24), `without present: ${JSON.stringify(plain)}`);
  await visit(page, address('digits', 'lang=en&present=1'));
  const big = await digitsLayout(page);
  assert.equal(big.charts.length, 2);
  for (const chart of big.charts) assert.ok(chart.width >= 700 && chart.height >= 250, `a chart of ${JSON.stringify(chart)}`);
  assert.ok(big.titles.length === 4 && big.titles.every((px) => px >= 24), `axis titles ${big.titles}`);
  assert.deepEqual(errors, []);
});

/** The drawn width (CSS px) of the network's first link. */
const linkWidth = (page) => page.locator('g.link .line').first().evaluate((line) => Number.parseFloat(getComputedStyle(line).strokeWidth));

test('present mode draws the links of the network thicker', TIMEOUT, async (t) => {
  const { page, errors } = await pages.open(t, '?lang=en', FULL_HD);
  const plain = await linkWidth(page);
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  const thick = await linkWidth(page);
  assert.ok(plain > 0 && Math.abs(thick / plain - 1.6) < 0.01, `${plain} px → ${thick} px`);
  assert.deepEqual(errors, []);
});

test('the switch redraws the charts at once: 24 px labels after a click, 11 px after another', TIMEOUT, async (t) => {
  const { page, errors } = await pages.open(t, '?lang=en', FULL_HD);
  for (const [view, count] of [['', 2], ['loss', 1]]) {
    await visit(page, address(view, 'lang=en'));
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    const big = await labelsSettle(page, count, (px) => px >= 24);
    assert.ok(big.length >= count && big.every(({ px }) => px >= 24), `${view} on: ${JSON.stringify(big)}`);
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    const plain = await labelsSettle(page, count, (px) => px < 24);
    assert.ok(plain.every(({ px }) => px < 24), `${view} off: ${JSON.stringify(plain)}`);
  }
  assert.deepEqual(errors, []);
});

/** What the page says about present mode: the body's class, the switch's state, the URL's key and the tabs' links. */
const presentState = (page) => page.evaluate(() => ({
  body: document.body.classList.contains('present'),
  pressed: document.getElementById('present').getAttribute('aria-pressed'),
  url: new URLSearchParams(location.search).get('present'),
  tabs: [...document.querySelectorAll('.tabs a')].every((tab) => new URLSearchParams(tab.search).get('present') === '1'),
}));

for (const view of ['', 'loss', 'backprop']) {
  test(`on ${view || 'the playground'} the switch, P and the URL key present=1 agree`, TIMEOUT, async (t) => {
    const { page, errors } = await pages.open(t, '?lang=en', FULL_HD);
    await visit(page, address(view, 'lang=en&present=1'));
    assert.deepEqual(await presentState(page), { body: true, pressed: 'true', url: '1', tabs: true });
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    assert.deepEqual(await presentState(page), { body: false, pressed: 'false', url: null, tabs: false });
    await page.locator('body').press('p');
    assert.deepEqual(await presentState(page), { body: true, pressed: 'true', url: '1', tabs: true });
    // The URL as it is now opens the same mode.
    await visit(page, page.url());
    assert.deepEqual(await presentState(page), { body: true, pressed: 'true', url: '1', tabs: true });
    assert.equal(await page.locator('.notice').count(), 0);
    assert.deepEqual(errors, []);
  });
}

test('a present value that is not a switch leaves the mode off with a notice, on the playground and a lesson', TIMEOUT, async (t) => {
  const { page, errors } = await pages.open(t, '?lang=en', FULL_HD);
  for (const view of ['', 'perceptron']) {
    await visit(page, address(view, 'lang=en&present=big'));
    assert.equal(await page.evaluate(() => document.body.classList.contains('present')), false);
    const notice = page.locator('#url-notice');
    assert.match(await notice.textContent(), /present/, view);
    assert.equal(await notice.locator('li, p').count(), 1, `one notice on ${view || 'the playground'}`);
  }
  assert.deepEqual(errors, []);
});

test('P is listed in the ? dialog', TIMEOUT, async (t) => {
  const { page, errors } = await pages.open(t, '?lang=en', FULL_HD);
  await page.locator('body').press('?');
  const row = page.locator('.keys-table tr').filter({ has: page.locator('kbd', { hasText: /^P$/ }) });
  assert.equal(await row.locator('td').textContent(), 'Presentation mode');
  assert.deepEqual(errors, []);
});

test('the full-screen button asks the browser for full screen, and leaves it', TIMEOUT, async (t) => {
  const { page, errors } = await pages.open(t, '?lang=en', FULL_HD);
  const full = page.getByRole('button', { name: 'Full screen' });
  // The button follows the browser's fullscreenchange event, which comes a frame after the
  // element changes: wait for both.
  await full.click();
  await page.waitForFunction(([on]) => document.fullscreenElement === document.documentElement
    && document.getElementById('fullscreen').getAttribute('aria-pressed') === on, ['true']);
  assert.equal(await full.getAttribute('aria-pressed'), 'true');
  await full.click();
  await page.waitForFunction(([on]) => document.fullscreenElement === null
    && document.getElementById('fullscreen').getAttribute('aria-pressed') === on, ['false']);
  assert.equal(await full.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('#fullscreen-problem').isVisible(), false);
  assert.deepEqual(errors, []);
});

test('where the browser refuses full screen (a frame that does not allow it), the page says so', TIMEOUT, async (t) => {
  const { page, errors } = await pages.open(t, '?lang=en', FULL_HD);
  // A slide of the test's own (served at an address next to the page's) whose frame may not go full screen.
  const slide = pages.url('slide.html');
  const html = `<!doctype html><title>slide</title><iframe src="${address('loss', 'lang=ja')}" allow="fullscreen 'none'" width="1200" height="800"></iframe>`;
  await page.route(slide, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(slide);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('button', { name: '全画面表示' }).click();
  const problem = frame.locator('#fullscreen-problem');
  await problem.waitFor();
  assert.match(await problem.textContent(), /^ブラウザが全画面表示を許可しませんでした（.+）。/);
  assert.equal(await problem.getAttribute('role'), 'alert');
  assert.equal(await page.evaluate(() => document.fullscreenElement), null);
  // Chromium also logs the refusal itself as a console error.
  assert.deepEqual(errors.filter((e) => !e.includes('Permissions policy violation: fullscreen')), []);
});

test('in present mode axe-core finds no violation on any view (en, ja), embedded or not', { timeout: 600_000 }, async (t) => {
  const { page, errors } = await pages.open(t, '?lang=en', FULL_HD);
  const problems = [];
  for (const view of VIEWS) {
    for (const keys of ['lang=en&present=1', 'lang=ja&present=1', 'lang=en&present=1&embed=1']) {
      await visit(page, address(view, keys));
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations) problems.push(`${view} ${keys}: ${v.id} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    }
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(errors, []);
});
