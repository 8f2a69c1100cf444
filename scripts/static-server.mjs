/**
 * A small static server for the demo practice page (`npm start`) and the page tests: it serves
 * folders under URL prefixes with the strict Content-Security-Policy of ARCHITECTURE.md, so what
 * you see is what a practice with a strict CSP gets. Binds 127.0.0.1 only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

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
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
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
    if (!prefix) return notFound(res);
    const base = resolve(mounts[prefix]);
    let path = normalize(join(base, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (path !== base && !path.startsWith(base + sep)) return notFound(res);
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return notFound(res);
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({ server, port: typeof address === 'object' && address ? address.port : port, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

function notFound(res) {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}
