/*
 * <studio-languages> (issue 21): an item's versions in Studio's content languages side by side, one
 * row per text field a client reads, one editable column per language, with what is missing, empty,
 * out of date or only in one language marked in words and by style. Edits go out as whole new items.
 */
import { directionOf } from '@hearth/core';
import type { ContentLanguage } from '@hearth/elements';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';

import type { JsonSchema } from '../editor/schema-shape.js';
import { type CellStatus, compareVersions, type VersionComparison, type VersionRow, type WrittenAgainst } from './compare-versions.js';
import { LANGUAGE_NAMES_EN, languagesStrings as s } from './languages-strings.js';
import { rowLabel } from './row-label.js';
import { studioLanguagesStyles } from './studio-languages.styles.js';
import { withText } from './version-edit.js';

/** The detail of `studio-version-change`: one language's whole new item. */
export interface VersionChangeDetail {
  lang: ContentLanguage;
  value: unknown;
  /** The field edited, by the reference's path, and the reference's text there now (not for a field only this language has). */
  field?: { path: string; against: string };
}

const rowKey = (row: VersionRow) => (row.extra ? `extra ${row.path}` : row.path);

/** Whether a row has a cell that needs work. */
export function needsWork(row: VersionRow): boolean {
  return Object.values(row.status).some((status) => status !== 'ok');
}

/**
 * Shows `versions` (the item in each language open) against the `reference` language's, with a
 * filter for the rows that need work. Fires `studio-version-change` ({ lang, value, field }) on each edit;
 * the items passed in are never changed (the page sets `versions` anew).
 */
export class StudioLanguages extends LitElement {
  static override styles = studioLanguagesStyles;

  private comparison?: VersionComparison;

  @state() private onlyNeedsWork = false;
  /** Rows edited while the filter is on stay in view until it is changed, so a row never vanishes mid-word. */
  @state() private kept = new Set<string>();

  /** The kind's JSON Schema (`schema.jsonSchema()`), to tell text fields from ids and choices. */
  @property({ attribute: false }) schema: JsonSchema = {};
  /** The first word of the kind's paths (`strategy`). */
  @property() root = '';
  /** The kind's id in the field help (`strategy`, `form`…). */
  @property() kind = '';
  /** The language the others are compared with. */
  @property() reference: ContentLanguage = 'en';
  /** The item in each language the clinician has open. */
  @property({ attribute: false }) versions: Partial<Record<ContentLanguage, unknown>> = {};
  /** What each language's fields were written against (a field whose reference changed since is marked). */
  @property({ attribute: false }) written: WrittenAgainst = {};

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('schema') || changed.has('versions') || changed.has('reference') || changed.has('root') || changed.has('written')) {
      this.comparison = compareVersions(this.schema, this.versions, this.reference, this.root, this.written);
    }
  }

  private edit(row: VersionRow, lang: ContentLanguage, text: string): void {
    if (this.onlyNeedsWork) this.kept = new Set([...this.kept, rowKey(row)]);
    const value = withText(this.versions[lang], text, { at: row.at[lang], reference: this.versions[this.reference], steps: row.steps });
    const against = row.texts[this.reference];
    const field = !row.extra && lang !== this.reference && against !== undefined ? { path: row.path, against } : undefined;
    this.dispatchEvent(new CustomEvent<VersionChangeDetail>('studio-version-change', { detail: { lang, value, field }, bubbles: true, composed: true }));
  }

  private note(status: CellStatus | undefined, lang: ContentLanguage): string {
    if (!status || status === 'ok') return '';
    return s.status[status](LANGUAGE_NAMES_EN[lang], LANGUAGE_NAMES_EN[this.reference]);
  }

  private renderCell(row: VersionRow, rowIndex: number, label: string, lang: ContentLanguage) {
    const status = row.status[lang];
    const name = LANGUAGE_NAMES_EN[lang];
    const editable = !row.extra || row.at[lang] !== undefined;
    const note = this.note(status, lang);
    const noteId = `n-${rowIndex}-${lang}`;
    const classes = ['cell', status ?? 'absent', note ? 'needs-work' : ''].filter(Boolean).join(' ');
    return html`<td class=${classes} data-lang=${lang} data-status=${status ?? 'absent'}>
      <span class="cell-lang" aria-hidden="true">${name}</span>
      ${
        editable
          ? html`<textarea
            rows="2"
            lang=${lang}
            dir=${directionOf(lang)}
            aria-label=${s.cellLabel(label, name)}
            aria-describedby=${note ? noteId : nothing}
            .value=${row.texts[lang] ?? ''}
            @input=${(event: Event) => this.edit(row, lang, (event.target as HTMLTextAreaElement).value)}
          ></textarea>`
          : html`<span class="absent">${s.notHere}</span>`
      }
      ${note ? html`<span class="note" id=${noteId}>${note}</span>` : nothing}
    </td>`;
  }

  /** The comparison shown (for the page and tests). */
  get result(): VersionComparison | undefined {
    return this.comparison;
  }

  override render() {
    const comparison = this.comparison;
    if (!comparison || this.versions[this.reference] === undefined) return html`<p>${s.nothingToCompare}</p>`;
    const working = comparison.rows.filter(needsWork);
    const rows = this.onlyNeedsWork ? comparison.rows.filter((row) => needsWork(row) || this.kept.has(rowKey(row))) : comparison.rows;
    return html`
      <p>${s.referenceNote(LANGUAGE_NAMES_EN[comparison.reference])}</p>
      ${comparison.summary.length ? html`<ul class="summary" id="versions">${comparison.summary.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
      <p id="count" role="status">${working.length ? s.rowsNeedWork(working.length, comparison.rows.length) : s.allInStep}</p>
      <label class="filter"
        ><input
          type="checkbox"
          id="only-needs-work"
          .checked=${this.onlyNeedsWork}
          @change=${(event: Event) => {
            this.onlyNeedsWork = (event.target as HTMLInputElement).checked;
            this.kept = new Set();
          }}
        />${s.onlyNeedsWork}</label
      >
      <div class="scroll">
        <table>
          <caption>
            ${s.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${s.fieldColumn}</th>
              ${comparison.languages.map((lang) => html`<th scope="col" lang="en">${LANGUAGE_NAMES_EN[lang]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${repeat(rows, rowKey, (row, index) => {
              const label = rowLabel(this.kind, row.steps);
              return html`<tr data-path=${row.path} class=${row.extra ? 'extra-row' : ''}>
                  <th scope="row">${label}</th>
                  ${comparison.languages.map((lang) => this.renderCell(row, index, label, lang))}
                </tr>`;
            })}
          </tbody>
        </table>
      </div>
    `;
  }
}

if (!customElements.get('studio-languages')) customElements.define('studio-languages', StudioLanguages);

declare global {
  interface HTMLElementTagNameMap {
    'studio-languages': StudioLanguages;
  }
}
