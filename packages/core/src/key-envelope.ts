import type { Ciphertext, KeyEnvelope, WrappedKey } from './key-vault.js';
import { boolean, literal, number, object, optional, refine, type Schema, string, validate } from './schema.js';

/**
 * The PBKDF2 rounds an envelope may ask for. Hearth writes 600,000 (PBKDF2_ITERATIONS) and never
 * wrote fewer, so an envelope below 100,000 is damaged or forged to weaken its passphrase. The
 * ceiling, about 17 times ours (around a second in a desktop browser), leaves room to raise our own
 * count while an envelope asking for 10^12 rounds (years of work) cannot hang an import or unlock.
 */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Base64 (as `btoa` writes it) of `min` to `max` bytes: sizes AES-GCM and our salts dictate. */
const base64 = (min: number, max = min): Schema<string> =>
  refine(string({ pattern: BASE64, describe: 'base64' }), (text) => {
    const bytes = (text.length / 4) * 3 - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);
    if (bytes >= min && bytes <= max) return undefined;
    const size = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    return `must hold ${size} bytes (got ${bytes})`;
  });

const version1 = /* @__PURE__ */ refine(number(), (value) => (value === 1 ? undefined : `expected 1, got ${value}`)) as Schema<1>;

/** A 128- to 512-bit salt, a 96-bit IV, and a 256-bit key sealed with its 128-bit tag. */
const wrappedKey = /* @__PURE__ */ object<WrappedKey>({
  salt: base64(16, 64),
  iterations: number({ integer: true, min: MIN_ITERATIONS, max: MAX_ITERATIONS }),
  iv: base64(12),
  wrapped: base64(48),
});

const keyEnvelope = /* @__PURE__ */ object<KeyEnvelope>({
  format: literal('hearth-key'),
  version: version1,
  kdf: literal('PBKDF2-SHA-256'),
  cipher: literal('AES-GCM-256'),
  passphrase: wrappedKey,
  recovery: optional(wrappedKey),
  createdAt: string(),
});

/** A 96-bit IV and at least the 128-bit tag. */
const ciphertext = /* @__PURE__ */ object<Ciphertext>({
  alg: literal('AES-GCM-256'),
  iv: base64(12),
  data: base64(16, Infinity),
  bound: optional(boolean() as Schema<true>),
});

function firstProblem(schema: Schema<unknown>, value: unknown, name: string): string | undefined {
  if (value === undefined) return `${name}: is required`;
  const [issue] = validate(schema, value, name).errors;
  return issue && `${issue.path}: ${issue.message}`;
}

/**
 * What makes a key envelope unusable (`envelope.passphrase.iterations: must be at most …`), or
 * undefined. Checked before any key is derived: an envelope comes from storage or from a file,
 * and a file can say anything.
 */
export function keyEnvelopeProblem(value: unknown, name = 'envelope'): string | undefined {
  return firstProblem(keyEnvelope, value, name);
}

/** What makes a sealed value unusable (`data.alg: expected "AES-GCM-256"`), or undefined. */
export function ciphertextProblem(value: unknown, name = 'data'): string | undefined {
  return firstProblem(ciphertext, value, name);
}
