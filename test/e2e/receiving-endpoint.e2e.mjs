import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { createReceiver } from '../../docs/examples/receiving-endpoint.mjs';
import { STRICT_CSP } from '../../scripts/static-server.mjs';
import { openPage, problems, useSiteAndBrowser } from './harness.mjs';
import { rawRequest, statusOf } from './raw-http.mjs';

const SITE = 'https://practice.example';
const BUILDER = 'https://sites.builder.example';
const endpointScript = join(dirname(fileURLToPath(import.meta.url)), '../../docs/examples/receiving-endpoint.mjs');

/** A POST with exactly these headers (fetch would add its own). */
function postExactly(base, path, headers, body) {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method: 'POST', headers: { 'Content-Length': Buffer.byteLength(body), ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the receiving endpoint of docs/receiving-data.md (docs/examples/receiving-endpoint.mjs)', () => {
  let dataDir;
  let receiver;
  let base;
  const logged = [];

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hearth-received-'));
    receiver = createReceiver({ dataDir, allowedOrigins: [SITE, `${BUILDER}/`], log: (line) => logged.push(line) });
    await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${receiver.address().port}`;
  });
  after(() => {
    receiver.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (path, body, headers = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { Origin: SITE, 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

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

  it("takes FHIR JSON, and refuses what is not Hearth's with a clear status", async () => {
    assert.equal(
      (await post('/hearth/consent', { resourceType: 'Consent' }, { 'Content-Type': 'application/fhir+json', 'Idempotency-Key': randomUUID() })).status,
      201,
    );
    assert.equal((await post('/hearth/consent', { a: 1 })).status, 400, 'no Idempotency-Key');
    assert.equal((await post('/hearth/consent', 'a=1', { 'Content-Type': 'application/x-www-form-urlencoded', 'Idempotency-Key': randomUUID() })).status, 415);
    assert.equal((await post('/hearth/consent', '{not json', { 'Idempotency-Key': randomUUID() })).status, 400);
    assert.equal((await post('/hearth/consent', JSON.stringify({ text: 'x'.repeat(1024 * 1024 + 10) }), { 'Idempotency-Key': randomUUID() })).status, 413);
    assert.equal((await post('/hearth/photos', { a: 1 }, { 'Idempotency-Key': randomUUID() })).status, 404);
    assert.equal((await post('/hearth/feedback', { a: 1 }, { Origin: 'https://elsewhere.example', 'Idempotency-Key': randomUUID() })).status, 403);
  });

  it("answers the CORS preflight for the practice's origin only", async () => {
    const preflight = (origin) =>
      fetch(`${base}/hearth/journal`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
      });
    const ok = await preflight(SITE);
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), SITE);
    assert.match(ok.headers.get('access-control-allow-headers'), /Idempotency-Key/);
    const other = await preflight('https://elsewhere.example');
    assert.equal(other.status, 403);
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  it('requires an allowed Origin from a browser, and accepts a request from no browser', async () => {
    const json = { 'Content-Type': 'application/json' };
    // One of several allowed origins (written with a trailing slash in the list).
    const builder = await post('/hearth/feedback', { a: 1 }, { Origin: BUILDER, 'Idempotency-Key': randomUUID() });
    assert.equal(builder.status, 201);
    assert.equal(builder.headers.get('access-control-allow-origin'), BUILDER);
    // A sandboxed frame, a data: URL, any page can send `Origin: null`: never allowed.
    assert.equal((await postExactly(base, '/hearth/feedback', { ...json, Origin: 'null', 'Idempotency-Key': randomUUID() }, '{}')).statusCode, 403);
    assert.equal(
      (await postExactly(base, '/hearth/feedback', { ...json, Origin: `${SITE}.evil.example`, 'Idempotency-Key': randomUUID() }, '{}')).statusCode,
      403,
    );
    // A browser's request without an Origin (it says it is a browser's by Sec-Fetch-Site).
    assert.equal(
      (await postExactly(base, '/hearth/feedback', { ...json, 'Sec-Fetch-Site': 'cross-site', 'Idempotency-Key': randomUUID() }, '{}')).statusCode,
      403,
    );
    assert.equal(
      (await postExactly(base, '/hearth/feedback', { ...json, 'Sec-Fetch-Site': 'same-origin', 'Idempotency-Key': randomUUID() }, '{}')).statusCode,
      403,
    );
    // No browser at all (curl, the practice's own server): accepted, as docs/receiving-data.md says.
    assert.equal((await postExactly(base, '/hearth/feedback', { ...json, 'Idempotency-Key': randomUUID() }, '{}')).statusCode, 201);
  });

  it('keeps a bounded number of payloads per kind: 503 with Retry-After when full, a retry of a stored one still succeeds', async () => {
    const folder = join(dataDir, 'bounded');
    const small = createReceiver({ dataDir: folder, allowedOrigins: [SITE], maxKeys: 3, log: (line) => logged.push(line) });
    await new Promise((resolve) => small.listen(0, '127.0.0.1', resolve));
    const to = (kind, key) =>
      fetch(`http://127.0.0.1:${small.address().port}/hearth/${kind}`, {
        method: 'POST',
        headers: { Origin: SITE, 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: '{"heard":1}',
      });
    try {
      const keys = [randomUUID(), randomUUID(), randomUUID()];
      for (const key of keys) assert.equal((await to('feedback', key)).status, 201);
      const full = await to('feedback', randomUUID());
      assert.equal(full.status, 503);
      assert.ok(Number(full.headers.get('retry-after')) > 0);
      assert.equal((await to('feedback', keys[0])).status, 200, 'a retry of a stored payload is still a success');
      assert.equal((await to('consent', randomUUID())).status, 201, 'each kind has its own bound');
      assert.equal(readdirSync(join(folder, 'feedback')).length, 3);
    } finally {
      small.close();
    }
  });

  it('never logs what a client wrote', () => {
    assert.ok(logged.length > 0);
    assert.ok(
      logged.every((line) => !line.includes('heard') && !line.includes('responseId')),
      logged.join('\n'),
    );
  });

  it('the default allow-list is empty: every browser POST is refused', async () => {
    const closed = createReceiver({ dataDir: join(dataDir, 'closed'), log: () => undefined });
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${closed.address().port}/hearth/feedback`, {
        method: 'POST',
        headers: { Origin: SITE, 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: '{}',
      });
      assert.equal(response.status, 403);
    } finally {
      closed.close();
    }
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

  it("receives a real feedback form sending from another origin, under the page's strict CSP", async () => {
    const live = createReceiver({ dataDir: join(dataDir, 'live'), allowedOrigins: [env.site.origin], log: () => undefined });
    await new Promise((resolve) => live.listen(0, '127.0.0.1', resolve));
    liveBase = `http://127.0.0.1:${live.address().port}`;
    const { page: tab, context, record } = await openPage(env.browser);
    try {
      await tab.goto(`${env.site.origin}/e2e/feedback-cross-origin.html`);
      const form = tab.locator('hearth-feedback-form');
      await form.getByRole('radio', { name: 'Yes' }).check();
      const [request] = await Promise.all([
        tab.waitForRequest((r) => r.url().startsWith(liveBase) && r.method() === 'POST'),
        form.getByRole('button', { name: 'Send' }).click(),
      ]);
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

/**
 * The example as a practice runs it (`node receiving-endpoint.mjs`, its own process): each malformed
 * request goes on a raw socket, and the same process must still answer a good request afterwards.
 */
describe('the example endpoint survives malformed requests (run as its own process)', () => {
  let dataDir;
  let child;
  let port;
  let exited;
  let output;

  // A fresh process for each test, so that one crash does not hide the next.
  beforeEach(async () => {
    exited = null;
    output = '';
    dataDir = mkdtempSync(join(tmpdir(), 'hearth-received-'));
    port = await new Promise((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address();
        probe.close(() => resolve(free));
      });
    });
    child = spawn(process.execPath, [endpointScript], {
      env: { ...process.env, ALLOWED_ORIGINS: SITE, DATA_DIR: dataDir, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.on('exit', (code, signal) => (exited = { code, signal }));
    await new Promise((resolve, reject) => {
      const collect = (chunk) => {
        output += chunk;
        if (/receiving on port/.test(output)) resolve();
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      child.on('exit', () => reject(new Error(`the endpoint exited before listening: ${output}`)));
    });
  });
  afterEach(async () => {
    // Wait for this process to be gone, so that its exit is not taken for the next test's.
    if (child && exited === null) await new Promise((resolve) => child.once('exit', resolve).kill());
    rmSync(dataDir, { recursive: true, force: true });
  });

  const head = (path, extra = '') =>
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${SITE}\r\nContent-Type: application/json\r\nIdempotency-Key: ${randomUUID()}\r\n${extra}`;
  /** The good request that must still be answered after each bad one. */
  const stillReceives = async (after) => {
    const key = randomUUID();
    const response = await fetch(`http://127.0.0.1:${port}/hearth/feedback`, {
      method: 'POST',
      headers: { Origin: SITE, 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: '{"heard":1}',
    }).catch((error) => error);
    assert.equal(exited, null, `the endpoint exited after ${after}: ${output}`);
    assert.equal(response.status, 201, `no answer after ${after}`);
    assert.ok(existsSync(join(dataDir, 'feedback', `${key}.json`)));
  };

  it('answers 400 to a request line in absolute form with a bad host', async () => {
    for (const line of ['POST http://[/hearth/feedback', 'OPTIONS http://[/hearth/feedback', 'GET http://[/', 'POST http://%zz/hearth/feedback']) {
      const response = await rawRequest(port, `${line} HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${SITE}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
      assert.equal(statusOf(response), 400, `${line}: ${JSON.stringify(response.slice(0, 80))}`);
      await stillReceives(line);
    }
  });

  it('survives a client that disconnects mid-body, and stores nothing for it', async () => {
    await rawRequest(port, `${head('/hearth/feedback', 'Content-Length: 5000\r\n')}\r\n{"answers": {"heard": `, { destroyAfterWrite: true });
    await rawRequest(port, `${head('/hearth/feedback', 'Transfer-Encoding: chunked\r\n')}\r\n10\r\n{"answers": {"he\r\n`, { destroyAfterWrite: true });
    // A complete request after both is answered and kept: the server went on past them, and kept only it.
    await stillReceives('a client that went away mid-body');
    assert.equal(readdirSync(join(dataDir, 'feedback')).length, 1, 'nothing kept of the cut-off bodies');
  });

  it('survives a body whose chunked encoding breaks halfway', async () => {
    await rawRequest(port, `${head('/hearth/feedback', 'Transfer-Encoding: chunked\r\n')}\r\n5\r\n{"a":\r\nzz-not-a-size\r\n\r\n`);
    await stillReceives('a broken chunked body');
  });

  it('answers 400 to bytes that are not HTTP (clientError)', async () => {
    for (const raw of [
      '\x00\x01\x02 nonsense\r\n\r\n',
      'POST /hearth/feedback HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n',
      'POST /hearth/feedback HTTP/9.9\r\n\r\n',
    ]) {
      const response = await rawRequest(port, raw);
      assert.equal(statusOf(response), 400, `${JSON.stringify(raw)}: ${JSON.stringify(response.slice(0, 80))}`);
      await stillReceives(JSON.stringify(raw));
    }
  });

  it('answers 413 above 1 MB, declared or streamed, without reading the rest', async () => {
    const declared = await rawRequest(port, `${head('/hearth/feedback', 'Content-Length: 50000000\r\n')}\r\n{"a":`);
    assert.equal(statusOf(declared), 413, JSON.stringify(declared.slice(0, 80)));
    const chunk = `{"a":"${'x'.repeat(600 * 1024)}`;
    const size = Buffer.byteLength(chunk).toString(16);
    const streamed = await rawRequest(port, `${head('/hearth/feedback', 'Transfer-Encoding: chunked\r\n')}\r\n${size}\r\n${chunk}\r\n${size}\r\n${chunk}\r\n`);
    assert.equal(statusOf(streamed), 413, JSON.stringify(streamed.slice(0, 80)));
    await stillReceives('a body above the limit');
  });
});
