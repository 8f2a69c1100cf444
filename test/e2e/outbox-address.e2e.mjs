import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { clearSentLog, openPage, sentLog, until, useSiteAndBrowser } from './harness.mjs';

/*
 * A queued send goes where it was addressed when it was queued, whichever page of the site later
 * flushes the outbox (any element that opens an outbox sends every waiting entry of its
 * namespace): a page at another path, or one whose <base href> points elsewhere.
 */

/** The test widget's page at another path, or with a <base>, with the same namespace and key. */
function widgetPage({ base } = {}) {
  return (req, res) => {
    // The scripts by full address: a <base> on another origin must not move them, only the endpoint.
    const self = `http://${req.headers.host}`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another page</title>
      ${base ? `<base href="${base}">` : ''}
      <script type="module" src="${self}/cdn/hearth.js"></script>
      <script type="module" src="${self}/e2e-build/test-widget.js"></script></head>
      <body><hearth-test-widget heading="Between sessions" store-key="outbox-address" endpoint="../__hearth/send/held"></hearth-test-widget></body></html>`);
  };
}

const server = (origin, path) => fetch(`${origin}${path}`).then((answer) => answer.json());

describe('a queued send keeps the address it was queued for', () => {
  const env = useSiteAndBrowser({
    '/e2e/deeper/path/page.html': widgetPage(),
    '/e2e/with-base.html': (req, res) => widgetPage({ base: `http://localhost:${req.headers.host.split(':')[1]}/elsewhere/deep/` })(req, res),
  });

  for (const [label, path] of [
    ['flushed from a page at another path', '/e2e/deeper/path/page.html'],
    ['flushed from a page whose <base> points to another origin', '/e2e/with-base.html'],
  ]) {
    it(`"../__hearth/send/held" queued on /e2e/widget.html, ${label}, goes to /__hearth/send/held on the same origin`, async () => {
      await clearSentLog(env.site.origin);
      const { page, context } = await openPage(env.browser);
      // Queued on /e2e/widget.html: "../__hearth/send/held" means /__hearth/send/held, which answers 503 for now.
      await page.goto(`${env.site.origin}/e2e/widget.html?key=outbox-address&endpoint=../__hearth/send/held`);
      const widget = page.locator('hearth-test-widget');
      await widget.getByLabel('Your words').fill('Queued on the first page');
      await widget.getByRole('button', { name: 'Send' }).click();
      await widget.locator('#send-state').filter({ hasText: 'queued' }).waitFor();
      await page.close();
      await server(env.site.origin, '/__hearth/held/release');
      const requestsBefore = env.site.requests.length;
      const other = await context.newPage();
      await other.goto(`${env.site.origin}${path}`);
      let sent = [];
      await until(async () => (sent = await sentLog(env.site.origin)).some((r) => r.status === 200), { timeout: 10_000, what: 'the delivery' });
      const accepted = sent.filter((r) => r.status === 200);
      assert.equal(accepted.length, 1, 'delivered once, to /__hearth/send/held');
      assert.equal(JSON.parse(accepted[0].body).text, 'Queued on the first page');
      // Only the one POST, to the address meant: nothing (not even a CORS preflight) elsewhere.
      const sends = env.site.requests.slice(requestsBefore).filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
      assert.deepEqual(
        sends.map((r) => `${r.method} ${r.url}`),
        ['POST /__hearth/send/held'],
        'no send to an address resolved against the other page',
      );
      await context.close();
      await clearSentLog(env.site.origin);
    });
  }
});
