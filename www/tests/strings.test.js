// The page's string tables (www/js/strings.js and every lesson's strings-*.js), read as plain ES
// modules without a browser: every key has English and Japanese with the same {placeholders},
// no Japanese string uses a variant the book does not (www/book-terms.txt), and every key is
// used by the page. Run: node --test www/tests/strings.test.js

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stringRows } from '../js/strings.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LESSONS = join(ROOT, 'www/js/lessons');
for (const dir of [LESSONS, join(ROOT, 'www/js/digits')]) {
  for (const file of readdirSync(dir).filter((f) => /^strings.*\.js$/.test(f))) {
    await import(pathToFileURL(join(dir, file)).href);
  }
}
const ROWS = stringRows();

/**
 * Keys the page builds from a name (`activation.${name}`, …), so they never occur whole in the
 * source: each family's template, as written in the source, and the keys it builds.
 */
const BUILT = [
  ['`activation.${', ['step', 'identity', 'sigmoid', 'tanh', 'relu', 'leaky-relu', 'elu', 'softplus', 'gelu', 'swish'].map((n) => `activation.${n}`)],
  ['`${list}.${name}`', [
    ...['sigmoid', 'softmax', 'tanh', 'identity'].map((n) => `output.${n}`),
    ...['small', 'xavier', 'he', 'uniform'].map((n) => `init.${n}`),
    ...['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'].map((n) => `optimizer.${n}`),
    ...['replacement', 'shuffle'].map((n) => `sampling.${n}`),
    ...['none', 'l1', 'l2'].map((n) => `reg.${n}`),
  ]],
  ['`data.${kind}`', ['circle', 'xor', 'gauss', 'spiral', 'moons', 'gate-and', 'gate-or', 'gate-nand', 'gate-xor', 'spiral3', 'plane', 'bumps'].map((n) => `data.${n}`)],
  ['`features.${name}`', ['x1', 'x2', 'x1-squared', 'x2-squared', 'x1-times-x2', 'sin-x1', 'sin-x2'].map((n) => `features.${n}`)],
  ['`points.class${k}`', ['points.class0', 'points.class1', 'points.class2']],
  ['`change.${result}`', ['change.live', 'change.rebuild']],
  ['`graph.${name}`', ['graph.chain', 'graph.apple', 'graph.apple-orange']],
  ['`graph.${last.op}`', ['graph.mul', 'graph.add', 'graph.square']],
  ['`net.layer.${stage.layer}`', ['affine1', 'activation', 'affine2', 'softmax-with-loss'].map((n) => `net.layer.${n}`)],
  ['`forward.${name}`', ['forward.identity', 'forward.softmax']],
  ['`loss.${name}`', ['loss.right', 'loss.wrong']],
  ['`descent.fn.${name}`', ['descent.fn.bowl', 'descent.fn.valley']],
  ['`descent.speed.${name}`', ['small', 'right', 'large'].map((n) => `descent.speed.${n}`)],
  ['`descent.status.${r.status}`', ['start', 'converged', 'diverging', 'slow', 'descending'].map((n) => `descent.status.${n}`)],
  ['`backprop.${name}`', ['backprop.f64', 'backprop.f32']],
  ['`backprop.verdict.${', ['agree', 'f64', 'f32'].map((n) => `backprop.verdict.${n}`)],
  ['`backprop.method.${r.name}`', ['backprop.method.numerical', 'backprop.method.backprop']],
  ['`minibatch.legend.${name}`', ['minibatch.legend.batch', 'minibatch.legend.epoch']],
  ['`minibatch.diverged.${r.status.cause}`', ['minibatch.diverged.loss', 'minibatch.diverged.weights']],
];

/** The text of every file under `dir` (relative to the repository) whose name ends in `ext`. */
function sources(dir, ext) {
  const files = readdirSync(join(ROOT, dir), { recursive: true }).filter((f) => f.endsWith(ext));
  return files.map((f) => ({ file: join(dir, f), text: readFileSync(join(ROOT, dir, f), 'utf8') }));
}

