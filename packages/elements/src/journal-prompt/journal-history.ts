import type { HearthStorage, KeyEnvelope, KeyVault, OutboxEntry } from '@hearth/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import type { JournalPromptStrings } from '../locales/journal-catalog.js';
import { textDirection } from '../text-direction.js';
import { moodLabel } from './journal-edit.js';
import type { JournalEntry, JournalStore, Stored } from './journal-prompt.js';
import { sharesOf } from './share-source.js';
import { entryKey } from './stored-record.js';

const RECORDS = { schema: 1 };

/** The share parts of an entry card (journal-share.ts), when sharing is possible. */
export interface EntryShareView {
  state: unknown;
  actions: unknown;
  panel: unknown;
}

/** What the history view reads from and calls on the journal. */
export interface HistoryHost {
  entries: JournalEntry[];
  search: string;
  confirming?: string;
  editing?: { id: string };
  level: number;
  t(key: keyof JournalPromptStrings & string, params?: Record<string, string | number>): string;
  formatDate(iso: string, options: Intl.DateTimeFormatOptions): string;
  /** A list in the element's language ("a، وb"), never a Latin comma. */
  formatList(items: string[]): string;
  renderEdit(): unknown;
  renderShare(entry: JournalEntry): EntryShareView | undefined;
  /** Entries of an encrypted journal found stored unencrypted: flagged on their card. */
  unsealedEntries: Set<string>;
  startEdit(entry: JournalEntry): Promise<void>;
  deleteEverything(): Promise<void>;
  exportEntries(format: 'json' | 'text'): Promise<string>;
  importEntries(text: string, passphrase?: string): Promise<number>;
  exportForm: boolean;
  pendingImport?: string;
  /** "Manage your journal" (export, import, "Delete everything") is open. */
  manageOpen: boolean;
  /** The result of the last import, announced beside the import button. */
  importStatus: string;
  /** True while anything of this journal is kept: an entry, a draft, a key, a share waiting to go. */
  readonly hasAnything: boolean;
  status: string;
  text: string;
  storageProblem?: unknown;
  /** Focuses the first of `selectors` found after the next update (a view replaced the focused control). */
  focusAfterUpdate(...selectors: string[]): void;
}

/** An entry's card, for selectors (ids from an import may hold any character). */
export const entrySelector = (id: string): string => `[data-entry="${CSS.escape(id)}"]`;

/** What export, import and "Delete everything" read and set on the journal. */
export interface DataHost {
  exportForm: boolean;
  pendingImport?: string;
  importStatus: string;
  entries: JournalEntry[];
  status: string;
  text: string;
  storedText: string;
  draftVersion: number | null;
  sequence: number;
  confirming?: string;
  saveTimer?: ReturnType<typeof setTimeout>;
  store?: HearthStorage;
  instanceKey: string;
  encrypt: boolean;
  closed: boolean;
  vault?: KeyVault;
  envelope?: KeyEnvelope;
  lockStage?: string;
  t(key: keyof JournalPromptStrings & string, params?: Record<string, string | number>): string;
  formatDate(iso: string, options: Intl.DateTimeFormatOptions): string;
  seal<T>(value: T, store: JournalStore, key: string): Promise<Stored<T>>;
  shareStates: Map<string, OutboxEntry>;
  loadEntries(): Promise<void>;
  focusAfterUpdate(...selectors: string[]): void;
}

/** Downloads the entries: `json` (can be imported again) or `text`. */
export async function exportEntries(host: DataHost, format: 'json' | 'text'): Promise<string> {
  const { exportAndDownload } = await import('./journal-export.js');
  return exportAndDownload(host.entries, format, host.t('journal.exportTitle'), (iso) => host.formatDate(iso, { dateStyle: 'long', timeStyle: 'short' }));
}

/** Reads a Hearth JSON export and merges it: an entry already here is kept unless the import is newer. */
export async function importEntries(host: DataHost, text: string, passphrase?: string): Promise<number> {
  const { decryptExport, encryptedExportProblem, isEncryptedExport, parseExport, newerThan } = await import('./journal-export.js');
  let incoming: JournalEntry[] | undefined;
  if (isEncryptedExport(text)) {
    // A file that cannot be opened (its envelope, its sealed data) is refused before its passphrase is asked for.
    if (await encryptedExportProblem(text)) {
      host.pendingImport = undefined;
      host.importStatus = host.t('journal.import.damaged');
      return 0;
    }
    if (passphrase === undefined) {
      host.pendingImport = text;
      return 0;
    }
    const opened = await decryptExport(text, passphrase);
    if (opened === 'wrong') {
      host.importStatus = host.t('journal.import.wrong');
      return 0;
    }
    host.pendingImport = undefined;
    if (opened === 'damaged') {
      host.importStatus = host.t('journal.import.damaged');
      return 0;
    }
    incoming = opened;
  } else {
    incoming = parseExport(text);
  }
  if (!incoming) {
    host.importStatus = host.t('journal.importFailed');
    return 0;
  }
  if (host.closed || !host.store) return 0;
  const fresh = newerThan(host.entries, incoming);
  for (const entry of fresh) {
    const key = entryKey(host.instanceKey, entry.id);
    const written = await host.store.write('journal', key, await host.seal(entry, 'journal', key), RECORDS);
    if (!written.ok) {
      host.importStatus = host.t('journal.notSaved', { reason: written.error.message });
      return 0;
    }
  }
  await host.loadEntries();
  host.importStatus = host.t('journal.imported', { count: fresh.length });
  return fresh.length;
}

