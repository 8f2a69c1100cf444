import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import type { JournalPromptStrings } from '../locales/journal-catalog.js';
import { textDirection } from '../text-direction.js';
import { moodLabel } from './entry-mood.js';
import type { JournalData } from './journal-data.js';
import type { JournalEntry } from './journal-prompt.js';

/** The share parts of an entry card (journal-share.ts), when sharing is possible. */
export interface EntryShareView {
  state: unknown;
  actions: unknown;
  panel: unknown;
}

/** What the history reads from and calls on its journal. */
export interface HistoryJournal extends ReactiveControllerHost {
  readonly data: JournalData;
  /** The journal's heading level (the history's title is one below). */
  readonly level: number;
  /** Nothing may be read or written: an encrypted journal that is not unlocked. */
  readonly closed: boolean;
  /** True while anything of this journal is kept: an entry, a draft, a key, a share waiting to go. */
  readonly hasAnything: boolean;
  /** The id of the entry being edited, if any. */
  readonly editingId?: string;
  t(key: keyof JournalPromptStrings & string, params?: Record<string, string | number>): string;
  formatDate(iso: string, options: Intl.DateTimeFormatOptions): string;
  /** A list in the element's language ("a، وb"), never a Latin comma. */
  formatList(items: string[]): string;
  startEdit(entry: JournalEntry): Promise<void>;
  renderEdit(): unknown;
  renderShare(entry: JournalEntry): EntryShareView | undefined;
  deleteEverything(): Promise<void>;
  /** Focuses the first of `selectors` found after the next update (a view replaced the focused control). */
  focusAfterUpdate(...selectors: string[]): void;
}

/** An entry's card, for selectors (ids from an import may hold any character). */
export const entrySelector = (id: string): string => `[data-entry="${CSS.escape(id)}"]`;

type Fields = Pick<JournalHistory, 'search' | 'confirming' | 'manageOpen' | 'exportForm' | 'pendingImport' | 'importStatus'>;

/**
 * Past entries and "Manage your journal", as a reactive controller: the search, the confirmation
 * on screen (one entry's delete, or "Delete everything"), and the manage region (export, import,
 * the passphrase forms of an encrypted export and import). Export and import code loads on first
 * use. Its fields are for the views to read.
 */
export class JournalHistory {
  /** What the client searches for. */
  search = '';
  /** The entry whose delete is being confirmed, or `*` for "Delete everything". */
  confirming?: string;
  /** "Manage your journal" is open. */
  manageOpen = false;
  /** The encrypted-export form is open. */
  exportForm = false;
  /** An encrypted export waiting for its passphrase. */
  pendingImport?: string;
  /** The result of the last import, announced beside the import button. */
  importStatus = '';

  constructor(private readonly journal: HistoryJournal) {}

  private set(patch: Partial<Fields>): void {
    Object.assign(this, patch);
    this.journal.requestUpdate();
  }

  /**
   * Deletes one entry from the device, once the client confirmed. Focus then goes to the next card's
   * first action (`next`: the card after it on screen, else the one before), else "Past entries".
   */
  private async deleteEntry(id: string, next?: string): Promise<void> {
    this.set({ confirming: undefined });
    if (!(await this.journal.data.removeEntry(id))) return this.journal.focusAfterUpdate(`${entrySelector(id)} [data-action="delete"]`);
    this.journal.focusAfterUpdate(...(next ? [`${entrySelector(next)} .entry-actions button`] : []), '#history-title');
  }

  /** Shows a confirmation in place of its button; focus goes to its question, so that it is read, then Tab reaches its buttons. */
  private askToConfirm(what: string, question: string): void {
    this.set({ confirming: what });
    this.journal.focusAfterUpdate(question);
  }

  /** Cancel: the confirmation goes, and focus returns to the button that opened it. */
  private cancelConfirm(opener: string): void {
    this.set({ confirming: undefined });
    this.journal.focusAfterUpdate(opener);
  }

  /** Closes "Manage your journal", and whatever was half done inside it. */
  private closeManage(): void {
    this.set({
      manageOpen: false,
      exportForm: false,
      pendingImport: undefined,
      importStatus: '',
      confirming: this.confirming === '*' ? undefined : this.confirming,
    });
  }

