// The keyboard shortcuts (www/js/keys.js) in headless Chromium on the built page (dist/): on the
// playground Space plays and pauses, → steps one epoch, R resets, ? lists the keys in a dialog that
// Esc closes (focus back where it was); keys typed in a field or with Ctrl stay there; on the
// forward lesson → / PageDown and ← / PageUp step and go back, and it opens at step 1; the help in
// both languages; in an embed the deck's keys (Space, arrows, PageUp/PageDown) go to the deck, and
// the others are only taken while the hint shows them.
// Run: node --test www/tests/keys.test.js

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lessonPages, playgroundPages } from './support/lessons.js';

const TIMEOUT = { timeout: 90_000 };
const playground = playgroundPages();
const lessons = lessonPages();

/** The playground's epoch read-out, as a number. */
const epochOf = async (page) => Number(await page.locator('#epoch').textContent());
/** Waits until the epoch read-out passes `epoch`. */
const epochAbove = (page, epoch) => page.waitForFunction((e) => Number(document.getElementById('epoch').textContent) > e, epoch);
/** Waits until the epoch read-out shows `epoch`. */
const epochIs = (page, epoch) => page.waitForFunction((e) => Number(document.getElementById('epoch').textContent) === e, epoch);
/** The texts of the help dialog's rows: `keys — what they do`. */
const helpRows = (page) => page.getByRole('dialog').locator('tr').evaluateAll((rows) =>
  rows.map((row) => `${[...row.querySelectorAll('kbd')].map((k) => k.textContent).join(' ')} — ${row.querySelector('td').textContent}`));

test('on the playground Space plays and pauses, → steps one epoch and R resets to epoch 0', TIMEOUT, async (t) => {
  const { page, errors } = await playground.open(t, '?data=xor&seed=1&lang=en');
  assert.equal(await page.locator('.keys-hint').isVisible(), true);
  assert.equal(await epochOf(page), 0);
  await page.keyboard.press('Space');
  await epochAbove(page, 3);
  assert.equal(await page.locator('#play').textContent(), 'Pause');
  await page.keyboard.press('Space');
  assert.equal(await page.locator('#play').textContent(), 'Play');
  const paused = await epochOf(page);
  await page.waitForTimeout(300);
  assert.equal(await epochOf(page), paused, 'the epoch stays once paused');
  await page.keyboard.press('ArrowRight');
  await epochIs(page, paused + 1);
  await page.keyboard.press('PageDown');
  await epochIs(page, paused + 2);
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('r');
  await epochIs(page, 0);
  assert.deepEqual(errors, []);
});

test('a space typed in a field, or Space on a focused button, does not press Play again', TIMEOUT, async (t) => {
  const { page, errors } = await playground.open(t, '?data=xor&seed=1&lang=en');
  const field = page.locator('#add-x1');
  await field.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('r');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#play').textContent(), 'Play');
  assert.equal(await epochOf(page), 0);
  // Space on the focused Play button presses it once (the browser's own press), not twice.
  await page.locator('#play').focus();
  await page.keyboard.press('Space');
  await epochAbove(page, 0);
  assert.equal(await page.locator('#play').textContent(), 'Pause');
  assert.deepEqual(errors, []);
});

test('? lists the playground\'s keys in a dialog; Esc closes it and gives the focus back', TIMEOUT, async (t) => {
  const { page, errors } = await playground.open(t, '?lang=en');
  await page.locator('#step-epoch').focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  assert.equal(await dialog.evaluate((d) => d.contains(document.activeElement)), true, 'the focus moved into the dialog');
  assert.deepEqual(await helpRows(page), [
    'Space — Play / Pause', '→ PageDown — Step one epoch', 'R — Reset', 'P — Presentation mode', '? — Show this list', 'Esc — Close this list',
  ]);
  // While the help is open, the keys do not reach the page.
  await page.keyboard.press('ArrowRight');
  assert.equal(await epochOf(page), 0);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'step-epoch');
  assert.deepEqual(errors, []);
});

