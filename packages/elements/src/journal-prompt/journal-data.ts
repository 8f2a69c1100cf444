import {
  type ChangeNotice,
  type HearthStorage,
  type KeyVault,
  type OutboxEntry,
  SaveOnLeave,
  type StorageFailure,
  type StorageMode,
  StoreWatch,
} from '@hearth/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { JournalPromptStrings } from '../locales/journal-catalog.js';
import type { JournalDraft, JournalEntry } from './journal-prompt.js';
import { sharesOf } from './share-source.js';
import { entryKey, isSealed, type JournalStore, type Stored } from './stored-record.js';

const DRAFT_FORMAT = { schema: 1 };
const ENTRY_FORMAT = { schema: 1 };
const RECORDS = { schema: 1 };
/** The draft saves itself this long after the last keystroke. */
const AUTOSAVE_MS = 500;

/** True for a stored value that can show as an entry (records can be damaged or written by others). */
function isEntry(value: unknown): value is JournalEntry {
  const entry = value as JournalEntry | null;
  return typeof entry === 'object' && entry !== null && typeof entry.id === 'string' && typeof entry.text === 'string' && typeof entry.createdAt === 'string';
}

/** What the journal's data reads from its journal. */
export interface DataJournal extends ReactiveControllerHost {
  /** Where its records are kept: `store-key`, else the pack id, else `journal`. */
  readonly instanceKey: string;
  /** The journal is encrypted (`encrypt`, or its key was found here): only what it sealed itself opens. */
  readonly encrypted: boolean;
  /** The unlocked key of an encrypted journal (undefined: not encrypted, or locked). */
  readonly vault?: KeyVault;
  /** Not encrypted here, a record was found sealed: the journal locks if its key is on the device. */
  foundSealed(): Promise<void>;
  /** The id of the prompt on show (kept with the draft). */
  readonly promptId?: string;
  t(key: keyof JournalPromptStrings & string, params?: Record<string, string | number>): string;
}

/**
 * The journal's records on the device, as a reactive controller: the draft (saved 500 ms after the
 * last keystroke and when the page is hidden or left, never silently over another tab's), the
 * saved entries, and the status line that says what became of them. Encrypted, it seals what it
 * writes and opens only what it sealed itself (the key comes from the journal's lock). It hears
 * another tab's changes to the draft while the journal is in the page, and reads again on return.
 * Its fields are for the views to read; only its methods change them.
 */
export class JournalData implements ReactiveController {
  /** The storage in use, once opened. */
  store?: HearthStorage;
  /** What writes wait for: the storage opened (and, encrypted, its lock read). */
  ready: Promise<void> = Promise.resolve();
  /** The text in the writing area. */
  text = '';
  /** The draft as stored, as far as this tab knows (to tell unsaved changes apart). */
  storedText = '';
  /** How many entries were saved (where a `sequence` rotation has got to). */
  sequence = 0;
  /** Another tab changed the draft while this one had unsaved changes: the client chooses. */
  conflict?: { text: string; version: number };
  /** The saved entries, newest first. */
  entries: JournalEntry[] = [];
  /** Entries of an encrypted journal found stored unencrypted (flagged on their card), by id. */
  unsealed = new Set<string>();
  /** What the status line says (a polite live region). */
  status = '';
  /** Storage failed: the status says why, and the words on screen can still be downloaded. */
  problem?: StorageFailure;
  private version: number | null = null;
  private timer?: ReturnType<typeof setTimeout>;
  /** Draft reads and writes of this journal, one after another (see inTurn). */
  private turn: Promise<unknown> = Promise.resolve();
  private readonly watch: StoreWatch;

  constructor(private readonly journal: DataJournal) {
    journal.addController(this);
    this.watch = new StoreWatch(journal, (notice) => void this.onDraftChanged(notice));
    new SaveOnLeave(journal, () => void this.saveDraft());
  }

  hostDisconnected(): void {
    if (this.timer) void this.saveDraft();
  }

  private changed(): void {
    this.journal.requestUpdate();
  }