/** `[variant, term]` rules from www/book-terms.txt. */
function bookRules() {
  return readFileSync(join(ROOT, 'www/book-terms.txt'), 'utf8').split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

/**
 * Whether `text` uses `variant` other than inside the book's `term`: some occurrence of the
 * variant is not covered by an occurrence of the term.
 */
function usesVariant(text, variant, term) {
  const covered = [];
  for (let j = text.indexOf(term); j >= 0; j = text.indexOf(term, j + 1)) covered.push([j, j + term.length]);
  for (let i = text.indexOf(variant); i >= 0; i = text.indexOf(variant, i + 1)) {
    if (!covered.some(([from, to]) => from <= i && i + variant.length <= to)) return true;
  }
  return false;
}

/** The sorted `{name}` placeholders of `text`. */
const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('the tables are loaded: the page\'s and every lesson\'s', () => {
  const keys = new Set(ROWS.map(([key]) => key));
  for (const key of ['tagline', 'tabs.perceptron', 'tabs.neuron', 'tabs.forward', 'tabs.loss', 'tabs.descent', 'tabs.backprop', 'tabs.graph', 'tabs.minibatch']) {
    assert.ok(keys.has(key), key);
  }
});

test('every string has English and Japanese, with the same placeholders', () => {
  for (const [key, row] of ROWS) {
    assert.equal(row.length, 2, `${key}: [english, japanese]`);
    const [en, ja] = row;
    assert.ok(typeof en === 'string' && en.trim() !== '', `${key}: English is empty`);
    assert.ok(typeof ja === 'string' && ja.trim() !== '', `${key}: Japanese is empty`);
    assert.deepEqual(placeholders(ja), placeholders(en), `${key}: placeholders differ`);
  }
});

test('the Japanese uses the book\'s terms, not the variants in www/book-terms.txt', () => {
  const rules = bookRules();
  assert.ok(rules.length > 0 && rules.every((r) => r.length === 2 && r[0] && r[1]), 'each rule is "variant<tab>term"');
  const found = [];
  for (const [key, [, ja]] of ROWS) {
    for (const [variant, term] of rules) {
      if (usesVariant(ja, variant, term)) found.push(`${key}: "${variant}" (the book says "${term}")`);
    }
  }
  assert.deepEqual(found, []);
});

test('the variant rule: a variant inside the book\'s term is fine, alone it is not', () => {
  assert.equal(usesVariant('シグモイド関数の出力', 'シグモイド', 'シグモイド関数'), false);
  assert.equal(usesVariant('シグモイド関数とシグモイド', 'シグモイド', 'シグモイド関数'), true);
  assert.equal(usesVariant('2乗和誤差', '2乗和誤差', '二乗和誤差'), true);
  assert.equal(usesVariant('二乗和誤差', '2乗和誤差', '二乗和誤差'), false);
});

test('every key is used by the page (keys built from a name are listed in BUILT)', () => {
  const code = [...sources('www/js', '.js'), ...sources('crates/web/src', '.rs'), { file: 'index.html', text: readFileSync(join(ROOT, 'index.html'), 'utf8') }]
    .filter(({ file }) => !/strings[^/]*\.js$/.test(file));
  const all = code.map(({ text }) => text).join('\n');
  const keys = new Set(ROWS.map(([key]) => key));
  const built = new Set();
  for (const [template, family] of BUILT) {
    assert.ok(all.includes(template), `nothing builds keys with ${template} any more: remove it from BUILT`);
    for (const key of family) {
      assert.ok(keys.has(key), `${key} is listed in BUILT but not in any table`);
      built.add(key);
    }
  }
  const quoted = (key) => ['\'', '"', '`'].some((q) => all.includes(`${q}${key}${q}`));
  const unused = [...keys].filter((key) => !built.has(key) && !quoted(key));
  assert.deepEqual(unused, []);
});
