// The page's one set of rules in headless Chromium on the built page (dist/): any link starts the
// page with its controls (and a notice for what it could not use), the controls take their ranges
// from the engine, a control given a value out of range is refused with a sentence and nothing
// changes, and a page whose engine cannot start says so.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './support/index.js';
import { playgroundPages, unfoldSettings } from './support/lessons.js';

const TIMEOUT = { timeout: 90_000 };
const pages = playgroundPages();
/** Opens the playground at `query` and waits for its Play button (see support/lessons.js). */
const open = pages.open;

test('a seed above 2^53 starts the page with its controls and a notice', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?seed=9007199254740993&lang=en');
  const notice = page.getByRole('alert').filter({ hasText: 'Some values in the link could not be used' });
  assert.match(await notice.textContent(),
    /seed = "9007199254740993": the seed is 9007199254740993, but it must be a whole number from 0 to 4294967295/);
  assert.equal(await page.getByLabel('Seed', { exact: true }).inputValue(), '1');
  assert.equal(await page.locator('#loading').count(), 0);
  assert.match(page.url(), /seed=1(&|$)/);
  assert.deepEqual(errors, []);
});

test('odd links of every kind still give the controls', TIMEOUT, async (t) => {
  const odd = '?dataseed=18446744073709551616&lr=1e-50&regrate=1e308&user=1e308:0:0&speed=4294967296&layers=1,1,1,1,1,1,1';
  const { page, errors } = await open(t, odd);
  const text = await page.getByRole('alert').filter({ hasText: 'Some values in the link' }).textContent();
  for (const key of ['dataseed', 'lr', 'regrate', 'user', 'speed', 'layers']) assert.ok(text.includes(`${key} = "`), `${key} in ${text}`);
  assert.equal(await page.getByRole('button', { name: /^Show neuron/ }).count(), 6, 'the default 4,2 network');
  assert.deepEqual(errors, []);
});

test('the controls take their ranges from the engine', TIMEOUT, async (t) => {
  const { page } = await open(t, '?data=gate-xor');
  const range = (selector) => page.locator(selector).evaluate((e) => [e.min, e.max, e.step]);
  assert.deepEqual(await range('#speed'), ['1', '50', '1']);
  assert.deepEqual(await range('#seed'), ['0', '4294967295', '1']);
  assert.deepEqual(await range('#noise'), ['0', '0.5', '0.05']);
  assert.deepEqual(await range('#add-x1'), ['-0.5', '1.5', '0.5']);
  await page.getByRole('button', { name: 'Circle', exact: true }).click();
  assert.deepEqual(await range('#add-x2'), ['-6', '6', '0.5']);
  const addLayer = page.getByRole('button', { name: '+ layer' });
  for (let layers = 2; layers < 6; layers += 1) await addLayer.click();
  assert.ok(await addLayer.isDisabled(), 'six hidden layers are the most the page draws');
});

test('a seed out of range is refused with a sentence, and nothing changes', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, '?seed=7&lang=en');
  await page.getByRole('button', { name: 'Step one epoch' }).click();
  const before = page.url();
  await unfoldSettings(page);
  const seed = page.getByLabel('Seed', { exact: true });
  await seed.fill('4294967296');
  await seed.press('Enter');
  const problem = page.getByRole('alert').filter({ hasText: 'Not changed' });
  assert.equal(await problem.textContent(),
    'Not changed: the seed is 4294967296, but it must be a whole number from 0 to 4294967295');
  assert.equal(await seed.inputValue(), '7', 'the box shows the seed in use again');
  assert.equal(page.url(), before);
  assert.equal(await page.locator('#epoch').textContent(), '1', 'the run was not rebuilt');
  await seed.fill('-3');
  await seed.press('Enter');
  assert.match(await problem.textContent(), /Not changed: the seed must be a whole number from 0 to 4294967295/);
  assert.equal(page.url(), before);
  assert.deepEqual(errors, []);
});

test('a page whose engine cannot load says so instead of loading for ever', TIMEOUT, async (t) => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  t.after(() => browser.close());
  /** A fresh page (its own context, so nothing is cached) whose wasm file is missing. */
  const broken = async (query) => {
    const page = await browser.newPage();
    await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'gone' }));
    await page.goto(`${pages.url()}${query}`);
    return page;
  };
  const page = await broken('?lang=en');
  const fatal = page.getByRole('alert').filter({ hasText: 'The page could not start. Reload it to try again.' });
  await fatal.waitFor();
  assert.match(await fatal.textContent(), /\(.*404.*\)$/, 'and why');
  assert.equal(await page.locator('#loading').count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Playground' }).count(), 1, 'the rest of the page is in English too');

  const ja = await broken('?lang=ja');
  await ja.getByRole('alert').filter({ hasText: 'ページを起動できませんでした。' }).waitFor();
});
