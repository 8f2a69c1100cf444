/**
 * What every page test needs: the built cdn/ and test pages served under the strict CSP of
 * ARCHITECTURE.md, a Chromium page that records console messages, CSP violations, page errors
 * and every request.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromePath } from '../chromium-args.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const cdn = join(root, 'packages/elements/cdn');

/** Serves /cdn/ and a second copy at /cdn-copy/, the test pages at /e2e/, the demo at /. */
export async function startSite(handlers = {}) {
  if (!existsSync(join(cdn, 'hearth.js'))) throw new Error('packages/elements/cdn/hearth.js is missing: run npm run build');
  const requests = [];
  const site = await startStaticServer({
    mounts: {
      '/cdn/': cdn,
      '/cdn-copy/': cdn,
      '/e2e/': join(root, 'test/e2e/pages'),
      '/': join(root, 'docs/demo'),
    },
    handlers: {
      // Test pages have no icon; answer the browser's automatic request instead of a 404 in the console.
      '/favicon.ico': (req, res) => {
        res.writeHead(204);
        res.end();
      },
      ...handlers,
    },
    onRequest: (entry) => requests.push(entry),
  });
  return { ...site, origin: `http://127.0.0.1:${site.port}`, requests };
}

export async function launch() {
  return chromium.launch({ executablePath: chromePath, headless: true, args: chromiumArgs });
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
      window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
    });
  });
  record.cspViolations = () => page.evaluate(() => window.__cspViolations ?? []);
  return { context, page, record };
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