/**
 * Deletes one entry from the device, once the client confirmed. Focus then goes to the next card's
 * first action (`next`: the card after it on screen, else the one before), else "Past entries".
 */
async function deleteEntry(host: DataHost, id: string, next?: string): Promise<void> {
  host.confirming = undefined;
  const removed = await host.store!.remove('journal', entryKey(host.instanceKey, id));
  if (!removed.ok) {
    host.status = host.t('journal.notSaved', { reason: removed.error.message });
    host.focusAfterUpdate(`${entrySelector(id)} [data-action="delete"]`);
    return;
  }
  host.entries = host.entries.filter((entry) => entry.id !== id);
  host.status = host.t('journal.entryDeleted');
  host.focusAfterUpdate(...(next ? [`${entrySelector(next)} .entry-actions button`] : []), '#history-title');
}

/** The card shown after the pressed button's card, else the one before (where focus goes once it is deleted). */
function neighbourCard(event: Event): string | undefined {
  const card = (event.currentTarget as HTMLElement).closest('li');
  const next = (card?.nextElementSibling ?? card?.previousElementSibling) as HTMLElement | null | undefined;
  return next?.dataset.entry;
}

/** Deletes this journal's entries, draft and key from the device; nothing of it is left. */
export async function deleteEverything(host: DataHost): Promise<void> {
  host.confirming = undefined;
  const store = host.store!;
  const listed = await store.list<unknown>('journal', RECORDS);
  if (listed.ok) {
    for (const [key] of [...listed.value.records, ...listed.value.unreadable]) {
      if (key.startsWith(`${host.instanceKey}/`)) await store.remove('journal', key);
    }
  }
  // Its shares waiting in the outbox (queued or failed, sealed or not) go too: nothing of the
  // journal is left, and nothing is sent after the client deleted it.
  const outbox = await store.list<OutboxEntry>('outbox', RECORDS);
  if (outbox.ok) {
    const isShare = sharesOf(host.instanceKey);
    for (const [key, record] of outbox.value.records) if (isShare(record.data)) await store.remove('outbox', key);
  }
  host.shareStates = new Map();
  const draft = await store.remove('drafts', host.instanceKey);
  await store.remove('keys', host.instanceKey);
  if (host.encrypt) {
    host.vault = undefined;
    host.envelope = undefined;
    host.lockStage = 'setup';
  }
  clearTimeout(host.saveTimer);
  host.entries = [];
  host.text = '';
  host.storedText = '';
  host.draftVersion = null;
  host.sequence = 0;
  host.status = draft.ok ? host.t('journal.deletedAll') : host.t('journal.notSaved', { reason: draft.error.message });
}

/** One entry as a card: date, prompt, text, mood, tags, then its actions side by side. */
function renderEntry(host: HistoryHost, entry: JournalEntry): TemplateResult {
  const t: HistoryHost['t'] = (key, params) => host.t(key, params);
  const share = host.renderShare(entry);
  const editing = host.editing?.id === entry.id;
  const actions =
    host.confirming === entry.id
      ? html`<div class="confirm" role="group" aria-label=${t('journal.deleteConfirm')}>
          <p class="confirm-question" tabindex="-1">${t('journal.deleteConfirm')}</p>
          <button type="button" class="danger" @click=${(event: Event) => void deleteEntry(host as HistoryHost & DataHost, entry.id, neighbourCard(event))}>${t('journal.deleteYes')}</button>
          <button type="button" @click=${() => cancelConfirm(host, `${entrySelector(entry.id)} [data-action="delete"]`)}>${t('journal.cancel')}</button>
        </div>`
      : share?.panel && share.panel !== nothing
        ? share.panel
        : html`<div class="row entry-actions" part="entry-actions">
            <button type="button" data-action="edit" @click=${() => void host.startEdit(entry)}>${t('journal.edit')}</button>
            <button type="button" data-action="delete" @click=${() => askToConfirm(host, entry.id, `${entrySelector(entry.id)} .confirm-question`)}>${t('journal.delete')}</button>
            ${share?.actions ?? nothing}
          </div>`;
  return html`<li class="entry" part="entry" data-entry=${entry.id}>
    <p class="entry-date">${t('journal.writtenOn', { date: host.formatDate(entry.createdAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
    ${host.unsealedEntries.has(entry.id) ? html`<p class="entry-warning" part="entry-warning">${t('journal.notEncrypted')}</p>` : nothing}
    ${entry.promptText ? html`<p class="entry-prompt" dir="auto">${entry.promptText}</p>` : nothing}
    ${
      editing
        ? host.renderEdit()
        : html`<p class="entry-text" dir="auto">${entry.text}</p>
          ${entry.mood ? html`<p class="entry-meta">${t('journal.moodLabel')}: ${moodLabel(t, entry.mood)}</p>` : nothing}
          ${entry.tags.length ? html`<p class="entry-meta">${t('journal.tags', { tags: host.formatList(entry.tags) })}</p>` : nothing}
          ${share?.state ?? nothing}
          ${actions}`
    }
  </li>`;
}

