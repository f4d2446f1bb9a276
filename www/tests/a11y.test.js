// Accessibility on the built page (dist/) in headless Chromium: axe-core finds no violation on
// any view (the playground, the eight lessons and the digits tab once its digits are loaded, in English and Japanese, embedded or not),
// Tab reaches the skip link and the run controls before the network, the focus ring stands out,
// and no select cuts its text. Run: node --test www/tests/a11y.test.js

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { playgroundPages } from './support/lessons.js';
import { openPage } from './support/index.js';

const TIMEOUT = { timeout: 180_000 };
const pages = playgroundPages();

/** Every view: the playground (''), the eight lessons and the digits tab. */
const VIEWS = ['', 'perceptron', 'neuron', 'forward', 'loss', 'descent', 'backprop', 'graph', 'minibatch', 'digits'];

/** The query that opens `view` in `lang`, embedded or not. */
const queryOf = (view, lang, embed) =>
  `?${[view ? `lesson=${view}` : '', `lang=${lang}`, embed ? 'embed=1' : ''].filter(Boolean).join('&')}`;

/** Opens `query` and waits until the view has drawn (a lesson's heading, or the playground's Play) and nothing in it is busy (the digits loading). */
async function openView(t, query, viewport) {
  const opened = await openPage(pages.url(query), viewport ? { viewport } : {});
  t.after(opened.close);
  await opened.page.locator('#loading').waitFor({ state: 'detached' });
  await opened.page.locator('#lesson:visible, #play:visible').first().waitFor();
  await opened.page.waitForFunction(() => document.querySelector('#lesson [aria-busy="true"]') === null, null, { timeout: 60_000 });
  return opened;
}

/** axe-core's violations as readable lines: rule, impact, help, and each node's target and summary. */
function describe(violations) {
  return violations.flatMap((v) => [
    `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s)`,
    ...v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary.replaceAll('\n', ' ')}`),
  ]).join('\n');
}

for (const view of VIEWS) {
  test(`axe-core finds no violation on ${view || 'the playground'} (en, ja; embedded or not)`, TIMEOUT, async (t) => {
    const problems = [];
    for (const lang of ['en', 'ja']) {
      for (const embed of [false, true]) {
        const query = queryOf(view, lang, embed);
        const { page, errors } = await openView(t, query);
        if (view === 'digits') await page.locator('.digits-panels').waitFor();
        const { violations } = await new AxeBuilder({ page }).analyze();
        if (violations.length > 0) problems.push(`${query}\n${describe(violations)}`);
        assert.deepEqual(errors, [], query);
      }
    }
    assert.equal(problems.length, 0, `axe-core violations:\n${problems.join('\n\n')}`);
  });
}

/** The contrast ratio of two CSS colours `rgb(r, g, b)` (WCAG's relative luminance). */
function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, bl] = css.match(/[\d.]+/g).slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** What has focus: its id, or its tag and class. */
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return e.id || `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`;
});

/** The focused element's outline colour and the colour of the nearest opaque background around it. */
const ringAndBackground = (page) => page.evaluate(() => {
  const e = document.activeElement;
  let behind = e.parentElement;
  const opaque = (node) => !/rgba\(.*, 0\)|transparent/.test(getComputedStyle(node).backgroundColor);
  while (behind && !opaque(behind)) behind = behind.parentElement;
  return [getComputedStyle(e).outlineColor, getComputedStyle(behind ?? document.documentElement).backgroundColor,
    getComputedStyle(e).outlineStyle];
});

for (const lang of ['en', 'ja']) {
  test(`playground (${lang}): the first Tab is a skip link to Play, the run controls and settings come before the network, the ring stands out`, TIMEOUT, async (t) => {
    const { page, errors } = await openView(t, `?lang=${lang}`);
    // Walk the Tab order from the top: every run control and setting before the first network link.
    const order = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const e = document.activeElement;
        if (e.closest('.run')) return 'run';
        if (e.closest('.network')) return 'network';
        return 'other';
      });
      if (i === 0) assert.equal(await focused(page), 'skip', 'the first Tab stop is the skip link');
      order.push(where);
      if (where === 'network') break;
    }
    const runCount = await page.locator('.run :is(button, input, select, summary):not(:disabled):visible').count();
    assert.equal(order.filter((w) => w === 'run').length, runCount, 'every run control and setting comes before the network');

    await page.locator('#skip').focus();
    const skip = page.locator('#skip');
    assert.equal(await skip.textContent(), lang === 'en' ? 'Skip to Play and the plot' : '再生ボタンとグラフへ移動');
    assert.ok(await skip.isVisible() && (await skip.boundingBox()).y >= 0, 'the focused skip link shows');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'play', 'two Tabs after the skip link: Reset, then Play');

    for (const id of ['play', 'reset', 'lang']) {
      await page.locator(`#${id}`).focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const [ring, background, style] = await ringAndBackground(page);
      assert.equal(style, 'solid', `#${id} shows a focus ring`);
      assert.ok(contrast(ring, background) >= 3, `#${id}: the focus ring ${ring} on ${background} is ${contrast(ring, background).toFixed(2)}:1`);
    }
    assert.deepEqual(errors, []);
  });
}

