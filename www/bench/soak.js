// The soak benchmark: the real page in headless Chromium, on the release build in dist/, playing
// six hidden layers of 8 at the fastest speed (50 epochs per frame) for some minutes. It prints,
// every half minute, the frames per second, the median and 90th-percentile work of one frame
// (everything the page's animation-frame callback does), the wasm memory and the JS heap; then
// the first and the last window side by side, with the machine's load average. A long run must
// stay as fast, in the same memory.
//
//   node www/bench/soak.js [minutes]      (default 3; after `trunk build --release`)
//
// Not a test: it prints figures for the README.

import { loadavg } from 'node:os';
import { startServer } from '../tests/support/index.js';
import { megabytes, openPlaying, takeWindow } from './playing.js';

const minutes = Number(process.argv[2] ?? 3);
if (!(minutes > 0)) {
  console.error(`soak.js: the minutes must be a positive number, not "${process.argv[2]}"`);
  process.exit(2);
}
const WINDOW_MS = 30_000;
/** Frames at the very start (compiling, first allocations) are not part of any window. */
const WARMUP_MS = 5_000;
const QUERY = '?layers=8,8,8,8,8,8&speed=50';

const line = (label, w) =>
  `${label.padEnd(8)} epoch ${String(w.epoch).padStart(8)}  ${w.fps.toFixed(1).padStart(5)} frames/s  ` +
  `frame median ${w.median.toFixed(1)} ms, p90 ${w.p90.toFixed(1)} ms  wasm ${megabytes(w.wasm)}  JS heap ${megabytes(w.heap)}  ` +
  `load ${w.load.toFixed(1)}`;

const server = await startServer();
const { page, close } = await openPlaying(`${server.url}${QUERY}`);
try {
  await page.waitForTimeout(WARMUP_MS);
  await takeWindow(page);
  const windows = [];
  const start = Date.now();
  const end = start + minutes * 60_000;
  while (Date.now() < end) {
    await page.waitForTimeout(Math.min(WINDOW_MS, end - Date.now()));
    // The machine's 1-minute load average: other work slows the frames, not the run's length.
    const w = { ...(await takeWindow(page)), load: loadavg()[0] };
    windows.push(w);
    console.log(line(`${((Date.now() - start) / 60_000).toFixed(1)} min`, w));
  }
  console.log(`\nsix hidden layers of 8 at 50 epochs per frame, ${minutes} min:`);
  console.log(line('start', windows[0]));
  console.log(line('end', windows.at(-1)));
} finally {
  await close();
  await server.close();
}
