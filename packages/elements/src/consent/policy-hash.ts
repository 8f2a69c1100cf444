import { sanitizedText } from '@hearth/core';
import type { Policy } from './policy.js';

/*
 * `policyHash` exactly as ARCHITECTURE.md defines it: SHA-256 (lowercase hex) of the UTF-8 bytes of
 *   JSON.stringify([id, version, title, sections.map(s => [s.id, s.title, text(s.bodyHtml)]),
 *                   acknowledgments.map(a => [a.id, a.label, a.required])])
 * where text() is the sanitized section's text content, Unicode NFC, whitespace runs collapsed to
 * one space and trimmed. docs/consent.md shows a practice how to recompute it.
 */

/** The exact string that is hashed, given each section's text. */
export function policyHashInput(policy: Policy, sectionTexts: readonly string[]): string {
  return JSON.stringify([
    policy.id,
    policy.version,
    policy.title,
    policy.sections.map((section, i) => [section.id, section.title, sectionTexts[i]]),
    policy.acknowledgments.map((ack) => [ack.id, ack.label, ack.required]),
  ]);
}

/** Each section's `text()`: sanitized (DOMPurify, loaded on demand), NFC, whitespace collapsed. */
export function sectionTexts(policy: Policy): Promise<string[]> {
  return Promise.all(policy.sections.map((section) => sanitizedText(section.bodyHtml)));
}

/** The policy's hash: each section's text, then SHA-256 of the recipe's string. */
export async function policyHash(policy: Policy): Promise<string> {
  return sha256Hex(policyHashInput(policy, await sectionTexts(policy)));
}

/** SHA-256 of the UTF-8 bytes of `text`, lowercase hex: Web Crypto, or on plain HTTP (no `crypto.subtle`) the same in script. */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  // Plain HTTP hides Web Crypto: the same digest in script, loaded only then.
  const digest = globalThis.crypto?.subtle ? new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)) : (await import('./sha256.js')).sha256(bytes);
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
