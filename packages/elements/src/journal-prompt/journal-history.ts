import { html, nothing, type TemplateResult } from 'lit';
import type { JournalPromptStrings } from '../locales/journal-catalog.js';
import type { HearthStorage, KeyEnvelope, KeyVault } from '@hearth/core';
import type { JournalEntry, Stored } from './journal-prompt.js';

import { enJournalExport } from '../locales/en-journal-export.js';
import { enJournalHistory } from '../locales/en-journal-history.js';
import { moodLabel } from './journal-edit.js';
import { journalCatalog } from '../locales/journal-catalog.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { textDirection } from '../text-direction.js';

// The history, edit, share, export and import views bring their own English (other languages have every string).
Object.assign(journalCatalog.en, enJournalHistory, enJournalExport);

const RECORDS = { schema: 1 };

/** What the history view reads from and calls on the journal. */
export interface HistoryHost {
  entries: JournalEntry[];
  search: string;
  confirming?: string;
  editing?: { id: string };
  level: number;
  t(key: keyof JournalPromptStrings & string, params?: Record<string, string | number>): string;
  formatDate(iso: string, options: Intl.DateTimeFormatOptions): string;
  renderEdit(): unknown;
  renderShare(entry: JournalEntry): unknown;
  startEdit(entry: JournalEntry): Promise<void>;
  deleteEverything(): Promise<void>;
  exportEntries(format: 'json' | 'text'): Promise<string>;
  importEntries(text: string, passphrase?: string): Promise<number>;
  exportForm: boolean;
  pendingImport?: string;
  status: string;
  text: string;
  storageProblem?: unknown;
}

/** What export, import and "Delete everything" read and set on the journal. */
export interface DataHost {
  exportForm: boolean;
  pendingImport?: string;
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
  seal<T>(value: T): Promise<Stored<T>>;
  loadEntries(): Promise<void>;
}

/** Downloads the entries: `json` (can be imported again) or `text`. */
export async function exportEntries(host: DataHost, format: 'json' | 'text'): Promise<string> {
  const { exportAndDownload } = await import('./journal-export.js');
  return exportAndDownload(host.entries, format, host.t('journal.exportTitle'), (iso) => host.formatDate(iso, { dateStyle: 'long', timeStyle: 'short' }));
}

/** Reads a Hearth JSON export and merges it: an entry already here is kept unless the import is newer. */
export async function importEntries(host: DataHost, text: string, passphrase?: string): Promise<number> {
  const { decryptExport, isEncryptedExport, parseExport, newerThan } = await import('./journal-export.js');
  let incoming: JournalEntry[] | undefined;
  if (isEncryptedExport(text)) {
    if (passphrase === undefined) {
      host.pendingImport = text;
      return 0;
    }
    const opened = await decryptExport(text, passphrase);
    if (opened === 'wrong') {
      host.status = host.t('journal.import.wrong');
      return 0;
    }
    host.pendingImport = undefined;
    incoming = opened;
  } else {
    incoming = parseExport(text);
  }
  if (!incoming) {
    host.status = host.t('journal.importFailed');
    return 0;
  }
  if (host.closed || !host.store) return 0;
  const fresh = newerThan(host.entries, incoming);
  for (const entry of fresh) {
    const written = await host.store.write('journal', `${host.instanceKey}/${entry.id}`, await host.seal(entry), RECORDS);
    if (!written.ok) {
      host.status = host.t('journal.notSaved', { reason: written.error.message });
      return 0;
    }
  }
  await host.loadEntries();
  host.status = host.t('journal.imported', { count: fresh.length });
  return fresh.length;
}

