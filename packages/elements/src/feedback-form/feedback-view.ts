import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import { own } from '../id-record.js';
import { isolateBidi } from '../text-direction.js';
import type { HearthFeedbackForm } from './feedback-form.js';
import { fieldId, renderItem } from './feedback-items.js';
import { missingAnswers } from './feedback-response.js';
import type { FormDefinition, FormItem } from './form-definition.js';

/*
 * The form itself: its questions, the error summary, "Send". Every client sees it, so it comes
 * with the element (one download); only sending loads later, on use (feedback-send.ts).
 */

type Host = HearthFeedbackForm;

/** The control that takes focus for a question: the checked (or first) radio of a group, else the field. */
export function fieldOf(host: Host, item: FormItem): HTMLElement | undefined {
  const field = host.renderRoot.querySelector<HTMLElement>(`#${fieldId(item)}`);
  return (
    (field?.matches('input, textarea') ? field : (field?.querySelector<HTMLElement>('input:checked') ?? field?.querySelector<HTMLElement>('input'))) ??
    undefined
  );
}

function focusItem(host: Host, item: FormItem): void {
  fieldOf(host, item)?.focus();
}

/** Where the question goes in a default message, while it is split around it (a private-use character no translation has). */
const QUESTION = '\uE000';

/** The locale key of the default message for a question of this type. */
function errorKey(item: FormItem) {
  switch (item.type) {
    case 'slider':
      return 'feedback.errorSlider' as const;
    case 'multi':
      return 'feedback.errorMulti' as const;
    case 'text':
    case 'textarea':
      return 'feedback.errorText' as const;
    default:
      return 'feedback.errorChoose' as const;
  }
}

/**
 * What a required question that has no answer says, as text (the owner form's `validationMessage`):
 * the item's own `errorMessage`, else a sentence that names the question and what to do.
 */
export function errorMessage(host: Host, item: FormItem): string {
  if (item.errorMessage) return host.fill(item.errorMessage);
  return host.t(errorKey(item), { question: isolateBidi(host.fill(item.label)) });
}

/**
 * The same message as shown at the field and in the summary. The sentence is in the element's
 * language; the question it quotes, and an item's own `errorMessage`, are in the content's
 * (English inside Arabic, for built-in content): they carry that language and direction.
 */
export function errorContent(host: Host, item: FormItem): TemplateResult {
  const content = (text: string) => html`<span lang=${ifDefined(host.contentLang)} dir=${host.contentDir}>${text}</span>`;
  if (item.errorMessage) return content(host.fill(item.errorMessage));
  const parts = host.t(errorKey(item), { question: QUESTION }).split(QUESTION);
  const question = content(host.fill(item.label));
  return html`${parts.map((part, i) => (i ? html`${question}${part}` : part))}`;
}

function renderItems(host: Host, definition: FormDefinition) {
  const missing = new Set(host.showErrors ? missingAnswers(definition, host.answerMap).map((item) => item.id) : []);
  const disabled = host.closed || host.phase === 'sending';
  return definition.items.map((item) => {
    const value = own(host.answerMap, item.id);
    const chosen = Array.isArray(value) ? value : [value];
    const flagged = item.options?.some((option) => option.flag && chosen.includes(option.value));
    return html`${renderItem({
      item,
      value,
      error: missing.has(item.id) ? errorContent(host, item) : undefined,
      disabled,
      t: (key, params) => host.t(key, params),
      fill: (text) => host.fill(text),
      lang: host.contentLang,
      dir: host.contentDir,
      set: (next) => host.setAnswer(item, next),
      commit: () => host.fireChange(),
    })}
    ${
      flagged
        ? html`<div class="flag" part="flag">
          <p>${host.flagMessage ?? host.t('feedback.flagNote')}</p>
          <hearth-crisis-resources></hearth-crisis-resources>
        </div>`
        : nothing
    }`;
  });
}

function renderSummary(host: Host, definition: FormDefinition) {
  const missing = missingAnswers(definition, host.answerMap);
  if (!host.showSummary || !missing.length) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1">
    <p class="summary-title">${host.t('feedback.problems', { count: missing.length })}</p>
    <ul>
      ${missing.map((item) => html`<li><button type="button" class="link" @click=${() => focusItem(host, item)}>${errorContent(host, item)}</button></li>`)}
    </ul>
  </div>`;
}

/** The questions, the error summary (after a try to send), the notes and "Send". */
export function renderForm(host: Host, definition: FormDefinition): TemplateResult {
  const sending = host.phase === 'sending';
  const sliders = definition.items.some((item) => item.type === 'slider');
  return html`${renderSummary(host, definition)}
    ${sliders ? html`<p class="muted slider-hint" part="slider-hint">${host.t('feedback.sliderHint')}</p>` : nothing}
    <div part="body" class="items" @change=${host.relayChange}>${renderItems(host, definition)}</div>
    ${host.anonymous ? html`<p class="muted">${host.t('feedback.anonymous')}</p>` : nothing}
    ${host.mode === 'none' ? html`<p class="muted">${host.t('feedback.noneNote')}</p>` : host.draftSaved ? html`<p class="muted saved">${host.t('feedback.draftSaved')}</p>` : nothing}
    <div class="row">
      ${
        host.inOwnerForm
          ? nothing
          : html`<button type="button" class="primary" part="submit-button" aria-disabled=${sending || host.closed ? 'true' : 'false'} @click=${() => void host.submit()}>
            ${host.t('feedback.submit')}
          </button>`
      }
      ${host.phase === 'failed' ? host.retryButton() : nothing}
    </div>`;
}
