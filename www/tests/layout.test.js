// The playground's first screen, touch targets and embeds, in headless Chromium on the built page
// (dist/): what a lecturer sees on a projector or in a slide, and a student on a phone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { playgroundPages } from './support/lessons.js';

const TIMEOUT = { timeout: 90_000 };
const pages = playgroundPages();

/** Opens the playground at `query` in a `width`×`height` window. */
const openAt = (t, width, height, query = '') => pages.open(t, query, { viewport: { width, height } });

/** The bounding boxes (CSS px, in the viewport) of the elements `ids`, by id. */
const boxes = (page, ids) => page.evaluate((list) => Object.fromEntries(list.map((id) => {
  const { left, top, right, bottom, width, height } = document.getElementById(id).getBoundingClientRect();
  return [id, { left, top, right, bottom, width, height }];
})), ids);

/** Whether `box` lies wholly inside a `width`×`height` viewport. */
const inside = (box, width, height) => box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;

/** The first screens tested: every size in both languages, and present mode at the projector's sizes. */
const FIRST_SCREENS = [[1280, 720], [1024, 768], [1920, 1080]].flatMap(([width, height]) => [
  ...['en', 'ja'].map((lang) => ({ width, height, query: `?lang=${lang}` })),
  ...(width === 1024 ? [] : ['en', 'ja'].map((lang) => ({ width, height, query: `?lang=${lang}&present=1` }))),
]);

for (const { width, height, query } of FIRST_SCREENS) {
  test(`at ${width}×${height} (${query}) the data choice, network, whole plot, Play and epoch show without scrolling; the tabs fit, the speed's label on two lines`, TIMEOUT, async (t) => {
    const { page, errors } = await openAt(t, width, height, query);
    const seen = await boxes(page, ['plot', 'play', 'epoch', 'datasets', 'diagram']);
    for (const id of ['plot', 'play', 'epoch']) assert.ok(inside(seen[id], width, height), `${id} ${JSON.stringify(seen[id])}`);
    assert.ok(seen.plot.width >= 360 && seen.plot.height >= 360, `plot ${JSON.stringify(seen.plot)}`);
    // The data choice and the network start on screen (the network's diagram may run on below).
    for (const id of ['datasets', 'diagram']) assert.ok(seen[id].top >= 0 && seen[id].top + 100 <= height, `${id} ${JSON.stringify(seen[id])}`);
    assert.equal(await page.locator('#settings').isVisible(), false, 'the settings start folded away');
    const fit = await page.evaluate(() => {
      const tabs = document.querySelector('.tabs');
      const label = document.querySelector('.run .speed label');
      const lines = label.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(label).lineHeight);
      return { tabs: [tabs.scrollWidth, tabs.clientWidth], lines: Math.round(lines) };
    });
    assert.ok(fit.tabs[0] <= fit.tabs[1], `the tab strip fits without scrolling sideways: ${fit.tabs}`);
    assert.ok(fit.lines <= 2, `the speed's label takes ${fit.lines} lines`);
    assert.deepEqual(errors, []);
  });
}

for (const lang of ['en', 'ja']) {
  test(`at 360×740 (${lang}) Play and the whole plot show together and the tabs take one row`, TIMEOUT, async (t) => {
    const { page, errors } = await openAt(t, 360, 740, `?lang=${lang}`);
    const seen = await boxes(page, ['plot', 'play']);
    for (const id of ['plot', 'play']) assert.ok(inside(seen[id], 360, 740), `${id} ${JSON.stringify(seen[id])}`);
    const tops = await page.locator('.tabs a').evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect().top));
    assert.equal(new Set(tops).size, 1, `tab tops ${tops}`);
    // One row is a strip that scrolls, not a page that does.
    const page_ = await page.evaluate(() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]);
    assert.equal(page_[0], page_[1]);
    assert.deepEqual(errors, []);
  });
}

