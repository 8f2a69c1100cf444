import { openDB } from 'idb';

/**
 * Hearth's records as the page sees them in IndexedDB (the `hearth` database), read and written
 * directly rather than through Hearth's own storage code: what a test checks is what is really
 * kept on the device. Call them after the element has opened its storage (the database exists).
 */

/** A record as Hearth keeps it: the envelope around the data. */
export interface StoredRecord<D = Record<string, unknown>> {
  store: string;
  key: string;
  value: { schema?: number; version: number; updatedAt?: string; data: D };
}

/** Every record of `stores` (every store Hearth has, by default) whose key passes `match`. */
export async function storedRecords<D = Record<string, unknown>>(match: (key: string) => boolean, stores?: readonly string[]): Promise<StoredRecord<D>[]> {
  const db = await openDB('hearth');
  try {
    const found: StoredRecord<D>[] = [];
    for (const store of stores ?? [...db.objectStoreNames]) {
      if (!db.objectStoreNames.contains(store)) continue;
      for (const key of (await db.getAllKeys(store)).map(String).filter(match)) found.push({ store, key, value: await db.get(store, key) });
    }
    return found;
  } finally {
    db.close();
  }
}

/** The record kept under `key` in `store`, as it is stored (undefined when there is none). */
export async function storedRecord<D = Record<string, unknown>>(store: string, key: string): Promise<StoredRecord<D>['value'] | undefined> {
  const db = await openDB('hearth');
  try {
    return await db.get(store, key);
  } finally {
    db.close();
  }
}

/** Writes a record as it is given: what another tab, an older Hearth or a tampering hand leaves on the device. */
export async function putStoredRecord(store: string, key: string, value: unknown): Promise<void> {
  const db = await openDB('hearth');
  try {
    await db.put(store, value, key);
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
