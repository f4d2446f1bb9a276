// The Marp example deck (examples/slides/marp.md), end to end: marp-cli renders it to HTML (with
// HTML enabled, as the README's "Slides" says), and at 1280×720 the embed on each of its slides
// loads the built page (its wasm starts, with no error) and fills the slide. marp-cli comes from
// npm in examples/slides/ (`npm ci --prefix examples/slides`), or `$MARP` names its command;
// without it this test is skipped.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer, DIST } from './support/server.js';
import { openPage } from './support/browser.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MARP = process.env.MARP ?? fileURLToPath(new URL('../../examples/slides/node_modules/.bin/marp', import.meta.url));
const skip = existsSync(MARP) ? false : 'marp-cli is not installed: run `npm ci --prefix examples/slides` (or set $MARP)';
const TIMEOUT = { timeout: 120_000, skip };
const VIEWPORT = { width: 1280, height: 720 };

let server;
before(async () => {
  if (skip) return;
  assert.ok(existsSync(DIST), 'the page is built (dist/)');
  server = await startServer({ root: ROOT });
});
after(() => server?.close());

/** The deck rendered by marp-cli as one HTML file (stdin closed: marp-cli reads a piped stdin as the deck). */
function render() {
  return new Promise((resolve, reject) => {
    const args = ['--html', '--output', '-', 'examples/slides/marp.md'];
    const child = execFile(MARP, args, { cwd: ROOT, maxBuffer: 16 << 20 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
    child.stdin.end();
  });
}

test('the Marp deck renders to HTML and every slide\'s embed loads the page and fills its slide', TIMEOUT, async (t) => {
  const html = await render();
  const sources = [...html.matchAll(/<iframe[^>]* src="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(sources.length >= 5, `the deck embeds the playground and lessons: ${sources}`);
  // Served from memory where the file would be (beside marp.md), so the embeds' `../../dist/` resolve.
  const at = `${server.url}examples/slides/marp.html`;
  const { page, errors, close } = await openPage('about:blank', { waitForWasm: false, viewport: VIEWPORT });
  t.after(close);
  await page.route(at, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(at);
  const embeds = await page.$$('iframe');
  assert.equal(embeds.length, sources.length);
  for (const [i, handle] of embeds.entries()) {
    const frame = await handle.contentFrame();
    await frame.waitForFunction(() => window.wasmBindings !== undefined && document.getElementById('loading') === null);
    // The slide after the title is the first embed's: Marp's deck turns on → and shows one at a time.
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((src) => [...document.querySelectorAll('iframe')].some((f) => f.getAttribute('src') === src && f.getBoundingClientRect().width > 0), sources[i]);
    const box = await handle.boundingBox();
    assert.ok(box.width >= VIEWPORT.width - 1 && box.height >= VIEWPORT.height - 1, `${sources[i]} fills its slide: ${JSON.stringify(box)}`);
  }
  assert.deepEqual(errors, []);
});