/**
 * Every shown interactive element of the playground at 360 px that is smaller than 24×24 px.
 * Exceptions (WCAG 2.5.8): the weight links are SVG curves whose 24 px wide hit stroke is the
 * target (their bounding box is the curve's, as thin as a horizontal line), and a tap between
 * overlapping strokes opens the nearest curve (tested below).
 */
const smallTargets = (page) => page.evaluate(() => {
  const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  const all = document.querySelectorAll('button, a[href], input, select, summary, [tabindex]:not(g.link)');
  return [...all].filter(shown).map((e) => {
    const { width, height } = e.getBoundingClientRect();
    return { what: `${e.tagName.toLowerCase()}#${e.id}.${e.className} ${e.getAttribute('aria-label') ?? e.textContent.trim().slice(0, 20)}`, width, height };
  }).filter(({ width, height }) => width < 24 || height < 24);
});

test('at 360 px every touch target is at least 24×24 px', TIMEOUT, async (t) => {
  const { page, errors } = await openAt(t, 360, 740);
  await page.getByText('Training settings', { exact: true }).click();
  assert.deepEqual(await smallTargets(page), []);
  assert.deepEqual(errors, []);
});

test('a tap where weight links overlap opens the nearest link, not the one drawn on top', TIMEOUT, async (t) => {
  const { page, errors } = await openAt(t, 360, 740, '?layers=8,8');
  // A point on one link's curve that the hit stroke of another link covers.
  await page.locator('#diagram').scrollIntoViewIfNeeded();
  const spot = await page.evaluate(() => {
    const links = [...document.querySelectorAll('g.link')];
    /** The page-pixel point at `length` along `path`. */
    const at = (path, length) => {
      const m = path.getScreenCTM();
      const p = path.getPointAtLength(length);
      return [m.a * p.x + m.c * p.y + m.e, m.b * p.x + m.d * p.y + m.f];
    };
    /** How far (x, y) is from the nearest curve of a link other than `own`, in page pixels. */
    const nearestOther = (own, x, y) => Math.min(...links.filter((l) => l !== own).map((l) => {
      const path = l.querySelector('.hit');
      const total = path.getTotalLength();
      let best = Infinity;
      for (let k = 0; k <= 200; k += 1) {
        const [px, py] = at(path, (total * k) / 200);
        best = Math.min(best, Math.hypot(px - x, py - y));
      }
      return best;
    }));
    for (const link of links) {
      const path = link.querySelector('.hit');
      // The SVG may be scaled to its box: map its user units to the page's pixels.
      const m = path.getScreenCTM();
      for (let i = 1; i < 20; i += 1) {
        const p = path.getPointAtLength((path.getTotalLength() * i) / 20);
        const [x, y] = [m.a * p.x + m.c * p.y + m.e, m.b * p.x + m.d * p.y + m.f];
        if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) continue;
        const top = document.elementFromPoint(x, y)?.closest('g.link');
        // Clearly nearer its own curve: every other curve at least 4 px away.
        if (top && top !== link && nearestOther(link, x, y) >= 4) return { x, y, want: link.getAttribute('aria-label') };
      }
    }
    return null;
  });
  assert.ok(spot, 'no overlapping links found');
  await page.mouse.click(spot.x, spot.y);
  assert.equal(await page.locator('#editor-title').textContent(), spot.want);
  assert.deepEqual(errors, []);
});

/** Whether the page scrolls (either way) in its window. */
const scrolls = (page) => page.evaluate(() => {
  const s = document.scrollingElement;
  return { down: s.scrollHeight > s.clientHeight, across: s.scrollWidth > s.clientWidth };
});

