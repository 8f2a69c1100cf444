import type { HearthError } from './hearth-error.js';

/** Why a storage operation did not happen. The caller shows it and keeps the text on screen. */
export type StorageFailureReason =
  | 'quota' // the browser's storage is full
  | 'unavailable' // storage is off (browser settings, private mode, a sandboxed or partitioned frame)
  | 'blocked' // another tab holds an older version of the database open
  | 'conflict' // another tab (or element) changed the record since it was read
  | 'unreadable' // written by a newer Hearth, or damaged: kept, never deleted; offer an export
  | 'failed'; // anything else the browser reported

export interface StorageFailure extends HearthError {
  code: 'storage';
  reason: StorageFailureReason;
  /** With `conflict`: the record as the other writer left it. */
  current?: unknown;
  /** With `unreadable`: the stored value, untouched, for an export. */
  raw?: unknown;
}

export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageFailure };

const MESSAGES: Record<StorageFailureReason, string> = {
  quota: 'The browser has no more room to save here.',
  unavailable: 'This browser is not letting the page save anything (it may be in private mode, or storage is turned off).',
  blocked: 'Saving is paused until another tab of this site is closed or reloaded.',
  conflict: 'This was changed in another tab since you opened it.',
  unreadable: 'A saved record could not be read by this version. It has been kept.',
  failed: 'Saving did not work.',
};

export function storageFailure(reason: StorageFailureReason, extra: Partial<StorageFailure> = {}): StorageFailure {
  return { code: 'storage', reason, message: MESSAGES[reason], ...extra };
}

/** Maps what a browser throws (DOMException names differ by browser) to a reason. */
export function classifyStorageError(error: unknown): StorageFailure {
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = String((error as { message?: string } | null)?.message ?? '');
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(message)) return storageFailure('quota');
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'UnknownError' || name === 'NotAllowedError') {
    return storageFailure('unavailable');
  }
  if (name === 'VersionError') return storageFailure('blocked');
  return storageFailure('failed');
}
