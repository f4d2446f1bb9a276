// The reveal.js example deck (examples/slides/reveal.html) at 960×700, end to end: → moves the
// deck also after a click inside an embed, leaving a slide pauses its playground, and the deck's
// buttons drive the playground through the control API. reveal.js comes from npm in
// examples/slides/ (`npm install --prefix examples/slides`); without it these tests are skipped.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer, DIST } from './support/server.js';
import { openPage } from './support/browser.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REVEAL = new URL('../../examples/slides/node_modules/reveal.js/dist/reveal.js', import.meta.url);
const skip = existsSync(REVEAL) ? false : 'reveal.js is not installed: run `npm install --prefix examples/slides`';
const TIMEOUT = { timeout: 120_000, skip };

let server;
before(async () => {
  if (skip) return;
  assert.ok(existsSync(DIST), 'the page is built (dist/)');
  server = await startServer({ root: ROOT });
});
after(() => server?.close());

/** Opens the deck at 960×700 on slide `slide` and waits until its playground has started. */
async function deck(t, slide) {
  const opened = await openPage(`${server.url}examples/slides/reveal.html#/${slide}`, { waitForWasm: false, viewport: { width: 960, height: 700 } });
  t.after(opened.close);
  await opened.page.waitForFunction(() => document.getElementById('playground').contentWindow.wasmBindings !== undefined);
  const frame = await (await opened.page.$('#playground')).contentFrame();
  await frame.waitForFunction(() => window.wasmBindings !== undefined && document.getElementById('loading') === null);
  return { ...opened, frame };
}

/** The deck's current horizontal slide. */
const slideIndex = (page) => page.evaluate(() => Reveal.getIndices().h);

test('→ moves the deck on after a click inside the embedded playground', TIMEOUT, async (t) => {
  const { page, frame, errors } = await deck(t, 1);
  await frame.locator('#epoch').click();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => Reveal.getIndices().h === 2);
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => Reveal.getIndices().h === 1);
  assert.equal(await slideIndex(page), 1);
  assert.deepEqual(errors, []);
});

test('the deck\'s buttons drive the playground, and leaving its slide pauses it', TIMEOUT, async (t) => {
  const { page, frame, errors } = await deck(t, 1);
  await page.getByRole('button', { name: 'One epoch' }).click();
  await frame.waitForFunction(() => document.getElementById('epoch').textContent === '1');
  await page.waitForFunction(() => document.getElementById('progress').textContent.startsWith('epoch 1,'));
  await page.getByRole('button', { name: 'Play' }).click();
  await frame.waitForFunction(() => document.getElementById('play').dataset.t === 'pause');
  await page.evaluate(() => Reveal.next());
  await frame.waitForFunction(() => document.getElementById('play').dataset.t === 'play');
  await page.evaluate(() => Reveal.prev());
  await frame.waitForFunction(() => document.getElementById('play').dataset.t === 'pause');
  assert.deepEqual(errors, []);
});
