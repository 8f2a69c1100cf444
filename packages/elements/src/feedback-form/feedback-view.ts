import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HearthFeedbackForm } from './feedback-form.js';
import { fieldId, renderItem } from './feedback-items.js';
import { missingAnswers } from './feedback-response.js';
import type { FormDefinition, FormItem } from './form-definition.js';

/*
 * The form itself: its questions, the error summary, "Send". Loaded beside the form's content
 * (which always arrives a moment after the element), so the element's first download stays small.
 */

export { acceptedAnswer, buildResponse, isFlagged, missingAnswers } from './feedback-response.js';

type Host = HearthFeedbackForm;

/** The control that takes focus for a question: the checked (or first) radio of a group, else the field. */
export function fieldOf(host: Host, item: FormItem): HTMLElement | undefined {
  const field = host.renderRoot.querySelector<HTMLElement>(`#${fieldId(item)}`);
  return (field?.matches('input, textarea') ? field : (field?.querySelector<HTMLElement>('input:checked') ?? field?.querySelector<HTMLElement>('input'))) ?? undefined;
}

function focusItem(host: Host, item: FormItem): void {
  fieldOf(host, item)?.focus();
}

function renderItems(host: Host, definition: FormDefinition) {
  const missing = new Set(host.showErrors ? missingAnswers(definition, host.answerMap).map((item) => item.id) : []);
  const disabled = host.closed || host.phaseState === 'sending';
  return definition.items.map((item) => {
    const value = host.answerMap[item.id];
    const chosen = Array.isArray(value) ? value : [value];
    const flagged = item.options?.some((option) => option.flag && chosen.includes(option.value));
    return html`${renderItem({
      item,
      value,
      error: missing.has(item.id) ? host.t('feedback.needsAnswer') : undefined,
      disabled,
      t: (key, params) => host.t(key, params),
      fill: (text) => host.fill(text),
      lang: host.contentLang,
      set: (next) => host.setAnswer(item, next),
      commit: () => host.fireChange(),
    })}
    ${flagged
      ? html`<div class="flag" part="flag">
          <p>${host.flagMessage ?? host.t('feedback.flagNote')}</p>
          <hearth-crisis-resources></hearth-crisis-resources>
        </div>`
      : nothing}`;
  });
}

function renderSummary(host: Host, definition: FormDefinition) {
  const missing = missingAnswers(definition, host.answerMap);
  if (!host.showSummary || !missing.length) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1">
    <p class="summary-title">${host.t('feedback.problems', { count: missing.length })}</p>
    <ul>
      ${missing.map((item) => html`<li><button type="button" class="link" lang=${ifDefined(host.contentLang)} @click=${() => focusItem(host, item)}>${host.fill(item.label)}</button></li>`)}
    </ul>
  </div>`;
}

/** The questions, the error summary (after a try to send), the notes and "Send". */
export function renderForm(host: Host, definition: FormDefinition): TemplateResult {
  const sending = host.phaseState === 'sending';
  return html`${renderSummary(host, definition)}
    <div part="body" class="items" @change=${host.relayChange}>${renderItems(host, definition)}</div>
    ${host.anonymous ? html`<p class="muted">${host.t('feedback.anonymous')}</p>` : nothing}
    ${host.mode === 'none' ? html`<p class="muted">${host.t('feedback.noneNote')}</p>` : host.draftSaved ? html`<p class="muted saved">${host.t('feedback.draftSaved')}</p>` : nothing}
    <div class="row">
      ${host.inOwnerForm
        ? nothing
        : html`<button type="button" class="primary" part="submit-button" aria-disabled=${sending || host.closed ? 'true' : 'false'} @click=${() => void host.submit()}>
            ${host.t('feedback.submit')}
          </button>`}
      ${host.phaseState === 'failed' && host.sendModule ? host.sendModule.renderRetry(host) : nothing}
    </div>`;
}