/** Shows a confirmation in place of its button; focus goes to its question, so that it is read, then Tab reaches its buttons. */
function askToConfirm(host: HistoryHost, what: string, question: string): void {
  host.confirming = what;
  host.focusAfterUpdate(question);
}

/** Cancel: the confirmation goes, and focus returns to the button that opened it. */
function cancelConfirm(host: HistoryHost, opener: string): void {
  host.confirming = undefined;
  host.focusAfterUpdate(opener);
}

/** Closes "Manage your journal", and whatever was half done inside it. */
function closeManage(host: HistoryHost): void {
  host.manageOpen = false;
  host.exportForm = false;
  host.pendingImport = undefined;
  host.importStatus = '';
  if (host.confirming === '*') host.confirming = undefined;
}

/**
 * "Manage your journal": a button (aria-expanded) and the region it shows, with export, import (a
 * real button in the journal's language opening a hidden file field; the result announced beside
 * it) and "Delete everything" (only while anything of this journal is kept).
 */
function renderManage(host: HistoryHost): TemplateResult {
  const t: HistoryHost['t'] = (key, params) => host.t(key, params);
  const open = host.manageOpen || host.exportForm || Boolean(host.pendingImport);
  const chooseFile = (event: Event) => {
    const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
    root.getElementById('import-file')?.click();
  };
  return html`<div class="manage" part="manage">
    <button
      type="button"
      class="link manage-toggle"
      part="manage-button"
      id="manage-toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="manage-region"
      @click=${() => (open ? closeManage(host) : (host.manageOpen = true))}
    >
      ${t('journal.manage')}
    </button>
    <div id="manage-region" class="manage-region" role="region" aria-labelledby="manage-toggle" ?hidden=${!open}>
      ${
        host.entries.length
          ? html`<div class="row">
            <button type="button" @click=${() => void host.exportEntries('json')}>${t('journal.exportJson')}</button>
            <button type="button" @click=${() => void host.exportEntries('text')}>${t('journal.exportText')}</button>
            <button type="button" @click=${() => (host.exportForm = true)}>${t('journal.export.encrypted')}</button>
          </div>`
          : nothing
      }
      ${renderPassphraseForm(host as HistoryHost & DataHost, 'export')}
      <div class="row">
        <button type="button" part="import-button" @click=${chooseFile}>${t('journal.import')}</button>
        <input id="import-file" class="visually-hidden" type="file" tabindex="-1" aria-hidden="true" accept="application/json,.json" @change=${(e: Event) => void importFile(host, e)} />
        <p class="import-status" part="import-status" role="status">${host.importStatus}</p>
      </div>
      ${renderPassphraseForm(host as HistoryHost & DataHost, 'import')}
      ${
        host.confirming === '*'
          ? html`<div class="confirm" role="group" aria-label=${t('journal.deleteAllConfirm')}>
            <p class="confirm-question" tabindex="-1">${t('journal.deleteAllConfirm')}</p>
            <button type="button" class="danger" @click=${() => void host.deleteEverything()}>${t('journal.deleteAllYes')}</button>
            <button type="button" @click=${() => cancelConfirm(host, '[data-action="delete-all"]')}>${t('journal.cancel')}</button>
          </div>`
          : host.hasAnything
            ? html`<div class="row"><button type="button" class="danger" data-action="delete-all" @click=${() => askToConfirm(host, '*', '#manage-region .confirm-question')}>${t('journal.deleteAll')}</button></div>`
            : nothing
      }
    </div>
  </div>`;
}

