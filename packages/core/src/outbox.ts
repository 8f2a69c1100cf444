import type { HearthError } from './hearth-error.js';
import type { HearthStorage, StoredRecord } from './hearth-storage.js';
import type { Ciphertext, KeyVault } from './key-vault.js';
import { randomId } from './random-id.js';

/** What the client sees of a send. */
export type OutboxState = 'sending' | 'queued' | 'sent' | 'failed';

export interface OutboxRequest {
  endpoint: string;
  body: unknown;
  contentType?: 'application/json' | 'application/fhir+json';
  credentials?: RequestCredentials;
  /**
   * Sent with nothing that could tie it to the client: no cookies or HTTP authentication
   * (`credentials: "omit"`, whatever `credentials` says) and no `Referer` (the page's address).
   */
  anonymous?: boolean;
  /** Which element sent it (`hearth-feedback-form:session`), for the element to find its own. */
  source?: string;
}

export interface OutboxEntry {
  /** Also the `Idempotency-Key`: the same on every retry of this payload. */
  id: string;
  endpoint: string;
  contentType: 'application/json' | 'application/fhir+json';
  credentials: RequestCredentials;
  /** See OutboxRequest.anonymous: set, every attempt omits credentials and the Referer. */
  anonymous?: boolean;
  source?: string;
  state: OutboxState;
  attempts: number;
  createdAt: string;
  /** When the next automatic attempt is due (ms since the epoch). */
  nextAttemptAt: number;
  lastError?: HearthError;
  /** The payload: as JSON-ready data, or sealed with the vault when the data it came from is encrypted. */
  body?: unknown;
  sealed?: Ciphertext;
}

export interface OutboxOptions {
  /** When the data is encrypted, the vault that seals payloads at rest (or a getter: it may be locked). */
  vault?: KeyVault | (() => KeyVault | undefined);
  /**
   * The entries this outbox may attempt (default: every one). An outbox with a vault should own
   * only what it sealed: another element's sealed entry is not its to open, and is left alone.
   */
  owns?: (entry: OutboxEntry) => boolean;
  /**
   * The data these payloads come from is encrypted: every entry this outbox owns must be sealed.
   * One stored unsealed was not queued by it (someone with the device wrote it): it is failed,
   * with a reason, never sent.
   */
  sealedOnly?: boolean;
  timeoutMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

const FORMAT = { schema: 1 };
const RETRYABLE_STATUS = new Set([408, 429]);

/** `Retry-After` as milliseconds from now: seconds, or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * What a response means for an entry: `sent` (2xx), `retry` (408, 429, 5xx; with the wait that
 * `Retry-After` asks for on 429 and 503), or `stop` (any other status: the client decides).
 */
export function judgeResponse(response: Pick<Response, 'ok' | 'status' | 'headers'>): { verdict: 'sent' | 'retry' | 'stop'; waitMs?: number } {
  if (response.ok) return { verdict: 'sent' };
  if (RETRYABLE_STATUS.has(response.status) || response.status >= 500) {
    const waitMs = response.status === 429 || response.status === 503 ? retryAfterMs(response.headers.get('Retry-After')) : undefined;
    return { verdict: 'retry', waitMs };
  }
  return { verdict: 'stop' };
}

/** Exponential backoff with jitter: between half and all of base × 2^(attempt − 1), capped. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** An endpoint resolved against the page that queues it (its <base> included), as an absolute URL. */
export function resolveEndpoint(endpoint: string): string {
  return new URL(endpoint, document.baseURI).href;
}

/**
 * The absolute address of a stored entry. Entries queued before addresses were stored absolute
 * may hold a path: one from the site's root (`/api/feedback`) is resolved against this origin (the
 * one that queued it: storage is per origin), never this page's <base>; a path relative to the
 * queuing page (`submit`) cannot be resolved safely: undefined.
 */
function storedEndpoint(endpoint: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(endpoint)) return endpoint;
  if (endpoint.startsWith('/') && !endpoint.startsWith('//')) return new URL(endpoint, location.origin).href;
  return undefined;
}

