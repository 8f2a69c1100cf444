import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

import type { FeedbackFormStrings } from '../locales/feedback-catalog.js';
import { textDirection } from '../text-direction.js';
import { maxLengthOf, rangeOf, ratingValues } from './feedback-response.js';
import { sliderPointer } from './feedback-slider.js';
import type { Answer, FormItem } from './form-definition.js';
import { mirroredRadioArrows } from './rtl-arrows.js';

/** What one question needs to render. */
export interface ItemView {
  item: FormItem;
  value: Answer | undefined;
  /** The message under the field, once the client tried to send (feedback-view.ts `errorContent`). */
  error?: TemplateResult;
  disabled: boolean;
  t(key: keyof FeedbackFormStrings & string, params?: Record<string, string | number>): string;
  /** `{name}` and `{practice}` filled in, as text. */
  fill(text: string): string;
  /** The content's language when it is not the element's own (content-language.ts). */
  lang?: string;
  /** The content's direction: a control and its end labels run this way together. */
  dir: 'ltr' | 'rtl';
  set(value: Answer | undefined): void;
  /** The client committed a change no native `change` event reports (a tap that sets a slider where it already sat). */
  commit(): void;
}

/** Ids inside the shadow root: item ids are letters, digits, - and _ (the format says so). */
export const fieldId = (item: FormItem) => `f-${item.id}`;
const questionId = (item: FormItem) => `q-${item.id}`;
const errorId = (item: FormItem) => `e-${item.id}`;

/** The ids that describe a field: its help, its anchors, its count, its error. */
function describedBy(item: FormItem, error: unknown, extra: string[] = []): string {
  return [item.help ? `h-${item.id}` : '', ...extra, error ? errorId(item) : ''].filter(Boolean).join(' ');
}

/** The question, aligned with its control (in the content's direction); "(optional)" keeps the element's language. */
function question(view: ItemView, forField: boolean): TemplateResult {
  const { item, t } = view;
  const text = html`<span lang=${ifDefined(view.lang)}>${view.fill(item.label)}</span>${item.required ? nothing : html` <span class="optional">${t('feedback.optional')}</span>`}`;
  return forField
    ? html`<label class="question" id=${questionId(item)} for=${fieldId(item)} dir=${view.dir}>${text}</label>`
    : html`<p class="question" id=${questionId(item)} dir=${view.dir}>${text}</p>`;
}

const hasAnchors = (item: FormItem) => !!(item.minLabel || item.maxLabel);

/**
 * The visible end labels, under the ends of the control, in the same block (and so the same
 * direction) as the control; a slider's value sits between them.
 */
function anchors(view: ItemView, value?: TemplateResult): TemplateResult | typeof nothing {
  const { item } = view;
  if (!hasAnchors(item) && !value) return nothing;
  return html`<div class="anchors" aria-hidden="true" lang=${ifDefined(view.lang)}>
    <span class="anchor-min">${view.fill(item.minLabel ?? '')}</span>${value ?? nothing}<span class="anchor-max">${view.fill(item.maxLabel ?? '')}</span>
  </div>`;
}

/** "0 means Not at all. 10 means Completely." for screen readers, in the element's language. */
function anchorsDescription(view: ItemView): TemplateResult | typeof nothing {
  const { item, t } = view;
  if (!hasAnchors(item)) return nothing;
  const { min, max } = rangeOf(item);
  return html`<span class="visually-hidden" id=${`a-${item.id}`}
    >${t('feedback.anchors', { min, max, minLabel: view.fill(item.minLabel ?? String(min)), maxLabel: view.fill(item.maxLabel ?? String(max)) })}</span
  >`;
}

/**
 * Native radios named alike: one Tab stop, arrow keys move and choose (mirrored in right-to-left
 * content, the same in every engine), the question names the group.
 */
