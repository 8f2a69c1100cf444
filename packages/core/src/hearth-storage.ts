import { IndexedDbBackend } from './indexeddb-backend.js';
import { MemoryBackend } from './memory-backend.js';
import type { StorageMode } from './practice-config.js';
import { randomId } from './random-id.js';
import { SessionBackend } from './session-backend.js';
import { KEEP, type StorageBackend, STORE_NAMES, type StoreName } from './storage-backend.js';
import { classifyStorageError, type StorageFailure, storageFailure, type StorageResult } from './storage-failure.js';

/** A stored record: the data with its format's schema version and a record version for conflicts. */
export interface StoredRecord<T> {
  /** The schema version of `data` (what format of Hearth wrote it). */
  schema: number;
  /** Goes up by one on every write; tells a tab that another changed the record. */
  version: number;
  updatedAt: string;
  data: T;
}

/** How a kind of record is read: its current schema version and how to bring older ones up to it. */
export interface RecordFormat<T> {
  schema: number;
  /** Turns data of an older schema into the current one; throw when it cannot. */
  migrate?(data: unknown, fromSchema: number): T;
}

/** What other tabs (and other elements in this tab) hear when a record changes. */
export interface ChangeNotice {
  store: StoreName;
  namespace: string;
  key: string;
  /** The new record version, or null when it was deleted. */
  version: number | null;
  /** True when the change came from another tab. */
  remote: boolean;
}

const CHANNEL = 'hearth-storage';
const TAB_ID = randomId();
const localChanges = new EventTarget();
let channel: BroadcastChannel | undefined;

function broadcast(notice: Omit<ChangeNotice, 'remote'>): void {
  localChanges.dispatchEvent(new CustomEvent('change', { detail: { ...notice, remote: false } }));
  if (typeof BroadcastChannel === 'undefined') return;
  channel ??= new BroadcastChannel(CHANNEL);
  channel.postMessage({ ...notice, tab: TAB_ID });
}

const backends: Partial<Record<StorageMode, StorageBackend>> = {};

/** One backend per mode per page, so elements on a page share memory and connections. */
function backendFor(mode: StorageMode): StorageBackend {
  backends[mode] ??= mode === 'local' ? new IndexedDbBackend() : mode === 'session' ? new SessionBackend() : new MemoryBackend();
  return backends[mode]!;
}

function isRecord(value: unknown): value is StoredRecord<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as StoredRecord<unknown>).schema === 'number' && 'data' in value;
}

export interface WriteOptions {
  /** The version the caller read. If the stored record has moved on, the write is refused with `conflict`. */
  expectedVersion?: number | null;
}

/**
 * Hearth's storage: a namespace in one of three modes, records with a schema version (migrated
 * on read, never deleted when unreadable) and a record version (so a tab notices another tab's
 * change instead of overwriting it). Every method returns a result value; none throws.
 */
export class HearthStorage {
  /**
   * Deletes everything of a namespace, in every store and in all three modes (so nothing is
   * left behind whichever mode wrote it).
   */
  static deleteEverything(namespace = 'default'): Promise<StorageResult<void>> {
    const helper = new HearthStorage({ mode: 'none', namespace });
    return helper.attempt(async () => {
      const prefix = `${namespace}/`;
      for (const mode of ['local', 'session', 'none'] as const) {
        for (const store of STORE_NAMES) {
          try {
            await backendFor(mode).deletePrefix(store, prefix);
          } catch (error) {
            // A mode this browser does not allow here holds nothing to delete; anything else is a failure.
            if (classifyStorageError(error).reason !== 'unavailable') throw error;
          }
        }
      }
      for (const store of STORE_NAMES) broadcast({ store, namespace, key: '*', version: null });
    });
  }

  /**
   * Asks the browser to keep this site's data (`navigator.storage.persist()`). `refused` and
   * `unsupported` (no Storage API to ask, as in WebKitGTK) both mean the browser may clear it
   * (Safari does after seven days without a visit): suggest an export.
   */
  static async persist(): Promise<'persisted' | 'refused' | 'unsupported'> {
    try {
      if (!navigator.storage?.persist) return 'unsupported';
      if (await navigator.storage.persisted()) return 'persisted';
      return (await navigator.storage.persist()) ? 'persisted' : 'refused';
    } catch {
      return 'unsupported';
    }
  }
  readonly mode: StorageMode;
  readonly namespace: string;

  private readonly backend: StorageBackend;

  constructor(options: { mode?: StorageMode; namespace?: string; backend?: StorageBackend } = {}) {
    this.mode = options.mode ?? 'local';
    this.namespace = options.namespace ?? 'default';
    this.backend = options.backend ?? backendFor(this.mode);
  }

  private async attempt<T>(work: () => Promise<T>): Promise<StorageResult<T>> {
    try {
      return { ok: true, value: await work() };
    } catch (error) {
      if ((error as StorageFailure | null)?.code === 'storage') return { ok: false, error: error as StorageFailure };
      return { ok: false, error: classifyStorageError(error) };
    }
  }