  private failed(error: StorageFailure): void {
    this.problem = error;
    this.say(this.journal.t('journal.notSaved', { reason: error.message }));
  }

  /** True when nothing may be read or written: an encrypted journal that is not unlocked. */
  private get closed(): boolean {
    return this.journal.encrypted && !this.journal.vault;
  }

  /**
   * A record's data. In an encrypted journal only what it sealed itself opens: a record stored
   * unencrypted there was not written by the client in this journal (undefined; entries are
   * shown flagged instead, see loadEntries).
   */
  private async unseal<T>(stored: Stored<T>, store: JournalStore, key: string): Promise<T | undefined> {
    const vault = this.journal.vault;
    if (isSealed(stored)) {
      if (!vault) return undefined;
      const opened = await vault.decryptJson<T>(stored.sealed, this.store!.bindingOf(store, key));
      return opened.ok ? opened.value : undefined;
    }
    return this.journal.encrypted ? undefined : (stored as T);
  }

  /**
   * Runs a draft write after the ones before it. Each reads the version the previous one left:
   * an autosave still writing when "Save entry" clears the draft would otherwise race it, and the
   * loser would see its own journal's write as a change from another tab.
   */
  private inTurn<T>(write: () => Promise<T>): Promise<T> {
    const turn = this.turn.then(write);
    this.turn = turn.catch(() => undefined);
    return turn;
  }

  private async writeDraft(): Promise<void> {
    if (!this.store || this.closed || this.conflict || this.text === this.storedText) return;
    const text = this.text;
    const key = this.journal.instanceKey;
    const sealed = await this.seal<JournalDraft>({ text, promptId: this.journal.promptId, sequence: this.sequence }, 'drafts', key);
    const written = await this.store.write<Stored<JournalDraft>>('drafts', key, sealed, DRAFT_FORMAT, { expectedVersion: this.version });
    if (written.ok) {
      this.version = written.value.version;
      this.storedText = text;
      this.problem = undefined;
      this.say(this.journal.t('journal.saved'));
    } else if (written.error.reason === 'conflict') {
      const current = written.error.current as { version: number; data: Stored<JournalDraft> } | undefined;
      const other = current ? await this.unseal(current.data, 'drafts', key) : undefined;
      this.conflict = { text: other?.text ?? '', version: current?.version ?? 0 };
      this.changed();
    } else {
      this.failed(written.error);
    }
  }

  /** Another tab (or element) changed the draft: take it if nothing here is unsaved, else ask. */
  private onDraftChanged(notice?: ChangeNotice): Promise<void> {
    // The notice of this journal's own write arrives while the write is finishing: in turn with
    // the draft's writes, so that the version they leave is known and not taken for another's,
    // and a draft read while one is under way is never taken over what the client just typed.
    return this.inTurn(() => this.takeDraftChange(notice));
  }

  private async takeDraftChange(notice?: ChangeNotice): Promise<void> {
    // No notice: the journal is back in the page, and the draft may have changed meanwhile.
    if ((notice && notice.version === this.version) || this.closed || !this.store) return;
    const key = this.journal.instanceKey;
    const read = await this.store.read<Stored<JournalDraft>>('drafts', key, DRAFT_FORMAT);
    // Nothing changed since this journal's own last write (the notice was of an earlier one of its own).
    if (!read.ok || (read.value && read.value.version === this.version)) return;
    // Sealed meanwhile by a page with `encrypt` (encryption set up in another tab): never taken as
    // an empty draft, which the next keystroke would write over; the journal locks if it can.
    if (!this.journal.encrypted && read.value && isSealed(read.value.data)) return void this.journal.foundSealed();
    const otherDraft = read.value ? await this.unseal(read.value.data, 'drafts', key) : undefined;
    const other = otherDraft?.text ?? '';
    const version = read.value?.version ?? 0;
    if (notice?.key === '*' || !read.value) return this.loadEntries();
    if (this.text === this.storedText || this.text === other) {
      this.text = other;
      this.storedText = other;
      this.version = version;
      this.sequence = otherDraft?.sequence ?? this.sequence;
      return this.loadEntries();
    }
    this.conflict = { text: other, version };
    this.changed();
  }

