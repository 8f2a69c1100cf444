import { array, object, refine, type Schema, string } from '@hearth/core';

import type { ContentReview } from './content-review.js';

/*
 * The `review` field of every content format, checked at run time with the format it belongs to
 * (each format's schema loads on demand, so this does too). The elements ignore a review, but a
 * file a practice publishes is checked whole: a broken review is an error at its field
 * (`policy.review.at`), as in the JSON Schema made from it.
 */

/** Why `y-m-d` (and a time `[h, min, s]`, unmatched parts undefined) is not a real moment (2026-02-30, 24:00), or undefined. */
export function calendarProblem(year: string, month: string, day: string, time: string[]): string | undefined {
  const last = new Date(0);
  last.setUTCFullYear(+year, +month, 0); // day 0 of the next month: the last day of this one (any year, 0000 too)
  if (+month < 1 || +month > 12 || +day < 1 || +day > last.getUTCDate()) return `${year}-${month}-${day} is not a date`;
  if (+time[0] > 23 || +time[1] > 59 || +time[2] > 59) return `${time.join(':')} is not a time of day`;
  return undefined;
}

/** A date (2026-03-01) or an ISO 8601 date and time in UTC (2026-03-01T14:30:00Z, with up to 9 decimals of seconds). */
const DATE_OR_UTC_DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d):(\d\d)(?:\.\d{1,9})?Z)?$/;

const dateOrDateTime = /* @__PURE__ */ refine(
  // The pattern bounds the length (at most 30 characters).
  string({ pattern: DATE_OR_UTC_DATE_TIME, describe: 'a date (2026-03-01) or a date and time in UTC' }),
  (value) => {
    const [, y, m, d, ...time] = DATE_OR_UTC_DATE_TIME.exec(value)!;
    return calendarProblem(y, m, d, time);
  },
);

/** The id every format uses (letters, digits, - or _, at most 64), a checklist item's too (`plain-words`). */
export const contentIdSchema: Schema<string> = /* @__PURE__ */ string({
  pattern: /^[A-Za-z0-9_-]{1,64}$/,
  describe: 'an id of letters, digits, - or _ (at most 64)',
});

/** Who reviewed the content (1–200 characters), when (a date, or a date and time in UTC), and the ids of the checklist items ticked (at most 50). */
export const contentReviewSchema: Schema<ContentReview> = /* @__PURE__ */ object<ContentReview>({
  by: string({ minLength: 1, maxLength: 200 }),
  at: dateOrDateTime,
  checklist: array(contentIdSchema, { maxItems: 50 }),
});
