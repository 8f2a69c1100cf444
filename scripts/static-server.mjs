/**
 * A small static server for the demo practice page (`npm start`) and the page tests: it serves
 * folders under URL prefixes with the strict Content-Security-Policy of ARCHITECTURE.md, so what
 * you see is what a practice with a strict CSP gets. Binds 127.0.0.1 only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types hearth lit-html dompurify 'allow-duplicates'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * @param {{ port?: number, mounts: Record<string, string>, csp?: string | false,
 *   handlers?: Record<string, (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void>,
 *   dynamic?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) => Promise<boolean>,
 *   onRequest?: (entry: { method: string, url: string, cookie: string | null }) => void }} options
 *   `mounts` maps a URL prefix (`/cdn/`) to a folder; `handlers` maps exact paths to functions;
 *   `dynamic` may answer any request first (it returns true when it did).
 */
export function startStaticServer({ port = 0, mounts, csp = STRICT_CSP, handlers = {}, dynamic, onRequest }) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const serve = async (req, res) => {
    let url;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      // A request line in absolute form with a bad host (`GET http://[/`).
      onRequest?.({ method: req.method ?? 'GET', url: req.url ?? '', cookie: req.headers.cookie ?? null });
      return plain(res, 400, 'Bad request');
    }
    onRequest?.({ method: req.method ?? 'GET', url: url.pathname + url.search, cookie: req.headers.cookie ?? null });
    if (csp) res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // no-cache, not no-store: always revalidated, yet pages stay eligible for the back-forward cache.
    res.setHeader('Cache-Control', 'no-cache');
    // Static files are public; this lets a sandboxed (opaque-origin) frame of the same site load them.
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (dynamic && (await dynamic(req, res, url))) return;
    const handler = handlers[url.pathname];
    if (handler) return handler(req, res);
    const prefix = prefixes.find((p) => url.pathname.startsWith(p));
    if (!prefix) return plain(res, 404, 'Not found');
    let relative;
    try {
      relative = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      return plain(res, 400, 'Bad request: malformed percent-encoding');
    }
    const base = resolve(mounts[prefix]);
    let path = normalize(join(base, relative));
    if (path !== base && !path.startsWith(base + sep)) return plain(res, 404, 'Not found');
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return plain(res, 404, 'Not found');
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    // pipeline, not pipe: a read error or a client that goes away closes both ends instead of throwing.
    pipeline(createReadStream(path), res, () => undefined);
  };
  const server = createServer(async (req, res) => {
    // A client that disconnects mid-body errors the request stream: a handler reading it sees the
    // error (and is caught below); with no reader, this listener keeps it from being thrown.
    req.on('error', () => undefined);
    try {
      await serve(req, res);
    } catch (error) {
      if (!req.destroyed) console.error(`static-server: ${req.method} ${req.url}: ${error?.message ?? error}`);
      plain(res, 500, 'Server error');
    }
  });
  // Bytes that are not HTTP: answer 400 on the raw socket, or drop a connection already gone.
  server.on('clientError', (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({ server, port: typeof address === 'object' && address ? address.port : port, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/** Answers with a short text, or closes the connection when an answer has already begun. */
function plain(res, status, text) {
  if (res.headersSent || res.destroyed) return res.destroy();
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
