import { sanitizeHtml } from '../../packages/core/src/sanitize-html.js';
import type { Policy } from '../../packages/elements/src/consent/policy.js';

/*
 * The two `policyHash` recipes of ARCHITECTURE.md, written again here from the text of the spec
 * (not from policy-hash.ts), on the sanitizer's parse, with Web Crypto. The known answers in
 * consent-hash.test.ts check this code in turn.
 */

// As docs/consent.md spells it out (kept the same, so that the page's code is the code tested).
const KEPT = new Set(['s', 'del', 'ins', 'strong', 'em', 'b', 'i', 'u', 'a']);
const esc = (v: string) => v.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c as '&']);
const markup = (node: Node): string =>
  [...node.childNodes]
    .map((c) => {
      if (c.nodeType === Node.TEXT_NODE) return esc((c as Text).data);
      if (c.nodeType !== Node.ELEMENT_NODE) return '';
      const name = (c as Element).localName,
        href = name === 'a' ? (c as Element).getAttribute('href') : undefined;
      if (!KEPT.has(name) || href === null) return markup(c);
      return `<${name}${href === undefined ? '' : ` href="${esc(href)}"`}>${markup(c)}</${name}>`;
    })
    .join('');

/** A section's `text()` by recipe 1 (text content) or 2 (canonical markup). */
export async function recipeText(bodyHtml: string, recipe: 1 | 2): Promise<string> {
  const fragment = await sanitizeHtml(bodyHtml);
  return (recipe === 2 ? markup(fragment) : (fragment.textContent ?? '')).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** SHA-256 hex of the documented JSON array, given each section's text. */
export async function hashOfTexts(policy: Policy, texts: string[]): Promise<string> {
  const input = JSON.stringify([
    policy.id,
    policy.version,
    policy.title,
    policy.sections.map((s, i) => [s.id, s.title, texts[i]]),
    policy.acknowledgments.map((a) => [a.id, a.label, a.required]),
  ]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(input));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The policy's hash by one recipe (new records: 2). */
export async function recomputedHash(policy: Policy, version: 1 | 2 = 2): Promise<string> {
  return hashOfTexts(policy, await Promise.all(policy.sections.map((s) => recipeText(s.bodyHtml, version))));
}
