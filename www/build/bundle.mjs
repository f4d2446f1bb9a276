// trunk's post-build hook (Trunk.toml): the page's ES modules (www/js) go out as one file,
// js/main.js, bundled by esbuild and minified in release builds. One bundle instead of about
// forty small files keeps the shipped page under its size target (see the README's Speed).

import { build } from 'esbuild';
import path from 'node:path';

const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook: TRUNK_STAGING_DIR is not set');

await build({
  entryPoints: [path.join(source, 'www', 'js', 'main.js')],
  outfile: path.join(staging, 'js', 'main.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: process.env.TRUNK_PROFILE === 'release',
  // Japanese text stays UTF-8 (module scripts are read as UTF-8), not \u escapes twice its size.
  charset: 'utf8',
  logLevel: 'warning',
});