test('a lesson: the skip link takes the keyboard to the lesson', TIMEOUT, async (t) => {
  const { page, errors } = await openView(t, '?lesson=neuron&lang=ja');
  await page.keyboard.press('Tab');
  assert.equal(await page.locator('#skip').textContent(), 'レッスンへ移動');
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), 'lesson');
  assert.deepEqual(errors, []);
});

/**
 * In the page: every visible label-like element's line breaks that fall inside a word (by
 * `Intl.Segmenter`'s word boundaries in the page's language), in Japanese every button whose text
 * spills out of it (kept whole, a word must still fit; in English "(regression)" is 4 px wider
 * than a data set's button, left to the data panel's layout), and every select narrower than its
 * longest option (the width it takes unconstrained).
 */
const textFit = (page) => page.evaluate(() => {
  const segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
  const problems = [];
  for (const box of document.querySelectorAll('button, label, th, .tabs a, .group-label')) {
    if (!box.checkVisibility()) continue;
    const spills = box.tagName === 'BUTTON' && box.scrollWidth > box.clientWidth + 1;
    if (spills && document.documentElement.lang === 'ja') problems.push(`button "${box.textContent}" spills out of its box`);
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      const boundaries = new Set([...segmenter.segment(text)].map((s) => s.index));
      let top = null;
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || !text[i].trim()) continue;
        if (top !== null && rect.top > top + 2 && !boundaries.has(i)) problems.push(`"${text.slice(0, i)}|${text.slice(i)}" breaks inside a word`);
        top = rect.top;
      }
    }
  }
  for (const select of document.querySelectorAll('select')) {
    if (!select.checkVisibility()) continue;
    const free = select.cloneNode(true);
    free.removeAttribute('id');
    free.style.cssText = 'position: absolute; width: auto; min-width: 0; max-width: none';
    document.body.append(free);
    const needs = free.offsetWidth;
    free.remove();
    if (needs > select.offsetWidth + 0.5) problems.push(`select #${select.id} is ${select.offsetWidth} px wide, its longest option needs ${needs} px`);
  }
  return problems;
});

for (const width of [1280, 360]) {
  test(`at ${width} px no label breaks inside a word, no Japanese button spills, no select cuts its text (every view, en and ja)`, TIMEOUT, async (t) => {
    const problems = [];
    for (const view of VIEWS) {
      for (const lang of ['ja', 'en']) {
        const query = queryOf(view, lang, false);
        const { page } = await openView(t, query, { width, height: 800 });
        problems.push(...(await textFit(page)).map((p) => `${query}: ${p}`));
      }
    }
    assert.deepEqual(problems, []);
  });
}
