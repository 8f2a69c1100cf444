import type { HearthError } from './hearth-error.js';
import { keyEnvelopeProblem } from './key-envelope.js';
import { canEncrypt, reportInsecureContextOnce } from './secure-context.js';

/** PBKDF2-SHA-256 iterations for the key-wrapping key (OWASP's 2023 figure for SHA-256). */
export const PBKDF2_ITERATIONS = 600_000;
const AAD = new TextEncoder().encode('hearth-data-key-v1');

/** The data key wrapped by one secret (the passphrase, or the recovery code). Base64 fields. */
export interface WrappedKey {
  salt: string;
  iterations: number;
  iv: string;
  wrapped: string;
}

/** What is stored (in the `keys` store) so a client can unlock: never the passphrase, never the key. */
export interface KeyEnvelope {
  format: 'hearth-key';
  version: 1;
  kdf: 'PBKDF2-SHA-256';
  cipher: 'AES-GCM-256';
  passphrase: WrappedKey;
  recovery?: WrappedKey;
  createdAt: string;
}

/** An encrypted value: AES-GCM-256 with a fresh 96-bit IV. */
export interface Ciphertext {
  alg: 'AES-GCM-256';
  iv: string;
  data: string;
  /**
   * Set when the value was encrypted bound to where it is kept (its store, namespace and key, as
   * AES-GCM additional data): it opens only there, so it cannot be moved to another record.
   * Absent on values sealed before Hearth bound them, which open without it (and are resealed).
   */
  bound?: true;
}

export type CryptoFailureReason = 'wrong-secret' | 'unavailable' | 'damaged' | 'failed';
export interface CryptoFailure extends HearthError {
  code: 'crypto';
  reason: CryptoFailureReason;
}
export type CryptoResult<T> = { ok: true; value: T } | { ok: false; error: CryptoFailure };

const MESSAGES: Record<CryptoFailureReason, string> = {
  'wrong-secret': 'That passphrase (or recovery code) does not match.',
  unavailable: 'Encryption needs a secure connection (HTTPS); it is not available on this page.',
  damaged: 'This encrypted data is damaged and cannot be read.',
  failed: 'Encryption did not work in this browser.',
};

function failure(reason: CryptoFailureReason): { ok: false; error: CryptoFailure } {
  if (reason === 'unavailable') reportInsecureContextOnce();
  return { ok: false, error: { code: 'crypto', reason, message: MESSAGES[reason] } };
}

const toBase64 = (bytes: ArrayBuffer | Uint8Array) => {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let text = '';
  for (let i = 0; i < view.length; i += 0x8000) text += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(text);
};
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const random = (length: number): Uint8Array<ArrayBuffer> => crypto.getRandomValues(new Uint8Array(length));

/** AES-GCM's parameters: the IV, and the binding (if any) as additional data. */
const gcm = (iv: Uint8Array<ArrayBuffer>, binding: string | undefined): AesGcmParams =>
  binding === undefined ? { name: 'AES-GCM', iv } : { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(binding) };

/** Crockford base32: no I, L, O, U, so a printed code is hard to misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 20 random bytes (160 bits) as 32 characters in groups of four. */
function newRecoveryCode(): string {
  const bytes = random(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/** Accepts a recovery code however it was typed: any case, spaces, dashes, O for 0, I or L for 1. */
export function normaliseRecoveryCode(code: string): string {
  const clean = code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return clean.match(/.{1,4}/g)?.join('-') ?? '';
}

async function keyWrappingKey(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', salt, iterations, hash: 'SHA-256' }, material, { name: 'AES-GCM', length: 256 }, false, [
    'wrapKey',
    'unwrapKey',
  ]);
}

async function wrap(dataKey: CryptoKey, secret: string): Promise<WrappedKey> {
  const salt = random(16);
  const iv = random(12);
  const kek = await keyWrappingKey(secret, salt, PBKDF2_ITERATIONS);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv, additionalData: AAD });
  return { salt: toBase64(salt), iterations: PBKDF2_ITERATIONS, iv: toBase64(iv), wrapped: toBase64(wrapped) };
}

/** Unwraps the data key; a wrong secret fails AES-GCM's tag check here, before any data is touched. */
async function unwrap(wrapped: WrappedKey, secret: string, extractable: boolean): Promise<CryptoResult<CryptoKey>> {
  let kek: CryptoKey;
  try {
    kek = await keyWrappingKey(secret, fromBase64(wrapped.salt), wrapped.iterations);
  } catch {
    return failure('failed');
  }
  try {
    const key = await crypto.subtle.unwrapKey(
      'raw',
      fromBase64(wrapped.wrapped),
      kek,
      { name: 'AES-GCM', iv: fromBase64(wrapped.iv), additionalData: AAD },
      { name: 'AES-GCM', length: 256 },
      extractable,
      ['encrypt', 'decrypt'],
    );
    return { ok: true, value: key };
  } catch {
    return failure('wrong-secret');
  }
}

/**
 * Client-side encryption for journal text (docs/privacy-and-security.md):
 * PBKDF2-SHA-256 (600,000 iterations, random salt) turns the passphrase into a key-wrapping key;
 * the data key (AES-GCM-256) is generated extractable only long enough to be wrapped (by the
 * passphrase and, optionally, by a printable recovery code), then held non-extractable. Each
 * encryption uses a fresh 96-bit IV. The passphrase is never stored.
 */
