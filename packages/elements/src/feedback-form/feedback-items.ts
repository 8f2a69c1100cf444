import { html, nothing, type TemplateResult } from 'lit';
import type { FeedbackFormStrings } from '../locales/feedback-catalog.js';
import { maxLengthOf, rangeOf, ratingValues } from './feedback-response.js';
import type { Answer, FormItem } from './form-definition.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { textDirection } from '../text-direction.js';

/** What one question needs to render. */
export interface ItemView {
  item: FormItem;
  value: Answer | undefined;
  /** The message under the field, once the client tried to send. */
  error?: string;
  disabled: boolean;
  t(key: keyof FeedbackFormStrings & string, params?: Record<string, string | number>): string;
  /** `{name}` and `{practice}` filled in, as text. */
  fill(text: string): string;
  /** The content's language when it is not the element's own (content-language.ts). */
  lang?: string;
  set(value: Answer | undefined): void;
  /** The client committed a change no native `change` event reports (a tap that sets a slider where it already sat). */
  commit(): void;
}

/** Ids inside the shadow root: item ids are letters, digits, - and _ (the format says so). */
export const fieldId = (item: FormItem) => `f-${item.id}`;
const questionId = (item: FormItem) => `q-${item.id}`;
const errorId = (item: FormItem) => `e-${item.id}`;

/** The ids that describe a field: its help, its anchors, its count, its error. */
function describedBy(item: FormItem, error: string | undefined, extra: string[] = []): string {
  return [item.help ? `h-${item.id}` : '', ...extra, error ? errorId(item) : ''].filter(Boolean).join(' ');
}

function question(view: ItemView, forField: boolean): TemplateResult {
  const { item, t } = view;
  const text = html`<span lang=${ifDefined(view.lang)}>${view.fill(item.label)}</span>${item.required ? nothing : html` <span class="optional">${t('feedback.optional')}</span>`}`;
  return forField
    ? html`<label class="question" id=${questionId(item)} for=${fieldId(item)}>${text}</label>`
    : html`<p class="question" id=${questionId(item)}>${text}</p>`;
}

/** "0 means Not at all. 10 means Completely." for screen readers; the visible anchors sit under the ends. */
function anchors(view: ItemView): TemplateResult | typeof nothing {
  const { item, t } = view;
  if (!item.minLabel && !item.maxLabel) return nothing;
  const { min, max } = rangeOf(item);
  return html`<div class="anchors" aria-hidden="true" lang=${ifDefined(view.lang)}><span>${view.fill(item.minLabel ?? '')}</span><span>${view.fill(item.maxLabel ?? '')}</span></div>
    <span class="visually-hidden" id=${`a-${item.id}`}
      >${t('feedback.anchors', { min, max, minLabel: view.fill(item.minLabel ?? String(min)), maxLabel: view.fill(item.maxLabel ?? String(max)) })}</span
    >`;
}

/** Native radios named alike: one Tab stop, arrow keys move and choose, the question names the group. */
function radios(view: ItemView, choices: { value: string; label: string }[], numeric: boolean): TemplateResult {
  const { item, value } = view;
  const hasAnchors = numeric && (item.minLabel || item.maxLabel);
  return html`<div
    role="radiogroup"
    id=${fieldId(item)}
    class=${numeric ? 'rating' : 'choices'}
    part=${numeric ? 'rating' : 'choices'}
    aria-labelledby=${questionId(item)}
    aria-describedby=${describedBy(item, view.error, hasAnchors ? [`a-${item.id}`] : [])}
    aria-required=${item.required ? 'true' : 'false'}
    aria-invalid=${view.error ? 'true' : 'false'}
  >
    ${choices.map(
      (choice) => html`<label class=${numeric ? 'pill' : 'choice'}>
        <input
          type="radio"
          name=${fieldId(item)}
          .value=${choice.value}
          .checked=${String(value) === choice.value}
          ?disabled=${view.disabled}
          @change=${() => view.set(numeric ? Number(choice.value) : choice.value)}
        /><span lang=${ifDefined(numeric ? undefined : view.lang)}>${choice.label}</span>
      </label>`,
    )}
  </div>`;
}

