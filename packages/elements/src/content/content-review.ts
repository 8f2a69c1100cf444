/*
 * The `review` field every content format accepts (ARCHITECTURE.md, "Every content format …"):
 * what Hearth Studio records when a clinician reviewed a strategy, a prompt pack, a form, a
 * policy or the safety plan's prompts. The elements never read it. A type only: it costs
 * nothing on a page (its run-time check is in content-review-schema.ts).
 */

/** What Hearth Studio records when a clinician reviewed content (ignored by the elements). */
export interface ContentReview {
  /** Who reviewed it (a name, 1–200 characters). */
  by: string;
  /** When: a date (`2026-03-01`) or an ISO 8601 date and time in UTC (`2026-03-01T14:30:00Z`). */
  at: string;
  /** The ids of the checklist items they ticked (at most 50). */
  checklist: string[];
}
