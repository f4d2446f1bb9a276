// The page benchmark: the median time of one frame's work in headless Chromium, on the release
// build in dist/, and the shipped size. Run `node www/bench/frame.js` after `trunk build --release`.
//
// One frame = train one epoch + one grid sweep with every heatmap + the loss chart + the stats,
// the same Playground calls the page makes per animation frame (the DOM updates of the network
// diagram are not included). Not a test: it prints figures for the README.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer, openPage, DIST } from '../tests/support/index.js';

const CASES = [
  { name: 'default 2-4-2-1 tanh, 250 training points, batch 10', query: '' },
  { name: 'six hidden layers of 8', query: '?layers=8,8,8,8,8,8' },
];
const WARMUP = 30;
const FRAMES = 300;

/** Runs in the page: times `frames` frames of work and returns the median in milliseconds. */
function measure({ query, warmup, frames }) {
  const api = window.wasmBindings;
  const pg = new api.Playground(query);
  const canvas = () => document.body.appendChild(document.createElement('canvas'));
  const plot = canvas();
  const loss = canvas();
  loss.width = 600;
  loss.height = 200;
  const thumbnails = Array.from(pg.widths()).flatMap((w) => Array.from({ length: w }, canvas));
  const frame = () => {
    pg.train(1);
    pg.draw(plot, thumbnails, -1);
    pg.drawLoss(loss);
    pg.stats();
  };
  for (let i = 0; i < warmup; i += 1) frame();
  const times = [];
  for (let i = 0; i < frames; i += 1) {
    const start = performance.now();
    frame();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  pg.free();
  return times[Math.floor(times.length / 2)];
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
const { page, close } = await openPage(server.url);
try {
  for (const c of CASES) {
    const median = await page.evaluate(measure, { query: c.query, warmup: WARMUP, frames: FRAMES });
    console.log(`${c.name}: median frame ${median.toFixed(3)} ms over ${FRAMES} frames`);
  }
  const size = await shippedSize();
  console.log(`shipped: ${size.files} files, ${(size.raw / 1024).toFixed(1)} KiB, ${(size.gzip / 1024).toFixed(1)} KiB gzipped`);
} finally {
  await close();
  await server.close();
}
