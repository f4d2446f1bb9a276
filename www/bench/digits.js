// The digits tab's benchmark in headless Chromium, on the release build in dist/: while the tab
// trains the book's 784-50-10 network (Play), the frames per second, the median, 90th and 95th
// percentile and longest frame (time between animation frames) and the updates trained per second; and,
// outside the page's loop, the time of one training iteration (batch of 100 drawn from the
// 8,004 training images, gradient and update) through the wasm handle, sigmoid (the book's) and
// ReLU. Run `node www/bench/digits.js [seconds]` after `trunk build --release`; with
// `accuracy` instead of seconds it trains the book's 10,000 updates for seeds 0–4 (sigmoid and
// ReLU) and prints the test accuracy each reaches. Not a test: it prints figures for the README.

import { startServer, openPage } from '../tests/support/index.js';

const SECONDS = Number(process.argv[2] ?? 20) || 20;
/** Single iterations timed for the median, after a warm-up. */
const ITERATIONS = 400;

/** In the page: records the time between animation frames while `window.benchOn` is set. */
function recordFrames() {
  window.benchGaps = [];
  let last = null;
  const tick = (time) => {
    if (last !== null) window.benchGaps.push(time - last);
    last = time;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * In the page, on a fresh handle: the median time of one training step; the longest time an
 * epoch's end evaluation of all 10,000 images takes when finished at once (`finishEvaluation`,
 * as Pause and Step do) and the longest call of one frame's count of steps spent on an epoch's
 * end (`advance` with `frameSteps()` in one call; Play cuts it into calls and stops at 10 ms);
 * updates per second over 800 updates with their epochs' ends; and the test set classified one
 * image at a time and in batches of 100.
 */
async function timeIterations([query, iterations]) {
  const response = await fetch('digits.bin.gz');
  const bytes = new Uint8Array(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  const lab = new window.wasmBindings.DigitsLab(bytes, query);
  lab.advance(50, undefined);
  lab.finishEvaluation();
  const single = [];
  let evaluation = 0;
  let slice = 0;
  let ends = 0;
  for (let i = 0; i < iterations; i += 1) {
    let start = performance.now();
    lab.advance(1, undefined);
    single.push(performance.now() - start);
    if (lab.report().stepInEpoch !== 0) continue;
    ends += 1;
    if (ends % 2 === 1) {
      start = performance.now();
      lab.finishEvaluation();
      evaluation = Math.max(evaluation, performance.now() - start);
    } else {
      for (let moved = 1; moved > 0 && lab.report().stepInEpoch === 0;) {
        start = performance.now();
        moved = lab.advance(lab.frameSteps(), lab.report().epoch);
        slice = Math.max(slice, performance.now() - start);
      }
      lab.finishEvaluation();
    }
  }
  single.sort((a, b) => a - b);
  const start = performance.now();
  const target = lab.report().updates + 800;
  while (lab.report().updates < target) lab.advance(target - lab.report().updates, undefined);
  const perSecond = 800 / ((performance.now() - start) / 1000);
  const inference = JSON.parse(JSON.stringify(lab.timeInference()));
  lab.free();
  return { median: single[single.length >> 1], evaluation, slice, perSecond, inference };
}

/** In the page: the test accuracy after `updates` updates of the network `query` asks for. */
async function trainedAccuracy([query, updates]) {
  const response = await fetch('digits.bin.gz');
  const bytes = new Uint8Array(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  const lab = new window.wasmBindings.DigitsLab(bytes, query);
  while (lab.report().updates < updates) lab.advance(Math.min(1000, updates - lab.report().updates), undefined);
  lab.advance(1_000_000, lab.report().epoch);
  const r = lab.report();
  lab.free();
  return r;
}

/** Prints the test accuracy after the book's 10,000 updates for seeds 0–4, sigmoid and ReLU. */
async function accuracies(page) {
  for (const activation of ['sigmoid', 'relu']) {
    const found = [];
    for (let seed = 0; seed < 5; seed += 1) {
      const r = await page.evaluate(trainedAccuracy, [`activation=${activation}&seed=${seed}`, 10_000]);
      found.push(`seed ${seed}: ${(100 * r.testAccuracy).toFixed(2)} % (epoch ${r.epoch}, ${r.updates} updates)`);
    }
    console.log(`784-50-10 ${activation}, SGD 0.1, batch 100, 10,000 updates: ${found.join('; ')}`);
  }
}

const stat = (page, name) => page.locator(`.digits-stats dd[data-name="${name}"]`).textContent();
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

const server = await startServer();
try {
  const { page, close } = await openPage(`${server.url}?lesson=digits&lang=en`);
  try {
    await page.locator('.digits-panels').waitFor();
    if (process.argv[2] === 'accuracy') await accuracies(page);
    else await speeds(page);
  } finally {
    await close();
  }
} finally {
  await server.close();
}

/** Prints the time of one iteration, then the frames and updates while the tab plays. */
async function speeds(page) {
  for (const activation of ['sigmoid', 'relu']) {
    const r = await page.evaluate(timeIterations, [`activation=${activation}`, ITERATIONS]);
    console.log(`one iteration, 784-50-10 ${activation}, batch 100: median ${r.median.toFixed(2)} ms (${Math.round(1000 / r.median)}/s); an epoch's evaluation of all 10,000 images at once ${r.evaluation.toFixed(1)} ms, one frame's count spent on an epoch's end in one call at most ${r.slice.toFixed(1)} ms; 800 in a row with the epochs' ends: ${Math.round(r.perSecond)}/s`);
    const { one, batched } = r.inference;
    console.log(`  the test set one image at a time: ${one.ms.toFixed(1)} ms (${(one.ms / one.products).toFixed(3)} ms per 1×784 pass); in batches of 100: ${batched.ms.toFixed(1)} ms; ${(one.ms / batched.ms).toFixed(1)}× slower one at a time`);
  }
  await page.evaluate(recordFrames);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const before = Number((await stat(page, 'updates')).replaceAll(',', ''));
  await page.evaluate(() => { window.benchGaps.length = 0; });
  await page.waitForTimeout(SECONDS * 1000);
  const gaps = (await page.evaluate(() => window.benchGaps.slice())).sort((a, b) => a - b);
  const updates = Number((await stat(page, 'updates')).replaceAll(',', '')) - before;
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  console.log(`playing ${SECONDS} s: ${(gaps.length / SECONDS).toFixed(1)} frames/s, frame median ${quantile(gaps, 0.5).toFixed(1)} ms, p90 ${quantile(gaps, 0.9).toFixed(1)} ms, p95 ${quantile(gaps, 0.95).toFixed(1)} ms, longest ${gaps.at(-1).toFixed(1)} ms; ${Math.round(updates / SECONDS)} updates/s (training's own rate: ${await stat(page, 'speed')}/s), test accuracy ${await stat(page, 'test')}`);
}