  /** Reads the stored draft; false (said on the status line) when storage refused. */
  private async readDraft(): Promise<boolean> {
    const key = this.journal.instanceKey;
    const draft = await this.store!.read<Stored<JournalDraft>>('drafts', key, DRAFT_FORMAT);
    if (!draft.ok) {
      this.failed(draft.error);
      return false;
    }
    if (!this.journal.encrypted && draft.value && isSealed(draft.value.data)) {
      // Sealed by a page with `encrypt` after this journal opened its storage: never taken as empty
      // and written over (its version stays unknown, so a write is refused); the journal locks if it
      // can, and its unsealed entries are still listed if it cannot.
      void this.journal.foundSealed();
      this.changed();
      return true;
    }
    const data = draft.value ? await this.unseal(draft.value.data, 'drafts', key) : undefined;
    this.version = draft.value?.version ?? null;
    this.storedText = data?.text ?? '';
    this.sequence = data?.sequence ?? 0;
    // Text the client typed before storage was ready is kept, never replaced.
    if (!this.text) this.text = this.storedText;
    this.changed();
    return true;
  }

  /** Says something on the status line. */
  say(status: string): void {
    this.status = status;
    this.changed();
  }

  /** Opens the storage (loaded on demand: a chunk shared by every element) and listens for the draft. */
  async open(mode: StorageMode, namespace: string): Promise<HearthStorage> {
    const { HearthStorage } = await import('@hearth/core/storage');
    const store = new HearthStorage({ mode, namespace });
    this.store = store;
    this.watch.watch(store, 'drafts', this.journal.instanceKey);
    this.changed();
    return store;
  }

  /**
   * Encrypts a record's data when the journal is unlocked, bound to where it is kept (`store` and
   * `key`: a sealed entry copied onto another does not open there); else stores it as it is.
   */
  async seal<T>(value: T, store: JournalStore, key: string): Promise<Stored<T>> {
    const vault = this.journal.vault;
    return vault ? { sealed: await vault.encryptJson(value, this.store!.bindingOf(store, key)) } : value;
  }

  /** Reads the draft and the entries (opening them when the journal is encrypted). */
  async load(): Promise<void> {
    // In turn with the draft's writes: one saved while the draft is read is not undone by it.
    const read = await this.inTurn(() => this.readDraft());
    if (read) await this.loadEntries();
  }

  /** Reads the entries again. */
  async loadEntries(): Promise<void> {
    if (this.closed) return;
    const listed = await this.store!.list<Stored<JournalEntry>>('journal', ENTRY_FORMAT);
    if (!listed.ok) {
      this.problem = listed.error;
      return this.changed();
    }
    const instanceKey = this.journal.instanceKey;
    const prefix = `${instanceKey}/`;
    const entries: JournalEntry[] = [];
    const unsealed = new Set<string>();
    for (const [key, record] of listed.value.records) {
      if (!key.startsWith(prefix)) continue;
      // Sealed by a page with `encrypt` (set up in another tab): the journal locks if its key is here.
      if (!this.journal.encrypted && isSealed(record.data)) void this.journal.foundSealed();
      // Stored unencrypted in an encrypted journal: not the client's writing as far as this
      // journal can tell. Shown (nothing is hidden from the client), flagged as not encrypted.
      const plainInEncrypted = this.journal.encrypted && !isSealed(record.data);
      const entry = plainInEncrypted ? (record.data as JournalEntry) : await this.unseal(record.data, 'journal', key);
      // Only an entry that is the one its key names (never one copied under another key, or
      // another journal's whose store key starts like this one's), with what a card shows.
      if (!isEntry(entry) || key !== entryKey(instanceKey, entry.id)) continue;
      if (plainInEncrypted) unsealed.add(entry.id);
      entries.push({ ...entry, tags: Array.isArray(entry.tags) ? entry.tags : [] });
    }
    this.unsealed = unsealed;
    this.entries = entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    this.changed();
  }

