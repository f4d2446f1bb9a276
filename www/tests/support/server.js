// A tiny static file server over dist/ for the end-to-end tests: loopback only, a free port,
// no dependencies. `startServer()` → { url, close }.

import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built page: `dist/` at the repository root (what `trunk build` writes), or `$ASAKU_DIST`. */
export const DIST = process.env.ASAKU_DIST
  ? path.resolve(process.env.ASAKU_DIST)
  : fileURLToPath(new URL('../../../dist/', import.meta.url));

/** Content types by file extension; anything else is served as bytes. */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves the files of `root` under the URL path `base` on 127.0.0.1 at a free port.
 * A path ending in `/` serves that folder's `index.html`; anything else missing is a 404.
 * Serve under a sub-path (e.g. `{ base: '/slides/asaku/' }`) to check that the page only uses
 * relative URLs, as it must to be hosted anywhere.
 *
 * @param {{ root?: string, base?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} `url` ends in `base`.
 */
export async function startServer({ root = DIST, base = '/' } = {}) {
  root = path.resolve(root);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`no ${path.join(root, 'index.html')}: build the page first (cargo xtask test does)`);
  }
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with '/': ${base}`);
  const server = http.createServer((request, response) => {
    serve(root, base, request).then(({ status, type, body }) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The answer to one request: the file's bytes and type, or a plain-text error. */
async function serve(root, base, request) {
  const text = (status, body) => ({ status, type: 'text/plain; charset=utf-8', body });
  if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'method not allowed\n');
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
  } catch {
    return text(400, 'bad url\n');
  }
  if (!pathname.startsWith(base)) return text(404, `not under ${base}\n`);
  let relative = pathname.slice(base.length);
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return text(404, 'outside the root\n');
  try {
    const body = await readFile(file);
    return { status: 200, type: TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream', body };
  } catch {
    return text(404, `not found: ${pathname}\n`);
  }
}
