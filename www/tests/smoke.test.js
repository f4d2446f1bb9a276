// The built page (dist/) loads in headless Chromium, under a sub-path, without a single error.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openPage } from './support/index.js';

test('the built page loads its wasm and icon, is titled Asaku and logs no error', { timeout: 60_000 }, async (t) => {
  // A sub-path, as when the page is hosted inside slides: it only works if every URL is relative.
  const server = await startServer({ base: '/slides/asaku/' });
  t.after(server.close);
  const { page, errors, responses, response, close } = await openPage(server.url);
  t.after(close);

  assert.equal(response.status(), 200, 'index.html');
  assert.equal(await page.title(), 'Asaku');

  const wasm = responses.filter((r) => new URL(r.url()).pathname.endsWith('.wasm'));
  assert.deepEqual(wasm.map((r) => [r.status(), r.headers()['content-type']]), [[200, 'application/wasm']]);

  const icon = await page.locator('link[rel~="icon"]').getAttribute('href');
  assert.ok(icon, 'the page links an icon (else Chromium asks for /favicon.ico and logs a 404)');
  const iconResponse = await page.request.get(new URL(icon, page.url()).href);
  assert.equal(iconResponse.status(), 200, `the icon ${icon}`);

  assert.deepEqual(errors, []);
});
