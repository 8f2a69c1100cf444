import type { ContentReview } from '../content/content-review.js';

export type BreathingExercise = { type: 'breathing'; pattern: [number, number, number, number]; cycles: number };
export type StepsExercise = { type: 'steps' };
export type TimerExercise = { type: 'timer'; minutes: number; checkInEveryMinutes: number };
export type Exercise = BreathingExercise | StepsExercise | TimerExercise;

/** A coping strategy, as ARCHITECTURE.md defines it. */
export interface Strategy {
  id: string;
  /** Changes whenever the wording does (built-in strategies carry one; optional for a practice's own). */
  version?: string;
  title: string;
  summary: string;
  whenToUse?: string;
  steps: string[];
  /** Sanitized HTML (the only field that may hold markup). */
  bodyHtml?: string;
  /** The approach it comes from, in a few words. */
  approach?: string;
  exercise?: Exercise;
  /** What Hearth Studio records when a clinician reviewed it; the elements ignore it. */
  review?: ContentReview;
}
