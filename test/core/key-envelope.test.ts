import { expect } from '@open-wc/testing';

import { type Ciphertext, ciphertextProblem, type KeyEnvelope, keyEnvelopeProblem, KeyVault } from '../../packages/core/src/index.js';

// Issue 17 item 9: an envelope can come from a file, so it is checked before any key is derived.

describe('keyEnvelopeProblem and ciphertextProblem (checked before any key is derived)', () => {
  let envelope: KeyEnvelope;
  let sealed: Ciphertext;

  before(async function () {
    // Three PBKDF2 derivations of 600,000 rounds: seconds in a slow engine.
    this.timeout(30_000);
    const created = await KeyVault.create('correct horse battery staple', { recoveryCode: true });
    if (!created.ok) throw new Error(created.error.message);
    envelope = created.value.envelope;
    sealed = await created.value.vault.encryptJson({ hello: 'world' });
  });

  it('accepts what Hearth writes: an envelope with and without a recovery code, and sealed data', () => {
    expect(keyEnvelopeProblem(envelope)).to.equal(undefined);
    expect(keyEnvelopeProblem({ ...envelope, recovery: undefined })).to.equal(undefined);
    expect(ciphertextProblem(sealed)).to.equal(undefined);
  });

  it('names the first thing that is wrong, by path', () => {
    const withPassphrase = (change: Record<string, unknown>) => ({ ...envelope, passphrase: { ...envelope.passphrase, ...change } });
    const cases: [unknown, string][] = [
      [null, 'envelope: expected an object, got null'],
      [{ ...envelope, format: 'other' }, 'envelope.format: expected "hearth-key"'],
      [{ ...envelope, version: 2 }, 'envelope.version: expected 1, got 2'],
      [{ ...envelope, kdf: 'scrypt' }, 'envelope.kdf: expected "PBKDF2-SHA-256"'],
      [{ ...envelope, cipher: 'AES-CBC-128' }, 'envelope.cipher: expected "AES-GCM-256"'],
      [withPassphrase({ iterations: 1e12 }), 'envelope.passphrase.iterations: must be at most 10000000 (got 1000000000000)'],
      [withPassphrase({ iterations: 99_999 }), 'envelope.passphrase.iterations: must be at least 100000 (got 99999)'],
      [withPassphrase({ iterations: 600_000.5 }), 'envelope.passphrase.iterations: expected a whole number, got 600000.5'],
      [withPassphrase({ iterations: '600000' }), 'envelope.passphrase.iterations: expected a number, got text'],
      [withPassphrase({ salt: undefined }), 'envelope.passphrase.salt: is required'],
      [withPassphrase({ salt: 'AAAA' }), 'envelope.passphrase.salt: must hold 16 to 64 bytes (got 3)'],
      [withPassphrase({ iv: 'not base64!' }), 'envelope.passphrase.iv: expected base64, got "not base64!"'],
      [withPassphrase({ wrapped: btoa('x'.repeat(32)) }), 'envelope.passphrase.wrapped: must hold 48 bytes (got 32)'],
      [{ ...envelope, recovery: { ...envelope.recovery, iterations: 2 ** 32 - 1 } }, 'envelope.recovery.iterations: must be at most 10000000 (got 4294967295)'],
    ];
    for (const [value, problem] of cases) expect(keyEnvelopeProblem(value), problem).to.equal(problem);
    expect(keyEnvelopeProblem(undefined, 'encrypted.envelope')).to.equal('encrypted.envelope: is required');
    expect(ciphertextProblem({ ...sealed, alg: 'none' })).to.equal('data.alg: expected "AES-GCM-256"');
    expect(ciphertextProblem({ ...sealed, data: '' })).to.equal('data.data: must hold at least 16 bytes (got 0)');
  });
});
