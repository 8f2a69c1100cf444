#!/usr/bin/env node
/**
 * A minimal endpoint that receives what Hearth's widgets send, in Node's standard library only.
 * Copy it, read it, adapt it: docs/receiving-data.md explains each part. Tested by
 * test/e2e/receiving-endpoint.e2e.mjs (also with a real feedback form sending from another origin).
 *
 *   ALLOWED_ORIGINS=https://your-practice.example DATA_DIR=./received PORT=8787 node receiving-endpoint.mjs
 *
 * It accepts `POST /hearth/<kind>` (kind: feedback, consent, journal, safety-plan), JSON or FHIR JSON, and
 * writes each payload to DATA_DIR/<kind>/<Idempotency-Key>.json — once: a retry with the same key
 * gets the same success and writes nothing. A browser's request must come from a page on one of
 * ALLOWED_ORIGINS (comma-separated); a request from no browser (curl, your own server) is accepted,
 * see docs/receiving-data.md for why. At most MAX_KEYS payloads wait in each folder: move them into
 * your records system. A malformed or broken request gets an error answer, never stops the server.
 * It never logs what a client wrote, only how much arrived.
 *
 * What it leaves to you: TLS (run it behind your HTTPS server), authentication if your pages
 * have logged-in clients (send credentials="include" and check the session here), encryption at
 * rest and retention as your rules require, and telling the right person that something arrived.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const KINDS = new Set(['feedback', 'consent', 'journal', 'safety-plan']);
const TYPES = new Set(['application/json', 'application/fhir+json']);
const KEY = /^[A-Za-z0-9-]{8,128}$/;
const MAX_BYTES = 1024 * 1024;
const MAX_KEYS = 1000; // payloads waiting per kind; then 503 (the widget keeps the payload and retries)

/** The receiving server; call `.listen(port)` on it. `allowedOrigins`: your site's origins (none by default). */
export function createReceiver({ dataDir, allowedOrigins = [], maxKeys = MAX_KEYS, log = console.log }) {
  const allowed = new Set(allowedOrigins.map((origin) => new URL(origin).origin)); // a typo fails here, at start
  const server = createServer(async (req, res) => {
    const origin = req.headers.origin;
    const cors = allowed.has(origin) ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : { Vary: 'Origin' };
    const answer = (status, body, headers = {}) => {
      if (res.headersSent || res.destroyed) return;
      res.writeHead(status, { ...cors, 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    try {
      await receive(req, res, answer, cors);
    } catch (error) {
      // A client that went away mid-body, or a bug: answer 500 if anyone is listening; never crash.
      log(`hearth: ${req.method} request failed (${error.code ?? error.name})`);
      answer(500, { error: 'server error' });
    }
  });

  async function receive(req, res, answer, cors) {
    let path;
    try {
      path = new URL(req.url, 'http://localhost').pathname;
    } catch {
      return answer(400, { error: 'bad request' }); // e.g. `POST http://[/hearth/feedback`
    }
    const kind = /^\/hearth\/([a-z-]+)$/.exec(path)?.[1];
    if (!kind || !KINDS.has(kind)) return answer(404, { error: 'not found' });

    if (req.method === 'OPTIONS') {
      // The browser asks before a cross-origin POST with these headers.
      if (!cors['Access-Control-Allow-Origin']) return answer(403, { error: 'origin not allowed' });
      res.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
        'Access-Control-Max-Age': '600',
      });
      return res.end();
    }
    if (req.method !== 'POST') return answer(405, { error: 'use POST' }, { Allow: 'POST, OPTIONS' });
    // A browser always says which page sent (Origin; current browsers add Sec-Fetch-Site too): it
    // must be one of yours. Any other program can write any Origin, so the header proves nothing
    // for it: a request with neither header is accepted, and sign-in is what keeps strangers out.
    const fromBrowser = 'origin' in req.headers || 'sec-fetch-site' in req.headers;
    if (fromBrowser && !cors['Access-Control-Allow-Origin']) return answer(403, { error: 'origin not allowed' });

    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!TYPES.has(type)) return answer(415, { error: 'expected application/json or application/fhir+json' });
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !KEY.test(key)) return answer(400, { error: 'an Idempotency-Key header is required' });
    const tooLarge = () => answer(413, { error: 'too large' }, { Connection: 'close' });
    if (Number(req.headers['content-length']) > MAX_BYTES) return tooLarge();

    const body = await readBody(req, MAX_BYTES);
    if (!body) return tooLarge();
    let payload;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      return answer(400, { error: 'the body is not JSON' });
    }

    // Store once per key: the `wx` flag fails if the file exists, which is a retry of a payload
    // already received — answer it with the same success.
    const folder = join(dataDir, kind);
    await mkdir(folder, { recursive: true });
    const waiting = await readdir(folder);
    if (waiting.length >= maxKeys && !waiting.includes(`${key}.json`)) {
      log(`hearth: ${kind} is full (${waiting.length} payloads waiting): move them into your records system`);
      return answer(503, { error: 'full; please retry later' }, { 'Retry-After': '3600' });
    }
    try {
      await writeFile(join(folder, `${key}.json`), JSON.stringify({ receivedAt: new Date().toISOString(), contentType: type, payload }), { flag: 'wx' });
    } catch (error) {
      if (error.code === 'EEXIST') {
        log(`hearth: ${kind} ${key} again (${body.length} bytes): already stored`);
        return answer(200, { received: true, id: key, repeat: true });
      }
      log(`hearth: ${kind} ${key}: could not store (${error.code})`);
      return answer(503, { error: 'could not store; please retry' }, { 'Retry-After': '30' });
    }
    log(`hearth: ${kind} ${key} stored (${body.length} bytes)`);
    return answer(201, { received: true, id: key });
  }

  // Bytes that are not HTTP never reach the handler: answer 400, or drop a connection already gone.
  server.on('clientError', (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
  return server;
}

/** The body, or null once it passes `limit` bytes; rejects when the client goes away mid-body. */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('error', reject);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= limit) return chunks.push(chunk);
      req.pause();
      resolve(null);
    });
  });
}

// Run directly: `node receiving-endpoint.mjs`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  if (allowedOrigins.length === 0) {
    console.error("Set ALLOWED_ORIGINS to your site's origins, for example ALLOWED_ORIGINS=https://your-practice.example");
    process.exit(1);
  }
  const server = createReceiver({ dataDir: process.env.DATA_DIR ?? './received', allowedOrigins });
  server.listen(Number(process.env.PORT ?? 8787), () => console.log(`hearth: receiving on port ${server.address().port} for ${allowedOrigins.join(', ')}`));
}
