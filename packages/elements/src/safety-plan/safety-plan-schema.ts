import { array, INVALID, localeProblem, object, oneOf, optional, quote, refine, refineAt, type RefineProblem, type Schema, string } from '@hearth/core';

import { calendarProblem, contentReviewSchema } from '../content/content-review-schema.js';
import {
  PHONE_SECTIONS,
  PLAN_PHONE_PATTERN,
  type PlanItem,
  type PlanSection,
  type SafetyPlan,
  type SafetyPlanPrompts,
  SECTION_IDS,
  type SectionPrompt,
} from './safety-plan-format.js';

export { PLAN_PHONE_PATTERN };

/*
 * The safety plan's formats checked at run time: a practice's own section prompts (property,
 * JSON child, src), and a plan read back from storage or imported from a file. An imported plan
 * is a file from anywhere, so every list and text has a bound, ids are plain ASCII, and no check
 * throws: a problem is an error with the path of its field (`plan.sections[2].items[4].text`).
 * Loaded on demand: the built-in prompts are checked by the tests.
 */

const id = /* @__PURE__ */ string({ pattern: /^[A-Za-z0-9_-]{1,64}$/, describe: 'an id of letters, digits, - or _ (at most 64)' });
const sectionId = /* @__PURE__ */ oneOf(SECTION_IDS);
const strategyIds = /* @__PURE__ */ array(id, { maxItems: 20 });

/**
 * Characters a plan's text never needs, which a hostile file may hold: C0 and C1 controls other
 * than tab and line breaks. Direction marks and isolates are allowed: a plan mixing Arabic and
 * phone numbers may need them, and the element shows each item in its own isolated run.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Where `text` holds half of a UTF-16 pair without the other (not text: it cannot be shown or sent as UTF-8), or -1. */
function loneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return i;
    i++;
  }
  return -1;
}

/** Why `text` cannot be a line of the plan, or undefined. */
export function textProblem(text: string): string | undefined {
  if (!text.trim()) return 'must not be empty';
  const control = CONTROL.exec(text);
  const at = control ? control.index : loneSurrogate(text);
  if (at < 0) return undefined;
  return `holds a character that cannot be shown (U+${text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')} at ${at})`;
}

const planText = /* @__PURE__ */ refine(string({ minLength: 1, maxLength: 2000 }), textProblem);

const phone = /* @__PURE__ */ string({
  maxLength: 40,
  pattern: PLAN_PHONE_PATTERN,
  describe: 'a phone number of digits, spaces and + ( ) - . (at most 40)',
});

/** An ISO 8601 date-time in UTC, as `new Date().toISOString()` writes it (a FHIR `dateTime` too). */
const UTC_DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d{1,9})?Z$/;

const dateTime = /* @__PURE__ */ refine(
  string({ maxLength: 40, pattern: UTC_DATE_TIME, describe: 'an ISO 8601 date and time in UTC, such as 2026-03-01T14:30:00.000Z' }),
  (value) => {
    const [, y, m, d, h, min, s] = UTC_DATE_TIME.exec(value)!;
    return calendarProblem(y, m, d, [h, min, s]);
  },
);

/** A BCP 47 language tag (en, es-419, fr-CA, ar), as Intl accepts it. */
const locale = /* @__PURE__ */ refine(
  string({ maxLength: 35, pattern: /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, describe: 'a language tag such as en, es-419 or fr-CA' }),
  localeProblem,
);

// ——— A practice's own prompts ———

const promptsShape = /* @__PURE__ */ object<SafetyPlanPrompts>({
  id,
  version: string({ pattern: /^[A-Za-z0-9._-]{1,32}$/, describe: 'a version of letters, digits, ., - or _ (at most 32)' }),
  intro: optional(string({ maxLength: 1000 })),
  sections: array(
    object<SectionPrompt>({
      id: sectionId,
      title: optional(string({ minLength: 1, maxLength: 200 })),
      prompt: optional(string({ maxLength: 1000 })),
      example: optional(string({ maxLength: 500 })),
      strategyIds: optional(strategyIds),
    }),
    { minItems: 1, maxItems: SECTION_IDS.length },
  ),
  review: optional(contentReviewSchema),
});