test('the help and the hint in Japanese', TIMEOUT, async (t) => {
  const { page, errors } = await playground.open(t, '?lang=ja');
  assert.match(await page.locator('.keys-hint').textContent(), /^キー操作：\?で一覧$/);
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'キーボードショートカット' }).waitFor();
  assert.deepEqual(await helpRows(page), [
    'スペース — 再生 / 一時停止', '→ PageDown — 1エポック進める', 'R — リセット', 'P — 発表モード', '? — この一覧を表示', 'Esc — この一覧を閉じる',
  ]);
  await page.getByRole('button', { name: '閉じる', exact: true }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  assert.deepEqual(errors, []);
});

test('the forward lesson opens at step 1; → / PageDown step, ← / PageUp go back, R starts over', TIMEOUT, async (t) => {
  const { page, errors } = await lessons.open(t, '?lesson=forward&lang=en', 'Forward propagation and batches');
  const layers = () => page.locator('.forward-layer').count();
  assert.equal(await layers(), 1);
  assert.equal(await page.locator('.keys-hint').isVisible(), true);
  await page.keyboard.press('ArrowRight');
  assert.equal(await layers(), 2);
  await page.keyboard.press('PageDown');
  assert.equal(await layers(), 3);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await layers(), 2);
  await page.keyboard.press('PageUp');
  assert.equal(await layers(), 1);
  await page.keyboard.press('R');
  assert.equal(await layers(), 0);
  // Nothing to go back to: ← is left to the browser (the Previous layer button is disabled too).
  assert.equal(await page.getByRole('button', { name: 'Previous layer', exact: true }).isDisabled(), true);
  await page.keyboard.press('?');
  assert.deepEqual(await helpRows(page), [
    '→ PageDown — Next layer', '← PageUp — Previous layer', 'R — Start over', 'P — Presentation mode', '? — Show this list', 'Esc — Close this list',
  ]);
  assert.deepEqual(errors, []);
});

test('in an embed the deck\'s keys are left to the deck, R only while the hint shows it, and nothing takes the focus', TIMEOUT, async (t) => {
  const { page, errors } = await lessons.open(t, '?lesson=forward&embed=1&lang=en', 'Forward propagation and batches');
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'no autofocus');
  /** Whether the page took (prevented) a keydown of `key` sent to the document body. */
  const taken = (key) => page.evaluate((k) => {
    const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    return event.defaultPrevented;
  }, key);
  for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', ' ']) {
    assert.equal(await taken(key), false, `${key} is the deck's`);
  }
  assert.equal(await page.locator('.forward-layer').count(), 1, 'the lesson did not move');
  assert.doesNotMatch(await page.locator('.keys-hint').textContent(), /→|PageDown/, 'the hint shows only the keys it takes');
  assert.equal(await taken('r'), true);
  await page.addStyleTag({ content: '.keys-hint { display: none; }' });
  assert.equal(await taken('r'), false);
  assert.equal(await taken('?'), false);
  assert.deepEqual(errors, []);
});

test('on the mini-batch lesson Space plays and pauses and R goes back to epoch 0', TIMEOUT, async (t) => {
  const { page, errors } = await lessons.open(t, '?lesson=minibatch&data=xor&points=200&lang=en', 'Mini-batches and SGD');
  const epoch = () => page.locator('.minibatch-table td[data-name="epoch"]').first().textContent();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => Number(document.querySelector('.minibatch-table td[data-name="epoch"]').textContent) >= 3);
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  const paused = await epoch();
  await page.waitForTimeout(300);
  assert.equal(await epoch(), paused, 'the epoch stays once paused');
  await page.keyboard.press('r');
  await page.waitForFunction(() => document.querySelector('.minibatch-table td[data-name="epoch"]').textContent === '0');
  assert.deepEqual(errors, []);
});
