/**
 * The demo practice's endpoints (`npm start` and the page tests): they accept what the demo's
 * feedback form and consent send, and say only how much arrived, never what (client text stays
 * out of logs).
 */
export const DEMO_ENDPOINT_PATHS = ['/demo-practice/feedback', '/demo-practice/consent'];

/** `handlers` entries for scripts/static-server.mjs. */
export function demoEndpoint(log = () => undefined) {
  const handler = (req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(req.method === 'OPTIONS' ? 204 : 405, { Allow: 'POST' });
      res.end();
      return;
    }
    let size = 0;
    req.on('data', (chunk) => (size += chunk.length));
    req.on('end', () => {
      log(
        `demo practice: received a ${req.headers['content-type'] ?? 'request'} of ${size} bytes (Idempotency-Key ${req.headers['idempotency-key'] ?? 'missing'})`,
      );
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ received: true }));
    });
  };
  return Object.fromEntries(DEMO_ENDPOINT_PATHS.map((path) => [path, handler]));
}
