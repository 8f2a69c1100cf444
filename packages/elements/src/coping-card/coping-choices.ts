import type { StorageFailure } from '@hearth/core';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import type { CopingCardStrings } from '../locales/coping-catalog.js';
import { textDirection } from '../text-direction.js';
import type { CopingRecord, RecordChange } from './coping-card.js';
import type { Strategy } from './strategy.js';

/** The longest step of the client's own. */
const OWN_STEP_MAX = 300;

/** What the choices read from and call on the card. */
export interface ChoicesHost {
  /** The field for a step of the client's own. */
  readonly draftStep: string;
  /** Puts `value` in the field for a step of the client's own. */
  typeStep(value: string): void;
  readonly storageProblem?: StorageFailure;
  /** Moves the deck back when the strategy on show was hidden (so it still shows one). */
  stepBackAfterHiding(): void;
  t(key: keyof CopingCardStrings & string, params?: Record<string, string | number>): string;
  fill(text: string): string;
  recordFor(id: string): CopingRecord;
  saveRecord(id: string, change: RecordChange): Promise<void>;
  announce(text: string): void;
  rated(strategyId: string, helpful: boolean): void;
  print(): Promise<Window | null>;
}

/** "This helped" keeps the strategy marked; "Not for me" hides it (the deck moves on). */
function rate(host: ChoicesHost, strategy: Strategy, helpful: boolean): void {
  host.rated(strategy.id, helpful);
  void host.saveRecord(strategy.id, helpful ? { helpful: true, hidden: false } : { helpful: false, hidden: true });
  if (helpful) host.announce(host.t('coping.ratedHelpful'));
  else {
    host.announce(host.t('coping.hiddenLine', { title: host.fill(strategy.title) }));
    host.stepBackAfterHiding();
  }
}

function addOwnStep(host: ChoicesHost, strategy: Strategy, event: Event): void {
  event.preventDefault();
  const step = host.draftStep.trim().slice(0, OWN_STEP_MAX);
  if (!step) return;
  void host.saveRecord(strategy.id, (record) => ({ ownSteps: [...record.ownSteps, step] }));
  host.typeStep('');
}

/** "This helped" (pressed once chosen) and "Not for me". */
function ratingButtons(host: ChoicesHost, strategy: Strategy): TemplateResult {
  const helpful = host.recordFor(strategy.id).helpful === true;
  return html`<button type="button" aria-pressed=${helpful ? 'true' : 'false'} @click=${() => rate(host, strategy, true)}>${host.t('coping.helped')}</button>
    <button type="button" @click=${() => rate(host, strategy, false)}>${host.t('coping.notForMe')}</button>`;
}

/** At the end of an exercise: "Did that help?" with the two rating buttons, right there. */
export function renderCompletionRating(host: ChoicesHost, strategy: Strategy): TemplateResult {
  return html`<p class="completion-question" id="completion-question">${host.t('coping.didThatHelp')}</p>
    <div class="rating" role="group" aria-labelledby="completion-question">${ratingButtons(host, strategy)}</div>`;
}

/**
 * "This helped", "Not for me", "Save to my list", print, and the field for the client's own
 * steps, with where they are kept. Loaded with storage, which they need; the card renders its
 * strategy first. While the completion message asks "Did that help?", the rating buttons are
 * there instead (`rating: false`): one pair on the card at a time.
 */
export function renderChoices(host: ChoicesHost, strategy: Strategy, options: { rating: boolean } = { rating: true }): TemplateResult {
  const record = host.recordFor(strategy.id);
  const t = (key: keyof CopingCardStrings & string, params?: Record<string, string | number>) => host.t(key, params);
  return html`<div class="actions" part="actions">
      ${options.rating ? ratingButtons(host, strategy) : ''}
      <button type="button" aria-pressed=${record.saved ? 'true' : 'false'} @click=${() => void host.saveRecord(strategy.id, { saved: !record.saved })}>
        ${record.saved ? t('coping.saved') : t('coping.save')}
      </button>
      <button type="button" class="link" @click=${() => void host.print()}>${t('coping.print')}</button>
    </div>
    <form class="own-steps" part="own-steps" @submit=${(event: Event) => addOwnStep(host, strategy, event)}>
      <label for="own-step">${t('coping.addStepLabel')}</label>
      <div class="row">
        <input
          id="own-step"
          type="text"
          dir=${ifDefined(textDirection(host.draftStep))}
          maxlength=${OWN_STEP_MAX}
          autocomplete="off"
          .value=${host.draftStep}
          @input=${(event: Event) => host.typeStep((event.target as HTMLInputElement).value)}
        />
        <button type="submit">${t('coping.addStep')}</button>
      </div>
    </form>
    <p class="kept">${host.storageProblem ? t('coping.notSaved', { reason: host.storageProblem.message }) : t('coping.keptOnDevice')}</p>`;
}
