#!/usr/bin/env node
/**
 * `npm run size` (in `.ci/run`): what a client downloads, measured as ARCHITECTURE.md (Budgets)
 * says. Each page of scripts/size-pages/ is loaded in Chromium from the built cdn/; every Hearth
 * file it fetched until its widgets were interactive (network idle for 500 ms after each
 * widget's main control is enabled) counts, gzip -9 per file; DOMPurify is counted apart. The
 * budgets and the ceilings of pages that do not meet theirs yet are in scripts/size-report.mjs.
 *
 * Then an app built with Vite from the npm packages' dist/ that imports only the coping card is
 * compared with the same page on cdn/ (at most 1 KB more), and request logs prove that a page
 * whose content holds no HTML fetches no DOMPurify, that a language loads only on a page in that
 * language, and that built-in content loads only for what a page shows. Exits non-zero when a
 * page passes its budget (or its ceiling) or a proof fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';
import { build } from 'vite';

import { chromiumArgs } from '../test/chromium-args.mjs';
import { cdnIsStale } from './cdn-freshness.mjs';
import { findChromium } from './find-browsers.mjs';
import { BUNDLED_APP_MARGIN, gz, kb, lowerCeiling, PAGES, printTable, verdictOf } from './size-report.mjs';
import { startStaticServer } from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cdn = join(root, 'packages/elements/cdn');
const pages = join(root, 'scripts/size-pages');

if (cdnIsStale(root)) {
  console.log('size: building first…');
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Each widget's main control, as a client finds it; the page is interactive once all are enabled. */
const MAIN_CONTROLS = {
  'hearth-quick-exit': ['button', 'Quick exit'],
  'hearth-crisis-resources': ['link', /^(Call|Llamar) /],
  'hearth-coping-card': ['button', 'This helped'],
  'hearth-journal-prompt': ['button', 'Save entry'],
  'hearth-feedback-form': ['button', /^(Send|Enviar)$/],
  'hearth-consent': ['button', 'I agree'],
  'hearth-safety-plan': ['button', 'Use my plan now'],
};
const QUIET_MS = 500;
const isPurify = (file) => /purify/i.test(file);
const isOtherLocale = (file) => /^chunks\/locale-(es|fr|ar)-/.test(file);
/** A built-in item's chunk (vite.config.ts names them), not core's content-source module. */
const isContent = (file) => /^chunks\/content-(strategies|prompts|forms|policies|safety-plan)-/.test(file);

const failures = [];
const app = await buildBundledApp();
const site = await startStaticServer({ mounts: { '/cdn/': cdn, '/app/': app.dir, '/': pages } });
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
const origin = `http://127.0.0.1:${site.port}`;

/** Resolves once no request has been open for QUIET_MS. */
function networkIdle(page) {
  let open = 0;
  let last = Date.now();
  const touch = (delta) => () => {
    open += delta;
    last = Date.now();
  };
  page.on('request', touch(1));
  page.on('requestfinished', touch(-1));
  page.on('requestfailed', touch(-1));
  return async () => {
    while (open > 0 || Date.now() - last < QUIET_MS) await new Promise((resolve) => setTimeout(resolve, 50));
  };
}

/** Loads a page until its widgets are interactive; returns the files fetched under `prefix`, with their gzip sizes. */
async function visit(path, { prefix = '/cdn/', folder = cdn } = {}) {
  const page = await browser.newPage();
  const fetched = new Set();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith(prefix) && url.pathname.endsWith('.js')) fetched.add(url.pathname.slice(prefix.length));
  });
  const idle = networkIdle(page);
  await page.goto(`${origin}/${path}`);
  for (const [tag, [role, name]] of Object.entries(MAIN_CONTROLS)) {
    // The page's own elements (`css:light`), not the crisis resources in a widget's footer.
    const host = page.locator(`css:light=${tag}`).first();
    if (!(await host.count())) continue;
    const control = host.getByRole(role, { name }).first();
    await control.waitFor({ timeout: 20_000 });
    await page.waitForFunction((element) => !element.disabled && element.getAttribute('aria-disabled') !== 'true', await control.elementHandle());
  }
  await idle();
  await page.close();
  return [...fetched].map((file) => ({ file, bytes: gz(readFileSync(join(folder, file))) })).sort((a, b) => b.bytes - a.bytes);
}

/** Bundles scripts/size-pages/vite-app/ with Vite as a site would, from the packages' dist/ (not their sources). */
async function buildBundledApp() {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-size-app-'));
  await build({
    configFile: false,
    root: join(pages, 'vite-app'),
    base: '/app/',
    logLevel: 'silent',
    build: { outDir: dir, emptyOutDir: true, reportCompressedSize: false },
  });
  return { dir };
}

