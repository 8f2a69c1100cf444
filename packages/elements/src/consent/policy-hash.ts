import { normalisedText, sanitizeHtml } from '@hearth/core';

import { type Policy, POLICY_HASH_VERSION, type PolicyHashVersion } from './policy.js';

/*
 * `policyHash` exactly as ARCHITECTURE.md defines it: SHA-256 (lowercase hex) of the UTF-8 bytes of
 *   JSON.stringify([id, version, title, sections.map(s => [s.id, s.title, text(s.bodyHtml)]),
 *                   acknowledgments.map(a => [a.id, a.label, a.required])])
 * where text() is taken from the sanitized section, then Unicode NFC, whitespace runs collapsed to
 * one space and trimmed. Recipe 1 (records without `policyHashVersion`): its text content.
 * Recipe 2 (`policyHashVersion: 2`, new records): its canonical markup (below), so that
 * "We will <s>not</s> share" and a link's target count, not only the words.
 * docs/consent.md shows a practice how to recompute both.
 */

/** The tags recipe 2 keeps: each can change what a sentence says. `a` only with its `href`. */
const MEANINGFUL_TAGS = new Set(['s', 'del', 'ins', 'strong', 'em', 'b', 'i', 'u', 'a']);

/** One recipe's result for a policy: the hash, and each section's text exactly as it was hashed. */
export interface PolicyHashRecipe {
  hash: string;
  texts: string[];
}

/** Both recipes of one policy: recipe 1 still verifies the records made with it. */
export type PolicyHashes = Record<PolicyHashVersion, PolicyHashRecipe>;

/** The exact string that is hashed, given each section's text (as its recipe takes it). */
export function policyHashInput(policy: Policy, sectionTexts: readonly string[]): string {
  return JSON.stringify([
    policy.id,
    policy.version,
    policy.title,
    policy.sections.map((section, i) => [section.id, section.title, sectionTexts[i]]),
    policy.acknowledgments.map((ack) => [ack.id, ack.label, ack.required]),
  ]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escaped = (text: string) => text.replace(/[&<>"]/g, (c) => ENTITIES[c]);

/**
 * Recipe 2's canonical markup of sanitized nodes: the meaningful tags as `<name>…</name>` (a link
 * as `<a href="…">…</a>`, its other attributes dropped), every other element only its content,
 * text and `href` escaped (`&amp;` `&lt;` `&gt;` `&quot;`) so that words can never pass for a
 * tag. Written here rather than taken from `innerHTML`, so a change in how a browser or
 * DOMPurify serializes never changes a hash.
 */
export function canonicalMarkup(parent: Node): string {
  let out = '';
  for (const node of parent.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out += escaped((node as Text).data);
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    const name = element.localName;
    const href = name === 'a' ? element.getAttribute('href') : undefined;
    const kept = MEANINGFUL_TAGS.has(name) && href !== null;
    const inner = canonicalMarkup(element);
    out += kept ? `<${name}${href === undefined ? '' : ` href="${escaped(href)}"`}>${inner}</${name}>` : inner;
  }
  return out;
}

/** Each section's `text()` in both recipes, from one sanitized parse (DOMPurify, loaded on demand). */
export async function sectionTexts(policy: Policy): Promise<Record<PolicyHashVersion, string[]>> {
  const fragments = await Promise.all(policy.sections.map((section) => sanitizeHtml(section.bodyHtml)));
  return {
    1: fragments.map((fragment) => normalisedText(fragment.textContent ?? '')),
    2: fragments.map((fragment) => normalisedText(canonicalMarkup(fragment))),
  };
}

/** Both recipes' hashes of the policy, with the texts they hashed (for receipts and FHIR). */
export async function policyHashes(policy: Policy): Promise<PolicyHashes> {
  const texts = await sectionTexts(policy);
  const recipe = async (version: PolicyHashVersion) => ({ hash: await sha256Hex(policyHashInput(policy, texts[version])), texts: texts[version] });
  return { 1: await recipe(1), 2: await recipe(2) };
}

/** The policy's hash by one recipe: by default the one new records use (2). */
export async function policyHash(policy: Policy, version: PolicyHashVersion = POLICY_HASH_VERSION): Promise<string> {
  return (await policyHashes(policy))[version].hash;
}

/** SHA-256 of the UTF-8 bytes of `text`, lowercase hex: Web Crypto, or on plain HTTP (no `crypto.subtle`) the same in script. */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  // Plain HTTP hides Web Crypto: the same digest in script, loaded only then.
  const digest = globalThis.crypto?.subtle ? new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)) : (await import('./sha256.js')).sha256(bytes);
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
