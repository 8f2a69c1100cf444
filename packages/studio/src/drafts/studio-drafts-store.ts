/*
 * `StudioDrafts`: the drafts a clinician keeps in Studio, on this device only (IndexedDB
 * `hearth-studio`), optionally locked with a passphrase the way the journal is (KeyVault from
 * `@hearth/core`: PBKDF2-SHA-256, 600,000 rounds, AES-GCM-256), and after how long unused they lock
 * by themselves (a number in `localStorage`). Every call answers a result and never throws;
 * nothing is logged.
 */

import { randomId } from '@hearth/core';
import { type Ciphertext, type KeyEnvelope, KeyVault } from '@hearth/core/encryption';

import { draftFailure, type DraftResult, DRAFTS_DATABASE, DRAFTS_STORE, inTransaction, KEYS_STORE, openDraftsDatabase } from './drafts-database.js';

export { type DraftFailure, type DraftFailureReason, type DraftResult } from './drafts-database.js';

/** One draft: the item being edited (`value`) and what is needed to list and reopen it. */
export interface Draft {
  id: string;
  /** The content kind's id (`strategy`, `prompts`, …). */
  kind: string;
  /** The content's language (`en`, `es`, `fr`, `ar`). */
  lang: string;
  /** The content's own title (in the content's language), or a name for it. */
  title: string;
  /** True when it is written for one client. */
  personal: boolean;
  /** Which client, as the clinician labels them (initials): only when `personal`. */
  clientLabel?: string;
  /** When it was last saved (ISO 8601). */
  updatedAt: string;
  /** The item being edited. */
  value: unknown;
}

/** What `save` takes: a draft without its time, and without an id when it is new. */
export type DraftInput = Omit<Draft, 'id' | 'updatedAt'> & { id?: string };

/** A draft as the list shows it: no value; no title or client label while it is locked. */
export interface DraftSummary {
  id: string;
  kind: string;
  lang: string;
  personal: boolean;
  updatedAt: string;
  /** True when it is encrypted and the drafts are locked: `title` and `clientLabel` are then absent. */
  locked: boolean;
  title?: string;
  clientLabel?: string;
}

/** Whether a passphrase is set, and if so whether the drafts are open on this page. */
export type DraftsLock = 'off' | 'locked' | 'unlocked';

/** What is encrypted in a locked draft: everything that could say who or what it is about. */
interface Secret {
  title: string;
  clientLabel?: string;
  value: unknown;
}

/** A draft as it is kept: either its secret fields in the clear, or `sealed` holding them encrypted. */
interface StoredDraft extends Partial<Secret> {
  id: string;
  kind: string;
  lang: string;
  personal: boolean;
  updatedAt: string;
  sealed?: Ciphertext;
}

/** The key envelope's key in the `keys` store. */
const KEY = 'drafts';

/** Where a sealed draft is kept, bound into its encryption: it cannot be moved to another record. */
const bindingOf = (id: string) => `${DRAFTS_DATABASE}/${DRAFTS_STORE}/${id}`;

const secretOf = (draft: Secret): Secret => ({ title: draft.title, ...(draft.clientLabel ? { clientLabel: draft.clientLabel } : {}), value: draft.value });

/**
 * The drafts on this device. `list` (newest first, without values), `load`, `save` (a new id when
 * there is none), `remove`, `removeAll` (with the passphrase); `lockState`, `setPassphrase`,
 * `unlock`, `lock` for the optional passphrase, and `lockAfterChoice`, `chooseLockAfter` for when it
 * locks by itself. The unlocked key is held only by this object, in memory, until `lock`.
 */
export class StudioDrafts {
  private db?: IDBDatabase;
  private vault?: KeyVault;

  /** @param name the database's name (Studio's own, `hearth-studio`, unless a test asks for another) */
  constructor(private readonly name = DRAFTS_DATABASE) {}

  private async database(): Promise<DraftResult<IDBDatabase>> {
    if (this.db) return { ok: true, value: this.db };
    const opened = await openDraftsDatabase(() => (this.db = undefined), this.name);
    if (opened.ok) this.db = opened.value;
    return opened;
  }

  private async get<T>(store: string, key: string): Promise<DraftResult<T | undefined>> {
    const db = await this.database();
    if (!db.ok) return db;
    return inTransaction<T>(db.value, [store], 'readonly', (t) => t.objectStore(store).get(key) as IDBRequest<T>);
  }

  private async envelope(): Promise<DraftResult<KeyEnvelope | undefined>> {
    return this.get<KeyEnvelope>(KEYS_STORE, KEY);
  }