const counted = (files) => files.filter(({ file }) => !isPurify(file));
const sum = (files) => files.reduce((total, { bytes }) => total + bytes, 0);

try {
  const rows = [];
  const fetchedBy = new Map();
  for (const row of PAGES) {
    const files = await visit(row.page);
    fetchedBy.set(row.page, files);
    const bytes = sum(counted(files));
    rows.push({ row, files: counted(files).length, bytes, verdict: verdictOf(row, bytes) });
  }
  console.log('\nWhat a client downloads (npm run size; ARCHITECTURE.md, Budgets; ceilings: decision 028):\n');
  printTable(rows);

  console.log('\nWhat each page fetched, heaviest first (gzip):');
  for (const { row } of rows) {
    const files = fetchedBy.get(row.page);
    const list = files.map(({ file, bytes }) => `${file.replace(/-[\w-]{8}\.js$/, '')} ${kb(bytes)}${isPurify(file) ? ' (apart)' : ''}`);
    console.log(`  ${row.page}: ${list.join(', ')}`);
  }

  for (const { row, bytes, verdict } of rows) {
    if (verdict.status === 'over') failures.push(`${row.label}: ${kb(bytes)} > ${kb(row.ceiling ?? row.budget)}`);
    const lower = lowerCeiling(row, bytes);
    if (lower) console.log(`  ${row.page} is under its ceiling: lower it in scripts/size-report.mjs to ${kb(lower)}.`);
    if (fetchedBy.get(row.page).some(({ file }) => isOtherLocale(file))) failures.push(`${row.page} (English) fetched another language`);
  }

  // An app bundled from the npm packages, against the same page on cdn/.
  const bundled = sum(await visit('app/', { prefix: '/app/', folder: app.dir }));
  const onCdn = rows.find(({ row }) => row.page === 'coping-card.html').bytes;
  const appOk = bundled - onCdn <= BUNDLED_APP_MARGIN;
  console.log(
    `\nA Vite app from the npm packages with only the coping card: ${kb(bundled)}; the same page on cdn/: ${kb(onCdn)}; ` +
      `${appOk ? `within ${kb(BUNDLED_APP_MARGIN)}` : `OVER by ${kb(bundled - onCdn - BUNDLED_APP_MARGIN)}`}`,
  );
  if (!appOk) failures.push(`the bundled app downloads ${kb(bundled)}, more than ${kb(BUNDLED_APP_MARGIN)} over the cdn page's ${kb(onCdn)}`);

  // Proofs from the request logs.
  const plain = await visit('plain-text.html');
  const plainOk = !plain.some(({ file }) => isPurify(file));
  console.log(`\nProof: a page whose content holds no HTML fetches no DOMPurify: ${plainOk ? 'yes' : 'NO'}`);
  if (!plainOk) failures.push('a plain-text page fetched DOMPurify');

  const spanish = (await visit('spanish.html')).map(({ file }) => file);
  const languages = [...new Set(spanish.filter(isOtherLocale).map((file) => /locale-(\w+)-/.exec(file)[1]))];
  const spanishOk =
    languages.join() === 'es' &&
    spanish.some((file) => file.startsWith('chunks/content-forms-es-')) &&
    !spanish.some((file) => file.startsWith('chunks/content-forms-en-'));
  console.log(`Proof: a Spanish page fetches the Spanish strings and content only: ${spanishOk ? 'yes' : 'NO'} (${languages.join(', ') || 'none'})`);
  if (!spanishOk) failures.push(`a Spanish page fetched the languages ${languages.join(', ') || 'none'}`);

  const coping = fetchedBy.get('coping-card.html').map(({ file }) => file);
  const content = coping.filter(isContent).map((file) => /^chunks\/content-(.+)-[\w-]{8}\.js$/.exec(file)[1]);
  const copingOk = content.join() === 'strategies-en-box-breathing' && !coping.some(isPurify);
  console.log(`Proof: a page with one coping card fetches only the strategy it shows (${content.join(', ')}) and no DOMPurify: ${copingOk ? 'yes' : 'NO'}`);
  if (!copingOk) failures.push(`a coping-card page fetched content ${content.join(', ')}`);
} finally {
  await browser.close();
  await site.close();
  rmSync(app.dir, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`\nsize: ${failures.length} budget(s) or proof(s) failed:\n  - ${failures.join('\n  - ')}`);
  process.exit(1);
}
console.log('\nsize: nothing passed its budget or ceiling, and every proof holds (NOT MET rows are the work of issue 18).');