/** Deletes one entry from the device, once the client confirmed. */
async function deleteEntry(host: DataHost, id: string): Promise<void> {
  host.confirming = undefined;
  const removed = await host.store!.remove('journal', `${host.instanceKey}/${id}`);
  if (!removed.ok) {
    host.status = host.t('journal.notSaved', { reason: removed.error.message });
    return;
  }
  host.entries = host.entries.filter((entry) => entry.id !== id);
  host.status = host.t('journal.entryDeleted');
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

/**
 * Past entries: search, edit, share, delete one, export, import and "Delete everything". Loaded
 * with storage, where the entries come from; the prompt and the textarea render first.
 */
export function renderHistory(host: HistoryHost): TemplateResult {
  const t: HistoryHost['t'] = (key, params) => host.t(key, params);
  const query = host.search.trim().toLocaleLowerCase();
  const shown = query
    ? host.entries.filter((entry) => `${entry.text} ${entry.promptText} ${entry.tags.join(' ')}`.toLocaleLowerCase().includes(query))
    : host.entries;
  return html`<section class="history" part="history" aria-labelledby="history-title">
    <div role="heading" aria-level=${Math.min(6, host.level + 1)} id="history-title" class="history-title">${t('journal.history')}</div>
    ${host.entries.length
      ? html`<label for="search">${t('journal.search')}</label>
          <input id="search" type="search" dir=${ifDefined(textDirection(host.search))} autocomplete="off" .value=${host.search} @input=${(e: Event) => (host.search = (e.target as HTMLInputElement).value)} />`
      : nothing}
    ${shown.length
      ? html`<ol class="entries">
          ${shown.map(
            (entry) => html`<li part="entry" data-entry=${entry.id}>
              <p class="entry-date">${t('journal.writtenOn', { date: host.formatDate(entry.createdAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
              ${entry.promptText ? html`<p class="entry-prompt">${entry.promptText}</p>` : nothing}
              ${host.editing?.id === entry.id ? host.renderEdit() : html`<p class="entry-text" dir="auto">${entry.text}</p>
                    ${entry.mood ? html`<p class="muted">${t('journal.moodLabel')}: ${moodLabel(t, entry.mood)}</p>` : nothing}
                    ${entry.tags.length ? html`<p class="muted">${t('journal.tags', { tags: entry.tags.join(', ') })}</p>` : nothing}
                    <button type="button" @click=${() => void host.startEdit(entry)}>${t('journal.edit')}</button>`}
              ${host.renderShare(entry)}
              ${host.confirming === entry.id
                ? html`<div class="confirm" role="group" aria-label=${t('journal.deleteConfirm')}>
                    <p>${t('journal.deleteConfirm')}</p>
                    <button type="button" @click=${() => void deleteEntry(host as HistoryHost & DataHost, entry.id)}>${t('journal.deleteYes')}</button>
                    <button type="button" @click=${() => (host.confirming = undefined)}>${t('journal.cancel')}</button>
                  </div>`
                : html`<button type="button" @click=${() => (host.confirming = entry.id)}>${t('journal.delete')}</button>`}
            </li>`,
          )}
        </ol>`
      : html`<p class="muted">${host.entries.length ? t('journal.noMatches') : t('journal.noEntries')}</p>`}
    <div class="row">
      ${host.entries.length
        ? html`<button type="button" @click=${() => void host.exportEntries('json')}>${t('journal.exportJson')}</button>
            <button type="button" @click=${() => void host.exportEntries('text')}>${t('journal.exportText')}</button>
            <button type="button" @click=${() => (host.exportForm = true)}>${t('journal.export.encrypted')}</button>`
        : nothing}
      <label class="import">${t('journal.import')}
        <input type="file" accept="application/json,.json" @change=${(e: Event) => void importFile(host, e)} />
      </label>
    </div>
    ${host.storageProblem && host.text
      ? html`<button type="button" @click=${() => void downloadDraft(host.text)}>${t('journal.export.draft')}</button>`
      : nothing}
    ${renderPassphraseForms(host as HistoryHost & DataHost)}
    ${host.confirming === '*'
      ? html`<div class="confirm" role="group" aria-label=${t('journal.deleteAllConfirm')}>
          <p>${t('journal.deleteAllConfirm')}</p>
          <button type="button" class="danger" @click=${() => void host.deleteEverything()}>${t('journal.deleteAllYes')}</button>
          <button type="button" @click=${() => (host.confirming = undefined)}>${t('journal.cancel')}</button>
        </div>`
      : html`<button type="button" class="danger" @click=${() => (host.confirming = '*')}>${t('journal.deleteAll')}</button>`}
  </section>`;
}

/** The file field's change: read the chosen file and import it. */
async function importFile(host: HistoryHost, event: Event): Promise<void> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (file) await host.importEntries(await file.text());
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

/** The passphrase forms of an encrypted export and of importing one. */
function renderPassphraseForms(host: HistoryHost & DataHost): TemplateResult | typeof nothing {
  const t: HistoryHost['t'] = (key, params) => host.t(key, params);
  if (host.pendingImport) {
    return html`<form class="confirm" @submit=${(event: Event) => void host.importEntries(host.pendingImport!, String(formFields(event).get('passphrase') ?? ''))}>
      <p>${t('journal.import.passphraseIntro')}</p>
      <label for="import-passphrase">${t('journal.export.passphrase')}</label>
      <input id="import-passphrase" name="passphrase" type="password" autocomplete="off" required />
      <button type="submit" class="primary">${t('journal.import.go')}</button>
      <button type="button" @click=${() => (host.pendingImport = undefined)}>${t('journal.cancel')}</button>
    </form>`;
  }
  if (host.exportForm) {
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
