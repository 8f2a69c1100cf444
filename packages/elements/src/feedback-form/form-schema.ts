import { array, boolean, literal, number, object, oneOf, optional, refine, refineAt, type RefineProblem, type Schema, string, urlProblem } from '@hearth/core';

import { contentIdSchema as id, contentReviewSchema } from '../content/content-review-schema.js';
import { ratingValues } from './feedback-response.js';
import { type FormDefinition, type FormItem, type FormOption, type FormScoring, ITEM_TYPES } from './form-definition.js';

/*
 * The FormDefinition format checked at run time, for practice content (property, JSON child,
 * src); built-in templates are checked by the tests, not again on each page. It comes with the
 * element, so that a form given as a property or a JSON child is checked synchronously.
 */

const CHOICE_TYPES = ['scale', 'choice', 'multi'];

const optionSchema = /* @__PURE__ */ object<FormOption>({
  value: string({ minLength: 1, maxLength: 200 }),
  label: string({ minLength: 1, maxLength: 500 }),
  score: optional(number({ min: -1_000_000, max: 1_000_000 })),
  flag: optional(boolean()),
});

const itemShape = /* @__PURE__ */ object<FormItem>({
  id,
  type: oneOf(ITEM_TYPES),
  label: string({ minLength: 1, maxLength: 1000 }),
  help: optional(string({ maxLength: 2000 })),
  required: optional(boolean()),
  min: optional(number({ min: -1_000_000, max: 1_000_000 })),
  max: optional(number({ min: -1_000_000, max: 1_000_000 })),
  step: optional(number({ min: 0.000001, max: 1_000_000 })),
  minLabel: optional(string({ maxLength: 200 })),
  maxLabel: optional(string({ maxLength: 200 })),
  options: optional(array(optionSchema, { minItems: 1, maxItems: 50 })),
  maxLength: optional(number({ integer: true, min: 1, max: 100_000 })),
  errorMessage: optional(string({ minLength: 1, maxLength: 500 })),
});

/** What the shape cannot say: which fields go with which type, ranges that make sense, unique option values. */
function itemProblems(item: FormItem): RefineProblem[] {
  const problems: RefineProblem[] = [];
  const numeric = item.type === 'rating' || item.type === 'slider';
  const choices = CHOICE_TYPES.includes(item.type);
  if (choices && !item.options) problems.push({ at: '.options', message: `is required for a ${item.type} question` });
  if (!choices && item.options) problems.push({ at: '.options', message: `only scale, choice and multi questions have options, not ${item.type}` });
  if (item.options) {
    const seen = new Set<string>();
    item.options.forEach((option, i) => {
      if (seen.has(option.value)) problems.push({ at: `.options[${i}].value`, message: `${JSON.stringify(option.value.slice(0, 40))} is used twice` });
      seen.add(option.value);
    });
  }
  for (const field of ['min', 'max', 'step', 'minLabel', 'maxLabel'] as const) {
    if (!numeric && item[field] !== undefined) problems.push({ at: `.${field}`, message: `only rating and slider questions have ${field}` });
  }
  if (item.maxLength !== undefined && item.type !== 'text' && item.type !== 'textarea') {
    problems.push({ at: '.maxLength', message: 'only text and textarea questions have maxLength' });
  }
  if (numeric) {
    const min = item.min ?? 0;
    const max = item.max ?? 10;
    const step = item.step ?? 1;
    if (max <= min) problems.push({ at: '.max', message: `must be above min (${min}), got ${max}` });
    else if (Math.abs((max - min) / step - Math.round((max - min) / step)) > 1e-6)
      problems.push({ at: '.step', message: `steps of ${step} from ${min} do not reach ${max}` });
    else if (item.type === 'rating' && (!Number.isInteger(min) || !Number.isInteger(step)))
      problems.push({ at: '.step', message: 'a rating counts in whole numbers (use a slider for decimals)' });
    else if (item.type === 'rating' && ratingValues(item).length > 21)
      problems.push({ at: '.max', message: 'a rating offers at most 21 choices (use a slider for more)' });
    else if ((max - min) / step > 1000) problems.push({ at: '.step', message: 'a slider has at most 1000 steps' });
  }
  return problems;
}

export const formItemSchema: Schema<FormItem> = /* @__PURE__ */ refineAt(itemShape, itemProblems);

const scoringSchema = /* @__PURE__ */ object<FormScoring>({
  method: literal('sum'),
  items: optional(array(id, { maxItems: 100 })),
  ranges: optional(
    array(object<{ min: number; max: number; label: string }>({ min: number(), max: number(), label: string({ minLength: 1, maxLength: 200 }) }), {
      maxItems: 20,
    }),
  ),
});

const definitionShape = /* @__PURE__ */ object<FormDefinition>({
  id,
  version: string({ minLength: 1, maxLength: 64 }),
  url: optional(refine(string({ maxLength: 2048 }), (url) => (url.startsWith('urn:') ? undefined : urlProblem(url)))),
  title: string({ minLength: 1, maxLength: 300 }),
  intro: optional(string({ maxLength: 2000 })),
  items: array(formItemSchema, { minItems: 1, maxItems: 100 }),
  scoring: optional(scoringSchema),
  review: optional(contentReviewSchema),
});

/** Item ids are unique; scored items exist; ranges run low to high. */
function definitionProblems(definition: FormDefinition): RefineProblem[] {
  const problems: RefineProblem[] = [];
  const ids = new Set<string>();
  definition.items.forEach((item, i) => {
    if (ids.has(item.id) || item.id === 'score-total')
      problems.push({ at: `.items[${i}].id`, message: `${JSON.stringify(item.id)} is ${item.id === 'score-total' ? 'kept for the total' : 'used twice'}` });
    ids.add(item.id);
  });
  definition.scoring?.items?.forEach((itemId, i) => {
    if (!ids.has(itemId)) problems.push({ at: `.scoring.items[${i}]`, message: `no item has the id ${JSON.stringify(itemId)}` });
  });
  definition.scoring?.ranges?.forEach((range, i) => {
    if (range.max < range.min) problems.push({ at: `.scoring.ranges[${i}].max`, message: `must be at least min (${range.min}), got ${range.max}` });
  });
  return problems;
}

export const formDefinitionSchema: Schema<FormDefinition> = /* @__PURE__ */ refineAt(definitionShape, definitionProblems);