function checkboxes(view: ItemView): TemplateResult {
  const { item } = view;
  const chosen = Array.isArray(view.value) ? view.value : [];
  return html`<div
    role="group"
    id=${fieldId(item)}
    class="choices"
    part="choices"
    aria-labelledby=${questionId(item)}
    aria-describedby=${describedBy(item, view.error)}
  >
    ${item.options!.map(
      (option) => html`<label class="choice">
        <input
          type="checkbox"
          .value=${option.value}
          .checked=${chosen.includes(option.value)}
          ?disabled=${view.disabled}
          aria-invalid=${view.error ? 'true' : 'false'}
          @change=${(event: Event) => {
            const on = (event.target as HTMLInputElement).checked;
            const next = on ? [...chosen, option.value] : chosen.filter((v) => v !== option.value);
            // Keep the options' order, whatever order they were ticked in.
            view.set(item.options!.map((o) => o.value).filter((v) => next.includes(v)));
          }}
        /><span lang=${ifDefined(view.lang)}>${view.fill(option.label)}</span>
      </label>`,
    )}
  </div>`;
}

/**
 * A native range input (keyboard steps, a tap on the line sets it: no dragging needed) that has
 * no value until the client sets one: the thumb is hidden and `aria-valuetext` says "not set".
 */
function slider(view: ItemView): TemplateResult {
  const { item, t } = view;
  const { min, max, step } = rangeOf(item);
  const set = typeof view.value === 'number';
  const hasAnchors = item.minLabel || item.maxLabel;
  const take = (event: Event) => view.set(Number((event.target as HTMLInputElement).value));
  return html`<div class="slider">
    <input
      type="range"
      id=${fieldId(item)}
      part="slider"
      class=${set ? '' : 'unset'}
      min=${min}
      max=${max}
      step=${step}
      .value=${String(set ? view.value : (min + max) / 2)}
      ?disabled=${view.disabled}
      aria-valuetext=${set ? t('feedback.sliderValue', { value: view.value as number, max }) : t('feedback.notSet')}
      aria-describedby=${describedBy(item, view.error, hasAnchors ? [`a-${item.id}`] : [])}
      aria-required=${item.required ? 'true' : 'false'}
      aria-invalid=${view.error ? 'true' : 'false'}
      @input=${take}
      @click=${(event: Event) => {
        // A tap right on the (hidden) middle changes nothing, so no input event: it still sets it.
        if (!set) {
          take(event);
          view.commit();
        }
      }}
    />
    <output class="slider-value" aria-hidden="true">${set ? view.value : t('feedback.notSet')}</output>
  </div>`;
}

function textField(view: ItemView): TemplateResult {
  const { item, t } = view;
  const max = maxLengthOf(item);
  const text = typeof view.value === 'string' ? view.value : '';
  const onInput = (event: Event) => view.set((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const described = describedBy(item, view.error, [`c-${item.id}`]);
  const field =
    item.type === 'text'
      ? html`<input type="text" id=${fieldId(item)} part="text-field" dir=${ifDefined(textDirection(text))} autocomplete="off" maxlength=${max} .value=${text} ?disabled=${view.disabled}
          aria-required=${item.required ? 'true' : 'false'} aria-invalid=${view.error ? 'true' : 'false'} aria-describedby=${described} @input=${onInput} />`
      : html`<textarea id=${fieldId(item)} part="text-field" dir=${ifDefined(textDirection(text))} autocomplete="off" spellcheck="true" maxlength=${max} .value=${text} ?disabled=${view.disabled}
          aria-required=${item.required ? 'true' : 'false'} aria-invalid=${view.error ? 'true' : 'false'} aria-describedby=${described} @input=${onInput}></textarea>`;
  return html`${field}<p class="count" id=${`c-${item.id}`}>${t('feedback.characters', { count: text.length, max })}</p>`;
}

/** One question: its label, help, control and (after a try to send) its error message. */
export function renderItem(view: ItemView): TemplateResult {
  const { item } = view;
  const forField = item.type === 'slider' || item.type === 'text' || item.type === 'textarea';
  let control: TemplateResult;
  switch (item.type) {
    case 'rating':
      control = html`${radios(view, ratingValues(item).map((n) => ({ value: String(n), label: String(n) })), true)}${anchors(view)}`;
      break;
    case 'slider':
      control = html`${slider(view)}${anchors(view)}`;
      break;
    case 'scale':
    case 'choice':
      control = radios(view, item.options!.map((o) => ({ value: o.value, label: view.fill(o.label) })), false);
      break;
    case 'multi':
      control = checkboxes(view);
      break;
    default:
      control = textField(view);
  }
  return html`<div class=${`item type-${item.type}${view.error ? ' invalid' : ''}`} part="item" data-item=${item.id}>
    ${question(view, forField)} ${item.help ? html`<p class="help" id=${`h-${item.id}`} lang=${ifDefined(view.lang)}>${view.fill(item.help)}</p>` : nothing} ${control}
    ${view.error ? html`<p class="field-error" id=${errorId(item)}>${view.error}</p>` : nothing}
  </div>`;
}
