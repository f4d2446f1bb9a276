// What every end-to-end test file needs: one server for the file, and a way to open a page (a
// lesson, or the playground) and wait until it shows.

import { before, after } from 'node:test';
import { startServer } from './server.js';
import { openPage } from './browser.js';

/**
 * Starts a server over dist/ before the file's tests and stops it after them. Returns
 * `url(query)` (the address of `query` on it) and `open(t, query, …rest)`, which opens `query`
 * (with `openPage` options `options(rest)`), waits until `shown(page, rest)` shows and closes the
 * browser when test `t` ends.
 */
function pagesOfThisFile(shown, options = () => ({})) {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());
  const url = (query = '') => `${server.url}${query}`;
  const open = async (t, query = '', ...rest) => {
    const opened = await openPage(url(query), options(rest));
    t.after(opened.close);
    await shown(opened.page, rest).waitFor();
    return opened;
  };
  return { url, open };
}

/** For a lesson's tests: `open(t, query, heading)` waits until the lesson's heading `heading` shows. */
export function lessonPages() {
  return pagesOfThisFile((page, [heading]) => page.getByRole('heading', { name: heading, exact: true }));
}

/**
 * For the playground's tests: `open(t, query, options)` waits until its Play button shows (in
 * either language); `options` go to `openPage`.
 */
export function playgroundPages() {
  return pagesOfThisFile((page) => page.getByRole('button', { name: /^(Play|再生)$/ }), ([options]) => options ?? {});
}

/** Opens the playground's folded-away training settings (in either language), so their controls can be used. */
export async function unfoldSettings(page) {
  const fold = page.locator('details.more-settings');
  if (!(await fold.evaluate((details) => details.open))) await fold.locator('summary').click();
}
