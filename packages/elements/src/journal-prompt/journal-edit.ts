import type { HearthStorage } from '@hearth/core';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import type { JournalPromptStrings } from '../locales/journal-catalog.js';
import { textDirection } from '../text-direction.js';
import type { JournalEntry, JournalStore, Stored } from './journal-prompt.js';
import { entryKey } from './stored-record.js';

export interface EditFields {
  id: string;
  text: string;
  tags: string;
  mood: string;
}

/** The moods a client can pick for an entry (stored as these keys, shown in their language). */
export const MOODS = ['good', 'okay', 'low', 'anxious', 'angry', 'numb', 'hopeful'];

/** A mood in the client's language; a mood from elsewhere (an import) as it is. */
export function moodLabel(t: (key: keyof JournalPromptStrings & string) => string, mood: string): string {
  return MOODS.includes(mood) ? t(`journal.mood.${mood}` as keyof JournalPromptStrings & string) : mood;
}

/** What the edit form needs from the journal. */
export interface EditView {
  edit: EditFields;
  t(key: keyof JournalPromptStrings & string): string;
  change(field: 'text' | 'tags' | 'mood', value: string): void;
  save(): void;
  cancel(): void;
}

/** The form to edit an entry's text, tags and mood; loaded when the client first presses Edit. */
export function renderEdit(view: EditView): TemplateResult {
  const { edit, t } = view;
  const set = (field: 'text' | 'tags' | 'mood') => (event: Event) => view.change(field, (event.target as HTMLInputElement).value);
  return html`<div class="edit">
    <label for="edit-text">${t('journal.editLabel')}</label>
    <textarea id="edit-text" dir=${ifDefined(textDirection(edit.text))} spellcheck="true" .value=${edit.text} @input=${set('text')}></textarea>
    <label for="edit-tags">${t('journal.tagsLabel')}</label>
    <input id="edit-tags" type="text" dir=${ifDefined(textDirection(edit.tags))} autocomplete="off" .value=${edit.tags} @input=${set('tags')} />
    <label for="edit-mood">${t('journal.moodLabel')}</label>
    <select id="edit-mood" @change=${set('mood')}>
      <option value="" ?selected=${!edit.mood}>${t('journal.mood.none')}</option>
      ${MOODS.map((mood) => html`<option value=${mood} ?selected=${edit.mood === mood}>${moodLabel(t, mood)}</option>`)}
    </select>
    <div class="row">
      <button type="button" class="primary" @click=${view.save}>${t('journal.saveChanges')}</button>
      <button type="button" @click=${view.cancel}>${t('journal.cancel')}</button>
    </div>
  </div>`;
}

/** What saving an edit reads and sets on the journal. */
export interface EditHost {
  editing?: EditFields;
  entries: JournalEntry[];
  status: string;
  store?: HearthStorage;
  instanceKey: string;
  t(key: keyof JournalPromptStrings & string, params?: Record<string, string | number>): string;
  seal<T>(value: T, store: JournalStore, key: string): Promise<Stored<T>>;
}

/** Saves the edited text, tags (trimmed, no repeats) and mood of an entry. */
export async function saveEdit(host: EditHost): Promise<void> {
  const edit = host.editing;
  const entry = host.entries.find((candidate) => candidate.id === edit?.id);
  if (!edit || !entry || !host.store) return;
  const tags = [
    ...new Set(
      edit.tags
        .split(',')
        .map((tag) => tag.trim().slice(0, 50))
        .filter(Boolean),
    ),
  ].slice(0, 50);
  const updated: JournalEntry = { ...entry, text: edit.text, tags, updatedAt: new Date().toISOString() };
  if (edit.mood) updated.mood = edit.mood;
  else delete updated.mood;
  const key = entryKey(host.instanceKey, entry.id);
  const written = await host.store.write('journal', key, await host.seal(updated, 'journal', key), { schema: 1 });
  if (!written.ok) {
    host.status = host.t('journal.notSaved', { reason: written.error.message });
    return;
  }
  host.entries = host.entries.map((candidate) => (candidate.id === entry.id ? updated : candidate));
  host.editing = undefined;
  host.status = host.t('journal.entryUpdated');
}
