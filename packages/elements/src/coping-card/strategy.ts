import { array, number, object, optional, string, tuple, variant, literal, type Schema } from '@hearth/core';

export type BreathingExercise = { type: 'breathing'; pattern: [number, number, number, number]; cycles: number };
export type StepsExercise = { type: 'steps' };
export type TimerExercise = { type: 'timer'; minutes: number; checkInEveryMinutes: number };
export type Exercise = BreathingExercise | StepsExercise | TimerExercise;

/** A coping strategy, as ARCHITECTURE.md defines it. */
export interface Strategy {
  id: string;
  title: string;
  summary: string;
  whenToUse?: string;
  steps: string[];
  /** Sanitized HTML (the only field that may hold markup). */
  bodyHtml?: string;
  /** The approach it comes from, in a few words. */
  approach?: string;
  exercise?: Exercise;
}

const seconds = number({ min: 0, max: 60 });

const exerciseSchema = variant<Exercise>('type', {
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

export const strategySchema: Schema<Strategy> = object<Strategy>({
  id: string({ pattern: /^[A-Za-z0-9_-]{1,64}$/, describe: 'an id of letters, digits, - or _ (at most 64)' }),
  title: string({ minLength: 1, maxLength: 200 }),
  summary: string({ minLength: 1, maxLength: 500 }),
  whenToUse: optional(string({ maxLength: 1000 })),
  steps: array(string({ minLength: 1, maxLength: 1000 }), { minItems: 1, maxItems: 50 }),
  bodyHtml: optional(string({ maxLength: 50_000 })),
  approach: optional(string({ maxLength: 200 })),
  exercise: optional(exerciseSchema),
});

/** A deck's content: one strategy or a list of them (a JSON child or `src` may hold either). */
export const strategyListSchema: Schema<Strategy[]> = array(strategySchema, { minItems: 1, maxItems: 100 });

/** A breathing pattern must breathe: some time in and some time out. */
export function breathingProblem(exercise: Exercise | undefined): string | undefined {
  if (exercise?.type !== 'breathing') return undefined;
  const [inhale, , exhale] = exercise.pattern;
  return inhale > 0 && exhale > 0 ? undefined : 'a breathing pattern needs time to breathe in and out (the first and third numbers)';
}
