import { type IDBPDatabase, openDB } from 'idb';

import { KEEP, type StorageBackend, STORE_NAMES, type StoreName } from './storage-backend.js';
import { storageFailure } from './storage-failure.js';

export const DATABASE_NAME = 'hearth';
export const DATABASE_VERSION = 1;

/**
 * `storage="local"`: the IndexedDB database `hearth`, one object store per kind, through `idb`.
 * The connection closes itself when another tab needs to upgrade, and reopens on next use.
 */
export class IndexedDbBackend implements StorageBackend {
  private db?: Promise<IDBPDatabase>;

  private readonly name: string;
  private readonly version: number;

  /** `name` and `version` are for tests and future upgrades; elements use the defaults. */
  constructor(options: { name?: string; version?: number } = {}) {
    this.name = options.name ?? DATABASE_NAME;
    this.version = options.version ?? DATABASE_VERSION;
  }

  async update<R>(store: StoreName, key: string, next: (current: unknown) => { value: unknown; result: R }): Promise<R> {
    const tx = (await this.open()).transaction(store, 'readwrite');
    const current = await tx.store.get(key);
    const { value, result } = next(current);
    if (value !== KEEP) await tx.store.put(value, key);
    await tx.done;
    return result;
  }

  private open(): Promise<IDBPDatabase> {
    if (this.db) return this.db;
    const opening = new Promise<IDBPDatabase>((resolve, reject) => {
      openDB(this.name, this.version, {
        upgrade(db) {
          for (const name of STORE_NAMES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
        },
        blocked: () => reject(storageFailure('blocked')),
        blocking: () => {
          void opening.then((db) => db.close());
          this.db = undefined;
        },
        terminated: () => {
          this.db = undefined;
        },
      }).then(resolve, reject);
    });
    this.db = opening;
    opening.catch(() => {
      if (this.db === opening) this.db = undefined;
    });
    return opening;
  }

  async get(store: StoreName, key: string): Promise<unknown> {
    return (await this.open()).get(store, key);
  }

  async delete(store: StoreName, key: string): Promise<void> {
    await (await this.open()).delete(store, key);
  }

  async entries(store: StoreName, prefix: string): Promise<[string, unknown][]> {
    const db = await this.open();
    const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
    const tx = db.transaction(store, 'readonly');
    const out: [string, unknown][] = [];
    for await (const cursor of tx.store.iterate(range)) out.push([String(cursor.key), cursor.value]);
    await tx.done;
    return out;
  }

  async deletePrefix(store: StoreName, prefix: string): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(store, 'readwrite');
    await tx.store.delete(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
    await tx.done;
  }

  /** Closes the connection (tests; a page that is going away). */
  async close(): Promise<void> {
    const db = await this.db?.catch(() => undefined);
    db?.close();
    this.db = undefined;
  }
}
