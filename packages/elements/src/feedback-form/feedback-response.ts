import { idRecord, own } from '../id-record.js';
import { type Answer, DEFAULT_MAX_LENGTH, type FeedbackResponse, type FormDefinition, type FormItem } from './form-definition.js';

/** The numbers a `rating` or `slider` runs over: 0–10 in steps of 1 unless the item says otherwise. */
export function rangeOf(item: FormItem): { min: number; max: number; step: number } {
  return { min: item.min ?? 0, max: item.max ?? 10, step: item.step ?? 1 };
}

/** The choices of a `rating`: min, min + step, … max. */
export function ratingValues(item: FormItem): number[] {
  const { min, max, step } = rangeOf(item);
  const values: number[] = [];
  for (let i = 0; min + i * step <= max + 1e-9 && i <= 100; i++) values.push(Number((min + i * step).toFixed(6)));
  return values;
}

/** True when the client has given an answer (an empty text or an empty selection is no answer). */
export function isAnswered(value: Answer | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.trim() !== '';
  return value.length > 0;
}

/**
 * The answer if it fits the question, else undefined: a number in range on a step, a known option,
 * text within its length. Used for drafts, restored form state and values a host sets.
 */
export function acceptedAnswer(item: FormItem, value: unknown): Answer | undefined {
  switch (item.type) {
    case 'rating':
    case 'slider': {
      const { min, max, step } = rangeOf(item);
      if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) return undefined;
      const steps = (value - min) / step;
      return Math.abs(steps - Math.round(steps)) < 1e-6 ? value : undefined;
    }
    case 'scale':
    case 'choice':
      return typeof value === 'string' && item.options?.some((option) => option.value === value) ? value : undefined;
    case 'multi':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && item.options?.some((option) => option.value === v))
        ? [...new Set(value as string[])]
        : undefined;
    default:
      return typeof value === 'string' ? value.slice(0, maxLengthOf(item)) : undefined;
  }
}

/** The longest text answer an item takes. */
export function maxLengthOf(item: FormItem): number {
  return item.maxLength ?? (item.type === 'text' ? DEFAULT_MAX_LENGTH.text : DEFAULT_MAX_LENGTH.textarea);
}

/**
 * `answers` (a host's, a draft's, a restored state's) with only the answers that fit their
 * questions, in an object without a prototype (id-record.ts: an id may be `constructor` or `__proto__`).
 */
export function acceptedAnswers(definition: FormDefinition | undefined, answers: unknown): Record<string, Answer> {
  const kept = idRecord<Answer>();
  const given = typeof answers === 'object' && answers ? (answers as Record<string, unknown>) : undefined;
  for (const item of definition?.items ?? []) {
    const value = acceptedAnswer(item, own(given, item.id));
    if (value !== undefined) kept[item.id] = value;
  }
  return kept;
}

/** The items still needing an answer. */
export function missingAnswers(definition: FormDefinition, answers: Readonly<Record<string, Answer>>): FormItem[] {
  return definition.items.filter((item) => item.required && !isAnswered(own(answers, item.id)));
}

/** Points of one answer: a number's value, an option's `score`, the sum of a `multi`'s; undefined when it scores nothing. */
function scoreOf(item: FormItem, value: Answer | undefined): number | undefined {
  if (!isAnswered(value)) return undefined;
  if (typeof value === 'number') return value;
  const chosen = Array.isArray(value) ? value : [value];
  const scores = chosen.map((v) => item.options?.find((option) => option.value === v)?.score).filter((s): s is number => s !== undefined);
  return scores.length ? scores.reduce((sum, s) => sum + s, 0) : undefined;
}

/** True when an item counts towards the total: listed in `scoring.items`, else any item with scores. */
export function isScored(definition: FormDefinition, item: FormItem): boolean {
  const listed = definition.scoring?.items;
  if (listed) return listed.includes(item.id);
  return item.type === 'rating' || item.type === 'slider' || !!item.options?.some((option) => option.score !== undefined);
}

/** The total of a scored form and the band it falls in; undefined for a form without `scoring`. */
export function totalsOf(definition: FormDefinition, answers: Readonly<Record<string, Answer>>): FeedbackResponse['totals'] {
  if (!definition.scoring) return undefined;
  let score = 0;
  for (const item of definition.items) if (isScored(definition, item)) score += scoreOf(item, own(answers, item.id)) ?? 0;
  score = Number(score.toFixed(6));
  const range = definition.scoring.ranges?.find((band) => score >= band.min && score <= band.max)?.label;
  return range === undefined ? { score } : { score, range };
}

/** True when a chosen answer is a `flag` option: the client is shown the crisis resources. */
export function isFlagged(definition: FormDefinition, answers: Readonly<Record<string, Answer>>): boolean {
  return definition.items.some((item) => {
    const value = own(answers, item.id);
    const chosen = Array.isArray(value) ? value : [value];
    return item.options?.some((option) => option.flag && chosen.includes(option.value)) ?? false;
  });
}

/** The response in the contract's format: only answered items, totals for a scored form, no name when anonymous. */
export function buildResponse(
  definition: FormDefinition,
  answers: Readonly<Record<string, Answer>>,
  context: { responseId: string; locale: string; anonymous: boolean; clientName?: string; submittedAt?: string },
): FeedbackResponse {
  const kept = idRecord<Answer>();
  for (const item of definition.items) {
    const value = own(answers, item.id);
    if (isAnswered(value)) kept[item.id] = Array.isArray(value) ? [...value] : value!;
  }
  const totals = totalsOf(definition, kept);
  return {
    responseId: context.responseId,
    formId: definition.id,
    formVersion: definition.version,
    answers: kept,
    ...(totals ? { totals } : {}),
    submittedAt: context.submittedAt ?? new Date().toISOString(),
    locale: context.locale,
    anonymous: context.anonymous,
    ...(!context.anonymous && context.clientName ? { clientName: context.clientName } : {}),
  };
}
