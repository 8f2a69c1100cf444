import { expect } from '@open-wc/testing';

import { backoffMs, HearthStorage, judgeResponse, KeyVault, Outbox, type OutboxEntry, retryAfterMs } from '../../packages/core/src/index.js';
import { storedRecord } from '../helpers/indexeddb.js';
import { clearSentLog, sentLog } from '../helpers/sent-log.js';
import { until } from '../helpers/shadow.js';

const received = sentLog;

let n = 0;
const fresh = (mode: 'local' | 'session' | 'none' = 'local') => new HearthStorage({ mode, namespace: `outbox-${Date.now()}-${++n}` });
const fast = { baseDelayMs: 100, maxDelayMs: 400 };

describe('Outbox', () => {
  const outboxes: Outbox[] = [];
  const make = (storage: HearthStorage, options = {}) => {
    const outbox = new Outbox(storage, { ...fast, ...options });
    outboxes.push(outbox);
    return outbox;
  };
  beforeEach(clearSentLog);
  afterEach(() => outboxes.splice(0).forEach((outbox) => outbox.stop()));

  it('200: POSTs JSON with an Idempotency-Key, reports sent, keeps nothing', async () => {
    const storage = fresh();
    const outbox = make(storage);
    const entry = await outbox.send({ endpoint: '/__hearth/send/ok', body: { answer: 'It helped' } });
    expect(entry.state).to.equal('sent');
    const [request, ...more] = await received();
    expect(more).to.deep.equal([]);
    expect(request.key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(request.key).to.equal(entry.id);
    expect(request.contentType).to.equal('application/json');
    expect(JSON.parse(request.body)).to.deep.equal({ answer: 'It helped' });
    expect(await outbox.entries()).to.deep.equal([]);
  });

  it('stores the endpoint as the absolute address this page means, so a retry from any page goes there', async () => {
    const outbox = make(fresh());
    const entry = await outbox.send({ endpoint: '../__hearth/send/503-always', body: { a: 1 } });
    expect(entry.state).to.equal('queued');
    expect(entry.endpoint).to.equal(new URL('../__hearth/send/503-always', document.baseURI).href);
    expect((await outbox.entries())[0].endpoint).to.equal(entry.endpoint);
  });

  it('an entry an older Hearth queued with a path: from the root it is sent to this origin; relative to its page it fails with a reason and is never sent', async () => {
    const storage = fresh();
    const legacy = (id: string, endpoint: string): OutboxEntry => ({
      id,
      endpoint,
      contentType: 'application/json',
      credentials: 'same-origin',
      state: 'queued',
      attempts: 1,
      createdAt: new Date().toISOString(),
      nextAttemptAt: 0,
      body: { legacy: id },
    });
    const rooted = '00000000-0000-4000-8000-000000000001';
    const relative = '00000000-0000-4000-8000-000000000002';
    expect((await storage.write('outbox', rooted, legacy(rooted, '/__hearth/send/ok'), { schema: 1 })).ok).to.equal(true);
    expect((await storage.write('outbox', relative, legacy(relative, 'send/ok'), { schema: 1 })).ok).to.equal(true);
    const outbox = make(storage);
    await outbox.flush({ all: true });
    const sent = await received();
    expect(sent.map((r) => [r.key, r.status])).to.deep.equal([[rooted, 200]]);
    const [left] = await outbox.entries();
    expect(left.id).to.equal(relative);
    expect(left.state).to.equal('failed');
    expect(left.lastError?.message).to.contain('Send it again');
  });

  it('sends FHIR with application/fhir+json', async () => {
    const outbox = make(fresh());
    await outbox.send({ endpoint: '/__hearth/send/ok', body: { resourceType: 'QuestionnaireResponse' }, contentType: 'application/fhir+json' });
    expect((await received())[0].contentType).to.equal('application/fhir+json');
  });

  it('400: stops, shows the error, keeps the data; a retry uses the same key', async () => {
    const outbox = make(fresh());
    const entry = await outbox.send({ endpoint: '/__hearth/send/bad', body: { a: 1 } });
    expect(entry.state).to.equal('failed');
    expect(entry.lastError).to.deep.include({ code: 'http', status: 400 });
    const kept = await outbox.entries();
    expect(kept.map((e) => e.id)).to.deep.equal([entry.id]);
    // Proof that a retry had time to come: another entry's retry, on the same backoff, arrives first.
    outbox.start();
    const otherOutbox = make(fresh());
    otherOutbox.start();
    const other = await otherOutbox.send({ endpoint: '/__hearth/send/500-then-ok', body: { b: 1 } });
    await until(async () => (await received()).some((r) => r.key === other.id && r.status === 200), 5000, 'the other retry');
    expect((await received()).filter((r) => r.key === entry.id).length, 'a 400 is not retried by itself').to.equal(1);
    await outbox.retry(entry.id);
    const requests = (await received()).filter((r) => r.key === entry.id);
    expect(requests.map((r) => r.key)).to.deep.equal([entry.id, entry.id]);
  });

  // Chromium re-sends a request itself when the server answers 408 (seen here: three tries, one
  // fetch), so a page in Chromium rarely sees a 408; judgeResponse is checked on real Response
  // objects below, and a 408 that does reach the outbox is retried like a 500.
  for (const scenario of ['408-twice-then-ok', '500-then-ok'] as const) {
    it(`${scenario}: queued, retried with backoff under the same key, then sent once`, async () => {
      const outbox = make(fresh());
      outbox.start();
      const states: string[] = [];
      outbox.subscribe((e) => states.push(e.state));
      const entry = await outbox.send({ endpoint: `/__hearth/send/${scenario}`, body: { a: 1 } });
      if (scenario === '500-then-ok') {
        expect(entry.state).to.equal('queued');
        expect(entry.lastError!.code).to.equal('http');
      }
      await until(() => states.includes('sent'), 3000, 'the retry');
      const requests = await received();
      expect(new Set(requests.map((r) => r.key))).to.deep.equal(new Set([entry.id]));
      expect(requests.map((r) => r.status).at(-1)).to.equal(200);
      expect(requests.filter((r) => r.status === 200)).to.have.length(1);
      expect(requests[0].status).to.equal(Number(scenario.slice(0, 3)));
      expect(requests.some((r) => r.status === 200 && r.key === entry.id)).to.equal(true);
      expect(await outbox.entries()).to.deep.equal([]);
    });
  }

  it('429: waits as long as Retry-After says', async () => {
    const outbox = make(fresh());
    outbox.start();
    const states: string[] = [];
    outbox.subscribe((e) => states.push(e.state));
    const entry = await outbox.send({ endpoint: '/__hearth/send/429-then-ok', body: {} });
    expect(entry.state).to.equal('queued');
    expect(entry.nextAttemptAt - Date.now()).to.be.greaterThan(800);
    await until(() => states.includes('sent'), 4000, 'the retry after Retry-After');
    const [first, second] = await received();
    expect(second.at - first.at).to.be.at.least(950);
    expect(second.key).to.equal(first.key);
  });

  it('timeout: gives up waiting, retries under the same key', async () => {
    const outbox = make(fresh(), { timeoutMs: 300 });
    outbox.start();
    const states: string[] = [];
    outbox.subscribe((e) => states.push(e.state));
    const entry = await outbox.send({ endpoint: '/__hearth/send/slow-then-ok', body: {} });
    expect(entry.state).to.equal('queued');
    expect(entry.lastError!.code).to.equal('timeout');
    await until(() => states.includes('sent'), 4000, 'the retry after the timeout');
    expect(new Set((await received()).map((r) => r.key))).to.deep.equal(new Set([entry.id]));
  });

  it('network error: queued with a plain reason', async () => {
    const outbox = make(fresh());
    const entry = await outbox.send({ endpoint: 'http://localhost:1/nothing-here', body: {} });
    expect(entry.state).to.equal('queued');
    expect(entry.lastError).to.deep.equal({ code: 'network', message: 'The connection failed (offline, or the server could not be reached).' });
  });

  it('two tabs flushing at once never send one entry twice (Web Lock)', async () => {
    const storage = fresh();
    const tabA = make(storage);
    const tabB = make(new HearthStorage({ mode: 'local', namespace: storage.namespace }));
    const entry = await tabA.send({ endpoint: '/__hearth/send/500-then-ok', body: {} });
    expect(entry.state).to.equal('queued');
    await Promise.all([tabA.flush({ all: true }), tabB.flush({ all: true }), tabA.flush({ all: true })]);
    const requests = await received();
    expect(requests.map((r) => r.status)).to.deep.equal([500, 200]);
  });

  it('keeps the payload sealed when the data is encrypted; a locked vault waits', async () => {
    const created = await KeyVault.create('a passphrase for the outbox');
    if (!created.ok) throw new Error('no vault');
    let unlocked: KeyVault | undefined;
    const storage = fresh();
    const outbox = make(storage, { vault: () => unlocked });
    unlocked = created.value.vault;
    const entry = await outbox.send({ endpoint: '/__hearth/send/500-then-ok', body: { text: 'my private words' } });
    expect(entry.state).to.equal('queued');
    const raw = JSON.stringify(await storedRecord('outbox', storage.keyOf(entry.id)));
    expect(raw).to.contain('"sealed"');
    expect(raw).not.to.contain('my private words');
    unlocked = undefined;
    await outbox.flush({ all: true });
    expect((await received()).length, 'locked: nothing sent').to.equal(1);
    unlocked = created.value.vault;
    await outbox.flush({ all: true });
    const requests = await received();
    expect(requests.map((r) => r.status)).to.deep.equal([500, 200]);
    expect(JSON.parse(requests[1].body)).to.deep.equal({ text: 'my private words' });
  });

  it('with `owns`, an outbox attempts only its own entries: another vault\'s sealed entry stays queued, never "failed: damaged"', async () => {
    const [a, b] = await Promise.all([KeyVault.create('passphrase of journal A'), KeyVault.create('passphrase of journal B')]);
    if (!a.ok || !b.ok) throw new Error('no vault');
    const storage = fresh();
    const outboxA = make(storage, { vault: a.value.vault, owns: (entry: OutboxEntry) => entry.source?.startsWith('journal:a:') });
    const queued = await outboxA.send({ endpoint: '/__hearth/send/held', body: { text: 'A shares this' }, source: 'journal:a:1' });
    expect(queued.state).to.equal('queued');
    outboxA.stop();
    const outboxB = make(storage, { vault: b.value.vault, owns: (entry: OutboxEntry) => entry.source?.startsWith('journal:b:') });
    await outboxB.flush({ all: true });
    await outboxB.retry(queued.id);
    const [left] = await outboxA.entries();
    expect(left.state, 'still waiting for A').to.equal('queued');
    expect(left.lastError?.message ?? '').not.to.match(/damaged/);
    expect((await received()).length, 'B sent nothing of A').to.equal(1);
    await fetch('/__hearth/held/release');
    const sent = await outboxA.retry(queued.id);
    expect(sent?.state).to.equal('sent');
    expect(JSON.parse((await received()).at(-1)!.body)).to.deep.equal({ text: 'A shares this' });
  });

  it('an entry deleted while it is being sent stays deleted, whatever the answer', async () => {
    const storage = fresh();
    const outbox = make(storage);
    const sending = outbox.send({ endpoint: '/__hearth/send/slow-503', body: { text: 'deleted mid-send' } });
    let id: string | undefined;
    for (let i = 0; i < 200 && !id; i++) {
      id = (await received())[0]?.key;
      if (!id) await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(id, 'the request reached the server').to.be.a('string');
    await storage.remove('outbox', id!);
    const outcome = await sending;
    expect(outcome.state).to.equal('queued');
    expect(await outbox.entries(), 'not written back').to.deep.equal([]);
  });

  it('sealWaiting seals the entries it owns, bound to their place, and leaves others alone', async () => {
    const created = await KeyVault.create('a passphrase turned on later');
    if (!created.ok) throw new Error('no vault');
    const storage = fresh();
    const plain = make(storage);
    const mine = await plain.send({ endpoint: '/__hearth/send/held', body: { text: 'shared before encryption' }, source: 'journal:a:1' });
    const theirs = await plain.send({ endpoint: '/__hearth/send/held', body: { text: 'a feedback answer' }, source: 'hearth-feedback-form:f' });
    plain.stop();
    const sealing = make(storage, { vault: created.value.vault, owns: (entry: OutboxEntry) => entry.source?.startsWith('journal:a:') });
    await sealing.sealWaiting({ plain: true });
    const [rawMine, rawTheirs] = [(await storedRecord('outbox', storage.keyOf(mine.id)))!, (await storedRecord('outbox', storage.keyOf(theirs.id)))!];
    expect(JSON.stringify(rawMine)).not.to.contain('shared before encryption');
    expect((rawMine.data.sealed as { bound?: boolean }).bound).to.equal(true);
    expect(rawMine.data.state).to.equal('queued');
    expect(rawMine.data.endpoint).to.equal(mine.endpoint);
    expect(rawTheirs.data.body).to.deep.equal({ text: 'a feedback answer' });
    await fetch('/__hearth/held/release');
    expect((await sealing.retry(mine.id))?.state).to.equal('sent');
    expect(JSON.parse((await received()).at(-1)!.body)).to.deep.equal({ text: 'shared before encryption' });
  });

  it('in memory mode, the entry lives in memory only', async () => {
    const storage = fresh('none');
    const outbox = make(storage);
    const entry = await outbox.send({ endpoint: '/__hearth/send/bad', body: {} });
    expect((await outbox.entries()).map((e: OutboxEntry) => e.id)).to.deep.equal([entry.id]);
    expect(await storedRecord('outbox', storage.keyOf(entry.id))).to.equal(undefined);
  });

  it('judges responses: 2xx sent; 408, 429, 5xx retried; other 4xx stop', () => {
    const judge = (status: number, headers: Record<string, string> = {}) => judgeResponse(new Response(null, { status, headers }));
    expect(judge(200)).to.deep.equal({ verdict: 'sent' });
    expect(judge(202)).to.deep.equal({ verdict: 'sent' });
    expect(judge(408)).to.deep.equal({ verdict: 'retry', waitMs: undefined });
    expect(judge(429, { 'Retry-After': '7' })).to.deep.equal({ verdict: 'retry', waitMs: 7000 });
    expect(judge(503, { 'Retry-After': '2' })).to.deep.equal({ verdict: 'retry', waitMs: 2000 });
    expect(judge(500)).to.deep.equal({ verdict: 'retry', waitMs: undefined });
    for (const status of [400, 401, 403, 404, 409, 413, 422]) expect(judge(status), String(status)).to.deep.equal({ verdict: 'stop' });
  });

  it('reads Retry-After as seconds or a date, and backs off with jitter', () => {
    expect(retryAfterMs('3')).to.equal(3000);
    expect(retryAfterMs(new Date(Date.now() + 5000).toUTCString())).to.be.within(3500, 5000);
    expect(retryAfterMs('soon')).to.equal(undefined);
    expect(retryAfterMs(null)).to.equal(undefined);
    expect(backoffMs(1, 1000, 60_000, () => 0)).to.equal(500);
    expect(backoffMs(1, 1000, 60_000, () => 1)).to.equal(1000);
    expect(backoffMs(4, 1000, 60_000, () => 1)).to.equal(8000);
    expect(backoffMs(20, 1000, 60_000, () => 1)).to.equal(60_000);
  });
});