function radios(view: ItemView, choices: { value: string; label: string }[], numeric: boolean): TemplateResult {
  const { item, value } = view;
  const anchored = numeric && hasAnchors(item);
  return html`<div
    role="radiogroup"
    id=${fieldId(item)}
    class=${numeric ? (choices.length > 11 ? 'rating many' : 'rating') : 'choices'}
    part=${numeric ? 'rating' : 'choices'}
    aria-labelledby=${questionId(item)}
    aria-describedby=${describedBy(item, view.error, anchored ? [`a-${item.id}`] : [])}
    aria-required=${item.required ? 'true' : 'false'}
    aria-invalid=${view.error ? 'true' : 'false'}
    @keydown=${mirroredRadioArrows}
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
 * A native range input that has no value until the client sets one: the thumb is hidden and
 * `aria-valuetext` says "not set". Keyboard steps are native (Left and Right mirrored alike in every
 * engine in right-to-left content: feedback-slider.ts); a tap or a drag anywhere on the
 * line sets the value under it (feedback-slider.ts), so no dragging is needed (WCAG 2.5.7).
 */
function slider(view: ItemView): TemplateResult {
  const { item, t } = view;
  const { min, max, step } = rangeOf(item);
  const set = typeof view.value === 'number';
  const take = (value: number) => {
    if (value === view.value) return false;
    view.set(value);
    return true;
  };
  const pointer = sliderPointer({
    get: () => (typeof view.value === 'number' ? view.value : undefined),
    take,
    restore: (value) => view.set(value),
    commit: () => view.commit(),
  });
  // The slider's own events during a pointer gesture are the browser's guess, not the client's answer (feedback-slider.ts).
  const own = (event: Event) => !pointer.ignores(event.target as HTMLInputElement);
  return html`<input
      type="range"
      id=${fieldId(item)}
      part="slider"
      class=${set ? 'set' : 'unset'}
      min=${min}
      max=${max}
      step=${step}
      .value=${live(String(set ? view.value : (min + max) / 2))}
      ?disabled=${view.disabled}
      aria-valuetext=${set ? t('feedback.sliderValue', { value: view.value as number, max }) : t('feedback.notSet')}
      aria-describedby=${describedBy(item, view.error, hasAnchors(item) ? [`a-${item.id}`] : [])}
      aria-required=${item.required ? 'true' : 'false'}
      aria-invalid=${view.error ? 'true' : 'false'}
      @input=${(event: Event) => {
        if (own(event)) take(Number((event.target as HTMLInputElement).value));
      }}
      @change=${(event: Event) => {
        if (!own(event)) event.stopPropagation();
      }}
      @keydown=${pointer.key}
      @pointerdown=${pointer.down}
      @pointermove=${pointer.move}
      @pointerup=${pointer.up}
      @pointercancel=${pointer.cancel}
      @lostpointercapture=${pointer.lost}
      @touchend=${pointer.settle}
      @touchcancel=${pointer.settle}
    />${anchors(view, html`<output class="slider-value">${set ? view.value : nothing}</output>`)}`;
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

/** The control of a question; all but text fields run in the content's direction with their end labels. */
function control(view: ItemView): TemplateResult {
  const { item } = view;
  switch (item.type) {
    case 'rating':
      return html`<div class="scale" dir=${view.dir}>
          ${radios(
            view,
            ratingValues(item).map((n) => ({ value: String(n), label: String(n) })),
            true,
          )}${anchors(view)}
        </div>
        ${anchorsDescription(view)}`;
    case 'slider':
      return html`<div class="scale slider" dir=${view.dir}>${slider(view)}</div>
        ${anchorsDescription(view)}`;
    case 'scale':
    case 'choice':
      return html`<div class="scale" dir=${view.dir}>${radios(
        view,
        item.options!.map((o) => ({ value: o.value, label: view.fill(o.label) })),
        false,
      )}</div>`;
    case 'multi':
      return html`<div class="scale" dir=${view.dir}>${checkboxes(view)}</div>`;
    default:
      return textField(view);
  }
}

/**
 * One question, in the GOV.UK order: its label, help and (after a try to send) its error message,
 * then the control.
 */
export function renderItem(view: ItemView): TemplateResult {
  const { item, t } = view;
  const forField = item.type === 'slider' || item.type === 'text' || item.type === 'textarea';
  return html`<div class=${`item type-${item.type}${view.error ? ' invalid' : ''}`} part="item" data-item=${item.id}>
    ${question(view, forField)} ${item.help ? html`<p class="help" id=${`h-${item.id}`} lang=${ifDefined(view.lang)} dir=${view.dir}>${view.fill(item.help)}</p>` : nothing}
    ${
      view.error
        ? html`<p class="field-error" part="field-error" id=${errorId(item)}><span class="visually-hidden">${t('feedback.errorPrefix')} </span>${view.error}</p>`
        : nothing
    }
    ${control(view)}
  </div>`;
}
