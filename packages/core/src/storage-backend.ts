/** The object stores of the `hearth` database, one per kind of data. */
export const STORE_NAMES = ['drafts', 'journal', 'consent', 'coping', 'outbox', 'keys', 'safety-plan'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

/** What an update callback returns to leave the record as it is. */
export const KEEP: unique symbol = Symbol('keep');

/**
 * One place records live: IndexedDB (`local`), sessionStorage (`session`) or memory (`none`).
 * Methods throw what the browser throws; HearthStorage turns that into failure values.
 */
export interface StorageBackend {
  get(store: StoreName, key: string): Promise<unknown>;
  /** Reads, computes and writes in one step (one IndexedDB transaction), so no other write slips in between. */
  update<R>(store: StoreName, key: string, next: (current: unknown) => { value: unknown | typeof KEEP; result: R }): Promise<R>;
  delete(store: StoreName, key: string): Promise<void>;
  entries(store: StoreName, prefix: string): Promise<[string, unknown][]>;
  deletePrefix(store: StoreName, prefix: string): Promise<void>;
}
