// One section of a lesson per slide: every section of every lesson (`?lesson=…&embed=1&section=…`,
// the names from the wasm `lessonRoute`), in English and in Japanese, fits a 960×700 and a
// 1280×720 frame with no scroll bar: the page does not scroll, nothing inside it scrolls, every
// element shown lies inside the frame, and the section's charts are shown whole and large. At
// 960×700 axe-core finds no violation on any of them either.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { startServer } from './support/server.js';
import { CHROMIUM, CHROMIUM_ARGS } from './support/browser.js';
import { fitProblems } from './support/fit.js';

const VIEWPORTS = [{ width: 960, height: 700 }, { width: 1280, height: 720 }];

/**
 * Links to where a lesson has the most to show (a clicker leaves it there: its last step, the
 * widest batch, training far along), checked as well as the lesson as it opens.
 */
const LAST_STEPS = {
  forward: 'm=5&layer=3&out=softmax',
  graph: 'shop=apple-orange&step=4&net=sigmoid&layer=4',
  minibatch: 'lr=10&optimizer=adam&epoch=200',
};

let server;
before(async () => {
  server = await startServer();
});
after(() => server.close());

/** The lessons the page has (the tabs other than the playground's) and each one's sections. */
async function lessonsAndSections(page) {
  await page.goto(`${server.url}?lesson=perceptron&embed=1`);
  await page.waitForFunction(() => window.wasmBindings !== undefined);
  return page.evaluate(() => [...document.querySelectorAll('.tabs a[data-view]')]
    .map((tab) => tab.dataset.view)
    .filter((view) => view !== 'playground')
    .map((lesson) => ({ lesson, sections: window.wasmBindings.lessonRoute(`lesson=${lesson}`).view.sections })));
}

for (const viewport of VIEWPORTS) {
  test(`every section of every lesson fits a ${viewport.width}×${viewport.height} embed in both languages`, { timeout: 600_000 }, async (t) => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    t.after(() => browser.close());
    const page = await (await browser.newContext({ viewport })).newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const lessons = await lessonsAndSections(page);
    assert.ok(lessons.length >= 8, `the page has its eight lessons: ${JSON.stringify(lessons)}`);
    const failures = [];
    for (const { lesson, sections } of lessons) {
      assert.ok(sections.length >= 2, `${lesson} has sections`);
      for (const section of sections) {
        const states = [[], ...(LAST_STEPS[lesson] ? [[LAST_STEPS[lesson]]] : [])];
        for (const [lang, state] of ['en', 'ja'].flatMap((l) => states.map((more) => [l, more]))) {
          const query = [`?lesson=${lesson}&embed=1&section=${section}&lang=${lang}`, ...state].join('&');
          await page.goto(`${server.url}${query}`);
          await page.waitForFunction((s) => document.getElementById('lesson')?.dataset.section === s, section);
          // A lesson on the playground's network has trained the epochs asked when nothing is busy.
          await page.waitForFunction(() => document.querySelector('#lesson [aria-busy="true"]') === null);
          await page.evaluate(() => document.fonts.ready);
          // A chart is drawn on the frame after its box is laid out (ResizeObserver).
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          const { problems, charts, parts } = await page.evaluate(fitProblems);
          if (parts === 0) problems.push('nothing of the section is shown');
          const small = charts.filter((height) => height < viewport.height * 0.3);
          if (small.length > 0) problems.push(`charts smaller than 30 % of the frame's height: ${small.join(', ')} px`);
          if (viewport === VIEWPORTS[0]) {
            const { violations } = await new AxeBuilder({ page }).analyze();
            for (const v of violations) problems.push(`axe-core: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
          }
          const notices = await page.locator('#notices').innerText();
          if (notices.trim() !== '') problems.push(`a notice is shown: ${notices}`);
          if (problems.length > 0) failures.push(`${query}:\n  ${problems.join('\n  ')}`);
        }
      }
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(errors, []);
  });
}

test('a section a lesson does not have gives a notice naming the allowed ones, and the whole lesson shows', { timeout: 120_000 }, async (t) => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  t.after(() => browser.close());
  const page = await (await browser.newContext({ viewport: VIEWPORTS[0] })).newPage();
  await page.goto(`${server.url}?lesson=descent&embed=1&lang=en&section=panels&keys=2`);
  await page.getByText('section = "panels" is not one of all, descent, race; all is used.').waitFor();
  await page.getByText('keys = "2" is not one of 0, 1; 0 is used.').waitFor();
  assert.equal(await page.locator('#lesson').getAttribute('data-section'), null);
  assert.equal(await page.locator('#lesson .off-section').count(), 0, 'every part of the lesson is shown');
  const written = new URLSearchParams(await page.evaluate(() => location.search));
  assert.deepEqual([written.has('section'), written.has('keys')], [false, false], 'the URL keeps only what is used');
  await page.goto(`${server.url}?lesson=perceptron&embed=1&lang=en&section=learn&keys=1`);
  await page.getByRole('button', { name: 'Learn from one example' }).click();
  const kept = new URLSearchParams(await page.evaluate(() => location.search));
  assert.deepEqual([kept.get('section'), kept.get('keys'), kept.get('embed')], ['learn', '1', '1'], 'a change keeps the view in the URL');
});
