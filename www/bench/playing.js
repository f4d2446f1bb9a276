// What the benchmarks share: the real page in headless Chromium, playing, with every animation
// frame's work timed and the wasm module's memory in reach.
//
// Before the page loads, an init script wraps `requestAnimationFrame` so that each callback (the
// page's whole frame: train, draw every canvas, the numbers, the diagram's links, the tabs' URLs)
// is timed, and keeps the wasm exports that trunk's loader passes with its start event.

import { openPage } from '../tests/support/index.js';

/** Runs in the page before its scripts: records `{ at, ms }` for every animation-frame callback. */
function instrument() {
  window.benchFrames = [];
  const request = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => request((time) => {
    const start = performance.now();
    callback(time);
    window.benchFrames.push({ at: start, ms: performance.now() - start });
  });
  addEventListener('TrunkApplicationStarted', (event) => { window.benchWasm = event.detail?.wasm; }, { once: true });
}

/**
 * Opens the page at `url` (its query picks the network and the speed), waits for the
 * playground, and presses Play. Returns `{ page, close }`.
 */
export async function openPlaying(url) {
  const opened = await openPage('about:blank', { waitForWasm: false });
  const { page } = opened;
  await page.addInitScript(instrument);
  await page.goto(url);
  await page.waitForFunction(() => window.wasmBindings !== undefined && !document.getElementById('loading'));
  if (!(await page.evaluate(() => window.benchWasm?.memory instanceof WebAssembly.Memory))) {
    throw new Error("trunk's start event did not carry the wasm exports: the wasm memory cannot be read");
  }
  await page.click('#play');
  return opened;
}

/**
 * The frames since the last call: how many per second, the median and 90th percentile of their
 * work in milliseconds, the wasm memory and the JS heap in bytes, and the epoch shown.
 */
export async function takeWindow(page) {
  const taken = await page.evaluate(() => {
    const frames = window.benchFrames.splice(0);
    return {
      frames,
      wasm: window.benchWasm.memory.buffer.byteLength,
      heap: performance.memory?.usedJSHeapSize ?? NaN,
      epoch: Number(document.getElementById('epoch').textContent),
    };
  });
  const ms = taken.frames.map((f) => f.ms).sort((a, b) => a - b);
  const span = taken.frames.length > 1 ? (taken.frames.at(-1).at - taken.frames[0].at) / 1000 : NaN;
  return {
    frames: ms.length,
    fps: (ms.length - 1) / span,
    median: ms[Math.floor(ms.length / 2)],
    p90: ms[Math.floor(ms.length * 0.9)],
    wasm: taken.wasm,
    heap: taken.heap,
    epoch: taken.epoch,
  };
}

/** Bytes as megabytes (10⁶), one decimal. */
export const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
