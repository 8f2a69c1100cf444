/**
 * Real HTTP handlers for component tests, under /__hearth/ on the test runner's own server:
 * JSON content for `src` (also oversized, trickling and byte-order-marked bodies), error statuses,
 * slow answers, a request log a test can read back, and a module request that fails once
 * (`/__hearth/fail-next?path=exercise-view`: a bad network for code loaded on first use).
 */
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';

import { answerSend, readBody } from './send-scenarios.mjs';

const log = [];
/** Parts of paths whose next request fails once with 503: a bad network for code loaded on use. */
const failNext = new Set();

const handlers = {
  '/__hearth/config/practice.json': (ctx) => json(ctx, 200, { practiceName: 'Willow Counselling', region: 'GB', locale: 'en' }),
  '/__hearth/config/bad-region.json': (ctx) => json(ctx, 200, { region: 'Narnia' }),
  '/__hearth/config/not-json': (ctx) => {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = '{ "practiceName": ';
  },
  '/__hearth/content/strategy.json': (ctx) =>
    json(ctx, 200, { id: 'from-src', title: 'From the practice server', summary: 'Loaded from src.', steps: ['One step.'] }),
  '/__hearth/content/form.json': (ctx) =>
    json(ctx, 200, {
      id: 'check-in',
      version: '3',
      title: 'Weekly check-in',
      items: [
        { id: 'week', type: 'rating', label: 'How was your week?', minLabel: 'Very hard', maxLabel: 'Very good', required: true },
        { id: 'note', type: 'text', label: 'One thing you want to talk about' },
      ],
    }),
  '/__hearth/content/policy.json': (ctx) =>
    json(ctx, 200, {
      id: 'studio-terms',
      version: '2',
      title: 'Studio terms',
      sections: [{ id: 'one', title: 'One', bodyHtml: '<p>Loaded from the practice server.</p>' }],
      acknowledgments: [{ id: 'ok', label: 'I have read this.', required: true }],
    }),
  // 10 MB of valid content that holds after 2 MB until the client leaves (60 s at most): a client
  // that reads it all never finishes, one that stops at its limit does. `?declared` sends Content-Length.
  '/__hearth/content/huge.json': (ctx, entry) => streamJson(ctx, entry, hugeJson, ctx.query.declared === undefined ? undefined : HUGE_LENGTH),
  // Headers at once, then one byte a second for two minutes: only a timer on the whole read stops it.
  '/__hearth/content/trickle.json': (ctx, entry) => streamJson(ctx, entry, trickleJson),
  // A byte-order mark, and multi-byte characters split across pieces of the body.
  '/__hearth/content/bom.json': (ctx, entry) => streamJson(ctx, entry, bomJson),
  '/__hearth/status/404': (ctx) => json(ctx, 404, { error: 'not found' }),
  '/__hearth/status/500': (ctx) => json(ctx, 500, { error: 'server error' }),
  '/__hearth/log': (ctx) => json(ctx, 200, log),
  '/__hearth/fail-next': (ctx) => {
    failNext.add(String(ctx.query.path));
    json(ctx, 200, { failing: [...failNext] });
  },
  '/__hearth/log/clear': (ctx) => {
    log.length = 0;
    json(ctx, 200, { cleared: true });
  },
};

const HUGE_HEAD = '{"id":"huge","title":"';
const HUGE_PIECE = 'x'.repeat(64 * 1024);
const HUGE_PIECES = 160; // 10 MiB of title
const HUGE_LENGTH = HUGE_HEAD.length + HUGE_PIECES * HUGE_PIECE.length + 2;

async function* hugeJson(signal) {
  yield HUGE_HEAD;
  for (let piece = 0; piece < HUGE_PIECES && !signal.aborted; piece++) {
    if (piece === 32) await sleep(60_000, undefined, { signal }).catch(() => undefined);
    yield HUGE_PIECE;
  }
  yield '"}';
}

async function* trickleJson(signal) {
  yield '{"id":"slow","title":"';
  for (let second = 0; second < 120 && !signal.aborted; second++) {
    await sleep(1000, undefined, { signal }).catch(() => undefined);
    yield ' ';
  }
  yield 'Slow"}';
}

async function* bomJson() {
  const bytes = Buffer.from('\uFEFF{"id":"bom","title":"Café 🌱 ناصر"}');
  for (let at = 0; at < bytes.length; at += 3) yield bytes.subarray(at, at + 3);
}

/** Streams a body as the client reads it; the log entry records whether the client left before its end. */
function streamJson(ctx, entry, pieces, length) {
  const left = new AbortController();
  entry.clientLeft = false;
  ctx.res.once('close', () => {
    entry.clientLeft = !ctx.res.writableFinished;
    left.abort();
  });
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.body = Readable.from(pieces(left.signal));
  if (length !== undefined) ctx.length = length;
}

function json(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

export async function testServerMiddleware(ctx, next) {
  const failing = [...failNext].find((part) => !ctx.path.startsWith('/__hearth/') && ctx.path.includes(part));
  if (failing !== undefined) {
    failNext.delete(failing);
    ctx.status = 503;
    return;
  }
  if (ctx.path.startsWith('/__hearth/send') || ctx.path.startsWith('/__hearth/sent') || ctx.path.startsWith('/__hearth/held/')) {
    const body = ctx.method === 'POST' ? await readBody(ctx.req) : '';
    const answer = await answerSend({ method: ctx.method, path: ctx.path, headers: ctx.headers, body });
    if (!answer) return next();
    for (const [name, value] of Object.entries(answer.headers ?? {})) ctx.set(name, value);
    return json(ctx, answer.status, answer.json ?? {});
  }
  const handler = handlers[ctx.path];
  if (!handler) return next();
  const entry = { method: ctx.method, path: ctx.path, cookie: ctx.get('cookie') || null, accept: ctx.get('accept') || null };
  if (!ctx.path.startsWith('/__hearth/log')) log.push(entry);
  return handler(ctx, entry);
}
