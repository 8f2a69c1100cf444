import type { Ciphertext, KeyEnvelope } from '@hearth/core';

/*
 * The sealed part of a passphrase-encrypted file (the journal's encrypted export, the safety
 * plan's encrypted file): what the file holds, sealed by a data key of its own (AES-GCM-256),
 * that key wrapped by a passphrase chosen for the file (PBKDF2-SHA-256), as the `keys` store
 * keeps an element's key. Shared by the journal and the plan, and loaded only with their file
 * code; the encryption code loads only when a file is sealed, checked or opened.
 */

/** A file's contents sealed by a key of its own, and that key wrapped by the file's passphrase. */
export interface SealedContent {
  envelope: KeyEnvelope;
  data: Ciphertext;
}

/** Seals `value` (as JSON) with a new key wrapped by `passphrase`; undefined when encryption is unavailable. */
export async function sealForFile(value: unknown, passphrase: string): Promise<SealedContent | undefined> {
  const { KeyVault } = await import('@hearth/core/encryption');
  const created = await KeyVault.create(passphrase);
  if (!created.ok) return undefined;
  return { envelope: created.value.envelope, data: await created.value.vault.encryptJson(value) };
}

/**
 * Why sealed content cannot be opened (`encrypted.envelope.passphrase.iterations: …`), or
 * undefined. A file can say anything: its key envelope (known algorithms, PBKDF2 rounds within
 * bounds) and its sealed data are checked before a passphrase is asked for or a key derived.
 * `path` names the sealed part in the file (`encrypted`).
 */
export async function sealedProblem(sealed: unknown, path: string): Promise<string | undefined> {
  const parts = sealed && typeof sealed === 'object' ? (sealed as { envelope?: unknown; data?: unknown }) : undefined;
  const { ciphertextProblem, keyEnvelopeProblem } = await import('@hearth/core/encryption');
  return keyEnvelopeProblem(parts?.envelope, `${path}.envelope`) ?? ciphertextProblem(parts?.data, `${path}.data`);
}

/**
 * Opens sealed content with the file's passphrase: `{ value }` (the JSON it held, not checked:
 * the caller checks it as any file); `wrong` for a passphrase that does not open it; `damaged`
 * for content that cannot be opened (see sealedProblem) or whose data does not decrypt;
 * undefined when the passphrase could not be tried (encryption unavailable).
 */
export async function openSealed(sealed: unknown, passphrase: string): Promise<{ value: unknown } | 'wrong' | 'damaged' | undefined> {
  if (await sealedProblem(sealed, 'encrypted')) return 'damaged';
  const { envelope, data } = sealed as SealedContent;
  const { KeyVault } = await import('@hearth/core/encryption');
  const opened = await KeyVault.unlock(envelope, passphrase);
  if (!opened.ok) return opened.error.reason === 'wrong-secret' ? 'wrong' : undefined;
  const value = await opened.value.decryptJson<unknown>(data);
  return value.ok ? { value: value.value } : 'damaged';
}