  /** The file field's change: read the chosen file and import it. */
  private async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Cleared first, so that the same result for another file is announced again.
    this.set({ importStatus: '' });
    await this.importEntries(await file.text());
  }

  /** One entry as a card: date, prompt, text, mood, tags, then its actions side by side. */
  private renderEntry(entry: JournalEntry): TemplateResult {
    const host = this.journal;
    const t = (key: keyof JournalPromptStrings & string, params?: Record<string, string | number>) => host.t(key, params);
    const share = host.renderShare(entry);
    const actions =
      this.confirming === entry.id
        ? html`<div class="confirm" role="group" aria-label=${t('journal.deleteConfirm')}>
            <p class="confirm-question" tabindex="-1">${t('journal.deleteConfirm')}</p>
            <button type="button" class="danger" @click=${(event: Event) => void this.deleteEntry(entry.id, neighbourCard(event))}>${t('journal.deleteYes')}</button>
            <button type="button" @click=${() => this.cancelConfirm(`${entrySelector(entry.id)} [data-action="delete"]`)}>${t('journal.cancel')}</button>
          </div>`
        : share?.panel && share.panel !== nothing
          ? share.panel
          : html`<div class="row entry-actions" part="entry-actions">
              <button type="button" data-action="edit" @click=${() => void host.startEdit(entry)}>${t('journal.edit')}</button>
              <button type="button" data-action="delete" @click=${() => this.askToConfirm(entry.id, `${entrySelector(entry.id)} .confirm-question`)}>${t('journal.delete')}</button>
              ${share?.actions ?? nothing}
            </div>`;
    return html`<li class="entry" part="entry" data-entry=${entry.id}>
      <p class="entry-date">${t('journal.writtenOn', { date: host.formatDate(entry.createdAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
      ${host.data.unsealed.has(entry.id) ? html`<p class="entry-warning" part="entry-warning">${t('journal.notEncrypted')}</p>` : nothing}
      ${entry.promptText ? html`<p class="entry-prompt" dir="auto">${entry.promptText}</p>` : nothing}
      ${
        host.editingId === entry.id
          ? host.renderEdit()
          : html`<p class="entry-text" dir="auto">${entry.text}</p>
            ${entry.mood ? html`<p class="entry-meta">${t('journal.moodLabel')}: ${moodLabel(t, entry.mood)}</p>` : nothing}
            ${entry.tags.length ? html`<p class="entry-meta">${t('journal.tags', { tags: host.formatList(entry.tags) })}</p>` : nothing}
            ${share?.state ?? nothing}
            ${actions}`
      }
    </li>`;
  }

  /**
   * "Manage your journal": a button (aria-expanded) and the region it shows, with export, import (a
   * real button in the journal's language opening a hidden file field; the result announced beside
   * it) and "Delete everything" (only while anything of this journal is kept).
   */
  private renderManage(): TemplateResult {
    const host = this.journal;
    const t = (key: keyof JournalPromptStrings & string, params?: Record<string, string | number>) => host.t(key, params);
    const open = this.manageOpen || this.exportForm || Boolean(this.pendingImport);
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
        @click=${() => (open ? this.closeManage() : this.set({ manageOpen: true }))}
      >
        ${t('journal.manage')}
      </button>
      <div id="manage-region" class="manage-region" role="region" aria-labelledby="manage-toggle" ?hidden=${!open}>
        ${
          host.data.entries.length
            ? html`<div class="row">
              <button type="button" @click=${() => void this.exportEntries('json')}>${t('journal.exportJson')}</button>
              <button type="button" @click=${() => void this.exportEntries('text')}>${t('journal.exportText')}</button>
              <button type="button" @click=${() => this.set({ exportForm: true })}>${t('journal.export.encrypted')}</button>
            </div>`
            : nothing
        }
        ${this.renderPassphraseForm('export')}
        <div class="row">
          <button type="button" part="import-button" @click=${chooseFile}>${t('journal.import')}</button>
          <input id="import-file" class="visually-hidden" type="file" tabindex="-1" aria-hidden="true" accept="application/json,.json" @change=${(e: Event) => void this.importFile(e)} />
          <p class="import-status" part="import-status" role="status">${this.importStatus}</p>
        </div>
        ${this.renderPassphraseForm('import')}
        ${
          this.confirming === '*'
            ? html`<div class="confirm" role="group" aria-label=${t('journal.deleteAllConfirm')}>
              <p class="confirm-question" tabindex="-1">${t('journal.deleteAllConfirm')}</p>
              <button type="button" class="danger" @click=${() => void host.deleteEverything()}>${t('journal.deleteAllYes')}</button>
              <button type="button" @click=${() => this.cancelConfirm('[data-action="delete-all"]')}>${t('journal.cancel')}</button>
            </div>`
            : host.hasAnything
              ? html`<div class="row"><button type="button" class="danger" data-action="delete-all" @click=${() => this.askToConfirm('*', '#manage-region .confirm-question')}>${t('journal.deleteAll')}</button></div>`
              : nothing
        }
      </div>
    </div>`;
  }

  /** The passphrase form of an encrypted export, or of importing one (one at a time). */
  private renderPassphraseForm(which: 'import' | 'export'): TemplateResult | typeof nothing {
    const t = (key: keyof JournalPromptStrings & string) => this.journal.t(key);
    if (which === 'import' && this.pendingImport) {
      const pending = this.pendingImport;
      return html`<form class="confirm" @submit=${(event: Event) => void this.importEntries(pending, String(formFields(event).get('passphrase') ?? ''))}>
        <p>${t('journal.import.passphraseIntro')}</p>
        <label for="import-passphrase">${t('journal.export.passphrase')}</label>
        <input id="import-passphrase" name="passphrase" type="password" autocomplete="off" required />
        <button type="submit" class="primary">${t('journal.import.go')}</button>
        <button type="button" @click=${() => this.set({ pendingImport: undefined })}>${t('journal.cancel')}</button>
      </form>`;
    }
    if (which === 'export' && this.exportForm && !this.pendingImport) {
      return html`<form class="confirm" @submit=${(event: Event) => {
        const data = formFields(event);
        void this.exportEncrypted(String(data.get('passphrase') ?? ''), String(data.get('confirm') ?? ''));
      }}>
        <p>${t('journal.export.passphraseIntro')}</p>
        <label for="export-passphrase">${t('journal.export.passphrase')}</label>
        <input id="export-passphrase" name="passphrase" type="password" autocomplete="new-password" required />
        <label for="export-confirm">${t('journal.export.confirm')}</label>
        <input id="export-confirm" name="confirm" type="password" autocomplete="new-password" required />
        <button type="submit" class="primary">${t('journal.export.go')}</button>
        <button type="button" @click=${() => this.set({ exportForm: false })}>${t('journal.cancel')}</button>
      </form>`;
    }
    return nothing;
  }

  /** Closes "Manage your journal" and any confirmation (the journal locked). */
  reset(): void {
    this.set({ search: '', confirming: undefined, manageOpen: false, exportForm: false, pendingImport: undefined, importStatus: '' });
  }

  /** Closes a confirmation on screen, if any (its question was answered elsewhere). */
  settle(): void {
    this.set({ confirming: undefined });
  }

  /** Downloads the entries: `json` (can be imported again) or `text`. */
  async exportEntries(format: 'json' | 'text'): Promise<string> {
    const { exportAndDownload } = await import('./journal-export.js');
    const journal = this.journal;
    return exportAndDownload(journal.data.entries, format, journal.t('journal.exportTitle'), (iso) =>
      journal.formatDate(iso, { dateStyle: 'long', timeStyle: 'short' }),
    );
  }

  /** Reads a Hearth JSON export and merges it: an entry already here is kept unless the import is newer. */
  async importEntries(text: string, passphrase?: string): Promise<number> {
    // The entries here must be read before an import is merged with them (newer ones are kept).
    await this.journal.data.ready;
    const { decryptExport, encryptedExportProblem, isEncryptedExport, parseExport, newerThan } = await import('./journal-export.js');
    const t = (key: keyof JournalPromptStrings & string, params?: Record<string, string | number>) => this.journal.t(key, params);
    let incoming: JournalEntry[] | undefined;
    if (isEncryptedExport(text)) {
      // A file that cannot be opened (its envelope, its sealed data) is refused before its passphrase is asked for.
      if (await encryptedExportProblem(text)) return (this.set({ pendingImport: undefined, importStatus: t('journal.import.damaged') }), 0);
      if (passphrase === undefined) return (this.set({ pendingImport: text }), 0);
      const opened = await decryptExport(text, passphrase);
      if (opened === 'wrong') return (this.set({ importStatus: t('journal.import.wrong') }), 0);
      this.set({ pendingImport: undefined });
      if (opened === 'damaged') return (this.set({ importStatus: t('journal.import.damaged') }), 0);
      incoming = opened;
    } else {
      incoming = parseExport(text);
    }
    if (!incoming) return (this.set({ importStatus: t('journal.importFailed') }), 0);
    const { data } = this.journal;
    if (this.journal.closed || !data.store) return 0;
    const fresh = newerThan(data.entries, incoming);
    for (const entry of fresh) {
      const refused = await data.writeEntry(entry);
      if (refused) return (this.set({ importStatus: t('journal.notSaved', { reason: refused.message }) }), 0);
    }
    await data.loadEntries();
    this.set({ importStatus: t('journal.imported', { count: fresh.length }) });
    return fresh.length;
  }

  /** Downloads a passphrase-encrypted export (the passphrase is chosen for the file). */
  async exportEncrypted(passphrase: string, confirm: string): Promise<string | undefined> {
    if (passphrase.length < 8 || passphrase !== confirm) {
      this.journal.data.say(this.journal.t('journal.export.mismatch'));
      return undefined;
    }
    const [{ encryptedExport }, { download }] = await Promise.all([import('./journal-export.js'), import('../file-download.js')]);
    const text = await encryptedExport(this.journal.data.entries, passphrase);
    if (!text) return undefined;
    download(`journal-${new Date().toISOString().slice(0, 10)}.encrypted.json`, text, 'application/json');
    this.set({ exportForm: false });
    return text;
  }

  /**
   * Past entries as cards (search, edit, share, delete one), then "Manage your journal". Shown once
   * storage is open, where the entries come from; the prompt and the textarea render first.
   */
  render(): TemplateResult {
    const host = this.journal;
    const { entries } = host.data;
    const t = (key: keyof JournalPromptStrings & string, params?: Record<string, string | number>) => host.t(key, params);
    const query = this.search.trim().toLocaleLowerCase();
    const shown = query ? entries.filter((entry) => `${entry.text} ${entry.promptText} ${entry.tags.join(' ')}`.toLocaleLowerCase().includes(query)) : entries;
    return html`<section class="history" part="history" aria-labelledby="history-title">
      <div role="heading" aria-level=${Math.min(6, host.level + 1)} id="history-title" class="history-title" tabindex="-1">${t('journal.history')}</div>
      ${
        entries.length
          ? html`<label for="search">${t('journal.search')}</label>
            <input id="search" type="search" dir=${ifDefined(textDirection(this.search))} autocomplete="off" .value=${this.search} @input=${(e: Event) => this.set({ search: (e.target as HTMLInputElement).value })} />`
          : nothing
      }
      ${
        shown.length
          ? html`<ol class="entries">
            ${shown.map((entry) => this.renderEntry(entry))}
          </ol>`
          : html`<p class="muted">${entries.length ? t('journal.noMatches') : t('journal.noEntries')}</p>`
      }
      ${host.data.problem && host.data.text ? html`<button type="button" @click=${() => void downloadDraft(host.data.text)}>${t('journal.export.draft')}</button>` : nothing}
      ${this.renderManage()}
    </section>`;
  }
}

/** The card shown after the pressed button's card, else the one before (where focus goes once it is deleted). */
function neighbourCard(event: Event): string | undefined {
  const card = (event.currentTarget as HTMLElement).closest('li');
  const next = (card?.nextElementSibling ?? card?.previousElementSibling) as HTMLElement | null | undefined;
  return next?.dataset.entry;
}

function formFields(event: Event): FormData {
  event.preventDefault();
  return new FormData(event.target as HTMLFormElement);
}

/** When storage fails, the words on screen can still be kept: as a text file. */
async function downloadDraft(text: string): Promise<void> {
  const { download } = await import('../file-download.js');
  download(`journal-draft-${new Date().toISOString().slice(0, 10)}.txt`, text, 'text/plain');
}
