/*
 * Studio's own IndexedDB database, `hearth-studio` (never the elements' `hearth`): opening it, and
 * running requests in it, with every failure turned into a plain reason instead of an exception.
 * Nothing here logs, and no failure message holds a draft's content.
 */

import { draftsStrings as s } from './drafts-strings.js';

/** Studio's database: its own, so clearing the widgets' data never touches a clinician's drafts. */
export const DRAFTS_DATABASE = 'hearth-studio';
/** The version whose upgrade creates the stores below. */
export const DRAFTS_DATABASE_VERSION = 1;
/** One record per draft, by `id`. */
export const DRAFTS_STORE = 'drafts';
/** The passphrase's key envelope, when the drafts are locked (never the passphrase, never the key). */
export const KEYS_STORE = 'keys';

export type DraftFailureReason = 'unavailable' | 'blocked' | 'newer' | 'full' | 'locked' | 'wrong-passphrase' | 'missing' | 'damaged' | 'crypto' | 'failed';

/** Why the drafts store could not do something, in words a clinician can act on. */
export interface DraftFailure {
  ok: false;
  reason: DraftFailureReason;
  message: string;
}

/** What every drafts operation returns: it never throws into the page. */
export type DraftResult<T> = { ok: true; value: T } | DraftFailure;

const MESSAGES: Record<DraftFailureReason, string> = {
  unavailable: s.failUnavailable,
  blocked: s.failBlocked,
  newer: s.failNewer,
  full: s.failFull,
  locked: s.failLocked,
  'wrong-passphrase': s.failWrongPassphrase,
  missing: s.failMissing,
  damaged: s.failDamaged,
  crypto: s.failCrypto,
  failed: s.failOther,
};

/** A failure with its plain message. */
export function draftFailure(reason: DraftFailureReason): DraftFailure {
  return { ok: false, reason, message: MESSAGES[reason] };
}

/** The reason for an IndexedDB error: a full disk, a newer database, or anything else. */
function reasonOf(error: DOMException | null | undefined): DraftFailureReason {
  if (error?.name === 'QuotaExceededError') return 'full';
  if (error?.name === 'VersionError') return 'newer';
  if (error?.name === 'SecurityError' || error?.name === 'InvalidStateError') return 'unavailable';
  return 'failed';
}

/**
 * Opens (creating on first use) Studio's database. A database held at an older version by another
 * tab answers `blocked` at once rather than waiting; one at a newer version answers `newer`.
 * The connection closes itself when another tab needs to upgrade it (`onClosed` is then called).
 */
export function openDraftsDatabase(onClosed: () => void, name = DRAFTS_DATABASE): Promise<DraftResult<IDBDatabase>> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: DraftResult<IDBDatabase>) => {
      if (settled) {
        // An answer after `blocked` was given: nobody is waiting for this connection.
        if (result.ok) result.value.close();
        return;
      }
      settled = true;
      resolve(result);
    };
    let request: IDBOpenDBRequest;
    try {
      if (typeof indexedDB === 'undefined') return settle(draftFailure('unavailable'));
      request = indexedDB.open(name, DRAFTS_DATABASE_VERSION);
    } catch {
      return settle(draftFailure('unavailable'));
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(DRAFTS_STORE)) db.createObjectStore(DRAFTS_STORE, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(KEYS_STORE)) db.createObjectStore(KEYS_STORE);
    };
    request.onblocked = () => settle(draftFailure('blocked'));
    request.onerror = (event) => {
      event.preventDefault();
      settle(draftFailure(reasonOf(request.error)));
    };
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(DRAFTS_STORE) || !db.objectStoreNames.contains(KEYS_STORE)) {
        db.close();
        return settle(draftFailure('damaged'));
      }
      db.onversionchange = () => {
        db.close();
        onClosed();
      };
      db.onclose = onClosed;
      settle({ ok: true, value: db });
    };
  });
}

/**
 * Runs `work` in one transaction over `stores` and answers once it has committed (so a write is on
 * disk before the caller says "saved"): the value of the last request `work` returns, or the reason
 * the transaction failed.
 */
export function inTransaction<T>(
  db: IDBDatabase,
  stores: string[],
  mode: IDBTransactionMode,
  work: (transaction: IDBTransaction) => IDBRequest<T> | undefined,
): Promise<DraftResult<T | undefined>> {
  return new Promise((resolve) => {
    let transaction: IDBTransaction;
    let request: IDBRequest<T> | undefined;
    try {
      transaction = db.transaction(stores, mode);
      request = work(transaction);
    } catch (error) {
      resolve(draftFailure(reasonOf(error as DOMException)));
      return;
    }
    transaction.oncomplete = () => resolve({ ok: true, value: request?.result });
    transaction.onabort = () => resolve(draftFailure(reasonOf(transaction.error ?? request?.error)));
  });
}
