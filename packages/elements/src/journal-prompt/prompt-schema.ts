import { array, INVALID, object, optional, type Schema, string } from '@hearth/core';

import type { PracticePromptPack, Prompt } from '../content/built-in-prompt-packs.js';
import { contentReviewSchema } from '../content/content-review-schema.js';

/*
 * The Prompt format checked at run time, for practice content (property, JSON child, src): a
 * bare list of prompts, or a pack with the shape a built-in pack has. Loaded on demand: built-in
 * packs are checked by the tests.
 */

const id = /* @__PURE__ */ string({ pattern: /^[A-Za-z0-9_-]{1,64}$/, describe: 'an id of letters, digits, - or _ (at most 64)' });

export const promptSchema: Schema<Prompt> = /* @__PURE__ */ object<Prompt>({
  id,
  text: string({ minLength: 1, maxLength: 2000 }),
  tags: optional(array(string({ minLength: 1, maxLength: 50 }), { maxItems: 20 })),
});

export const promptListSchema: Schema<Prompt[]> = /* @__PURE__ */ array(promptSchema, { minItems: 1, maxItems: 500 });

/** A practice's own pack: a built-in pack's shape, only `prompts` required. */
export const promptPackSchema: Schema<PracticePromptPack> = /* @__PURE__ */ object<PracticePromptPack>({
  id: optional(id),
  version: optional(string({ pattern: /^[A-Za-z0-9._-]{1,32}$/, describe: 'a version of letters, digits, ., - or _ (at most 32)' })),
  title: optional(string({ minLength: 1, maxLength: 200 })),
  note: optional(string({ minLength: 1, maxLength: 2000 })),
  prompts: promptListSchema,
  review: optional(contentReviewSchema),
});

/**
 * The journal's prompts: a bare list or a pack, both given to the element as a pack (a list as
 * `{ prompts }`). Errors keep the path of what was given (`prompts[0].text`, `prompts.review.at`).
 */
export const promptContentSchema: Schema<PracticePromptPack> = {
  optional: false,
  check(value, path, ctx) {
    if (Array.isArray(value)) {
      const list = promptListSchema.check(value, path, ctx);
      return list === INVALID ? INVALID : { prompts: list };
    }
    if (typeof value === 'object' && value !== null) return promptPackSchema.check(value, path, ctx);
    const got = value === null ? 'null' : typeof value === 'string' ? 'text' : `a ${typeof value}`;
    ctx.errors.push({ path, message: `expected a list of prompts or a pack ({ "prompts": [ … ] }), got ${got}` });
    return INVALID;
  },
  jsonSchema() {
    const list = { type: 'array', items: { $ref: '#/$defs/prompt' }, minItems: 1, maxItems: 500 };
    const pack = promptPackSchema.jsonSchema() as { properties: Record<string, unknown> };
    return { $defs: { prompt: promptSchema.jsonSchema() }, oneOf: [list, { ...pack, properties: { ...pack.properties, prompts: list } }] };
  },
};
