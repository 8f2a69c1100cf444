import type { Ciphertext } from '@hearth/core';

/** A journal record's data as stored: as it is, or sealed when the journal is encrypted. */
export type Stored<T> = T | { sealed: Ciphertext };

/** The stores a journal keeps its records in (its shares are in the outbox's). */
export type JournalStore = 'journal' | 'drafts';

/** Where an entry is kept in the `journal` store: `<store key>/<entry id>`. */
export function entryKey(instanceKey: string, entryId: string): string {
  return `${instanceKey}/${entryId}`;
}

/** True when a record's data is sealed (encrypted). */
export function isSealed<T>(stored: Stored<T>): stored is { sealed: Ciphertext } {
  return typeof stored === 'object' && stored !== null && 'sealed' in stored;
}
