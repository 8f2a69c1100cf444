import { array, literal, number, object, optional, refine, type Schema, string, tuple, variant } from '@hearth/core';

import { contentReviewSchema } from '../content/content-review-schema.js';
import type { BreathingExercise, Exercise, StepsExercise, Strategy, TimerExercise } from './strategy.js';

/*
 * The Strategy format checked at run time, for practice content (property, JSON child, src).
 * Loaded on demand: built-in strategies are checked by the tests, not again on each page.
 */

const seconds = /* @__PURE__ */ number({ min: 0, max: 60 });

const exerciseSchema = /* @__PURE__ */ variant<Exercise>('type', {
  breathing: object<BreathingExercise>({
    type: literal('breathing'),
    pattern: tuple<[number, number, number, number]>(seconds, seconds, seconds, seconds),
    cycles: number({ integer: true, min: 1, max: 100 }),
  }) as Schema<Exercise>,
  steps: object<StepsExercise>({ type: literal('steps') }) as Schema<Exercise>,
  timer: object<TimerExercise>({
    type: literal('timer'),
    minutes: number({ min: 0.01, max: 120 }),
    checkInEveryMinutes: number({ min: 0.01, max: 120 }),
  }) as Schema<Exercise>,
});

export const strategySchema: Schema<Strategy> = /* @__PURE__ */ object<Strategy>({
  id: string({ pattern: /^[A-Za-z0-9_-]{1,64}$/, describe: 'an id of letters, digits, - or _ (at most 64)' }),
  version: optional(string({ minLength: 1, maxLength: 50 })),
  title: string({ minLength: 1, maxLength: 200 }),
  summary: string({ minLength: 1, maxLength: 500 }),
  whenToUse: optional(string({ maxLength: 1000 })),
  steps: array(string({ minLength: 1, maxLength: 1000 }), { minItems: 1, maxItems: 50 }),
  bodyHtml: optional(string({ maxLength: 50_000 })),
  approach: optional(string({ maxLength: 200 })),
  exercise: optional(exerciseSchema),
  review: optional(contentReviewSchema),
});

/** A deck's content: one strategy or a list of them (a JSON child or `src` may hold either). */
export const strategyListSchema: Schema<Strategy[]> = /* @__PURE__ */ array(strategySchema, { minItems: 1, maxItems: 100 });

/** A breathing pattern must breathe: some time in and some time out. */
export function breathingProblem(exercise: Exercise | undefined): string | undefined {
  if (exercise?.type !== 'breathing') return undefined;
  const [inhale, , exhale] = exercise.pattern;
  return inhale > 0 && exhale > 0 ? undefined : 'a breathing pattern needs time to breathe in and out (the first and third numbers)';
}

/** One strategy, with its breathing pattern checked too. */
const one = /* @__PURE__ */ refine(strategySchema, (s) => breathingProblem(s.exercise));

/** One strategy or a list (a deck); both arrive as a list. */
export const strategiesSchema: Schema<Strategy[]> = {
  optional: false,
  check(value, path, ctx) {
    if (!Array.isArray(value)) {
      const checked = one.check(value, path, ctx);
      return typeof checked === 'object' ? [checked] : checked;
    }
    if (value.length === 0 || value.length > 100) {
      ctx.errors.push({ path, message: `expected 1 to 100 strategies, got ${value.length}` });
      return INVALID_LIST;
    }
    const out: Strategy[] = [];
    let ok = true;
    value.forEach((item, index) => {
      const checked = one.check(item, `${path}[${index}]`, ctx);
      if (typeof checked === 'object') out.push(checked);
      else ok = false;
    });
    const ids = new Set<string>();
    for (const strategy of out) {
      if (ids.has(strategy.id)) {
        ctx.errors.push({ path, message: `the id ${JSON.stringify(strategy.id)} is used twice` });
        ok = false;
      }
      ids.add(strategy.id);
    }
    return ok ? out : INVALID_LIST;
  },
  jsonSchema: () => ({
    $defs: { strategy: strategySchema.jsonSchema() },
    oneOf: [{ $ref: '#/$defs/strategy' }, { type: 'array', items: { $ref: '#/$defs/strategy' }, minItems: 1, maxItems: 100 }],
  }),
};
const INVALID_LIST = Symbol('invalid') as never;