  /** The secret fields of a stored draft: decrypted when sealed (failing while locked). */
  private async open(stored: StoredDraft): Promise<DraftResult<Secret>> {
    if (!stored.sealed) return { ok: true, value: secretOf({ title: stored.title ?? '', clientLabel: stored.clientLabel, value: stored.value }) };
    if (!this.vault) return draftFailure('locked');
    const opened = await this.vault.decryptJson<Secret>(stored.sealed, bindingOf(stored.id));
    return opened.ok ? opened : draftFailure('damaged');
  }

  /** The record to keep for a draft: sealed when a key is open. */
  private async stored(draft: Draft): Promise<StoredDraft> {
    const { id, kind, lang, personal, updatedAt } = draft;
    const open = { id, kind, lang, personal, updatedAt };
    if (!this.vault) return { ...open, ...secretOf(draft) };
    return { ...open, sealed: await this.vault.encryptJson(secretOf(draft), bindingOf(id)) };
  }

  /** Forgets the lock's wait, with the passphrase it belongs to. */
  private forgetLockAfter(): void {
    try {
      localStorage.removeItem(this.lockAfterKey);
    } catch {
      // A browser that keeps nothing has nothing to forget.
    }
  }

  /** Where the choice is kept: in `localStorage`, named after the drafts' database (a number, nothing else). */
  private get lockAfterKey(): string {
    return `${this.name}:lock-after`;
  }

