import { randomId } from '@hearth/core';
import type { KeyVault } from '@hearth/core/encryption';
import type { OutboxEntry } from '@hearth/core/sending';
import type { ReactiveControllerHost } from 'lit';

import type { JournalPromptStrings } from '../locales/journal-catalog.js';
import { PassphraseLock, type SealWhich } from '../passphrase-lock/passphrase-lock.js';
import type { JournalData } from './journal-data.js';
import type { JournalDraft, JournalEntry } from './journal-prompt.js';
import { sharesOf } from './share-source.js';
import { entryKey, isSealed, type JournalStore, type Stored } from './stored-record.js';

const RECORDS = { schema: 1 };

/** What the lock reads from its journal, and tells it. */
export interface LockJournal extends ReactiveControllerHost, EventTarget {
  readonly instanceKey: string;
  /** Minutes of no activity, or of the page being hidden, after which the journal locks. */
  readonly lockAfter: number;
  /** The journal's records (sealed with this lock's key). */
  readonly data: JournalData;
  t(key: keyof JournalPromptStrings & string): string;
  /** Unlocked (or set up): read the draft and the entries. */
  opened(): Promise<void>;
  /** Locked: nothing of the journal may stay on screen. */
  locked(): void;
}

/**
 * The key of an encrypted journal: the shared {@link PassphraseLock} (its screens, key and
 * locking), with the journal's strings (`journal.lock.*`, which practices may override), its key
 * envelope under the journal's instance key, and the journal's own sealing when the key opens.
 * Loaded only for an encrypted journal: `encrypt`, or its key found on the device.
 */
export class JournalLock extends PassphraseLock {
  constructor(journal: LockJournal) {
    super(journal, {
      get instanceKey() {
        return journal.instanceKey;
      },
      get lockAfter() {
        return journal.lockAfter;
      },
      get store() {
        return journal.data.store!;
      },
      t: (key) => journal.t(`journal.${key}`),
      say: (message) => journal.data.say(message),
      opened: () => journal.opened(),
      locked: () => journal.locked(),
      sealRecords: (vault, which) => sealWhatIsThere(journal, vault, which),
    });
  }
}

/**
 * Seals the journal's records in place, bound to where each is kept: entries, the draft and its
 * shares waiting in the outbox. `plain too` (encryption was just turned on): what was written
 * before, unencrypted, as well. `sealed only` (an unlock): only records sealed before seals were
 * bound to their record; one stored unencrypted in an encrypted journal is left as it is (and
 * shown flagged), never adopted as the client's.
 */
async function sealWhatIsThere(journal: LockJournal, vault: KeyVault, which: SealWhich): Promise<void> {
  const { data, instanceKey } = journal;
  const store = data.store!;
  const reseal = async <T>(kind: JournalStore, key: string, record: { data: Stored<T>; version: number }) => {
    const stored = record.data;
    let value: T;
    if (isSealed(stored)) {
      if (stored.sealed.bound) return;
      const opened = await vault.decryptJson<T>(stored.sealed);
      if (!opened.ok) return;
      value = opened.value;
    } else {
      if (which === 'sealed only') return;
      value = stored;
    }
    // Only over the record as read: one deleted or changed meanwhile (another tab) stays as it is.
    await store.write(kind, key, await data.seal(value, kind, key), RECORDS, { expectedVersion: record.version });
  };
  const listed = await store.list<Stored<JournalEntry>>('journal', RECORDS);
  if (listed.ok) {
    for (const [key, record] of listed.value.records) if (key.startsWith(`${instanceKey}/`)) await reseal('journal', key, record);
  }
  const draft = await store.read<Stored<JournalDraft>>('drafts', instanceKey, RECORDS);
  if (draft.ok && draft.value) {
    const stored = draft.value.data;
    if (which === 'sealed only' && !isSealed(stored)) await setAsideUnsealedDraft(data, instanceKey, stored, draft.value.version);
    else await reseal('drafts', instanceKey, draft.value);
  }
  // The outbox code loads only when the journal has shares waiting.
  const outbox = await store.list<OutboxEntry>('outbox', RECORDS);
  const owns = sharesOf(instanceKey);
  const waiting = (entry: OutboxEntry) => owns(entry) && (entry.sealed ? !entry.sealed.bound : which === 'plain too');
  if (outbox.ok && outbox.value.records.some(([, record]) => waiting(record.data))) {
    const { Outbox } = await import('@hearth/core/sending');
    await new Outbox(store, { vault, owns }).sealWaiting({ plain: which === 'plain too' });
  }
}

/**
 * A draft stored unencrypted in an encrypted journal (someone with the device wrote it, or a page
 * embedding the journal without `encrypt`): not the client's, so not put in the writing area, and
 * not lost either. It becomes an entry as it is, unencrypted, which the journal shows with its
 * warning, and the draft starts empty.
 */
async function setAsideUnsealedDraft(data: JournalData, instanceKey: string, draft: JournalDraft, version: number): Promise<void> {
  const store = data.store!;
  const text = typeof draft?.text === 'string' ? draft.text : '';
  if (text.trim()) {
    const now = new Date().toISOString();
    const entry: JournalEntry = {
      id: randomId(),
      promptId: typeof draft.promptId === 'string' ? draft.promptId : '',
      promptText: '',
      text,
      tags: [],
      createdAt: now,
      updatedAt: now,
    };
    const kept = await store.write('journal', entryKey(instanceKey, entry.id), entry, RECORDS, { expectedVersion: null });
    if (!kept.ok) return;
  }
  await store.write('drafts', instanceKey, await data.seal<JournalDraft>({ text: '', sequence: draft?.sequence }, 'drafts', instanceKey), RECORDS, {
    expectedVersion: version,
  });
}
