import { array, boolean, object, oneOf, optional, refineAt, type RefineProblem, type Schema, string } from '@hearth/core';

import { contentReviewSchema } from '../content/content-review-schema.js';
import { type Acknowledgment, type Policy, type PolicySection, SIGNER_ROLES } from './policy.js';

/*
 * The Policy format checked at run time, for practice content (property, JSON child, src).
 * Loaded on demand: built-in templates are checked by the tests, not again on each page.
 */

const id = /* @__PURE__ */ string({ pattern: /^[A-Za-z0-9_-]{1,64}$/, describe: 'an id of letters, digits, - or _ (at most 64)' });

const policyShape = /* @__PURE__ */ object<Policy>({
  id,
  version: string({ pattern: /^[A-Za-z0-9._-]{1,32}$/, describe: 'a version of letters, digits, ., - or _ (at most 32)' }),
  title: string({ minLength: 1, maxLength: 300 }),
  effectiveDate: optional(string({ pattern: /^\d{4}-\d{2}-\d{2}$/, describe: 'a date as YYYY-MM-DD' })),
  changes: optional(string({ maxLength: 5000 })),
  sections: array(object<PolicySection>({ id, title: string({ minLength: 1, maxLength: 300 }), bodyHtml: string({ minLength: 1, maxLength: 200_000 }) }), {
    minItems: 1,
    maxItems: 100,
  }),
  acknowledgments: array(
    object<Acknowledgment>({
      id,
      label: string({ minLength: 1, maxLength: 1000 }),
      required: boolean(),
      roles: optional(array(oneOf(SIGNER_ROLES), { minItems: 1, maxItems: SIGNER_ROLES.length })),
    }),
    { minItems: 1, maxItems: 50 },
  ),
  review: optional(contentReviewSchema),
});

/** Section and acknowledgment ids are unique (a record maps acknowledgments by id); an acknowledgment names each role once. */
function policyProblems(policy: Policy): RefineProblem[] {
  const problems: RefineProblem[] = [];
  policy.acknowledgments.forEach((ack, i) => {
    const twice = ack.roles?.find((role, j) => ack.roles!.indexOf(role) !== j);
    if (twice) problems.push({ at: `.acknowledgments[${i}].roles`, message: `${JSON.stringify(twice)} is named twice` });
  });
  for (const list of ['sections', 'acknowledgments'] as const) {
    const seen = new Set<string>();
    policy[list].forEach((entry, i) => {
      if (seen.has(entry.id)) problems.push({ at: `.${list}[${i}].id`, message: `${JSON.stringify(entry.id)} is used twice` });
      seen.add(entry.id);
    });
  }
  return problems;
}

export const policySchema: Schema<Policy> = /* @__PURE__ */ refineAt(policyShape, policyProblems);
