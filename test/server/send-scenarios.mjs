/**
 * Real HTTP endpoints for send tests, shared by the component tests' middleware and the page
 * tests' server. `/__hearth/send/<scenario>` answers by scenario and by how many times this
 * Idempotency-Key has been seen; `/__hearth/sent` returns every request received.
 */
const received = [];
const seen = new Map();
// The "held" scenario answers 503 until /__hearth/held/release, and again after /__hearth/held/hold
// or /__hearth/sent/clear: a server that is down until the test says it is back.
let held = true;

const scenarios = {
  ok: () => ({ status: 200 }),
  bad: () => ({ status: 400 }),
  // Chromium itself re-sends a request once when a reused connection answers 408, so the page
  // may never see the first 408: this answers 408 twice, so the outbox always sees one.
  '408-twice-then-ok': (n) => ({ status: n <= 2 ? 408 : 200 }),
  '429-then-ok': (n) => (n === 1 ? { status: 429, headers: { 'Retry-After': '1' } } : { status: 200 }),
  '500-then-ok': (n) => ({ status: n === 1 ? 500 : 200 }),
  '503-always': () => ({ status: 503 }),
  'slow-then-ok': (n) => ({ status: 200, delayMs: n === 1 ? 1500 : 0 }),
  // Recorded at once, answered 503 after a second: long enough to change the entry while it is sent.
  'slow-503': () => ({ status: 503, delayMs: 1000 }),
  held: () => ({ status: held ? 503 : 200 }),
};

/** Answers a send request; returns undefined for paths it does not own. */
export async function answerSend({ method, path, headers, body }) {
  if (path === '/__hearth/sent') return { status: 200, json: received };
  if (path === '/__hearth/sent/clear') {
    received.length = 0;
    seen.clear();
    held = true;
    return { status: 200, json: { cleared: true } };
  }
  if (path === '/__hearth/held/release' || path === '/__hearth/held/hold') {
    held = path.endsWith('/hold');
    return { status: 200, json: { held } };
  }
  const match = /^\/__hearth\/send\/([\w-]+)$/.exec(path);
  if (!match || !scenarios[match[1]]) return undefined;
  if (method === 'OPTIONS') return { status: 204 };
  const key = headers['idempotency-key'] ?? '';
  const count = (seen.get(key) ?? 0) + 1;
  seen.set(key, count);
  const answer = scenarios[match[1]](count);
  received.push({
    scenario: match[1],
    key,
    contentType: headers['content-type'] ?? null,
    cookie: headers.cookie ?? null,
    referer: headers.referer ?? null,
    authorization: headers.authorization ?? null,
    body,
    attempt: count,
    status: answer.status,
    at: Date.now(),
  });
  if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
  return { status: answer.status, headers: answer.headers, json: { received: answer.status < 300 } };
}

export function readBody(req) {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
  });
}
