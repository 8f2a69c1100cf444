/**
 * <studio-review-checklist>: the clinical review checklist as checkboxes, with who reviewed the
 * content and when; its value is the `review` every content format accepts (ARCHITECTURE.md).
 */
import { baseStyles, defineElement } from '@hearth/core';
import type { ContentReview } from '@hearth/elements';
import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

import { REVIEW_CHECKLIST } from './review-checklist.js';
import { reviewChecklistStyles } from './studio-review-checklist.styles.js';
import { writingStrings as strings } from './writing-strings.js';

/** The detail of `studio-review-change`. */
export interface StudioReviewChangeDetail {
  review: ContentReview;
}

/** Today's date on this device, `YYYY-MM-DD`. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The clinical review checklist (docs/content-authoring.md) to tick, with "Reviewed by" and the
 * date (today unless set). Ids of a `review` that the checklist no longer has are kept in the value.
 *
 * @tagname studio-review-checklist
 * @fires studio-review-change - `{ review }` when the clinician ticks an item, names the reviewer or sets the date
 * @csspart base - the fieldset
 */
export class StudioReviewChecklist extends LitElement {
  static override styles = [baseStyles, reviewChecklistStyles];

  @state() private by = '';
  @state() private at = today();
  @state() private ticked = new Set<string>();

  /** An existing review to show (from an imported file); the element's own edits do not change it. */
  @property({ attribute: false }) review: ContentReview | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('review')) {
      this.by = this.review?.by ?? '';
      this.at = this.review?.at || today();
      this.ticked = new Set(this.review?.checklist ?? []);
    }
  }

  private changed(): void {
    this.dispatchEvent(new CustomEvent<StudioReviewChangeDetail>('studio-review-change', { detail: { review: this.value }, bubbles: true, composed: true }));
  }

  private onTick(id: string, event: Event): void {
    const ticked = new Set(this.ticked);
    if ((event.target as HTMLInputElement).checked) ticked.add(id);
    else ticked.delete(id);
    this.ticked = ticked;
    this.changed();
  }

  private onBy(event: Event): void {
    this.by = (event.target as HTMLInputElement).value;
    this.changed();
  }

  private onAt(event: Event): void {
    this.at = (event.target as HTMLInputElement).value;
    this.changed();
  }

  /** The review as shown: who, when, and the ids ticked in the checklist's order. */
  get value(): ContentReview {
    const known = REVIEW_CHECKLIST.map((item) => item.id);
    const checklist = [...known.filter((id) => this.ticked.has(id)), ...[...this.ticked].filter((id) => !known.includes(id))];
    return { by: this.by.trim(), at: this.at || today(), checklist };
  }

  override render() {
    return html`<fieldset class="base" part="base" lang="en" dir="ltr">
      <legend>${strings.checklistLegend}</legend>
      <ul class="items">
        ${REVIEW_CHECKLIST.map(
          (item) =>
            html`<li>
              <label
                ><input type="checkbox" name="checklist" value=${item.id} .checked=${this.ticked.has(item.id)} @change=${(event: Event) => this.onTick(item.id, event)} /><span
                  >${item.text}</span
                ></label
              >
            </li>`,
        )}
      </ul>
      <div class="fields">
        <div class="field">
          <label for="by">${strings.reviewedBy}</label>
          <input id="by" type="text" autocomplete="name" maxlength="200" .value=${this.by} @input=${this.onBy} />
        </div>
        <div class="field">
          <label for="at">${strings.reviewedOn}</label>
          <input id="at" type="date" .value=${this.at.slice(0, 10)} @change=${this.onAt} />
        </div>
      </div>
    </fieldset>`;
  }
}

defineElement('studio-review-checklist', StudioReviewChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'studio-review-checklist': StudioReviewChecklist;
  }
  interface HTMLElementEventMap {
    'studio-review-change': CustomEvent<StudioReviewChangeDetail>;
  }
}
