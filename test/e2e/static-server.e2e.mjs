/**
 * scripts/static-server.mjs (`npm start` and every page test) must survive a bad request: each
 * malformed request is sent on a raw socket (nothing in between repairs it) to a server in its own
 * process, and a good request must still be answered afterwards by the same process.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { rawRequest, statusOf } from './raw-http.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

describe('scripts/static-server.mjs survives malformed requests', () => {
  let dir;
  let child;
  let port;
  let exited;
  let stderr;

  // A fresh process for each test, so that one crash does not hide the next.
  beforeEach(async () => {
    exited = null;
    stderr = '';
    dir = mkdtempSync(join(tmpdir(), 'hearth-static-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ok</title>');
    // A handler that throws, and a `dynamic` that reads the body the usual way (and rejects when
    // the client goes away mid-body): the server must contain both.
    const program = `
      import { startStaticServer } from ${JSON.stringify(pathToFileURL(join(root, 'scripts/static-server.mjs')).href)};
      const { port } = await startStaticServer({
        mounts: { '/': ${JSON.stringify(dir)} },
        handlers: { '/throws': () => { throw new Error('handler bug'); } },
        dynamic: async (req, res, url) => {
          if (url.pathname !== '/upload') return false;
          const chunks = [];
          for await (const chunk of req) chunks.push(chunk);
          res.writeHead(200).end(String(Buffer.concat(chunks).length));
          return true;
        },
      });
      console.log('PORT ' + port);`;
    child = spawn(process.execPath, ['--input-type=module', '-e', program], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code, signal) => (exited = { code, signal }));
    port = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /PORT (\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      child.on('exit', () => reject(new Error(`the server exited before listening: ${stderr}`)));
    });
  });
  afterEach(async () => {
    // Wait for this process to be gone, so that its exit is not taken for the next test's.
    if (child && exited === null) await new Promise((resolve) => child.once('exit', resolve).kill());
    rmSync(dir, { recursive: true, force: true });
  });

  /** The good request that must still be answered after each bad one. */
  const stillServes = async (after) => {
    const response = await fetch(`http://127.0.0.1:${port}/`).catch((error) => error);
    assert.equal(exited, null, `the server process exited after ${after}: ${stderr}`);
    assert.equal(response.status, 200, `no answer after ${after}`);
    assert.match(await response.text(), /<title>ok<\/title>/);
  };

  it('answers 400 to a request line in absolute form with a bad host, and keeps serving', async () => {
    for (const target of ['http://[/index.html', 'http://[/', 'http://%zz/']) {
      const response = await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      assert.equal(statusOf(response), 400, `GET ${target}: ${JSON.stringify(response.slice(0, 80))}`);
      await stillServes(`GET ${target}`);
    }
  });

  it('answers 400 to a malformed percent-encoding, and keeps serving', async () => {
    for (const target of ['/%E0%A4%A', '/%', '/%zz.html', '/sub/%C0%80']) {
      const response = await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      assert.equal(statusOf(response), 400, `GET ${target}: ${JSON.stringify(response.slice(0, 80))}`);
      await stillServes(`GET ${target}`);
    }
  });

  it('answers 400 to bytes that are not HTTP (clientError), and keeps serving', async () => {
    for (const raw of ['\x00\x01\x02 nonsense\r\n\r\n', 'GET / HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n', 'GET / HTTP/9.9\r\n\r\n']) {
      const response = await rawRequest(port, raw);
      assert.equal(statusOf(response), 400, `${JSON.stringify(raw)}: ${JSON.stringify(response.slice(0, 80))}`);
      await stillServes(JSON.stringify(raw));
    }
  });

  it('answers 500 when a handler throws, and keeps serving', async () => {
    const response = await rawRequest(port, 'GET /throws HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    assert.equal(statusOf(response), 500, JSON.stringify(response.slice(0, 80)));
    await stillServes('a handler that throws');
  });

  it('survives a client that disconnects mid-body', async () => {
    const head = 'POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n';
    await rawRequest(port, `${head}{"partial": "`, { destroyAfterWrite: true });
    // A request after the cut-off one is served: the server went on past it.
    await stillServes('a client that went away mid-body');
    // The same route still works for a complete body.
    const response = await fetch(`http://127.0.0.1:${port}/upload`, { method: 'POST', body: 'abc' });
    assert.equal(await response.text(), '3');
  });

  it('still refuses paths outside the mounted folder', async () => {
    for (const target of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      const response = await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      assert.ok([400, 404].includes(statusOf(response)), `GET ${target}: ${JSON.stringify(response.slice(0, 80))}`);
    }
    await stillServes('a path outside the mount');
  });
});