export class KeyVault {
  /** Sets up encryption: a new data key wrapped by the passphrase (and a recovery code, if asked). */
  static async create(
    passphrase: string,
    options: { recoveryCode?: boolean } = {},
  ): Promise<CryptoResult<{ vault: KeyVault; envelope: KeyEnvelope; recoveryCode?: string }>> {
    if (!canEncrypt()) return failure('unavailable');
    try {
      const extractable = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
      const recoveryCode = options.recoveryCode ? newRecoveryCode() : undefined;
      const envelope: KeyEnvelope = {
        format: 'hearth-key',
        version: 1,
        kdf: 'PBKDF2-SHA-256',
        cipher: 'AES-GCM-256',
        passphrase: await wrap(extractable, passphrase),
        ...(recoveryCode ? { recovery: await wrap(extractable, recoveryCode) } : {}),
        createdAt: new Date().toISOString(),
      };
      // From here on only a non-extractable copy is held.
      const held = await unwrap(envelope.passphrase, passphrase, false);
      if (!held.ok) return failure('failed');
      return { ok: true, value: { vault: new KeyVault(held.value), envelope, recoveryCode } };
    } catch {
      return failure('failed');
    }
  }

  static async unlock(envelope: KeyEnvelope, passphrase: string): Promise<CryptoResult<KeyVault>> {
    if (!canEncrypt()) return failure('unavailable');
    // Stored envelopes can be changed by anyone with the device: checked before any key is derived.
    if (keyEnvelopeProblem(envelope)) return failure('damaged');
    const key = await unwrap(envelope.passphrase, passphrase, false);
    return key.ok ? { ok: true, value: new KeyVault(key.value) } : key;
  }

  static async unlockWithRecoveryCode(envelope: KeyEnvelope, code: string): Promise<CryptoResult<KeyVault>> {
    if (!canEncrypt()) return failure('unavailable');
    if (keyEnvelopeProblem(envelope)) return failure('damaged');
    if (!envelope.recovery) return failure('wrong-secret');
    const key = await unwrap(envelope.recovery, normaliseRecoveryCode(code), false);
    return key.ok ? { ok: true, value: new KeyVault(key.value) } : key;
  }

  /**
   * A new passphrase: the same data key re-wrapped (the entries are not re-encrypted). `secret` is
   * the current passphrase, or the recovery code with `{ byRecoveryCode: true }`.
   */
  static async changePassphrase(
    envelope: KeyEnvelope,
    secret: string,
    newPassphrase: string,
    options: { byRecoveryCode?: boolean } = {},
  ): Promise<CryptoResult<KeyEnvelope>> {
    if (!canEncrypt()) return failure('unavailable');
    if (keyEnvelopeProblem(envelope)) return failure('damaged');
    const wrapped = options.byRecoveryCode ? envelope.recovery : envelope.passphrase;
    if (!wrapped) return failure('wrong-secret');
    const key = await unwrap(wrapped, options.byRecoveryCode ? normaliseRecoveryCode(secret) : secret, true);
    if (!key.ok) return key;
    try {
      return { ok: true, value: { ...envelope, passphrase: await wrap(key.value, newPassphrase) } };
    } catch {
      return failure('failed');
    }
  }
  private constructor(private readonly key: CryptoKey) {}

  /** The data key in use; never extractable. */
  get cryptoKey(): CryptoKey {
    return this.key;
  }

  /**
   * Encrypts with a fresh IV. With `binding` (where the value will be kept:
   * HearthStorage.bindingOf), the binding is AES-GCM additional data: the ciphertext then opens
   * only with the same binding.
   */
  async encrypt(plaintext: string, binding?: string): Promise<Ciphertext> {
    const iv = random(12);
    const data = await crypto.subtle.encrypt(gcm(iv, binding), this.key, new TextEncoder().encode(plaintext));
    return { alg: 'AES-GCM-256', iv: toBase64(iv), data: toBase64(data), ...(binding === undefined ? {} : { bound: true as const }) };
  }

  /**
   * Decrypts; a bound ciphertext needs the binding it was sealed with (another record's, or none,
   * fails as `damaged`). An unbound one (sealed before binding existed) opens without it.
   */
  async decrypt(ciphertext: Ciphertext, binding?: string): Promise<CryptoResult<string>> {
    if (ciphertext.bound && binding === undefined) return failure('damaged');
    try {
      const data = await crypto.subtle.decrypt(gcm(fromBase64(ciphertext.iv), ciphertext.bound ? binding : undefined), this.key, fromBase64(ciphertext.data));
      return { ok: true, value: new TextDecoder().decode(data) };
    } catch {
      return failure('damaged');
    }
  }

  async encryptJson(value: unknown, binding?: string): Promise<Ciphertext> {
    return this.encrypt(JSON.stringify(value), binding);
  }

  async decryptJson<T>(ciphertext: Ciphertext, binding?: string): Promise<CryptoResult<T>> {
    const text = await this.decrypt(ciphertext, binding);
    if (!text.ok) return text;
    try {
      return { ok: true, value: JSON.parse(text.value) as T };
    } catch {
      return failure('damaged');
    }
  }
}
