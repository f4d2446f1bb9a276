// Headless Debian Chromium driven by playwright-core, recording every error the page shows.
// `openPage(url)` → { page, errors, responses, response, close }.

import { chromium } from 'playwright-core';

/** The system Chromium (never a downloaded one), or `$CHROMIUM`. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Flags for running as root in a container without a GPU, and without talking to the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Launches Chromium, opens `url` and, unless `waitForWasm` is false, waits until trunk's loader has
 * started the wasm module (`window.wasmBindings` is set, after `#[wasm_bindgen(start)]` ran).
 *
 * `errors` collects, as readable strings, every console error, uncaught page error and failed
 * request from the start, so a test ends with `assert.deepEqual(errors, [])`. `responses` holds
 * every response the page received (playwright `Response`s), `response` the page's own.
 * Call `close()` when done (e.g. `t.after(close)`): it closes the browser.
 *
 * @param {string} url
 * @param {{ waitForWasm?: boolean, timeout?: number, viewport?: { width: number, height: number } }} [options]
 */
export async function openPage(url, { waitForWasm = true, timeout = 30_000, viewport } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout });
  try {
    const context = await browser.newContext(viewport ? { viewport } : {});
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    const errors = [];
    const responses = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url: where, lineNumber } = message.location();
      errors.push(`console error: ${message.text()}${where ? ` (${where}:${lineNumber})` : ''}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`));
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText;
      // A reload or navigation cancels what is still loading (often the icon): not a page error.
      if (reason === 'net::ERR_ABORTED') return;
      errors.push(`request failed: ${request.url()} (${reason})`);
    });
    page.on('response', (response) => responses.push(response));
    const response = await page.goto(url);
    if (waitForWasm) {
      await page.waitForFunction(() => window.wasmBindings !== undefined).catch((cause) => {
        throw new Error(`the wasm module did not start; errors so far: ${JSON.stringify(errors)}`, { cause });
      });
    }
    return { page, errors, responses, response, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
