#!/usr/bin/env node
/**
 * Runs the page tests (node:test against the built cdn/) one file at a time, prints each result,
 * and reports the counts: to HEARTH_SUMMARY_FILE under `npm test`, else as the plain
 * `N passed, N failed, N skipped` line.
 *
 * In Chromium (HEARTH_ENGINE unset or `chromium`): every page test — `test/e2e/*.e2e.mjs`
 * (playwright-core) and `test/e2e/promises/*.e2e.mjs`. In Firefox or WebKitGTK (`firefox`,
 * `webkit`): the promises a client relies on, `test/e2e/promises/`, written once against the
 * driver-neutral test/e2e/browser-driver.mjs.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { run } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const engine = process.env.HEARTH_ENGINE || 'chromium';
const inFolder = (folder) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.e2e.mjs'))
        .sort()
        .map((name) => join(folder, name))
    : [];
const promises = inFolder(join(here, 'promises'));
const files = engine === 'chromium' ? [...inFolder(here), ...promises] : promises;

const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };

/** An error's first line, short enough for the run's closing summary. */
const firstLine = (message) => {
  const line = String(message ?? '').split('\n')[0];
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
};
const stream = run({ files, concurrency: 1, timeout: 120_000 });
for await (const event of stream) {
  const { type, data } = event;
  if (type !== 'test:pass' && type !== 'test:fail') continue;
  const where = data.file ? data.file.slice(here.length + 1) : '';
  if (data.details?.type === 'suite') {
    // A suite fails by its tests (counted one by one) or by itself: a before/after hook that threw
    // (starting the site, closing a browser) or a file that did not load counts as one failure.
    const error = data.details.error;
    if (type === 'test:fail' && error?.failureType !== 'subtestsFailed') {
      counts.failed++;
      counts.failures.push({ file: where, name: `${data.name} (the suite itself)`, message: firstLine(error?.cause?.message ?? error?.message ?? error) });
      console.log(`  ✗ ${where} › ${data.name} (the suite itself)\n      ${String(error?.cause?.message ?? error?.message ?? error)}`);
    }
    continue;
  }
  if (type === 'test:pass' && (data.skip || data.todo)) {
    counts.skipped++;
    console.log(`  - ${where} › ${data.name} (skipped: ${data.skip})`);
  } else if (type === 'test:pass') {
    counts.passed++;
    console.log(`  ✓ ${where} › ${data.name}`);
  } else {
    counts.failed++;
    const error = data.details?.error;
    const cause = error?.cause ?? error;
    counts.failures.push({ file: where, name: data.name, message: firstLine(cause?.message ?? cause) });
    console.log(
      `  ✗ ${where} › ${data.name}\n      ${String(cause?.message ?? cause)
        .split('\n')
        .join('\n      ')}`,
    );
  }
}
if (process.env.HEARTH_SUMMARY_FILE) writeFileSync(process.env.HEARTH_SUMMARY_FILE, JSON.stringify(counts));
else console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exitCode = counts.failed ? 1 : 0;
