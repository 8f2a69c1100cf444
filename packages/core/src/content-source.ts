import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { ConfigIssue } from './hearth-error.js';
import { urlProblem } from './practice-config.js';
import { type Schema, validate } from './schema.js';

/** Where content came from, first found wins. */
export type ContentOrigin = 'property' | 'child' | 'src' | 'builtin';

export type ContentStatus = 'empty' | 'loading' | 'ready' | 'error';

/** A built-in item: its id and how to load it on demand. */
export interface BuiltinContent {
  id: string;
  load(): Promise<unknown>;
}

export interface ContentSourceOptions<T> {
  /** The name used in messages and paths: `config`, `definition`, `policy`, `strategy`. */
  name: string;
  /**
   * The format, or a function that loads it on demand (so an element whose built-in content
   * needs no checking does not carry its validator until a practice gives it content).
   */
  schema: Schema<T> | (() => Promise<Schema<T>>);
  /** Built-in content is checked by the project's tests; with this, it is not checked again at run time. */
  trustBuiltin?: boolean;
  /** The JS property (first source). Undefined means "not set". */
  property(): unknown;
  /** The `src` attribute (third source). */
  src(): string | null | undefined;
  /** The built-in id (last source), if the element has one. */
  builtin?(): BuiltinContent | undefined;
  /** Called with the accepted value whenever it changes. */
  onValue?(value: T | undefined): void;
  /**
   * What of a value that failed its check can still be used, while the error is shown (the
   * provider keeps the settings that are valid on their own). Absent: nothing, as for content.
   */
  salvage?(raw: unknown): T | undefined;
}

interface HostLike extends ReactiveControllerHost, HTMLElement {}

/** The whole load of a `src`, headers and body: a server that trickles its body cannot hold an element. */
const FETCH_TIMEOUT_MS = 30_000;
/** The most a `src` may send. Content is a few kilobytes; far more is a mistake or a hostile server. */
const MAX_SRC_BYTES = 1024 * 1024;
const warned = new WeakMap<HTMLElement, Set<string>>();

/**
 * One mechanism for structured content, for every element: the JS property → a child
 * `<script type="application/json">` → `src` (fetched only when set, `credentials:
 * 'same-origin'`) → a built-in id. The value is validated against its schema; errors name the
 * path; unknown keys warn once. A `src` that fails is an error, never a silent fallback.
 */
export class ContentSource<T> implements ReactiveController {
  status: ContentStatus = 'empty';
  value?: T;
  origin?: ContentOrigin;
  issues: ConfigIssue[] = [];
  private key?: string;
  private inputs?: unknown[];
  private generation = 0;
  private observer?: MutationObserver;
  private pending?: Promise<void>;

  constructor(
    private readonly host: HostLike,
    private readonly options: ContentSourceOptions<T>,
    private readonly track: (promise: Promise<unknown>) => void = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver((records) => {
      if (records.some((record) => this.touchesJsonChild(record))) this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['type'] });
    this.refresh();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    this.refresh();
  }

  /** The child `<script type="application/json">`, if any. */
  private jsonChild(): HTMLScriptElement | undefined {
    for (const child of Array.from(this.host.children)) {
      if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json') return child;
    }
    return undefined;
  }

  private touchesJsonChild(record: MutationRecord): boolean {
    if (record.type === 'childList' && record.target === this.host) return true;
    const target = record.target instanceof Element ? record.target : record.target.parentElement;
    return target instanceof HTMLScriptElement && target.parentElement === this.host;
  }

