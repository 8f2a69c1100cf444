/**
 * Real HTTP handlers for component tests, under /__hearth/ on the test runner's own server:
 * JSON content for `src`, error statuses, slow answers, and a request log a test can read back.
 */
import { answerSend, readBody } from './send-scenarios.mjs';

const log = [];

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
  '/__hearth/status/404': (ctx) => json(ctx, 404, { error: 'not found' }),
  '/__hearth/status/500': (ctx) => json(ctx, 500, { error: 'server error' }),
  '/__hearth/log': (ctx) => json(ctx, 200, log),
  '/__hearth/log/clear': (ctx) => {
    log.length = 0;
    json(ctx, 200, { cleared: true });
  },
};

function json(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

export async function testServerMiddleware(ctx, next) {
  if (ctx.path.startsWith('/__hearth/send') || ctx.path.startsWith('/__hearth/sent')) {
    const body = ctx.method === 'POST' ? await readBody(ctx.req) : '';
    const answer = await answerSend({ method: ctx.method, path: ctx.path, headers: ctx.headers, body });
    if (!answer) return next();
    for (const [name, value] of Object.entries(answer.headers ?? {})) ctx.set(name, value);
    return json(ctx, answer.status, answer.json ?? {});
  }
  const handler = handlers[ctx.path];
  if (!handler) return next();
  if (!ctx.path.startsWith('/__hearth/log')) {
    log.push({ method: ctx.method, path: ctx.path, cookie: ctx.get('cookie') || null, accept: ctx.get('accept') || null });
  }
  return handler(ctx);
}
