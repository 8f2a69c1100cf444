/**
 * What every page test needs: the built cdn/ and test pages served under the strict CSP of
 * ARCHITECTURE.md, a Chromium page that records console messages, CSP violations, page errors
 * and every request.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { newest } from '../../scripts/cdn-freshness.mjs';
import { demoEndpoint } from '../../scripts/demo-endpoint.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { chromePath, chromiumArgs } from '../chromium-args.mjs';
import { answerSend, readBody } from '../server/send-scenarios.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built cdn/ under test; HEARTH_CDN_DIR points the page tests at another build (an older one, to show a test fails there). */
export const cdnDir = process.env.HEARTH_CDN_DIR ?? join(root, 'packages/elements/cdn');
const cdn = cdnDir;

const testBuild = join(root, 'test/e2e/.build');

/**
 * Bundles the test-only element (test/fixtures/test-widget.ts) for page tests, when missing or
 * older than its source: pages load it as /e2e-build/test-widget.js.
 */
export async function buildTestWidget() {
  const source = join(root, 'test/fixtures/test-widget.ts');
  const output = join(testBuild, 'test-widget.js');
  const sources = Math.max(statSync(source).mtimeMs, newest(join(root, 'packages/core/src')));
  if (existsSync(output) && statSync(output).mtimeMs > sources) return;
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    resolve: { conditions: ['hearth-source', 'module', 'browser', 'production', 'import', 'default'] },
    build: {
      outDir: testBuild,
      emptyOutDir: true,
      target: 'es2021',
      lib: { entry: { 'test-widget': source }, formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
}

/**
 * Serves /cdn/ and a second copy at /cdn-copy/, the test pages at /e2e/, the test widget at
 * /e2e-build/, the send endpoints at /__hearth/send/…, and the demo at /. `requests` logs every
 * request the server saw (the server side of the privacy checks).
 */
export async function startSite(handlers = {}) {
  if (!existsSync(join(cdn, 'hearth.js'))) throw new Error('packages/elements/cdn/hearth.js is missing: run npm run build');
  await buildTestWidget();
  const requests = [];
  const site = await startStaticServer({
    mounts: {
      '/cdn/': cdn,
      '/cdn-copy/': cdn,
      // Where docs/getting-started.md tells a site to put cdn/.
      '/hearth/': cdn,
      '/e2e/': join(root, 'test/e2e/pages'),
      '/e2e-build/': testBuild,
      '/fixtures/': join(root, 'test/fixtures'),
      // Hearth Studio's built site (npm run build), as npm start serves it.
      '/studio/': join(root, 'packages/studio/dist'),
      '/': join(root, 'docs/demo'),
    },
    dynamic: async (req, res, url) => {
      if (!url.pathname.startsWith('/__hearth/')) return false;
      const body = req.method === 'POST' ? await readBody(req) : '';
      const answer = await answerSend({ method: req.method, path: url.pathname, headers: req.headers, body });
      if (!answer) return false;
      res.writeHead(answer.status, { 'Content-Type': 'application/json', ...(answer.headers ?? {}) });
      res.end(JSON.stringify(answer.json ?? {}));
      return true;
    },
    handlers: {
      // Test pages have no icon; answer the browser's automatic request instead of a 404 in the console.
      '/favicon.ico': (req, res) => {
        res.writeHead(204);
        res.end();
      },
      ...demoEndpoint(),
      ...handlers,
    },
    onRequest: (entry) => requests.push(entry),
  });
  return { ...site, origin: `http://127.0.0.1:${site.port}`, requests };
}

/**
 * Chromium as a visitor has it. Playwright turns the back-forward cache off by default; page
 * tests keep it on, since returning to a page from it is a case Hearth must handle (a journal
 * comes back locked). A Back that restores from it fires no `load`: wait for `commit`.
 */
export async function launch() {
  return chromium.launch({ executablePath: chromePath, headless: true, args: chromiumArgs, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
}

/**
 * A handler for a top page that frames `framePath` from another site: the page is opened on
 * `localhost` and the frame comes from `127.0.0.1` (as a site builder's custom-code frame does),
 * with `sandbox` on the frame when given. Its CSP allows that one frame origin.
 */
export function crossSiteFramePage(framePath, { sandbox, title = 'Practice page' } = {}) {
  return (req, res) => {
    const port = req.headers.host.split(':')[1];
    res.setHeader('Content-Security-Policy', `default-src 'self'; frame-src http://127.0.0.1:${port}`);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
      <body><h1>${title}</h1><iframe ${sandbox ? `sandbox="${sandbox}"` : ''} src="http://127.0.0.1:${port}${framePath}" title="Framed" width="700" height="600"></iframe></body></html>`);
  };
}

/** A new page that records what a test asserts on. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const record = { console: [], errors: [], violations: [], requests: [] };
  page.on('console', (message) => record.console.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => record.errors.push(error.message));
  page.on('request', (request) => record.requests.push(request.url()));
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  record.cspViolations = () => page.evaluate(() => window.__cspViolations ?? []);
  return { context, page, record };
}

/**
 * Waits until `check()` (may be async) is true, polling every `every` ms for at most `timeout` ms:
 * the way a page test waits for the server side (never a fixed sleep).
 */
export async function until(check, { timeout = 5000, what = 'condition', every = 50 } = {}) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await delay(every);
  }
}

/**
 * Proof that what the page asked for so far had time to reach the server, instead of a sleep
 * before checking that nothing did: the page fetches a small known file now and the server logs
 * it. That request is then taken out of `site.requests`, so checks see only the page's own.
 */
export async function settle(page, site) {
  const url = `/e2e/quick-exit-recorder.js?settle=${Date.now()}-${Math.random()}`;
  await page.evaluate((path) => fetch(path).then((response) => response.text()), url);
  await until(() => site.requests.some((request) => request.url === url), { what: 'the settling request' });
  site.requests.splice(
    site.requests.findIndex((request) => request.url === url),
    1,
  );
}

/**
 * The records of one store of the page's `hearth` IndexedDB database, read in the page as it
 * sees them: `[{ key, value }]` (value is Hearth's envelope, its `data` inside). Call it once the
 * page's elements have opened their storage.
 */
export function pageStoredRecords(page, store) {
  return page.evaluate(async (name) => {
    const done = (request) =>
      new Promise((resolve, reject) => ((request.onsuccess = () => resolve(request.result)), (request.onerror = () => reject(request.error))));
    const db = await done(indexedDB.open('hearth'));
    try {
      if (!db.objectStoreNames.contains(name)) return [];
      const objects = db.transaction(name).objectStore(name);
      const [keys, values] = await Promise.all([done(objects.getAllKeys()), done(objects.getAll())]);
      return keys.map((key, i) => ({ key: String(key), value: values[i] }));
    } finally {
      db.close();
    }
  }, store);
}

/** What the site's send endpoints received (test/server/send-scenarios.mjs), oldest first. */
export async function sentLog(origin) {
  return (await fetch(`${origin}/__hearth/sent`)).json();
}

/** Empties the send log, forgets the Idempotency-Keys seen, and puts the "held" scenario back to 503. */
export async function clearSentLog(origin) {
  await fetch(`${origin}/__hearth/sent/clear`);
}

/** The sending code a page fetched from the CDN, by chunk name: a form's sending and the outbox. */
export function sendingChunks(record) {
  return record.requests
    .map((url) => /\/cdn\/chunks\/(.+)-[\w-]{8}\.js$/.exec(new URL(url).pathname)?.[1])
    .filter((name) => name === 'feedback-send' || name === 'outbox' || name === 'sending');
}

/** Console errors and warnings, minus nothing: a test decides what it expects. */
export function problems(record) {
  return [...record.errors.map((e) => `pageerror: ${e}`), ...record.console.filter((m) => m.type === 'error').map((m) => `console.error: ${m.text}`)];
}

/**
 * Starts the site and a browser before a file's tests and stops both after; returns an object
 * whose `site` and `browser` are set once `before` has run.
 */
export function useSiteAndBrowser(handlers) {
  const shared = { site: undefined, browser: undefined };
  before(async () => {
    shared.site = await startSite(handlers);
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.site?.close();
  });
  return shared;
}
