#!/usr/bin/env node
/**
 * `npm run bench`: simple measurements in Chromium (medians of repeated runs), printed and
 * written to test/bench/results.json. The full harness with peers comes with issue 8.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, startSite } from '../e2e/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const site = await startSite();
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`${site.origin}/e2e/bench-core.html`);
  await page.waitForFunction(() => document.body.dataset.result, null, { timeout: 120_000 });
  const result = JSON.parse(await page.evaluate(() => document.body.dataset.result));
  const version = browser.version();
  const row = (label, m) => `  ${label.padEnd(48)} median ${m.median.toFixed(1).padStart(7)} ms  (min ${m.min.toFixed(1)}, max ${m.max.toFixed(1)}, ${m.runs} runs)`;
  console.log(`Chromium ${version}`);
  console.log(row(`sanitizeHtml, ${(result.policyBytes / 1024).toFixed(0)} KB policy`, result.sanitize20k));
  console.log(row('  of which the parser-quiet scan', result.neutralize20k));
  console.log(row('PBKDF2-SHA-256 600,000 iterations (unlock)', result.deriveKey));
  console.log(row('encrypt + store a 100 KB entry (IndexedDB)', result.encryptAndStore100k));
  writeFileSync(join(here, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), chromium: version, ...result }, null, 2)}\n`);
} finally {
  await browser.close();
  await site.close();
}
