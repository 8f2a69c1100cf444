#!/usr/bin/env node
/**
 * A minimal endpoint that receives what Hearth's widgets send, in Node's standard library only.
 * Copy it, read it, adapt it: docs/receiving-data.md explains each part. Tested by
 * test/e2e/receiving-endpoint.e2e.mjs (also with a real feedback form sending from another origin).
 *
 *   ALLOWED_ORIGIN=https://your-practice.example DATA_DIR=./received PORT=8787 node receiving-endpoint.mjs
 *
 * It accepts `POST /hearth/<kind>` (kind: feedback, consent, journal), JSON or FHIR JSON, and
 * writes each payload to DATA_DIR/<kind>/<Idempotency-Key>.json — once: a retry with the same key
 * gets the same success and writes nothing. It answers the CORS preflight for ALLOWED_ORIGIN only.
 * It never logs what a client wrote, only how much arrived.
 *
 * What it leaves to you: TLS (run it behind your HTTPS server), authentication if your pages
 * have logged-in clients (send credentials="include" and check the session here), encryption at
 * rest and retention as your rules require, and telling the right person that something arrived.
 */
import { createServer } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const KINDS = new Set(['feedback', 'consent', 'journal']);
const TYPES = new Set(['application/json', 'application/fhir+json']);
const KEY = /^[A-Za-z0-9-]{8,128}$/;
const MAX_BYTES = 1024 * 1024;

/** The receiving server; call `.listen(port)` on it. */
export function createReceiver({ dataDir, allowedOrigin, log = console.log }) {
  return createServer(async (req, res) => {
    const origin = req.headers.origin;
    const cors = origin && origin === allowedOrigin ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : { Vary: 'Origin' };
    const answer = (status, body, headers = {}) => {
      res.writeHead(status, { ...cors, 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };

    const kind = /^\/hearth\/([a-z]+)$/.exec(new URL(req.url, 'http://localhost').pathname)?.[1];
    if (!kind || !KINDS.has(kind)) return answer(404, { error: 'not found' });

    if (req.method === 'OPTIONS') {
      // The browser asks before a cross-origin POST with these headers.
      if (!cors['Access-Control-Allow-Origin']) return answer(403, { error: 'origin not allowed' });
      res.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key', 'Access-Control-Max-Age': '600' });
      return res.end();
    }
    if (req.method !== 'POST') return answer(405, { error: 'use POST' }, { Allow: 'POST, OPTIONS' });
    if (origin && !cors['Access-Control-Allow-Origin']) return answer(403, { error: 'origin not allowed' });

    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!TYPES.has(type)) return answer(415, { error: 'expected application/json or application/fhir+json' });
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !KEY.test(key)) return answer(400, { error: 'an Idempotency-Key header is required' });

    let size = 0;
    const chunks = [];
    for await (const chunk of req) {
      size += chunk.length;
      if (size > MAX_BYTES) return answer(413, { error: 'too large' });
      chunks.push(chunk);
    }
    let payload;
    try {
      payload = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return answer(400, { error: 'the body is not JSON' });
    }

    // Store once per key: the `wx` flag fails if the file exists, which is a retry of a payload
    // already received — answer it with the same success.
    const folder = join(dataDir, kind);
    await mkdir(folder, { recursive: true });
    try {
      await writeFile(join(folder, `${key}.json`), JSON.stringify({ receivedAt: new Date().toISOString(), contentType: type, payload }), { flag: 'wx' });
    } catch (error) {
      if (error.code === 'EEXIST') {
        log(`hearth: ${kind} ${key} again (${size} bytes): already stored`);
        return answer(200, { received: true, id: key, repeat: true });
      }
      log(`hearth: ${kind} ${key}: could not store (${error.code})`);
      return answer(503, { error: 'could not store; please retry' }, { 'Retry-After': '30' });
    }
    log(`hearth: ${kind} ${key} stored (${size} bytes)`);
    return answer(201, { received: true, id: key });
  });
}

// Run directly: `node receiving-endpoint.mjs`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 8787);
  const allowedOrigin = process.env.ALLOWED_ORIGIN;
  if (!allowedOrigin) {
    console.error('Set ALLOWED_ORIGIN to your site\'s origin, for example ALLOWED_ORIGIN=https://your-practice.example');
    process.exit(1);
  }
  createReceiver({ dataDir: process.env.DATA_DIR ?? './received', allowedOrigin }).listen(port, () => console.log(`hearth: receiving on port ${port} for ${allowedOrigin}`));
}