  /** Every draft, newest first, without its value. Titles of locked drafts are not given. */
  async list(): Promise<DraftResult<DraftSummary[]>> {
    const db = await this.database();
    if (!db.ok) return db;
    const all = await inTransaction<StoredDraft[]>(db.value, [DRAFTS_STORE], 'readonly', (t) => t.objectStore(DRAFTS_STORE).getAll());
    if (!all.ok) return all;
    const summaries: DraftSummary[] = [];
    for (const stored of all.value ?? []) {
      const { id, kind, lang, personal, updatedAt } = stored;
      const secret = stored.sealed && !this.vault ? undefined : await this.open(stored);
      const title = secret?.ok ? secret.value.title : undefined;
      const clientLabel = secret?.ok ? secret.value.clientLabel : undefined;
      summaries.push({
        id,
        kind,
        lang,
        personal,
        updatedAt,
        locked: !secret?.ok,
        ...(title !== undefined ? { title } : {}),
        ...(clientLabel ? { clientLabel } : {}),
      });
    }
    return { ok: true, value: summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) };
  }

  /** One draft, value and all (failing as `locked` while a passphrase is set and not given). */
  async load(id: string): Promise<DraftResult<Draft>> {
    const stored = await this.get<StoredDraft>(DRAFTS_STORE, id);
    if (!stored.ok) return stored;
    if (!stored.value) return draftFailure('missing');
    const secret = await this.open(stored.value);
    if (!secret.ok) return secret;
    const { kind, lang, personal, updatedAt } = stored.value;
    return { ok: true, value: { id, kind, lang, personal, updatedAt, ...secret.value } };
  }

  /** Saves a draft (a new id when it has none; encrypted when a passphrase is set) and answers it as saved. */
  async save(input: DraftInput): Promise<DraftResult<Draft>> {
    const envelope = await this.envelope();
    if (!envelope.ok) return envelope;
    if (envelope.value && !this.vault) return draftFailure('locked');
    const draft: Draft = {
      id: input.id ?? randomId(),
      kind: input.kind,
      lang: input.lang,
      title: input.title,
      personal: input.personal,
      ...(input.personal && input.clientLabel ? { clientLabel: input.clientLabel } : {}),
      updatedAt: new Date().toISOString(),
      value: input.value,
    };
    let record: StoredDraft;
    try {
      record = await this.stored(draft);
    } catch {
      return draftFailure('failed');
    }
    const db = await this.database();
    if (!db.ok) return db;
    const put = await inTransaction(db.value, [DRAFTS_STORE], 'readwrite', (t) => t.objectStore(DRAFTS_STORE).put(record));
    return put.ok ? { ok: true, value: draft } : put;
  }

  /** Deletes one draft. */
  async remove(id: string): Promise<DraftResult<void>> {
    const db = await this.database();
    if (!db.ok) return db;
    const removed = await inTransaction(db.value, [DRAFTS_STORE], 'readwrite', (t) => t.objectStore(DRAFTS_STORE).delete(id));
    return removed.ok ? { ok: true, value: undefined } : removed;
  }

  /** Deletes every draft, the passphrase's key and the wait chosen for it: the drafts start again, unlocked. */
  async removeAll(): Promise<DraftResult<void>> {
    const db = await this.database();
    if (!db.ok) return db;
    const removed = await inTransaction(db.value, [DRAFTS_STORE, KEYS_STORE], 'readwrite', (t) => {
      t.objectStore(KEYS_STORE).clear();
      return t.objectStore(DRAFTS_STORE).clear();
    });
    if (!removed.ok) return removed;
    this.vault = undefined;
    this.forgetLockAfter();
    return { ok: true, value: undefined };
  }

  /** `off` (no passphrase), `locked` or `unlocked`. */
  async lockState(): Promise<DraftResult<DraftsLock>> {
    const envelope = await this.envelope();
    if (!envelope.ok) return envelope;
    return { ok: true, value: !envelope.value ? 'off' : this.vault ? 'unlocked' : 'locked' };
  }

  /**
   * Locks the drafts with a passphrase: a new key, wrapped by it and kept in the `keys` store, then
   * every draft kept so far is encrypted with it. The drafts stay unlocked on this page.
   */
  async setPassphrase(passphrase: string): Promise<DraftResult<void>> {
    const existing = await this.envelope();
    if (!existing.ok) return existing;
    if (existing.value) return draftFailure(this.vault ? 'failed' : 'locked');
    const created = await KeyVault.create(passphrase);
    if (!created.ok) return draftFailure(created.error.reason === 'unavailable' ? 'crypto' : 'failed');
    const db = await this.database();
    if (!db.ok) return db;
    const all = await inTransaction<StoredDraft[]>(db.value, [DRAFTS_STORE], 'readonly', (t) => t.objectStore(DRAFTS_STORE).getAll());
    if (!all.ok) return all;
    const vault = created.value.vault;
    const sealed: StoredDraft[] = [];
    try {
      for (const stored of all.value ?? []) {
        if (stored.sealed) continue;
        const { id, kind, lang, personal, updatedAt } = stored;
        const secret = secretOf({ title: stored.title ?? '', clientLabel: stored.clientLabel, value: stored.value });
        sealed.push({ id, kind, lang, personal, updatedAt, sealed: await vault.encryptJson(secret, bindingOf(id)) });
      }
    } catch {
      return draftFailure('failed');
    }
    // The key and the sealed drafts in one transaction: never a key without its drafts sealed.
    const saved = await inTransaction(db.value, [DRAFTS_STORE, KEYS_STORE], 'readwrite', (t) => {
      for (const record of sealed) t.objectStore(DRAFTS_STORE).put(record);
      return t.objectStore(KEYS_STORE).add(created.value.envelope, KEY);
    });
    if (!saved.ok) return saved;
    this.vault = vault;
    return { ok: true, value: undefined };
  }

  /** Opens the locked drafts with the passphrase; a wrong one is refused as `wrong-passphrase`. */
  async unlock(passphrase: string): Promise<DraftResult<void>> {
    const envelope = await this.envelope();
    if (!envelope.ok) return envelope;
    if (!envelope.value) return { ok: true, value: undefined };
    const opened = await KeyVault.unlock(envelope.value, passphrase);
    if (!opened.ok) {
      const reason = opened.error.reason;
      return draftFailure(reason === 'wrong-secret' ? 'wrong-passphrase' : reason === 'unavailable' ? 'crypto' : reason === 'damaged' ? 'damaged' : 'failed');
    }
    this.vault = opened.value;
    return { ok: true, value: undefined };
  }

  /** Locks the drafts again: the key is dropped from memory. */
  lock(): void {
    this.vault = undefined;
  }

  /**
   * The minutes without activity after which the clinician chose to have the drafts lock by
   * themselves (0: never), as remembered in this browser; undefined when never chosen, or when the
   * browser keeps nothing.
   */
  lockAfterChoice(): number | undefined {
    try {
      const kept = localStorage.getItem(this.lockAfterKey);
      return kept !== null && /^\d+(?:\.\d+)?$/.test(kept) ? Number(kept) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Remembers in this browser after how many minutes without activity the drafts lock (0: never). False when it cannot. */
  chooseLockAfter(minutes: number): boolean {
    try {
      localStorage.setItem(this.lockAfterKey, String(minutes));
      return true;
    } catch {
      return false;
    }
  }

  /** Closes the database (the element does so when it leaves the page). */
  close(): void {
    this.db?.close();
    this.db = undefined;
  }
}