  /** The client typed: the draft saves itself after a pause. */
  type(text: string): void {
    this.text = text;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.saveDraft(), AUTOSAVE_MS);
    this.changed();
  }

  /** Saves the draft now. */
  async saveDraft(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.ready;
    return this.inTurn(() => this.writeDraft());
  }

  /** The client chose between this tab's draft and another's. */
  resolveConflict(keepMine: boolean): void {
    const conflict = this.conflict!;
    this.conflict = undefined;
    this.version = conflict.version;
    this.storedText = conflict.text;
    if (keepMine) void this.saveDraft();
    else this.text = conflict.text;
    this.changed();
  }

  /** Keeps a new entry, then starts a fresh draft (the rotation moves on). False (said on the status line) when it could not be written. */
  async addEntry(entry: JournalEntry): Promise<boolean> {
    const refused = await this.writeEntry(entry);
    if (refused) {
      this.failed(refused);
      return false;
    }
    this.text = '';
    this.sequence += 1;
    clearTimeout(this.timer);
    // The writing area empties and the next prompt shows now, not after the draft is cleared.
    this.changed();
    const key = this.journal.instanceKey;
    await this.inTurn(async () => {
      const empty = await this.seal<JournalDraft>({ text: '', sequence: this.sequence }, 'drafts', key);
      const cleared = await this.store!.write<Stored<JournalDraft>>('drafts', key, empty, DRAFT_FORMAT, { expectedVersion: this.version });
      if (cleared.ok) {
        this.version = cleared.value.version;
        this.storedText = '';
      }
    });
    this.say(this.journal.t('journal.entrySaved'));
    return true;
  }

  /** Writes an entry, new or changed, and shows it; what storage refused with, if it did (the caller says so where it fits). */
  async writeEntry(entry: JournalEntry): Promise<StorageFailure | undefined> {
    const key = entryKey(this.journal.instanceKey, entry.id);
    const written = await this.store!.write('journal', key, await this.seal(entry, 'journal', key), ENTRY_FORMAT);
    if (!written.ok) return written.error;
    const known = this.entries.some((candidate) => candidate.id === entry.id);
    this.entries = known ? this.entries.map((candidate) => (candidate.id === entry.id ? entry : candidate)) : [entry, ...this.entries];
    this.changed();
    return undefined;
  }

  /** Deletes one entry. False (said on the status line) when storage refused. */
  async removeEntry(id: string): Promise<boolean> {
    const removed = await this.store!.remove('journal', entryKey(this.journal.instanceKey, id));
    if (!removed.ok) {
      this.say(this.journal.t('journal.notSaved', { reason: removed.error.message }));
      return false;
    }
    this.entries = this.entries.filter((entry) => entry.id !== id);
    this.say(this.journal.t('journal.entryDeleted'));
    return true;
  }

  /**
   * Deletes the journal's entries, draft and key, and its shares waiting in the outbox (queued or
   * failed, sealed or not: nothing is sent after the client deleted it). Nothing of it is left.
   */
  async removeAll(): Promise<void> {
    const store = this.store!;
    const instanceKey = this.journal.instanceKey;
    const listed = await store.list<unknown>('journal', RECORDS);
    if (listed.ok) {
      for (const [key] of [...listed.value.records, ...listed.value.unreadable]) if (key.startsWith(`${instanceKey}/`)) await store.remove('journal', key);
    }
    const outbox = await store.list<OutboxEntry>('outbox', RECORDS);
    if (outbox.ok) {
      const isShare = sharesOf(instanceKey);
      for (const [key, record] of outbox.value.records) if (isShare(record.data)) await store.remove('outbox', key);
    }
    const draft = await store.remove('drafts', instanceKey);
    await store.remove('keys', instanceKey);
    this.forget();
    this.version = null;
    this.sequence = 0;
    this.say(draft.ok ? this.journal.t('journal.deletedAll') : this.journal.t('journal.notSaved', { reason: draft.error.message }));
  }

  /** Drops everything read from the device from memory and the screen (the journal locked). */
  forget(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.text = '';
    this.storedText = '';
    this.entries = [];
    this.conflict = undefined;
    this.status = '';
    this.changed();
  }
}
