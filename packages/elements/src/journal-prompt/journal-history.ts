import { html, nothing, type TemplateResult } from 'lit';
import type { JournalPromptStrings } from '../locales/journal-catalog.js';
import type { JournalEntry } from './journal-prompt.js';

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
  moodLabel(mood: string): string;
  startEdit(entry: JournalEntry): Promise<void>;
  deleteEntry(id: string): Promise<void>;
  deleteEverything(): Promise<void>;
  exportEntries(format: 'json' | 'text'): Promise<string>;
  onImportFile(event: Event): Promise<void>;
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
          <input id="search" type="search" autocomplete="off" .value=${host.search} @input=${(e: Event) => (host.search = (e.target as HTMLInputElement).value)} />`
      : nothing}
    ${shown.length
      ? html`<ol class="entries">
          ${shown.map(
            (entry) => html`<li part="entry" data-entry=${entry.id}>
              <p class="entry-date">${t('journal.writtenOn', { date: host.formatDate(entry.createdAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
              ${entry.promptText ? html`<p class="entry-prompt">${entry.promptText}</p>` : nothing}
              ${host.editing?.id === entry.id ? host.renderEdit() : html`<p class="entry-text">${entry.text}</p>
                    ${entry.mood ? html`<p class="muted">${t('journal.moodLabel')}: ${host.moodLabel(entry.mood)}</p>` : nothing}
                    ${entry.tags.length ? html`<p class="muted">${t('journal.tags', { tags: entry.tags.join(', ') })}</p>` : nothing}
                    <button type="button" @click=${() => void host.startEdit(entry)}>${t('journal.edit')}</button>`}
              ${host.renderShare(entry)}
              ${host.confirming === entry.id
                ? html`<div class="confirm" role="group" aria-label=${t('journal.deleteConfirm')}>
                    <p>${t('journal.deleteConfirm')}</p>
                    <button type="button" @click=${() => void host.deleteEntry(entry.id)}>${t('journal.deleteYes')}</button>
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
            <button type="button" @click=${() => void host.exportEntries('text')}>${t('journal.exportText')}</button>`
        : nothing}
      <label class="import">${t('journal.import')}
        <input type="file" accept="application/json,.json" @change=${(e: Event) => void host.onImportFile(e)} />
      </label>
    </div>
    ${host.confirming === '*'
      ? html`<div class="confirm" role="group" aria-label=${t('journal.deleteAllConfirm')}>
          <p>${t('journal.deleteAllConfirm')}</p>
          <button type="button" class="danger" @click=${() => void host.deleteEverything()}>${t('journal.deleteAllYes')}</button>
          <button type="button" @click=${() => (host.confirming = undefined)}>${t('journal.cancel')}</button>
        </div>`
      : html`<button type="button" class="danger" @click=${() => (host.confirming = '*')}>${t('journal.deleteAll')}</button>`}
  </section>`;
}
