import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';

import { findBrowsers } from './scripts/find-browsers.mjs';
import { hearthCommandsPlugin } from './test/engines/commands-plugin.mjs';
import { launcherFor } from './test/engines/wtr-browsers.mjs';
import { testServerMiddleware } from './test/server/test-server-middleware.mjs';
import { summaryReporter } from './test/summary-reporter.mjs';

// One engine per run: HEARTH_ENGINE=chromium (the default), firefox or webkit. `npm test` runs
// all three in turn (scripts/test.mjs).
const engine = process.env.HEARTH_ENGINE || 'chromium';
const { found, missing } = findBrowsers([engine]);
if (!found[engine]) throw new Error(missing[0].instruction);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['hearth-source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json' }), hearthCommandsPlugin()],
  middleware: [testServerMiddleware],
  browsers: [launcherFor(engine, found[engine])],
  // Tests read which engine they run in (test/helpers/engine.ts) before their first line runs.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>window.__hearthEngine = ${JSON.stringify(engine)};</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  concurrency: 1,
  // A file of many widget tests (the journal's) can pass two minutes on a busy two-core machine.
  testsFinishTimeout: 300_000,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
};
