import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createReceiver } from '../../docs/examples/receiving-endpoint.mjs';
import { STRICT_CSP } from '../../scripts/static-server.mjs';
import { openPage, problems, useSiteAndBrowser } from './harness.mjs';

const SITE = 'https://practice.example';

describe('the receiving endpoint of docs/receiving-data.md (docs/examples/receiving-endpoint.mjs)', () => {
  let dataDir;
  let receiver;
  let base;
  const logged = [];

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hearth-received-'));
    receiver = createReceiver({ dataDir, allowedOrigin: SITE, log: (line) => logged.push(line) });
    await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${receiver.address().port}`;
  });
  after(() => {
    receiver.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (path, body, headers = {}) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { Origin: SITE, 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('stores a payload once per Idempotency-Key and answers a retry with the same success', async () => {
    const key = randomUUID();
    const first = await post('/hearth/feedback', { responseId: 'r1', answers: { heard: 9 } }, { 'Idempotency-Key': key });
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('access-control-allow-origin'), SITE);
    assert.deepEqual(await first.json(), { received: true, id: key });
    const again = await post('/hearth/feedback', { responseId: 'r1', answers: { heard: 9 } }, { 'Idempotency-Key': key });
    assert.equal(again.status, 200);
    assert.equal((await again.json()).repeat, true);
    assert.deepEqual(readdirSync(join(dataDir, 'feedback')), [`${key}.json`]);
    assert.deepEqual(JSON.parse(readFileSync(join(dataDir, 'feedback', `${key}.json`), 'utf8')).payload, { responseId: 'r1', answers: { heard: 9 } });
  });

  it('takes FHIR JSON, and refuses what is not Hearth\'s with a clear status', async () => {
    assert.equal((await post('/hearth/consent', { resourceType: 'Consent' }, { 'Content-Type': 'application/fhir+json', 'Idempotency-Key': randomUUID() })).status, 201);
    assert.equal((await post('/hearth/consent', { a: 1 })).status, 400, 'no Idempotency-Key');
    assert.equal((await post('/hearth/consent', 'a=1', { 'Content-Type': 'application/x-www-form-urlencoded', 'Idempotency-Key': randomUUID() })).status, 415);
    assert.equal((await post('/hearth/consent', '{not json', { 'Idempotency-Key': randomUUID() })).status, 400);
    assert.equal((await post('/hearth/consent', JSON.stringify({ text: 'x'.repeat(1024 * 1024 + 10) }), { 'Idempotency-Key': randomUUID() })).status, 413);
    assert.equal((await post('/hearth/photos', { a: 1 }, { 'Idempotency-Key': randomUUID() })).status, 404);
    assert.equal((await post('/hearth/feedback', { a: 1 }, { Origin: 'https://elsewhere.example', 'Idempotency-Key': randomUUID() })).status, 403);
  });

  it('answers the CORS preflight for the practice\'s origin only', async () => {
    const preflight = (origin) => fetch(`${base}/hearth/journal`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' } });
    const ok = await preflight(SITE);
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), SITE);
    assert.match(ok.headers.get('access-control-allow-headers'), /Idempotency-Key/);
    const other = await preflight('https://elsewhere.example');
    assert.equal(other.status, 403);
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  it('never logs what a client wrote', () => {
    assert.ok(logged.length > 0);
    assert.ok(logged.every((line) => !line.includes('heard') && !line.includes('responseId')), logged.join('\n'));
  });

  // The page and the endpoint on two origins, as on a practice's site: the test site serves a
  // page whose form sends to an endpoint (started once the site's origin is known) on another port.
  let liveBase = '';
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Feedback</title><script type="module" src="/cdn/hearth.js"></script></head><body>
    <hearth-feedback-form storage="none" no-crisis-footer endpoint="ENDPOINT"><script type="application/json">
      { "id": "check", "version": "1", "title": "A quick check", "items": [{ "id": "useful", "type": "choice", "label": "Was this useful?", "required": true,
        "options": [{ "value": "yes", "label": "Yes" }, { "value": "no", "label": "No" }] }] }
    </script></hearth-feedback-form></body></html>`;
  const env = useSiteAndBrowser({
    '/e2e/feedback-cross-origin.html': (req, res) => {
      res.setHeader('Content-Security-Policy', STRICT_CSP.replace("connect-src 'self'", `connect-src 'self' ${liveBase}`));
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page.replace('ENDPOINT', `${liveBase}/hearth/feedback`));
    },
  });

  it('receives a real feedback form sending from another origin, under the page\'s strict CSP', async () => {
    const live = createReceiver({ dataDir: join(dataDir, 'live'), allowedOrigin: env.site.origin, log: () => undefined });
    await new Promise((resolve) => live.listen(0, '127.0.0.1', resolve));
    liveBase = `http://127.0.0.1:${live.address().port}`;
    const { page: tab, context, record } = await openPage(env.browser);
    try {
      await tab.goto(`${env.site.origin}/e2e/feedback-cross-origin.html`);
      const form = tab.locator('hearth-feedback-form');
      await form.getByRole('radio', { name: 'Yes' }).check();
      const [request] = await Promise.all([tab.waitForRequest((r) => r.url().startsWith(liveBase) && r.method() === 'POST'), form.getByRole('button', { name: 'Send' }).click()]);
      await form.getByText('Thank you for your feedback.').waitFor();
      const key = request.headers()['idempotency-key'];
      assert.match(key, /^[0-9a-f-]{36}$/);
      const stored = JSON.parse(readFileSync(join(dataDir, 'live', 'feedback', `${key}.json`), 'utf8'));
      assert.equal(stored.contentType, 'application/json');
      assert.equal(stored.payload.formId, 'check');
      assert.deepEqual(stored.payload.answers, { useful: 'yes' });
      assert.deepEqual(problems(record), []);
      assert.deepEqual(await record.cspViolations(), []);
    } finally {
      await context.close();
      live.close();
    }
  });
});