/** Each section is named once, and each names a strategy once. */
function promptsProblems(prompts: SafetyPlanPrompts): RefineProblem[] {
  return [
    ...duplicates(prompts.sections, '.sections'),
    ...prompts.sections.flatMap((section, i) => duplicateIds(section.strategyIds, `.sections[${i}].strategyIds`)),
  ];
}

/** A practice's own section prompts: what is given replaces the built-in wording, section by section. */
export const safetyPlanPromptsSchema: Schema<SafetyPlanPrompts> = /* @__PURE__ */ refineAt(promptsShape, promptsProblems);

// ——— A client's plan ———

/** The plan format's version: 1, the only one there is. */
const formatVersion: Schema<1> = {
  optional: false,
  check(value, path, ctx) {
    if (value === 1) return 1;
    const got = typeof value === 'string' ? quote(value) : typeof value === 'number' ? String(value) : value === null ? 'null' : typeof value;
    ctx.errors.push({ path, message: `expected 1 (the plan format this version of Hearth reads), got ${got}` });
    return INVALID;
  },
  jsonSchema: () => ({ const: 1 }),
};

const planShape = /* @__PURE__ */ object<SafetyPlan>({
  planId: id,
  version: formatVersion,
  updatedAt: dateTime,
  locale,
  sections: array(
    object<PlanSection>({
      id: sectionId,
      items: array(object<PlanItem>({ id, text: planText, phone: optional(phone) }), { maxItems: 200 }),
      strategyIds: optional(strategyIds),
    }),
    { maxItems: SECTION_IDS.length },
  ),
});

/**
 * What the shape cannot say about a plan: each section once; each item id once in the whole plan
 * (the element finds an item by its id); a phone number only where a person or place can have one;
 * each strategy linked once per section. Paths are below the plan (`.sections[2].items[4].id`).
 */
export function planProblems(plan: SafetyPlan): RefineProblem[] {
  const problems = duplicates(plan.sections, '.sections');
  const itemIds = new Set<string>();
  plan.sections.forEach((section, i) => {
    section.items.forEach((item, j) => {
      if (itemIds.has(item.id)) problems.push({ at: `.sections[${i}].items[${j}].id`, message: `${JSON.stringify(item.id)} is used twice` });
      itemIds.add(item.id);
      if (item.phone !== undefined && !PHONE_SECTIONS.includes(section.id))
        problems.push({ at: `.sections[${i}].items[${j}].phone`, message: `only ${PHONE_SECTIONS.join(', ')} items have a phone number, not ${section.id}` });
    });
    problems.push(...duplicateIds(section.strategyIds, `.sections[${i}].strategyIds`));
  });
  return problems;
}

/**
 * A plan read back from storage or imported from a file (format version 1). Check it with
 * `validate(safetyPlanSchema, value, 'plan')`: errors name the field, never echo more than 40
 * characters of the client's text, and nothing throws on JSON of any shape.
 */
export const safetyPlanSchema: Schema<SafetyPlan> = /* @__PURE__ */ refineAt(planShape, planProblems);

function duplicates(sections: readonly { id: string }[], at: string): RefineProblem[] {
  const problems: RefineProblem[] = [];
  const seen = new Set<string>();
  sections.forEach((section, i) => {
    if (seen.has(section.id)) problems.push({ at: `${at}[${i}].id`, message: `${JSON.stringify(section.id)} is used twice` });
    seen.add(section.id);
  });
  return problems;
}

function duplicateIds(ids: readonly string[] | undefined, at: string): RefineProblem[] {
  const problems: RefineProblem[] = [];
  ids?.forEach((strategyId, i) => {
    if (ids.indexOf(strategyId) !== i) problems.push({ at: `${at}[${i}]`, message: `${JSON.stringify(strategyId)} is named twice` });
  });
  return problems;
}
