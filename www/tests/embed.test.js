// The control API and the deck's keys, end to end: a small parent page (deck.html, answered by
// the test itself on the server's origin) embeds the served playground or a lesson in an iframe and talks to it with postMessage, as a
// slide deck would.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/server.js';
import { openPage } from './support/browser.js';

const TIMEOUT = { timeout: 120_000 };

let server;
before(async () => {
  server = await startServer();
});
after(() => server.close());

/**
 * Opens a parent page that embeds `query` at 960×700 and records every message it receives
 * (`window.received`). Returns { page, frame, errors, warnings, send, reply }: `send(data)` posts
 * `data` to the embed, `reply(id)` waits for the embed's answer with that `id`.
 */
async function embed(t, query) {
  const opened = await openPage('about:blank', { waitForWasm: false });
  t.after(opened.close);
  const { page } = opened;
  const body = `<script>window.received = []; addEventListener('message', (e) => received.push(e.data));</script>
    <iframe id="embed" title="Asaku" src="./${query}" width="960" height="700"></iframe>`;
  await page.route(`${server.url}deck.html`, (route) => route.fulfill({ contentType: 'text/html', body }));
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${server.url}deck.html`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await frame.waitForFunction(() => window.wasmBindings !== undefined && document.getElementById('loading') === null);
  const send = (data) => page.evaluate((d) => document.getElementById('embed').contentWindow.postMessage(d, '*'), data);
  const reply = async (id) => {
    const handle = await page.waitForFunction((i) => window.received.find((m) => m?.id === i), id);
    return handle.jsonValue();
  };
  return { page, frame, errors: opened.errors, warnings, send, reply };
}

/** The messages the parent received whose `type` is `type`. */
const received = (page, type) => page.evaluate((ty) => window.received.filter((m) => m?.type === ty), type);

test('the control API steps an embedded playground and reads its epoch; an epoch event follows', TIMEOUT, async (t) => {
  const { page, frame, errors, send, reply } = await embed(t, '?seed=3&embed=1');
  await send({ asaku: 1, type: 'stepEpoch', id: 1 });
  const stepped = await reply(1);
  assert.equal(stepped.type, 'state');
  assert.equal(stepped.state.epoch, 1);
  assert.equal(await frame.locator('#epoch').textContent(), '1');
  await send({ asaku: 1, type: 'stepEpoch', id: 2 });
  assert.equal((await reply(2)).state.epoch, 2);
  await page.waitForFunction(() => window.received.some((m) => m?.type === 'epoch' && m.epoch === 2));
  const event = (await received(page, 'epoch')).find((m) => m.epoch === 2);
  assert.equal(event.asaku, 1);
  assert.ok(Number.isFinite(event.loss), `the epoch event carries the loss (${event.loss})`);
  await send({ asaku: 1, type: 'getState', id: 'now' });
  const now = (await reply('now')).state;
  assert.equal(now.epoch, 2);
  assert.deepEqual(errors, []);

  // The state's link is the run's: opened, it trains the same network to the same epoch.
  assert.match(now.link, /(^|&)epoch=2(&|$)/);
  assert.match(now.link, /(^|&)seed=3(&|$)/);
  const reopened = await openPage(`${server.url}?${now.link}`);
  t.after(reopened.close);
  await reopened.page.waitForFunction(() => document.getElementById('epoch')?.textContent === '2');
  const shownLoss = (p) => p.locator('#train-loss').textContent();
  assert.equal(await shownLoss(reopened.page), await shownLoss(frame), 'the same training loss');
  assert.deepEqual(reopened.errors, []);
});

test('slide:stop pauses training and slide:start resumes it', TIMEOUT, async (t) => {
  const { frame, errors, send, reply } = await embed(t, '?seed=3&embed=1');
  await send({ asaku: 1, type: 'play', id: 'play' });
  assert.equal((await reply('play')).state.playing, true);
  await frame.waitForFunction(() => Number(document.getElementById('epoch').textContent) >= 3);
  await send('slide:stop');
  await frame.waitForFunction(() => document.getElementById('play').dataset.t === 'play');
  const stopped = await frame.locator('#epoch').textContent();
  await frame.waitForTimeout(300);
  assert.equal(await frame.locator('#epoch').textContent(), stopped, 'no training while the slide is away');
  await send('slide:start');
  await frame.waitForFunction((n) => Number(document.getElementById('epoch').textContent) > n, Number(stopped));
  await send({ asaku: 1, type: 'getState', id: 'after' });
  assert.equal((await reply('after')).state.playing, true);
  assert.deepEqual(errors, []);
});

test('malformed messages change nothing and log a warning each; a refused setting answers an error', TIMEOUT, async (t) => {
  const { page, frame, errors, warnings, send, reply } = await embed(t, '?seed=3&embed=1');
  await send({ asaku: 1, type: 'getState', id: 'before' });
  const before = (await reply('before')).state;
  const malformed = [
    'play',
    [1, 2],
    null,
    { asaku: 2, type: 'play' },
    { asaku: 1, type: '<b>fly</b>' },
    { asaku: 1, type: 'set', key: 5, value: 'x' },
    { asaku: 1, type: 'set', key: 'data' },
    { asaku: 1, type: 'stepEpoch', id: { no: 1 } },
  ];
  for (const data of malformed) await send(data);
  await frame.waitForTimeout(300);
  const ignored = warnings.filter((w) => w.startsWith('Asaku control API: message ignored'));
  assert.equal(ignored.length, malformed.length, ignored.join('\n'));
  await send({ asaku: 1, type: 'set', key: 'data', value: '<img src=x onerror=alert(1)>', id: 'bad' });
  const refused = await reply('bad');
  assert.equal(refused.type, 'error');
  assert.match(refused.message, /^data=/, 'the refusal names the key');
  await send({ asaku: 1, type: 'getState', id: 'after' });
  assert.deepEqual((await reply('after')).state, before, 'nothing changed');
  assert.equal(await frame.locator('img').count(), 0, 'nothing from a message reaches the page as HTML');
  assert.deepEqual((await page.evaluate(() => window.received)).map((m) => m.id ?? m.type).filter((x) => x !== 'epoch'),
    ['before', 'bad', 'after'], 'malformed messages get no answer');
  assert.deepEqual(errors, []);
});

test('set changes a URL setting as the controls would', TIMEOUT, async (t) => {
  const { frame, errors, send, reply } = await embed(t, '?seed=3&embed=1');
  await send({ asaku: 1, type: 'set', key: 'data', value: 'xor', id: 'xor' });
  const answer = await reply('xor');
  assert.equal(answer.type, 'state', JSON.stringify(answer));
  assert.match(answer.state.query, /(^|&)data=xor(&|$)/);
  assert.equal(await frame.locator('button.dataset[aria-pressed="true"]').getAttribute('data-kind'), 'xor');
  await send({ asaku: 1, type: 'set', key: 'discrete', value: true, id: 'on' });
  assert.match((await reply('on')).state.query, /(^|&)discrete=1(&|$)/, 'true is written 1');
  assert.deepEqual(errors, []);
});

test('in an embed, a key the view does not use goes to the deck as a reveal.js message', TIMEOUT, async (t) => {
  const { page, frame, errors } = await embed(t, '?lesson=perceptron&lang=en&embed=1');
  await frame.locator('#lesson p').first().click();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => window.received.length >= 4);
  await frame.waitForTimeout(200);
  const deck = (await page.evaluate(() => window.received)).filter((m) => typeof m === 'string').map((m) => JSON.parse(m));
  // An embed leaves the deck's keys to the deck (it is driven through the control API).
  const methods = ['left', 'right', 'next', 'down'];
  assert.deepEqual(deck, methods.map((method) => ({ method, args: [] })));
  assert.deepEqual(errors, []);
});

test('a lesson steps through the control API with its own step button', TIMEOUT, async (t) => {
  const { frame, errors, send, reply } = await embed(t, '?lesson=perceptron&lang=en&embed=1');
  const status = frame.locator('#lesson .lesson-log');
  const shown = await status.textContent();
  await send({ asaku: 1, type: 'step', id: 's' });
  assert.equal((await reply('s')).state.lesson, 'perceptron');
  await frame.waitForFunction((old) => {
    return document.querySelector('#lesson .lesson-log').textContent !== old;
  }, shown);
  await send({ asaku: 1, type: 'stepEpoch', id: 'no' });
  const refused = await reply('no');
  assert.equal(refused.type, 'error');
  assert.match(refused.message, /stepEpoch/);
  assert.deepEqual(errors, []);
});

test('Esc in an embed gives the focus back to the deck', TIMEOUT, async (t) => {
  const { page, frame, errors } = await embed(t, '?lesson=perceptron&lang=en&embed=1');
  await frame.locator('#lesson button[aria-keyshortcuts]').first().focus();
  assert.equal(await frame.evaluate(() => document.activeElement.tagName), 'BUTTON');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement === document.body && document.hasFocus());
  assert.equal(await frame.evaluate(() => document.activeElement === document.body), true, 'nothing in the embed keeps the focus');
  assert.deepEqual(errors, []);
});

test('the playground pauses while its page is hidden and plays again when shown', TIMEOUT, async (t) => {
  const { frame, errors, send, reply } = await embed(t, '?seed=3&embed=1');
  await send({ asaku: 1, type: 'play', id: 'play' });
  assert.equal((await reply('play')).state.playing, true);
  // Headless Chromium never hides a page: the frame is told it is hidden, then shown.
  const visibility = (hidden) => frame.evaluate((h) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
  await visibility(true);
  await frame.waitForFunction(() => document.getElementById('play').dataset.t === 'play');
  await visibility(false);
  await frame.waitForFunction(() => document.getElementById('play').dataset.t === 'pause');
  assert.deepEqual(errors, []);
});

test('with keys=1 a lesson embed says it takes a clicker\'s keys, steps with them, then hands them to the deck', TIMEOUT, async (t) => {
  const { page, frame, errors } = await embed(t, '?lesson=graph&section=graph&shop=chain&lang=ja&embed=1&keys=1');
  assert.match(await frame.locator('#lesson .keys-hint').innerText(), /^クリッカー：/);
  await frame.locator('#lesson h2').click();
  const deckMessages = async () => (await page.evaluate(() => window.received)).filter((m) => typeof m === 'string').map((m) => JSON.parse(m));
  // The chain example has two backward steps: PageDown and Space take them, then → goes to the deck.
  await page.keyboard.press('PageDown');
  await frame.waitForFunction(() => /[?&]step=1(&|$)/.test(location.search));
  await page.keyboard.press('Space');
  await frame.waitForFunction(() => /[?&]step=2(&|$)/.test(location.search));
  assert.deepEqual(await deckMessages(), [], 'the deck got no key while the lesson had steps left');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => window.received.length >= 2);
  assert.deepEqual(await deckMessages(), [{ method: 'right', args: [] }, { method: 'left', args: [] }], 'at the last step → turns the slide; this lesson has no ←');
  await page.keyboard.press('?');
  const dialog = frame.getByRole('dialog');
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /クリッカーでこのレッスンを進めます/);
  assert.deepEqual(errors, []);
});
