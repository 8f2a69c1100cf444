/**
 * Hearth's records as the page sees them in IndexedDB (the `hearth` database), read and written
 * directly rather than through Hearth's own storage code: what a test checks is what is really
 * kept on the device. Call them after the element has opened its storage (the database exists).
 */

/** The `hearth` database at whatever version it has. */
function openHearth(): Promise<IDBDatabase> {
  return requested(indexedDB.open('hearth'));
}

function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs one request on `store` and waits for its transaction to commit. */
async function inStore<T>(db: IDBDatabase, store: string, mode: IDBTransactionMode, ask: (records: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const transaction = db.transaction(store, mode);
  const done = new Promise((resolve, reject) => {
    transaction.oncomplete = resolve;
    transaction.onabort = () => reject(transaction.error);
  });
  const [result] = await Promise.all([requested(ask(transaction.objectStore(store))), done]);
  return result;
}

/** A record as Hearth keeps it: the envelope around the data. */
export interface StoredRecord<D = Record<string, unknown>> {
  store: string;
  key: string;
  value: { schema?: number; version: number; updatedAt?: string; data: D };
}

/** Every record of `stores` (every store Hearth has, by default) whose key passes `match`. */
export async function storedRecords<D = Record<string, unknown>>(match: (key: string) => boolean, stores?: readonly string[]): Promise<StoredRecord<D>[]> {
  const db = await openHearth();
  try {
    const found: StoredRecord<D>[] = [];
    for (const store of stores ?? [...db.objectStoreNames]) {
      if (!db.objectStoreNames.contains(store)) continue;
      for (const key of (await inStore(db, store, 'readonly', (records) => records.getAllKeys())).map(String).filter(match)) {
        found.push({ store, key, value: await inStore(db, store, 'readonly', (records) => records.get(key)) });
      }
    }
    return found;
  } finally {
    db.close();
  }
}

/** The record kept under `key` in `store`, as it is stored (undefined when there is none). */
export async function storedRecord<D = Record<string, unknown>>(store: string, key: string): Promise<StoredRecord<D>['value'] | undefined> {
  const db = await openHearth();
  try {
    return await inStore(db, store, 'readonly', (records) => records.get(key));
  } finally {
    db.close();
  }
}

/** Writes a record as it is given: what another tab, an older Hearth or a tampering hand leaves on the device. */
export async function putStoredRecord(store: string, key: string, value: unknown): Promise<void> {
  const db = await openHearth();
  try {
    await inStore(db, store, 'readwrite', (records) => records.put(value, key));
  } finally {
    db.close();
  }
}

/** Matches the keys of one namespace (`<namespace>/…`). */
export const inNamespace =
  (namespace: string) =>
  (key: string): boolean =>
    key.startsWith(`${namespace}/`);

/** Matches the key of one store-key in any namespace (`…/<storeKey>`). */
export const forStoreKey =
  (storeKey: string) =>
  (key: string): boolean =>
    key.endsWith(`/${storeKey}`);
