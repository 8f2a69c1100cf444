import type { StorageFailure } from '@hearth/core';
import { html, type TemplateResult } from 'lit';
import { copingCatalog, type CopingCardStrings } from '../locales/coping-catalog.js';
import { enCopingChoices } from '../locales/en-coping-choices.js';
import type { CopingRecord } from './coping-card.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { textDirection } from '../text-direction.js';

Object.assign(copingCatalog.en, enCopingChoices);

/** What the choices view needs from the card. */
export interface ChoicesView {
  record: CopingRecord;
  draftStep: string;
  storageProblem?: StorageFailure;
  maxLength: number;
  t(key: keyof CopingCardStrings & string, params?: Record<string, string | number>): string;
  rate(helpful: boolean): void;
  toggleSaved(): void;
  print(): void;
  addOwnStep(event: Event): void;
  setDraft(value: string): void;
}

/**
 * "This helped", "Not for me", "Save to my list", print, and the field for the client's own
 * steps, with where they are kept. Loaded with storage, which they need; the card renders its
 * strategy first.
 */
export function renderChoices(view: ChoicesView): TemplateResult {
  const { record, t } = view;
  return html`<div class="actions" part="actions">
      <button type="button" aria-pressed=${record.helpful === true ? 'true' : 'false'} @click=${() => view.rate(true)}>${t('coping.helped')}</button>
      <button type="button" @click=${() => view.rate(false)}>${t('coping.notForMe')}</button>
      <button type="button" aria-pressed=${record.saved ? 'true' : 'false'} @click=${view.toggleSaved}>
        ${record.saved ? t('coping.saved') : t('coping.save')}
      </button>
      <button type="button" @click=${view.print}>${t('coping.print')}</button>
    </div>
    <form class="own-steps" part="own-steps" @submit=${view.addOwnStep}>
      <label for="own-step">${t('coping.addStepLabel')}</label>
      <div class="row">
        <input
          id="own-step"
          type="text"
          dir=${ifDefined(textDirection(view.draftStep))}
          maxlength=${view.maxLength}
          autocomplete="off"
          .value=${view.draftStep}
          @input=${(event: Event) => view.setDraft((event.target as HTMLInputElement).value)}
        />
        <button type="submit">${t('coping.addStep')}</button>
      </div>
    </form>
    <p class="kept">${view.storageProblem ? t('coping.notSaved', { reason: view.storageProblem.message }) : t('coping.keptOnDevice')}</p>`;
}
