import { KEEP, type StorageBackend, STORE_NAMES, type StoreName } from './storage-backend.js';
import { storageFailure } from './storage-failure.js';

export const DATABASE_NAME = 'hearth';
/** 2 added the `safety-plan` store (an older version is upgraded in place, nothing moved). */
export const DATABASE_VERSION = 2;

/** What a request gives, or the browser's error for it (a DOMException, as thrown). */
function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Settles when a transaction has committed, or with why it did not: the error of the request that
 * failed (an `error` event bubbles up from it first), else the transaction's own (a quota found at commit).
 */
function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    const failed = (error?: DOMException | null) => reject(error ?? transaction.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
    transaction.onerror = (event) => failed((event.target as IDBRequest | IDBTransaction).error);
    transaction.onabort = () => failed();
  });
}

/** The keys of `prefix`: every string that starts with it (keys are `namespace/instance`). */
const startingWith = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

/**
 * `storage="local"`: the IndexedDB database `hearth`, one object store per kind. Each operation is
 * one transaction. The connection closes itself when another tab needs to upgrade (or delete) the
 * database, and is forgotten when the browser closes it; the next operation opens a new one.
 */
export class IndexedDbBackend implements StorageBackend {
  private db?: Promise<IDBDatabase>;

  private readonly name: string;
  private readonly version: number;

  /** `name` and `version` are for tests and future upgrades; elements use the defaults. */
  constructor(options: { name?: string; version?: number } = {}) {
    this.name = options.name ?? DATABASE_NAME;
    this.version = options.version ?? DATABASE_VERSION;
  }

  update<R>(store: StoreName, key: string, next: (current: unknown) => { value: unknown; result: R }): Promise<R> {
    // Nothing but IndexedDB is awaited between the get and the put: awaiting anything else would
    // let the transaction commit in between, and another tab's write could slip in.
    return this.transact(store, 'readwrite', async (records) => {
      const { value, result } = next(await requested(records.get(key)));
      if (value !== KEEP) records.put(value, key);
      return result;
    });
  }

  /**
   * Runs `work` in one transaction on `store` and resolves with what it returned once the
   * transaction has committed. When `work` throws, the transaction is aborted (nothing it did is
   * kept) and that error is the one reported.
   */
  private async transact<T>(store: StoreName, mode: IDBTransactionMode, work: (records: IDBObjectStore) => Promise<T> | T): Promise<T> {
    const transaction = (await this.open()).transaction(store, mode);
    const done = committed(transaction);
    let result: T;
    try {
      result = await work(transaction.objectStore(store));
    } catch (error) {
      done.catch(() => undefined);
      try {
        transaction.abort();
      } catch {
        // Already finished or aborted by the browser: there is nothing left to undo.
      }
      throw error;
    }
    await done;
    return result;
  }

  private open(): Promise<IDBDatabase> {
    if (this.db) return this.db;
    const opening = new Promise<IDBDatabase>((resolve, reject) => {
      let blocked = false;
      const request = indexedDB.open(this.name, this.version);
      request.onupgradeneeded = () => {
        for (const name of STORE_NAMES) if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
      };
      request.onblocked = () => {
        blocked = true;
        reject(storageFailure('blocked'));
      };
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        if (blocked) {
          // Opened after all, once the other tab let go; the caller was already told `blocked`, and the next operation opens anew.
          db.close();
          return;
        }
        db.onversionchange = () => {
          db.close();
          this.forget(opening);
        };
        db.onclose = () => this.forget(opening);
        resolve(db);
      };
    });
    this.db = opening;
    opening.catch(() => this.forget(opening));
    return opening;
  }

  private forget(connection: Promise<IDBDatabase>): void {
    if (this.db === connection) this.db = undefined;
  }

  get(store: StoreName, key: string): Promise<unknown> {
    return this.transact(store, 'readonly', (records) => requested(records.get(key)));
  }

  delete(store: StoreName, key: string): Promise<void> {
    return this.transact(store, 'readwrite', (records) => void records.delete(key));
  }

  entries(store: StoreName, prefix: string): Promise<[string, unknown][]> {
    return this.transact(store, 'readonly', async (records) => {
      const range = startingWith(prefix);
      // Both in key order, from one transaction: the n-th key is the n-th value's.
      const [keys, values] = await Promise.all([requested(records.getAllKeys(range)), requested(records.getAll(range))]);
      return keys.map((key, i): [string, unknown] => [String(key), values[i]]);
    });
  }

  deletePrefix(store: StoreName, prefix: string): Promise<void> {
    return this.transact(store, 'readwrite', (records) => void records.delete(startingWith(prefix)));
  }

  /** Closes the connection (tests; a page that is going away). */
  async close(): Promise<void> {
    const db = await this.db?.catch(() => undefined);
    db?.close();
    this.db = undefined;
  }
}