const NOT_SEALED: HearthError = {
  code: 'config',
  message: 'This was stored unencrypted where everything is encrypted, so it was not written here by you, and it was not sent.',
};

const UNKNOWN_ADDRESS: HearthError = {
  code: 'config',
  message: 'This was waiting to be sent to an address relative to a page that is no longer known, so it was not sent. Send it again.',
};

/**
 * The outbox: every send is written down first, then attempted, and kept until the endpoint
 * accepts it. Network errors, timeouts, 408, 429 (honouring `Retry-After`) and 5xx are retried
 * with backoff and jitter while the page is open, on `online`, and on the next load; other 4xx
 * stop with the data kept for a retry by the client. A Web Lock per namespace makes sure two
 * tabs never send the same entry twice. The payload stays in the storage mode, and under the
 * encryption, of the data it came from.
 */
export class Outbox {
  private readonly listeners = new Set<(entry: OutboxEntry) => void>();
  private timer?: ReturnType<typeof setTimeout>;
  private started = false;
  /** Entries this page is sending right now: a flush here leaves them alone. */
  private readonly inFlight = new Set<string>();
  private readonly options: Required<Omit<OutboxOptions, 'vault'>> & Pick<OutboxOptions, 'vault'>;

  private readonly onOnline = () => void this.flush({ all: true });

  constructor(
    private readonly storage: HearthStorage,
    options: OutboxOptions = {},
  ) {
    this.options = { timeoutMs: 30_000, baseDelayMs: 1_000, maxDelayMs: 5 * 60_000, owns: () => true, sealedOnly: false, ...options };
  }

  /**
   * What a sealed payload is bound to: its place in the outbox store and where and how it goes.
   * Someone with the device who points a sealed entry at another address (or adds credentials)
   * breaks AES-GCM's tag: the payload no longer opens, so it is never sent there.
   */
  private bindingOf(id: string, entry: Pick<OutboxEntry, 'endpoint' | 'contentType' | 'credentials' | 'anonymous' | 'source'>): string {
    const route = [entry.endpoint, entry.contentType, entry.credentials, entry.anonymous === true, entry.source ?? null];
    return `${this.storage.bindingOf('outbox', id)}|${JSON.stringify(route)}`;
  }

  private get vault(): KeyVault | undefined {
    const vault = this.options.vault;
    return typeof vault === 'function' ? vault() : vault;
  }

  private get lockName(): string {
    return `hearth-outbox:${this.storage.mode}:${this.storage.namespace}`;
  }

  private announce(entry: OutboxEntry): void {
    const visible = { ...entry, body: undefined, sealed: undefined };
    for (const listener of this.listeners) listener(visible);
  }