  private acceptJsonText(text: string, generation: number): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return this.reject('child', generation, [
        {
          path: `${this.options.name} <script type="application/json">`,
          message: `is not valid JSON (${(error as Error).message.slice(0, 120)})`,
        },
      ]);
    }
    this.acceptChecked('child', parsed, generation);
  }

  /** Checks against the schema, loading it first when it comes on demand. */
  private acceptChecked(origin: ContentOrigin, raw: unknown, generation: number): void {
    const schema = this.options.schema;
    if (typeof schema !== 'function') return this.accept(origin, raw, generation, schema);
    this.startLoad(origin, generation, async () => raw);
  }

  private startLoad(origin: ContentOrigin, generation: number, load: () => Promise<unknown>): void {
    this.status = 'loading';
    this.origin = origin;
    this.issues = [];
    const run = load().then(
      async (raw) => {
        if (generation !== this.generation) return;
        if (origin === 'builtin' && this.options.trustBuiltin) this.acceptTrusted(raw as T);
        else {
          const schema = this.options.schema;
          this.accept(origin, raw, generation, typeof schema === 'function' ? await schema() : schema);
        }
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        const path = origin === 'src' ? 'src' : this.options.name;
        this.reject(origin, generation, [{ path, message: (error as Error).message }]);
        this.host.requestUpdate();
      },
    );
    this.pending = run;
    this.track(run);
  }

  private async fetchJson(src: string): Promise<unknown> {
    const problem = urlProblem(src);
    if (problem) throw new Error(problem);
    const failed = (reason: string, cause?: unknown) => new Error(`${JSON.stringify(src.slice(0, 200))} could not be loaded (${reason})`, { cause });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
    let response: Response;
    let text: string | undefined;
    try {
      response = await fetch(new URL(src, document.baseURI), {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      });
      text = response.ok ? await cappedText(response, MAX_SRC_BYTES) : undefined;
    } catch (error) {
      throw failed((error as Error).name === 'AbortError' ? `timed out after ${FETCH_TIMEOUT_MS / 1000} s` : 'network error', error);
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) {
      response.body?.cancel().catch(() => undefined);
      throw failed(`HTTP ${response.status}`);
    }
    if (text === undefined) throw failed(`larger than the ${MAX_SRC_BYTES / 1024 / 1024} MB limit`);
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`${JSON.stringify(src.slice(0, 200))} is not valid JSON`);
    }
  }

  private acceptTrusted(value: T): void {
    this.status = 'ready';
    this.origin = 'builtin';
    this.value = value;
    this.issues = [];
    this.options.onValue?.(value);
  }

  private accept(origin: ContentOrigin, raw: unknown, generation: number, schema: Schema<T>): void {
    if (generation !== this.generation) return;
    const result = validate(schema, raw, this.options.name);
    this.warnOnce(result.warnings);
    if (result.errors.length || result.value === undefined) return this.reject(origin, generation, result.errors, this.options.salvage?.(raw));
    this.status = 'ready';
    this.origin = origin;
    this.value = result.value;
    this.issues = [];
    this.options.onValue?.(result.value);
  }

  private reject(origin: ContentOrigin, generation: number, issues: ConfigIssue[], salvaged?: T): void {
    if (generation !== this.generation) return;
    this.status = 'error';
    this.origin = origin;
    this.value = salvaged;
    this.issues = issues;
    this.options.onValue?.(salvaged);
  }

  private warnOnce(warnings: ConfigIssue[]): void {
    if (!warnings.length) return;
    let seen = warned.get(this.host);
    if (!seen) warned.set(this.host, (seen = new Set()));
    const fresh = warnings.filter((warning) => !seen.has(warning.path));
    if (!fresh.length) return;
    fresh.forEach((warning) => seen.add(warning.path));
    console.warn(`<${this.host.localName}> ${fresh.map((w) => `${w.path} ${w.message}`).join('; ')}`);
  }

  /** Resolves when the current load has finished. */
  get ready(): Promise<void> | undefined {
    return this.pending;
  }

  /** Re-reads the sources; starts a load only when the inputs changed. */
  refresh(): void {
    const property = this.options.property();
    const child = property === undefined ? this.jsonChild() : undefined;
    const childText = child?.textContent ?? undefined;
    const src = property === undefined && !child ? this.options.src()?.trim() || undefined : undefined;
    const builtin = property === undefined && !child && !src ? this.options.builtin?.() : undefined;
    const inputs = [property, childText, src, builtin?.id];
    if (this.inputs && inputs.every((input, index) => input === this.inputs![index])) return;
    this.inputs = inputs;
    const generation = ++this.generation;

    if (property !== undefined) return this.acceptChecked('property', property, generation);
    if (child) return this.acceptJsonText(childText ?? '', generation);
    if (src) return this.startLoad('src', generation, () => this.fetchJson(src));
    if (builtin) return this.startLoad('builtin', generation, () => builtin.load());
    this.status = 'empty';
    this.value = undefined;
    this.origin = undefined;
    this.issues = [];
    this.options.onValue?.(undefined);
  }
}

/**
 * The body as `response.text()` gives it (UTF-8, a leading BOM dropped), read as it streams in;
 * undefined, with the stream cancelled, once it says or proves to be longer than `limit` bytes.
 */
async function cappedText(response: Response, limit: number): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  if (Number(response.headers.get('content-length')) > limit) {
    await reader.cancel();
    return undefined;
  }
  const decoder = new TextDecoder();
  let text = '';
  for (let bytes = 0; ; ) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}
