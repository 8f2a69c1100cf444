import { html, type TemplateResult } from 'lit';
import type { JournalPromptStrings } from '../locales/journal-catalog.js';

export interface EditFields {
  id: string;
  text: string;
  tags: string;
  mood: string;
}

/** What the edit form needs from the journal. */
export interface EditView {
  edit: EditFields;
  moods: readonly string[];
  t(key: keyof JournalPromptStrings & string): string;
  moodLabel(mood: string): string;
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
    <textarea id="edit-text" spellcheck="true" .value=${edit.text} @input=${set('text')}></textarea>
    <label for="edit-tags">${t('journal.tagsLabel')}</label>
    <input id="edit-tags" type="text" autocomplete="off" .value=${edit.tags} @input=${set('tags')} />
    <label for="edit-mood">${t('journal.moodLabel')}</label>
    <select id="edit-mood" @change=${set('mood')}>
      <option value="" ?selected=${!edit.mood}>${t('journal.mood.none')}</option>
      ${view.moods.map((mood) => html`<option value=${mood} ?selected=${edit.mood === mood}>${view.moodLabel(mood)}</option>`)}
    </select>
    <div class="row">
      <button type="button" class="primary" @click=${view.save}>${t('journal.saveChanges')}</button>
      <button type="button" @click=${view.cancel}>${t('journal.cancel')}</button>
    </div>
  </div>`;
}