  private async schedule(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.started) return;
    const listed = await this.storage.list<OutboxEntry>('outbox', FORMAT);
    if (!listed.ok) return;
    const next = listed.value.records
      .map(([, r]) => r.data)
      .filter((e) => e.state === 'queued' && this.options.owns(e))
      .map((e) => e.nextAttemptAt);
    if (!next.length) return;
    const wait = Math.max(0, Math.min(...next) - Date.now());
    this.timer = setTimeout(() => void this.flush(), Math.min(wait, 2 ** 31 - 1));
  }

  private async withLock<T>(work: () => Promise<T>): Promise<T | undefined> {
    if (typeof navigator !== 'undefined' && navigator.locks?.request) {
      return navigator.locks.request(this.lockName, work) as Promise<T>;
    }
    return work();
  }

  /**
   * Re-reads the entry under the lock (another tab may have sent it or tried it meanwhile), then
   * attempts it if `which` allows: `due` (waiting and its time has come), `waiting` (any waiting
   * one: on load and `online`), `force` (the client pressed Retry, even after a 4xx).
   */
  private async attemptStored(id: string, which: 'due' | 'waiting' | 'force'): Promise<OutboxEntry | undefined> {
    const read = await this.storage.read<OutboxEntry>('outbox', id, FORMAT);
    if (!read.ok || !read.value) return undefined;
    const record: StoredRecord<OutboxEntry> = read.value;
    const entry = record.data;
    // Another element's entry (its key, its client): never this outbox's to open or to judge.
    if (!this.options.owns(entry)) return entry;
    const waiting = entry.state === 'queued' || entry.state === 'sending';
    if (which === 'due' && !(waiting && entry.nextAttemptAt <= Date.now())) return entry;
    if (which === 'waiting' && !waiting) return entry;
    const fail = async (lastError: HearthError) => {
      const failed = { ...entry, state: 'failed' as const, lastError };
      await this.storage.write('outbox', id, failed, FORMAT, { expectedVersion: record.version });
      this.announce(failed);
      return failed;
    };
    let body = entry.body;
    if (entry.sealed) {
      const vault = this.vault;
      if (!vault) {
        // Locked: it waits, sealed, until the client unlocks.
        return entry;
      }
      const opened = await vault.decryptJson<unknown>(entry.sealed, this.bindingOf(id, entry));
      if (!opened.ok) return fail(opened.error);
      body = opened.value;
    } else if (this.options.sealedOnly) {
      return fail(NOT_SEALED);
    }
    const endpoint = storedEndpoint(entry.endpoint);
    // Queued (by an older Hearth) as a path relative to a page no one knows any more: sending it
    // from this page could reach another address. It fails, with a reason; the client can send again.
    if (!endpoint) return fail(UNKNOWN_ADDRESS);
    const sending = { ...entry, state: 'sending' as const };
    this.announce(sending);
    const outcome = await this.attempt({ ...entry, endpoint }, body);
    if (outcome.state === 'sent') await this.storage.remove('outbox', id);
    else {
      // Only if it is still there as it was read: deleted meanwhile ("Delete everything"), it stays
      // deleted, and its element is not told of it again (it would show a share that is gone).
      const kept = await this.storage.write('outbox', id, { ...outcome, body: entry.body, sealed: entry.sealed }, FORMAT, { expectedVersion: record.version });
      if (!kept.ok && kept.error.reason === 'conflict' && kept.error.current === undefined) {
        void this.schedule();
        return outcome;
      }
    }
    this.announce(outcome);
    void this.schedule();
    return outcome;
  }

  /** One HTTP attempt; returns the entry's next state. */
  private async attempt(entry: OutboxEntry, body: unknown): Promise<OutboxEntry> {
    const attempts = entry.attempts + 1;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    const retryLater = (error: HearthError, wait?: number): OutboxEntry => ({
      ...entry,
      attempts,
      state: 'queued',
      lastError: error,
      nextAttemptAt: Date.now() + (wait ?? backoffMs(attempts, this.options.baseDelayMs, this.options.maxDelayMs)),
    });
    let response: Response;
    try {
      response = await fetch(entry.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': entry.contentType, 'Idempotency-Key': entry.id },
        body: JSON.stringify(body),
        credentials: entry.anonymous ? 'omit' : entry.credentials,
        ...(entry.anonymous ? { referrerPolicy: 'no-referrer' as const } : {}),
        signal: controller.signal,
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'AbortError';
      return retryLater(
        timedOut
          ? { code: 'timeout', message: `The server did not answer within ${Math.round(this.options.timeoutMs / 1000)} seconds.` }
          : { code: 'network', message: 'The connection failed (offline, or the server could not be reached).' },
      );
    } finally {
      clearTimeout(timer);
    }
    const { verdict, waitMs } = judgeResponse(response);
    if (verdict === 'sent') return { ...entry, attempts, state: 'sent', lastError: undefined };
    const error: HearthError = {
      code: 'http',
      status: response.status,
      message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    };
    return verdict === 'retry' ? retryLater(error, waitMs) : { ...entry, attempts, state: 'failed', lastError: error };
  }

  /** Hears every state change of every entry of this outbox. */
  subscribe(listener: (entry: OutboxEntry) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Flushes now and on every `online`; call once when the element connects. */
  start(): void {
    if (this.started) return;
    this.started = true;
    window.addEventListener('online', this.onOnline);
    void this.flush({ all: true });
  }

  stop(): void {
    this.started = false;
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.timer);
  }

  /** Writes the payload down, then attempts it. Resolves with the entry's state after that first attempt. */
  async send(request: OutboxRequest): Promise<OutboxEntry> {
    const vault = this.vault;
    const id = randomId();
    const queued: OutboxEntry = {
      id,
      // The address as this page means it, kept absolute: a retry may run on any page of the site.
      endpoint: resolveEndpoint(request.endpoint),
      contentType: request.contentType ?? 'application/json',
      credentials: request.anonymous ? 'omit' : (request.credentials ?? 'same-origin'),
      ...(request.anonymous ? { anonymous: true } : {}),
      source: request.source,
      state: 'queued',
      attempts: 0,
      createdAt: new Date().toISOString(),
      nextAttemptAt: Date.now(),
    };
    const entry: OutboxEntry = {
      ...queued,
      ...(vault ? { sealed: await vault.encryptJson(request.body, this.bindingOf(id, queued)) } : { body: request.body }),
    };
    this.inFlight.add(entry.id);
    try {
      const saved = await this.storage.write('outbox', entry.id, entry, FORMAT);
      if (!saved.ok) {
        // Storage failed: still try to send from memory, and say why it could not be kept.
        const attempted = await this.attempt(entry, request.body);
        if (attempted.state !== 'sent') attempted.lastError ??= saved.error;
        this.announce(attempted);
        return attempted;
      }
      return (await this.withLock(() => this.attemptStored(entry.id, 'due'))) ?? entry;
    } finally {
      this.inFlight.delete(entry.id);
    }
  }

  /** Every entry still waiting or failed, oldest first. */
  async entries(): Promise<OutboxEntry[]> {
    const listed = await this.storage.list<OutboxEntry>('outbox', FORMAT);
    if (!listed.ok) return [];
    return listed.value.records
      .map(([, record]) => ({ ...record.data, body: undefined, sealed: undefined }))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** The client pressed "Retry": attempt now, whatever the state. */
  async retry(id: string): Promise<OutboxEntry | undefined> {
    return this.withLock(() => this.attemptStored(id, 'force'));
  }

  /** Removes an entry without sending it (the client chose to discard it). */
  async discard(id: string): Promise<void> {
    await this.storage.remove('outbox', id);
  }

  /** Attempts every due entry (`all`: every queued one, as on load and `online`). */
  async flush(options: { all?: boolean } = {}): Promise<void> {
    await this.withLock(async () => {
      const listed = await this.storage.list<OutboxEntry>('outbox', FORMAT);
      if (!listed.ok) return;
      for (const [id, record] of listed.value.records) {
        if (!this.inFlight.has(id) && this.options.owns(record.data)) await this.attemptStored(id, options.all ? 'waiting' : 'due');
      }
    });
    await this.schedule();
  }

  /**
   * Binds, with the vault, every entry this outbox owns that was sealed before seals were bound
   * (at an unlock), and with `plain` also seals those stored unsealed (the data they came from was
   * just encrypted: they were queued before). Entries keep their id, state and address.
   */
  async sealWaiting(options: { plain: boolean }): Promise<void> {
    const vault = this.vault;
    if (!vault) return;
    await this.withLock(async () => {
      const listed = await this.storage.list<OutboxEntry>('outbox', FORMAT);
      if (!listed.ok) return;
      for (const [id, { data: entry, version }] of listed.value.records) {
        if (!this.options.owns(entry) || entry.sealed?.bound || (!entry.sealed && !options.plain)) continue;
        let body = entry.body;
        if (entry.sealed) {
          const opened = await vault.decryptJson<unknown>(entry.sealed);
          if (!opened.ok) continue;
          body = opened.value;
        }
        const sealed = await vault.encryptJson(body, this.bindingOf(id, entry));
        await this.storage.write('outbox', id, { ...entry, body: undefined, sealed }, FORMAT, { expectedVersion: version });
      }
    });
  }
}
