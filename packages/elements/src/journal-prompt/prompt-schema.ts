import { array, object, optional, type Schema, string } from '@hearth/core';

import type { Prompt } from '../content/built-in-prompt-packs.js';

/*
 * The Prompt format checked at run time, for practice content (property, JSON child, src).
 * Loaded on demand: built-in packs are checked by the tests.
 */

export const promptSchema: Schema<Prompt> = /* @__PURE__ */ object<Prompt>({
  id: string({ pattern: /^[A-Za-z0-9_-]{1,64}$/, describe: 'an id of letters, digits, - or _ (at most 64)' }),
  text: string({ minLength: 1, maxLength: 2000 }),
  tags: optional(array(string({ minLength: 1, maxLength: 50 }), { maxItems: 20 })),
});

export const promptListSchema: Schema<Prompt[]> = /* @__PURE__ */ array(promptSchema, { minItems: 1, maxItems: 500 });
