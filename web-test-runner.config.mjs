import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromePath } from './test/chromium-args.mjs';
import { testServerMiddleware } from './test/server/test-server-middleware.mjs';
import { summaryReporter } from './test/summary-reporter.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['hearth-source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json' })],
  middleware: [testServerMiddleware],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromePath, headless: true, args: chromiumArgs },
    }),
  ],
  concurrency: 1,
  // A file of many widget tests (the journal's) can pass two minutes on a busy two-core machine.
  testsFinishTimeout: 300_000,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
};
