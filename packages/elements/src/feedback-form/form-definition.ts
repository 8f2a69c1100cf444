import type { ContentReview } from '../content/content-review.js';

/** The kinds of question a feedback form can ask. */
export const ITEM_TYPES = ['rating', 'scale', 'slider', 'choice', 'multi', 'text', 'textarea'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** One answer a `scale`, `choice` or `multi` question offers. */
export interface FormOption {
  value: string;
  label: string;
  /** Points this answer adds to the total of a scored form. */
  score?: number;
  /** Choosing it shows the crisis resources to the client (and alerts nobody). */
  flag?: boolean;
}

/** One question (ARCHITECTURE.md). `rating` and `slider` run 0–10 in steps of 1 unless set. */
export interface FormItem {
  id: string;
  type: ItemType;
  label: string;
  help?: string;
  required?: boolean;
  min?: number;
  max?: number;
  step?: number;
  minLabel?: string;
  maxLabel?: string;
  options?: FormOption[];
  maxLength?: number;
  /** Shown when the question is required and has no answer (default: a sentence that names the question). */
  errorMessage?: string;
}

/** How a scored form adds up: the sum of the scored answers, and the band it falls in. */
export interface FormScoring {
  method: 'sum';
  /** The items that count (default: every item that has a score). */
  items?: string[];
  ranges?: { min: number; max: number; label: string }[];
}

/** A feedback form (the `definition` property; built-in `template`s use the same format). */
export interface FormDefinition {
  id: string;
  version: string;
  /** Canonical base URL of the form for FHIR (default `urn:hearth:form:<id>`). */
  url?: string;
  title: string;
  intro?: string;
  items: FormItem[];
  scoring?: FormScoring;
  /** What Hearth Studio records when a clinician reviewed it; the elements ignore it. */
  review?: ContentReview;
}

/** An answer: a number (rating, slider), an option value or text (scale, choice, text), option values (multi). */
export type Answer = number | string | string[];

/** What the client sent (ARCHITECTURE.md); dates are ISO 8601 UTC. */
export interface FeedbackResponse {
  responseId: string;
  formId: string;
  formVersion: string;
  answers: Record<string, Answer>;
  totals?: { score: number; range?: string };
  submittedAt: string;
  locale: string;
  anonymous: boolean;
  /** The client's display name from the provider; never present when `anonymous`. */
  clientName?: string;
}

/** Longest text answers by default (a form definition may set its own `maxLength`). */
export const DEFAULT_MAX_LENGTH = { text: 500, textarea: 5000 } as const;