/**
 * Past entries as cards (search, edit, share, delete one), then "Manage your journal". Loaded
 * with storage, where the entries come from; the prompt and the textarea render first.
 */
export function renderHistory(host: HistoryHost): TemplateResult {
  const t: HistoryHost['t'] = (key, params) => host.t(key, params);
  const query = host.search.trim().toLocaleLowerCase();
  const shown = query
    ? host.entries.filter((entry) => `${entry.text} ${entry.promptText} ${entry.tags.join(' ')}`.toLocaleLowerCase().includes(query))
    : host.entries;
  return html`<section class="history" part="history" aria-labelledby="history-title">
    <div role="heading" aria-level=${Math.min(6, host.level + 1)} id="history-title" class="history-title" tabindex="-1">${t('journal.history')}</div>
    ${
      host.entries.length
        ? html`<label for="search">${t('journal.search')}</label>
          <input id="search" type="search" dir=${ifDefined(textDirection(host.search))} autocomplete="off" .value=${host.search} @input=${(e: Event) => (host.search = (e.target as HTMLInputElement).value)} />`
        : nothing
    }
    ${
      shown.length
        ? html`<ol class="entries">
          ${shown.map((entry) => renderEntry(host, entry))}
        </ol>`
        : html`<p class="muted">${host.entries.length ? t('journal.noMatches') : t('journal.noEntries')}</p>`
    }
    ${
      host.storageProblem && host.text
        ? html`<button type="button" @click=${() => void downloadDraft(host.text)}>${t('journal.export.draft')}</button>`
        : nothing
    }
    ${renderManage(host)}
  </section>`;
}

/** The file field's change: read the chosen file and import it. */
async function importFile(host: HistoryHost, event: Event): Promise<void> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  // Cleared first, so that the same result for another file is announced again.
  host.importStatus = '';
  await host.importEntries(await file.text());
}

/** Downloads a passphrase-encrypted export (the passphrase is chosen for the file). */
export async function exportEncrypted(host: DataHost, passphrase: string, confirm: string): Promise<string | undefined> {
  if (passphrase.length < 8 || passphrase !== confirm) {
    host.status = host.t('journal.export.mismatch');
    return undefined;
  }
  const [{ encryptedExport }, { download }] = await Promise.all([import('./journal-export.js'), import('../file-download.js')]);
  const text = await encryptedExport(host.entries, passphrase);
  if (!text) return undefined;
  download(`journal-${new Date().toISOString().slice(0, 10)}.encrypted.json`, text, 'application/json');
  host.exportForm = false;
  return text;
}

function formFields(event: Event): FormData {
  event.preventDefault();
  return new FormData(event.target as HTMLFormElement);
}

/** The passphrase form of an encrypted export, or of importing one (one at a time). */
function renderPassphraseForm(host: HistoryHost & DataHost, which: 'import' | 'export'): TemplateResult | typeof nothing {
  const t: HistoryHost['t'] = (key, params) => host.t(key, params);
  if (which === 'import' && host.pendingImport) {
    return html`<form class="confirm" @submit=${(event: Event) => void host.importEntries(host.pendingImport!, String(formFields(event).get('passphrase') ?? ''))}>
      <p>${t('journal.import.passphraseIntro')}</p>
      <label for="import-passphrase">${t('journal.export.passphrase')}</label>
      <input id="import-passphrase" name="passphrase" type="password" autocomplete="off" required />
      <button type="submit" class="primary">${t('journal.import.go')}</button>
      <button type="button" @click=${() => (host.pendingImport = undefined)}>${t('journal.cancel')}</button>
    </form>`;
  }
  if (which === 'export' && host.exportForm && !host.pendingImport) {
    return html`<form class="confirm" @submit=${(event: Event) => {
      const data = formFields(event);
      void exportEncrypted(host, String(data.get('passphrase') ?? ''), String(data.get('confirm') ?? ''));
    }}>
      <p>${t('journal.export.passphraseIntro')}</p>
      <label for="export-passphrase">${t('journal.export.passphrase')}</label>
      <input id="export-passphrase" name="passphrase" type="password" autocomplete="new-password" required />
      <label for="export-confirm">${t('journal.export.confirm')}</label>
      <input id="export-confirm" name="confirm" type="password" autocomplete="new-password" required />
      <button type="submit" class="primary">${t('journal.export.go')}</button>
      <button type="button" @click=${() => (host.exportForm = false)}>${t('journal.cancel')}</button>
    </form>`;
  }
  return nothing;
}

/** When storage fails, the words on screen can still be kept: as a text file. */
async function downloadDraft(text: string): Promise<void> {
  const { download } = await import('../file-download.js');
  download(`journal-draft-${new Date().toISOString().slice(0, 10)}.txt`, text, 'text/plain');
}