  private upgrade<T>(stored: unknown, format: RecordFormat<T>): StoredRecord<T> {
    if (!isRecord(stored)) throw storageFailure('unreadable', { raw: stored });
    if (stored.schema === format.schema) return stored as StoredRecord<T>;
    if (stored.schema > format.schema || !format.migrate) throw storageFailure('unreadable', { raw: stored });
    try {
      return { ...stored, schema: format.schema, data: format.migrate(stored.data, stored.schema) };
    } catch {
      throw storageFailure('unreadable', { raw: stored });
    }
  }

  /**
   * Where a record is kept, as one string: encrypted records are bound to it (AES-GCM additional
   * data), so a ciphertext copied to another record, store or namespace does not open there.
   */
  bindingOf(store: StoreName, instanceKey: string): string {
    return `hearth-record-v1|${store}|${this.keyOf(instanceKey)}`;
  }

  /** The stored key of an instance key: `namespace/instance`. */
  keyOf(instanceKey: string): string {
    return `${this.namespace}/${instanceKey}`;
  }

  /** Reads one record (undefined when there is none), migrating an older schema. */
  read<T>(store: StoreName, instanceKey: string, format: RecordFormat<T>): Promise<StorageResult<StoredRecord<T> | undefined>> {
    return this.attempt(async () => {
      const stored = await this.backend.get(store, this.keyOf(instanceKey));
      return stored === undefined ? undefined : this.upgrade(stored, format);
    });
  }

  /** Every record of the namespace in a store, oldest key first. Unreadable ones are returned apart. */
  list<T>(store: StoreName, format: RecordFormat<T>): Promise<StorageResult<{ records: [string, StoredRecord<T>][]; unreadable: [string, unknown][] }>> {
    return this.attempt(async () => {
      const prefix = this.keyOf('');
      const records: [string, StoredRecord<T>][] = [];
      const unreadable: [string, unknown][] = [];
      for (const [key, stored] of await this.backend.entries(store, prefix)) {
        try {
          records.push([key.slice(prefix.length), this.upgrade(stored, format)]);
        } catch {
          unreadable.push([key.slice(prefix.length), stored]);
        }
      }
      return { records, unreadable };
    });
  }

  /**
   * Writes a record, one version past the stored one. With `expectedVersion`, refuses with
   * `conflict` (and the current record) when someone else wrote in between: never a silent overwrite.
   */
  write<T>(store: StoreName, instanceKey: string, data: T, format: RecordFormat<T>, options: WriteOptions = {}): Promise<StorageResult<StoredRecord<T>>> {
    return this.attempt(async () => {
      const key = this.keyOf(instanceKey);
      const outcome = await this.backend.update<StoredRecord<T> | StorageFailure>(store, key, (current) => {
        const currentVersion = isRecord(current) ? current.version : null;
        if (current !== undefined && !isRecord(current)) return { value: KEEP, result: storageFailure('unreadable', { raw: current }) };
        if (isRecord(current) && current.schema > format.schema) return { value: KEEP, result: storageFailure('unreadable', { raw: current }) };
        if (options.expectedVersion !== undefined && options.expectedVersion !== currentVersion) {
          return { value: KEEP, result: storageFailure('conflict', { current }) };
        }
        const record: StoredRecord<T> = { schema: format.schema, version: (currentVersion ?? 0) + 1, updatedAt: new Date().toISOString(), data };
        return { value: record, result: record };
      });
      if ('code' in outcome) throw outcome;
      if (this.mode === 'local') broadcast({ store, namespace: this.namespace, key: instanceKey, version: outcome.version });
      return outcome;
    });
  }

  remove(store: StoreName, instanceKey: string): Promise<StorageResult<void>> {
    return this.attempt(async () => {
      await this.backend.delete(store, this.keyOf(instanceKey));
      if (this.mode === 'local') broadcast({ store, namespace: this.namespace, key: instanceKey, version: null });
    });
  }

  /** Calls `listener` when a record of this namespace changes, here or in another tab. */
  watch(store: StoreName, instanceKey: string | undefined, listener: (notice: ChangeNotice) => void): () => void {
    const matches = (notice: ChangeNotice) =>
      notice.store === store && notice.namespace === this.namespace && (instanceKey === undefined || notice.key === instanceKey || notice.key === '*');
    const onLocal = (event: Event) => {
      const notice = (event as CustomEvent<ChangeNotice>).detail;
      if (matches(notice)) listener(notice);
    };
    localChanges.addEventListener('change', onLocal);
    let remote: BroadcastChannel | undefined;
    if (this.mode === 'local' && typeof BroadcastChannel !== 'undefined') {
      remote = new BroadcastChannel(CHANNEL);
      remote.onmessage = (event: MessageEvent<ChangeNotice & { tab: string }>) => {
        const { tab, store: kind, namespace, key, version } = event.data;
        if (tab === TAB_ID) return;
        const notice: ChangeNotice = { store: kind, namespace, key, version, remote: true };
        if (matches(notice)) listener(notice);
      };
    }
    return () => {
      localChanges.removeEventListener('change', onLocal);
      remote?.close();
    };
  }
}
