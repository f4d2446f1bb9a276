// The work-cap benchmark: how long one frame's training takes in headless Chromium on the
// release build in dist/, when a frame trains the step budget the handle gives (`frameSteps`):
// a lesson catching up to the link, and the playground playing at speed 50. Run
// `node www/bench/catchup.js` after `trunk build --release`. Not a test: it prints figures for
// the README (the step budgets are in crates/web/src/work.rs).

import { startServer, openPage } from '../tests/support/index.js';

/** The network: 9,000 training points at batch 1 through six hidden layers of 8. */
const BIG = 'points=10000&ratio=0.9&batch=1&layers=8,8,8,8,8,8';
const CASES = [
  { name: 'lesson 6 catching up, the issue\'s link', kind: 'BackpropLesson', query: `${BIG}&epoch=2000` },
  { name: 'lesson 8 catching up, the issue\'s link', kind: 'MinibatchLesson', query: `${BIG}&epoch=2000` },
  { name: 'playground at speed 50, the issue\'s network', kind: 'Playground', query: `${BIG}&speed=50` },
  { name: 'playground at speed 50, default network, 10,000 points at batch 1', kind: 'Playground', query: 'points=10000&ratio=0.9&batch=1&speed=50' },
  { name: 'playground at speed 50, the issue\'s network at full batch', kind: 'Playground', query: 'points=10000&ratio=0.9&batch=10000&layers=8,8,8,8,8,8&speed=50' },
  { name: 'playground at speed 50, the default page', kind: 'Playground', query: 'speed=50' },
];
const FRAMES = 60;

/**
 * Runs in the page: times `frames` frames of training at the handle's step budget; the first
 * frame (where the browser may still be compiling the wasm) is reported apart.
 */
function measure({ kind, query, frames }) {
  const api = window.wasmBindings;
  const handle = new api[kind](query);
  const frame = kind === 'Playground'
    ? () => handle.train(50, handle.frameSteps())
    : () => handle.advance(handle.frameSteps());
  const budget = handle.frameSteps();
  const times = [];
  for (let i = 0; i < frames; i += 1) {
    const start = performance.now();
    frame();
    times.push(performance.now() - start);
  }
  handle.free();
  const first = times.shift();
  times.sort((a, b) => a - b);
  return { budget, first, median: times[Math.floor(times.length / 2)], max: times.at(-1) };
}

const server = await startServer();
const { page, close } = await openPage(server.url);
try {
  for (const c of CASES) {
    const r = await page.evaluate(measure, { kind: c.kind, query: c.query, frames: FRAMES });
    console.log(`${c.name}: ${r.budget} steps a frame, first ${r.first.toFixed(1)} ms, then median ${r.median.toFixed(1)} ms, max ${r.max.toFixed(1)} ms over ${FRAMES - 1} frames`);
  }
} finally {
  await close();
  await server.close();
}
