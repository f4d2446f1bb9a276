// The engine's reasons in the page's language: link values it cannot use, a change refused on a
// control and a run it cannot build read in Japanese without the English of the engine's
// sentences, and in English after the language switches (headless Chromium, built page).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { playgroundPages } from './support/lessons.js';

const TIMEOUT = { timeout: 90_000 };
const pages = playgroundPages();
/** Opens the playground at `query` and waits for its Play button (see support/lessons.js). */
const open = pages.open;

/** The words in Latin letters of `text` ("x1", "leaky-relu"), lower-cased. */
const latinWords = (text) => (text.match(/[A-Za-z][A-Za-z0-9_-]*/g) ?? []).map((w) => w.toLowerCase());

/**
 * Asserts that every word of `text` in Latin letters is a name or a value: a key or value of
 * the link, an option's value of a control (the engine's names), or x1/x2.
 */
async function assertNoEnglish(page, text, query) {
  const options = await page.$$eval('select option', (all) => all.map((o) => o.value));
  const link = [...new URLSearchParams(query)].flat();
  const names = new Set([...options, ...link, 'x1', 'x2'].flatMap(latinWords));
  const english = latinWords(text).filter((word) => !names.has(word));
  assert.deepEqual(english, [], `English words in: ${text}`);
}

const BAD_LINK = '?lang=ja&batch=0&lr=abc&layers=9,9,9&activation=relux&speed=999&test=maybe&regrate=99';

test('in Japanese, link values and a refused change read without the engine\'s English; in English after the switch', TIMEOUT, async (t) => {
  const { page, errors } = await open(t, BAD_LINK);
  const notice = page.getByRole('alert').filter({ hasText: 'batch = "0"' });
  const japanese = await notice.textContent();
  for (const part of [
    'バッチサイズ は 0 ですが、1 から 10000 までの整数 でなければなりません',
    '"abc" は使える種類の数ではありません',
    '隠れ層 は 9,9,9 ですが、0〜6 層で各層 1〜8 個のニューロン (4,2 のように) でなければなりません',
    '活性化関数 に "relux" はありません。',
    '正則化率 は 99 ですが、0 から 10 までの数 でなければなりません',
  ]) {
    assert.ok(japanese.includes(part), `${part} in ${japanese}`);
  }
  await assertNoEnglish(page, japanese, BAD_LINK);

  // A point outside the plot is refused by the engine, next to the form, in Japanese.
  await page.locator('#add-x1').fill('100');
  await page.locator('#add-at').click();
  const refusal = page.locator('.problem.inline');
  const refused = await refusal.textContent();
  assert.match(refused, /^変更できません： 追加する点 は \(100, 0\) ですが、x1 が -?\d+ から \d+、x2 が -?\d+ から \d+ の範囲 でなければなりません$/);
  await assertNoEnglish(page, refused, BAD_LINK);

  // The same notices follow the language; a refusal made now is in English.
  await page.locator('#lang').selectOption('en');
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  const english = await notice.textContent();
  assert.ok(english.includes('batch = "0": the batch size is 0, but it must be a whole number from 1 to 10000.'), english);
  assert.ok(english.includes('unknown activation "relux": use one of'), english);
  await page.locator('#add-at').click();
  assert.match(await refusal.textContent(), /^Not changed: the new point is \(100, 0\), but it must be x1 from -?\d+ to \d+ and x2 from/);
  assert.deepEqual(errors, []);
});

test('a run the engine cannot build says why in Japanese, with the help its reason calls for', TIMEOUT, async (t) => {
  const query = '?lang=ja&user=1:1:0';
  const { page, errors } = await open(t, query);
  const status = page.locator('#status-notice');
  const text = await status.textContent();
  assert.ok(text.includes('プロットをクリックして2点以上追加するか'), `the help for too few points in ${text}`);
  assert.ok(text.includes('点の数 は 1 ですが、2 以上 10000 以下 でなければなりません'), text);
  await assertNoEnglish(page, text, query);

  await page.locator('#lang').selectOption('en');
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  assert.match(await status.textContent(), /Add at least 2 points.*the number of points is 1, but it must be between 2 and 10000/);
  assert.deepEqual(errors, []);
});
