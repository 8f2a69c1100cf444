import type { Policy } from './policy.js';

/*
 * The `{tokens}` of a built-in consent template (ARCHITECTURE.md `<hearth-consent>`): promises only
 * a practice can make ("we call you back within {reconnectMinutes} minutes") are filled from the
 * provider's `policyValues`, `{practice}` from its `practiceName`. The template becomes the
 * practice's terms only when every token has a value: terms with a hole in them cannot be agreed
 * to, so the element shows clients "not ready" instead (consent-view.ts) and tells the practice
 * which values are missing.
 *
 * `{name}` (the client's name) is not a term of the agreement: it is left for the screen to fill,
 * as in all content (fill-tokens.ts), so the terms, and their hash, are the same for every client.
 */

/** A token as the templates write it: `{` a letter, then letters, digits or `_`, `}`. */
const TOKEN = /\{([A-Za-z][A-Za-z0-9_]{0,63})\}/g;

/** Left for the screen (fill-tokens.ts): the client's name is not part of the terms. */
const SCREEN_TOKENS = new Set(['name']);

/** What a template's tokens are filled from. */
export interface PolicyValueSource {
  practiceName?: string;
  policyValues?: Record<string, string>;
}

/** A template filled with the practice's values, and the tokens it found no value for (empty when none). */
export interface FilledPolicy {
  policy: Policy;
  missing: string[];
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** A value for HTML: every character stays text once parsed (and sanitized), never markup. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** The value of one token, or undefined when the practice gave none (or an empty one). */
function valueOf(token: string, source: PolicyValueSource): string | undefined {
  const value =
    token === 'practice' ? source.practiceName : source.policyValues && Object.hasOwn(source.policyValues, token) ? source.policyValues[token] : undefined;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Every text of the policy that tokens can be in. */
function texts(policy: Policy): string[] {
  return [
    policy.title,
    policy.changes ?? '',
    ...policy.sections.flatMap((section) => [section.title, section.bodyHtml]),
    ...policy.acknowledgments.map((ack) => ack.label),
  ];
}

/** The tokens a policy's text holds (without `{name}`), each once, in order of first use. */
export function policyTokens(policy: Policy): string[] {
  const found = new Set<string>();
  for (const text of texts(policy)) for (const [, token] of text.matchAll(TOKEN)) if (!SCREEN_TOKENS.has(token)) found.add(token);
  return [...found];
}

/**
 * `policy` with its tokens filled from `source`: in plain fields as text; in `bodyHtml` escaped,
 * so a value such as `<b>` shows as those characters (the sanitizer then sees text, never tags).
 * A token without a value stays as written and is listed in `missing`. A policy without tokens
 * comes back as the same object.
 */
export function fillPolicy(policy: Policy, source: PolicyValueSource = {}): FilledPolicy {
  const missing = new Set<string>();
  let changed = false;
  const fill = (text: string, html = false) =>
    text.replace(TOKEN, (whole, token: string) => {
      if (SCREEN_TOKENS.has(token)) return whole;
      const value = valueOf(token, source);
      if (value === undefined) {
        missing.add(token);
        return whole;
      }
      changed = true;
      return html ? escapeHtml(value) : value;
    });
  const filled: Policy = {
    ...policy,
    title: fill(policy.title),
    ...(policy.changes !== undefined ? { changes: fill(policy.changes) } : {}),
    sections: policy.sections.map((section) => ({ ...section, title: fill(section.title), bodyHtml: fill(section.bodyHtml, true) })),
    acknowledgments: policy.acknowledgments.map((ack) => ({ ...ack, label: fill(ack.label) })),
  };
  return { policy: changed ? filled : policy, missing: [...missing] };
}
