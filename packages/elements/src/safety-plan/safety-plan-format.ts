/*
 * The safety plan's formats (ARCHITECTURE.md, `<hearth-safety-plan>`): the plan a client writes,
 * and the section prompts a practice may replace.
 */

import type { ContentReview } from '../content/content-review.js';

/** Every content format's review (in content/content-review.ts), kept exported from here. */
export type { ContentReview };

/** The plan's sections, in the order they are shown and stepped through in the crisis view. */
export const SECTION_IDS = ['warning-signs', 'coping', 'distractions', 'people', 'professionals', 'environment', 'reasons'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Sections whose items may carry a phone number (people and places, helpers, professionals). */
export const PHONE_SECTIONS: readonly SectionId[] = ['distractions', 'people', 'professionals'];

/** A plan item's phone number: digits, spaces and + ( ) - . only (at most 40), with at least one digit: what a `tel:` link can dial. */
export const PLAN_PHONE_PATTERN = /^(?=[^0-9]*[0-9])[0-9 +().-]{1,40}$/;
/** The longest line of the plan, in UTF-16 code units (as `maxlength` counts). */
export const MAX_ITEM_TEXT = 2000;
/** The most items one section holds. */
export const MAX_SECTION_ITEMS = 200;

/** One line of the plan, in the client's words; a person may have a phone number (a `tel:` link). */
export interface PlanItem {
  id: string;
  text: string;
  phone?: string;
}

/** One section of the plan: its items in the client's order, and (coping) the strategies linked to it. */
export interface PlanSection {
  id: SectionId;
  items: PlanItem[];
  strategyIds?: string[];
}

/**
 * A client's safety plan (format version 1). Crisis lines are never part of it: they are shown
 * live from the crisis data and the provider, because numbers change.
 */
export interface SafetyPlan {
  planId: string;
  version: 1;
  /** ISO 8601 UTC. */
  updatedAt: string;
  /** The language the plan was written in. */
  locale: string;
  sections: PlanSection[];
}

/**
 * One section's prompt. In a practice's own prompts every field but `id` is optional: what is
 * given replaces the built-in wording, what is left out keeps it.
 */
export interface SectionPrompt {
  id: SectionId;
  /** The section's heading ("Warning signs"). */
  title?: string;
  /** A short question that helps the client fill it in. */
  prompt?: string;
  /** An example, shown under the prompt ("For example: …"). */
  example?: string;
  /** Coping strategies offered as launchers in this section (built-in strategy ids). */
  strategyIds?: string[];
}

/** The section prompts and examples (the `prompts` property, a JSON child or `src`; built-in in four languages). */
export interface SafetyPlanPrompts {
  id: string;
  /** Changes whenever the wording does. */
  version: string;
  /** Shown at the top of the plan: what it is, and that it is best made with a therapist. */
  intro?: string;
  sections: SectionPrompt[];
  review?: ContentReview;
}

/** The built-in prompts: every field of every section given. */
export interface BuiltInSafetyPlanPrompts extends SafetyPlanPrompts {
  intro: string;
  sections: (Required<Omit<SectionPrompt, 'strategyIds'>> & Pick<SectionPrompt, 'strategyIds'>)[];
}

/** A fresh plan with every section, empty. */
export function emptyPlan(planId: string, locale: string, now = new Date().toISOString()): SafetyPlan {
  return { planId, version: 1, updatedAt: now, locale, sections: SECTION_IDS.map((id) => ({ id, items: [] })) };
}
