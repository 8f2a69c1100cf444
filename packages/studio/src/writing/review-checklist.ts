/**
 * The clinical review checklist of docs/content-authoring.md, as data
 * (src/content/review-checklist.json, kept equal to the doc by test/studio/writing-checklist.test.ts).
 */
import items from '../content/review-checklist.json';

/** One item: a stable kebab-case id (what a `review` records) and its text. */
export interface ReviewChecklistItem {
  id: string;
  text: string;
}

/** Every item, in the doc's order. */
export const REVIEW_CHECKLIST: readonly ReviewChecklistItem[] = items;
