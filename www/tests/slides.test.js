// The reveal.js example deck (examples/slides/reveal.html) at 960×700, end to end: every embed on
// every slide fits without a scroll bar (at 1280×720 too) and no arrow of the deck covers one, →
// moves the deck also after a click inside an embed, a clicker steps a lesson embedded with keys=1 and then turns the slide,
// leaving a slide pauses its playground, and the deck's buttons drive the playground through the
// control API. reveal.js comes from npm in examples/slides/ (`npm install --prefix
// examples/slides`); without it these tests are skipped.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer, DIST } from './support/server.js';
import { openPage } from './support/browser.js';
import { fitProblems } from './support/fit.js';

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

/** The window sizes the deck is shown at: its own slide size, and a 720p projector's. */
const VIEWPORTS = [{ width: 960, height: 700 }, { width: 1280, height: 720 }];

/** Opens the deck in a `viewport` window on slide `slide` and waits until its playground has started. */
async function deck(t, slide, viewport = VIEWPORTS[0]) {
  const opened = await openPage(`${server.url}examples/slides/reveal.html#/${slide}`, { waitForWasm: false, viewport });
  t.after(opened.close);
  await opened.page.waitForFunction(() => document.getElementById('playground').contentWindow.wasmBindings !== undefined);
  const frame = await (await opened.page.$('#playground')).contentFrame();
  await frame.waitForFunction(() => window.wasmBindings !== undefined && document.getElementById('loading') === null);
  return { ...opened, frame };
}

/** The deck's current horizontal slide. */
const slideIndex = (page) => page.evaluate(() => Reveal.getIndices().h);

/** Waits until the page in the iframe `handle` has started and drawn; returns its frame. */
async function started(handle) {
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => window.wasmBindings !== undefined && document.getElementById('loading') === null);
  await frame.waitForFunction(() => document.querySelector('#lesson [aria-busy="true"]') === null);
  await frame.evaluate(() => document.fonts.ready);
  await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return frame;
}

for (const viewport of VIEWPORTS) {
  test(`every embed on every slide fits without a scroll bar at ${viewport.width}×${viewport.height}`, TIMEOUT, async (t) => {
    const { page, errors } = await deck(t, 0, viewport);
    // Without the slide transition, each slide is in place as soon as it is shown.
    const slides = await page.evaluate(() => {
      Reveal.configure({ transition: 'none' });
      return Reveal.getTotalSlides();
    });
    const failures = [];
    let embeds = 0;
    for (let slide = 0; slide < slides; slide += 1) {
      await page.evaluate((n) => Reveal.slide(n), slide);
      await page.waitForFunction((n) => Reveal.getIndices().h === n, slide);
      for (const handle of await page.$$('.reveal .slides > section.present iframe')) {
        embeds += 1;
        const { problems } = await (await started(handle)).evaluate(fitProblems);
        const box = await handle.boundingBox();
        if (box.x < -0.5 || box.y < -0.5 || box.x + box.width > viewport.width + 0.5 || box.y + box.height > viewport.height + 0.5) {
          problems.push(`the iframe lies outside the window: ${JSON.stringify(box)}`);
        }
        if (problems.length > 0) failures.push(`slide ${slide}, ${await handle.getAttribute('src')}:\n  ${problems.join('\n  ')}`);
      }
    }
    assert.ok(embeds >= 6, `the deck embeds the playground and lessons (${embeds} embeds)`);
    assert.deepEqual(failures, []);
    assert.deepEqual(errors, []);
  });
}

test('the deck\'s arrows cover no embed on any slide (the keys and a clicker move it)', TIMEOUT, async (t) => {
  const { page, errors } = await deck(t, 0);
  const slides = await page.evaluate(() => {
    Reveal.configure({ transition: 'none' });
    return Reveal.getTotalSlides();
  });
  const overlaps = [];
  for (let slide = 0; slide < slides; slide += 1) {
    await page.evaluate((n) => Reveal.slide(n), slide);
    await page.waitForFunction((n) => Reveal.getIndices().h === n, slide);
    overlaps.push(...await page.evaluate(() => {
      const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
      const arrows = [...document.querySelectorAll('.reveal .controls button')].filter(shown);
      const embeds = [...document.querySelectorAll('.reveal .slides > section.present iframe')];
      const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return arrows.flatMap((arrow) => embeds.filter((embed) => meet(arrow.getBoundingClientRect(), embed.getBoundingClientRect()))
        .map((embed) => `slide ${Reveal.getIndices().h}: ${arrow.className} over ${embed.getAttribute('src')}`));
    }));
  }
  assert.deepEqual(overlaps, []);
  await page.evaluate(() => Reveal.slide(1));
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => Reveal.getIndices().h === 2);
  assert.deepEqual(errors, []);
});

test('a clicker steps a lesson embedded with keys=1, then turns the slide; ← steps back', TIMEOUT, async (t) => {
  const { page, errors } = await deck(t, 3);
  const handle = await page.$('iframe[src*="lesson=forward"]');
  const frame = await started(handle);
  await frame.getByText('Clicker:').waitFor();
  // The deck gives the focus to the clicker's embed when its slide shows (deck.js).
  await page.waitForFunction(() => document.activeElement?.matches('iframe[src*="lesson=forward"]'));
  const computed = () => frame.locator('#lesson .lesson-log').textContent();
  assert.match(await computed(), /^1 of 3 layers/);
  await page.keyboard.press('PageDown');
  await frame.waitForFunction(() => /^2 of 3/.test(document.querySelector('#lesson .lesson-log').textContent));
  await page.keyboard.press('Space');
  await frame.waitForFunction(() => /^3 of 3/.test(document.querySelector('#lesson .lesson-log').textContent));
  assert.equal(await slideIndex(page), 3, 'the deck stays while the lesson has steps left');
  await page.keyboard.press('PageDown');
  await page.waitForFunction(() => Reveal.getIndices().h === 4);
  assert.match(await computed(), /^3 of 3/, 'the last step turned the slide and stepped nothing');
  // Back on the slide, ← goes back through the lesson before the deck.
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => Reveal.getIndices().h === 3);
  await page.waitForFunction(() => document.activeElement?.matches('iframe[src*="lesson=forward"]'));
  await page.keyboard.press('ArrowLeft');
  await frame.waitForFunction(() => /^2 of 3/.test(document.querySelector('#lesson .lesson-log').textContent));
  assert.equal(await slideIndex(page), 3);
  assert.deepEqual(errors, []);
});

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
