// The page benchmark: the median work of one animation frame of the real page in headless
// Chromium, on the release build in dist/, playing at one epoch per frame; and the shipped size.
// Run `node www/bench/frame.js` after `trunk build --release`.
//
// One frame is everything the page's animation-frame callback does while playing: train one
// epoch, one grid sweep with every heatmap, the loss chart, the numbers, the diagram's links
// (restyled from the weights) and the tabs' URLs (relinked, since the epoch changed). The
// browser's own style, layout and paint afterwards are not included. Not a test: it prints
// figures for the README.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer, DIST } from '../tests/support/index.js';
import { openPlaying, takeWindow } from './playing.js';

const CASES = [
  { name: 'default 2-4-2-1 tanh, 250 training points, batch 10', query: '?speed=1' },
  { name: 'six hidden layers of 8', query: '?layers=8,8,8,8,8,8&speed=1' },
];
/** Frames left out at the start (compiling, first allocations), then frames measured. */
const WARMUP = 30;
const FRAMES = 300;

/** Waits until the page has drawn at least `frames` frames since the last window was taken. */
async function frames(page, count) {
  await page.waitForFunction((n) => window.benchFrames.length >= n, count, { polling: 100, timeout: 60_000 });
}

/** Bytes of the shipped wasm, JS and CSS, raw and gzipped. */
async function shippedSize() {
  const files = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (/\.(wasm|js|css|html)$/.test(entry.name)) files.push(full);
    }
  };
  await walk(DIST);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await readFile(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw, gzip };
}

const server = await startServer();
try {
  for (const c of CASES) {
    const { page, close } = await openPlaying(`${server.url}${c.query}`);
    try {
      await frames(page, WARMUP);
      await takeWindow(page);
      await frames(page, FRAMES);
      const w = await takeWindow(page);
      console.log(`${c.name}: median frame ${w.median.toFixed(3)} ms (p90 ${w.p90.toFixed(3)} ms) over ${w.frames} frames`);
    } finally {
      await close();
    }
  }
  const size = await shippedSize();
  console.log(`shipped: ${size.files} files, ${(size.raw / 1024).toFixed(1)} KiB, ${(size.gzip / 1024).toFixed(1)} KiB gzipped`);
} finally {
  await server.close();
}
