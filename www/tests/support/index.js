// The end-to-end test harness in one import: `import { startServer, openPage } from './support/index.js'`.

export { startServer, DIST } from './server.js';
export { openPage, CHROMIUM, CHROMIUM_ARGS } from './browser.js';
