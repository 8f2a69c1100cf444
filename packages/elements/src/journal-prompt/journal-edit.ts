import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import type { JournalPromptStrings } from '../locales/journal-catalog.js';
import { textDirection } from '../text-direction.js';
import { moodLabel, MOODS } from './entry-mood.js';
import type { JournalData } from './journal-data.js';
import type { JournalEntry } from './journal-prompt.js';

export interface EditFields {
  id: string;
  text: string;
  tags: string;
  mood: string;
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

/** What editing reads from its journal. */
export interface EditJournal extends ReactiveControllerHost {
  readonly data: JournalData;
  t(key: keyof JournalPromptStrings & string, params?: Record<string, string | number>): string;
  focusAfterUpdate(...selectors: string[]): void;
}

/** An entry's Edit button, where focus returns when its edit form closes. */
export const editButton = (id: string): string => `[data-entry="${CSS.escape(id)}"] [data-action="edit"]`;

/**
 * Editing an entry's text, tags and mood, in place of its card's text. Loaded when the client
 * first presses Edit. Its fields are for the views to read.
 */
export class EntryEditor {
  /** The entry being edited, with its fields as typed. */
  editing?: EditFields;

  constructor(private readonly journal: EditJournal) {}

  /** Opens an entry for editing; focus goes to its text. */
  start(entry: JournalEntry): void {
    this.editing = { id: entry.id, text: entry.text, tags: entry.tags.join(', '), mood: entry.mood ?? '' };
    this.journal.focusAfterUpdate('#edit-text');
  }

  /** Closes the form without saving; focus returns to the entry's Edit button. */
  cancel(): void {
    const id = this.editing?.id;
    this.reset();
    if (id !== undefined) this.journal.focusAfterUpdate(editButton(id));
  }

  /** Closes the form without saving (the journal locked: nothing of it stays on screen). */
  reset(): void {
    this.editing = undefined;
    this.journal.requestUpdate();
  }

  /** Saves the edited text, tags (trimmed, no repeats) and mood of an entry; focus returns to its Edit button. */
  async save(): Promise<void> {
    const { data } = this.journal;
    const edit = this.editing;
    const entry = data.entries.find((candidate) => candidate.id === edit?.id);
    if (!edit || !entry || !data.store) return;
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
    const refused = await data.writeEntry(updated);
    if (refused) return data.say(this.journal.t('journal.notSaved', { reason: refused.message }));
    this.editing = undefined;
    data.say(this.journal.t('journal.entryUpdated'));
    this.journal.focusAfterUpdate(editButton(entry.id));
  }

  /** The edit form, in place of the entry's text. */
  render(): TemplateResult {
    return renderEdit({
      edit: this.editing!,
      t: (key) => this.journal.t(key),
      change: (field, value) => {
        this.editing = { ...this.editing!, [field]: value };
        this.journal.requestUpdate();
      },
      save: () => void this.save(),
      cancel: () => this.cancel(),
    });
  }
}
