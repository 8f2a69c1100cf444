#!/usr/bin/env node
/**
 * `npm run size`: what a browser downloads, minified and gzipped (level 9, per file, as an HTTP
 * server sends it), checked against the budgets of ARCHITECTURE.md:
 *
 * - each element's define bundled alone with core and Lit, listed for information (no budget on a
 *   define alone since issue 15: ARCHITECTURE.md, Budgets);
 * - `cdn/hearth.js` with everything it loads for a page of every element with built-in English
 *   content, Lit included, DOMPurify and other languages left out: measured from the request log
 *   of that page in Chromium, not guessed from the build graph. The architecture's budget is
 *   40 KB and is not met yet: it is reported as unmet, and the measured ceiling
 *   (`BUDGETS.pageCeiling`, decision 019) fails the run so the page cannot grow meanwhile;
 *
 * and proves with request logs that a page whose content holds no HTML downloads no DOMPurify,
 * that a language's strings load only on a page in that language, and that built-in content
 * loads only for the elements that use it. Exits non-zero when a budget or a proof fails.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';

import { chromiumArgs } from '../test/chromium-args.mjs';
import { cdnIsStale } from './cdn-freshness.mjs';
import { findChromium } from './find-browsers.mjs';
import { BUDGETS, measureSizes, printSizes } from './size-report.mjs';
import { startStaticServer } from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cdn = join(root, 'packages/elements/cdn');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

if (cdnIsStale(root)) {
  console.log('size: building first…');
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const failures = [];
/** Budgets of the architecture not met yet but held at a ceiling (reported, not failed). */
const unmet = [];

// 1. Every entry, from the build output.
const report = await measureSizes(root);
printSizes(report);
failures.push(...report.overBudget);

// 2. Real pages in Chromium, with their request logs.
const site = await startStaticServer({ mounts: { '/cdn/': cdn, '/': join(root, 'scripts/size-pages') } });
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
const origin = `http://127.0.0.1:${site.port}`;

/** Opens a page, waits until every element has rendered and the network is quiet; returns the /cdn/ files it fetched. */
async function visit(path, ready) {
  const page = await browser.newPage();
  const files = new Set();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/cdn/')) files.add(url.pathname.slice('/cdn/'.length));
  });
  await page.goto(`${origin}/${path}`);
  await ready(page);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.close();
  return [...files].sort((a, b) => (a === 'hearth.js' ? -1 : b === 'hearth.js' ? 1 : a.localeCompare(b)));
}

const isPurify = (file) => /purify/i.test(file);
const isOtherLocale = (file) => /^chunks\/locale-(es|fr|ar)-/.test(file);

try {
  const all = await visit('all-elements.html', async (page) => {
    await page.locator('hearth-consent').getByRole('button', { name: 'I agree' }).waitFor();
    await page.locator('hearth-feedback-form').getByRole('button', { name: 'Send' }).waitFor();
    await page.locator('hearth-journal-prompt').getByRole('button', { name: 'Save entry' }).waitFor();
    await page.locator('hearth-coping-card').getByRole('button', { name: 'This helped' }).waitFor();
  });
  const counted = all.filter((file) => !isPurify(file) && !isOtherLocale(file));
  const pageTotal = counted.reduce((sum, file) => sum + gz(join(cdn, file)), 0);
  console.log('\nA page of every element (scripts/size-pages/all-elements.html), what Chromium fetched:');
  for (const file of all) {
    const note = isPurify(file) ? "  (DOMPurify: the consent's terms are HTML; not counted)" : isOtherLocale(file) ? '  (not counted)' : '';
    console.log(`  ${file.padEnd(56)} ${kb(gz(join(cdn, file))).padStart(9)}${note}`);
  }
  const verdict =
    pageTotal <= BUDGETS.cdnPage
      ? `ok (≤ ${kb(BUDGETS.cdnPage)})`
      : pageTotal <= BUDGETS.pageCeiling
        ? `over the architecture's ${kb(BUDGETS.cdnPage)}: NOT MET; within the ceiling ${kb(BUDGETS.pageCeiling)} (decision 019)`
        : `OVER the ceiling ${kb(BUDGETS.pageCeiling)}`;
  console.log(`  ${'total counted'.padEnd(56)} ${kb(pageTotal).padStart(9)}  ${verdict}`);
  if (pageTotal > BUDGETS.pageCeiling) failures.push(`a page of every element downloads ${kb(pageTotal)} gzip > the ceiling ${kb(BUDGETS.pageCeiling)}`);
  else if (pageTotal > BUDGETS.cdnPage)
    unmet.push(`a page of every element downloads ${kb(pageTotal)} gzip, over the architecture's ${kb(BUDGETS.cdnPage)} (decision 019)`);
  if (BUDGETS.pageCeiling - pageTotal > 1024)
    console.log(`  The page is more than 1 KB under the ceiling: lower BUDGETS.pageCeiling in scripts/size-report.mjs to ${Math.ceil(pageTotal / 1024)} KB.`);
  if (all.some(isOtherLocale)) failures.push('an English page fetched another language');

  const plain = await visit('plain-text.html', async (page) => {
    await page.locator('hearth-feedback-form').getByRole('button', { name: 'Send' }).waitFor();
    await page.locator('hearth-coping-card').getByRole('button', { name: 'This helped' }).waitFor();
  });
  const plainOk = !plain.some(isPurify);
  console.log(`\nProof: a page whose content holds no HTML fetches no DOMPurify: ${plainOk ? 'yes' : 'NO'} (${plain.length} files)`);
  if (!plainOk) failures.push('a plain-text page fetched DOMPurify');

  const spanish = await visit('spanish.html', async (page) => {
    await page.locator('hearth-feedback-form').getByRole('button', { name: 'Enviar' }).waitFor();
  });
  const languages = spanish.filter(isOtherLocale).map((file) => /locale-(\w+)-/.exec(file)[1]);
  const spanishOk =
    languages.length === 1 &&
    languages[0] === 'es' &&
    spanish.some((f) => f.startsWith('chunks/content-forms-es-')) &&
    !spanish.some((f) => f.startsWith('chunks/content-forms-en-'));
  console.log(`Proof: a Spanish page fetches the Spanish strings and content only: ${spanishOk ? 'yes' : 'NO'} (${languages.join(', ') || 'none'})`);
  if (!spanishOk) failures.push(`a Spanish page fetched the languages ${languages.join(', ') || 'none'}`);

  const coping = await visit('coping-only.html', async (page) => {
    await page.locator('hearth-coping-card').getByRole('button', { name: 'This helped' }).waitFor();
  });
  const content = coping.filter((file) => file.startsWith('chunks/content-')).map((file) => /^chunks\/content-(.+)-[\w-]{8}\.js$/.exec(file)[1]);
  const copingOk = content.length === 1 && content[0] === 'strategies-en-box-breathing' && !coping.some(isOtherLocale) && !coping.some(isPurify);
  console.log(
    `Proof: a page with one coping card fetches only the strategy it shows (${content.join(', ')}), no other language, no DOMPurify: ${copingOk ? 'yes' : 'NO'}`,
  );
  if (!copingOk) failures.push(`a coping-card page fetched content ${content.join(', ')}`);
} finally {
  await browser.close();
  await site.close();
}

if (failures.length) {
  console.error(`\nsize: ${failures.length} budget(s) or proof(s) failed:\n  - ${failures.join('\n  - ')}`);
  process.exit(1);
}
if (unmet.length) console.log(`\nsize: every proof passed and nothing grew past its ceiling; not met yet:\n  - ${unmet.join('\n  - ')}`);
else console.log('\nsize: every budget holds and every proof passed.');