const EMBED_SIZES = [[960, 700, 'en'], [1280, 720, 'en'], [960, 700, 'ja'], [1280, 720, 'ja']];
for (const [width, height, lang, present] of EMBED_SIZES.flatMap((size) => [[...size, ''], [...size, '&present=1']])) {
  test(`the playground's embed fits ${width}×${height} with no scroll bar (${lang}${present})`, TIMEOUT, async (t) => {
    const { page, errors } = await openAt(t, width, height, `?embed=1&lang=${lang}${present}`);
    assert.deepEqual(await scrolls(page), { down: false, across: false });
    // Of the masthead only its heading stays, in a 1 px box for screen readers.
    assert.ok((await page.locator('.masthead').boundingBox()).height <= 1, 'no masthead on screen');
    assert.equal(await page.locator('.masthead select').isVisible(), false);
    assert.equal(await page.locator('.tabs').isVisible(), false);
    assert.equal(await page.locator('.notice').count(), 0, 'embed is a setting: no notice');
    assert.ok(await page.locator('#plot').isVisible());
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY', 'no autofocus');
    assert.deepEqual(errors, []);
  });
}

test('each *_hide key hides its part and keeps the read-outs beside it', TIMEOUT, async (t) => {
  const { page, errors } = await openAt(t, 1280, 720);
  const hides = [
    ['data_hide', '.panel.data', []],
    ['settings_hide', '.more-settings', ['#epoch']],
    ['layers_hide', '#add-layer', ['#layers-count']],
    ['speed_hide', '#speed', ['#speed-value']],
    ['activation_hide', '#activation', ['#train-loss']],
  ];
  for (const [key, hidden, kept] of hides) {
    await page.goto(pages.url(`?${key}=1`));
    await page.getByRole('button', { name: 'Play' }).waitFor();
    assert.equal(await page.locator(hidden).isVisible(), false, `${key} hides ${hidden}`);
    for (const readOut of kept) assert.ok(await page.locator(readOut).isVisible(), `${key} keeps ${readOut}`);
    assert.ok(await page.locator('#plot').isVisible());
    assert.equal(await page.locator('.notice').count(), 0, key);
    assert.match(page.url(), new RegExp(`${key}=1`), 'the key stays in the URL');
  }
  await page.goto(pages.url('?data=xor'));
  await page.getByRole('button', { name: 'Play' }).waitFor();
  for (const [, hidden] of hides) assert.ok(await page.locator(hidden).isVisible(), `${hidden} shows by default`);
  assert.deepEqual(errors, []);
});

test('the plot shows its axes: x₁ ticks along the bottom, x₂ along the left, at their values', TIMEOUT, async (t) => {
  const { page, errors } = await openAt(t, 1280, 720);
  const read = () => page.evaluate(() => {
    const plot = document.getElementById('plot').getBoundingClientRect();
    const at = (axis) => [...document.querySelectorAll(`.tick.${axis}`)].map((tick) => {
      const r = tick.getBoundingClientRect();
      return { text: tick.textContent, x: (r.left + r.width / 2 - plot.left) / plot.width, y: (r.top + r.height / 2 - plot.top) / plot.height };
    });
    return { x1: at('x1'), x2: at('x2') };
  });
  const near = (a, b) => Math.abs(a - b) < 0.01;
  let axes = await read();
  assert.deepEqual(axes.x1.map((tick) => tick.text), ['−4', '−2', '0', '2', '4']);
  assert.deepEqual(axes.x2.map((tick) => tick.text), ['−4', '−2', '0', '2', '4']);
  // On [−6, 6]: −4 is a sixth of the way from the left, and x₂ = 4 a sixth of the way from the top.
  assert.ok(near(axes.x1[0].x, 1 / 6) && near(axes.x1[2].x, 0.5) && axes.x1[0].y > 0.95, JSON.stringify(axes.x1));
  assert.ok(near(axes.x2[4].y, 1 / 6) && near(axes.x2[2].y, 0.5) && axes.x2[0].x < 0.05, JSON.stringify(axes.x2));
  await page.getByRole('button', { name: 'XOR gate', exact: true }).click();
  axes = await read();
  assert.deepEqual(axes.x1.map((tick) => tick.text), ['0', '0.5', '1']);
  // On [−0.5, 1.5]: 0 is a quarter of the way from the left.
  assert.ok(near(axes.x1[0].x, 0.25), JSON.stringify(axes.x1));
  assert.deepEqual(errors, []);
});
