import { expect } from '@open-wc/testing';

import { HearthStorage, type KeyEnvelope, KeyVault, normaliseRecoveryCode, PBKDF2_ITERATIONS } from '../../packages/core/src/index.js';

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

describe('KeyVault (passphrase encryption)', () => {
  let envelope: KeyEnvelope;
  let recoveryCode: string;
  let vault: KeyVault;

  before(async () => {
    const created = await KeyVault.create('correct horse battery staple', { recoveryCode: true });
    if (!created.ok) throw new Error(created.error.message);
    ({ envelope, vault } = created.value);
    recoveryCode = created.value.recoveryCode!;
  });

  it('stores only wrapped keys: PBKDF2-SHA-256 at 600,000 iterations, a 128-bit salt, a 96-bit IV', () => {
    expect(PBKDF2_ITERATIONS).to.equal(600_000);
    expect(envelope).to.deep.include({ format: 'hearth-key', version: 1, kdf: 'PBKDF2-SHA-256', cipher: 'AES-GCM-256' });
    for (const wrapped of [envelope.passphrase, envelope.recovery!]) {
      expect(wrapped.iterations).to.equal(600_000);
      expect(fromBase64(wrapped.salt)).to.have.length(16);
      expect(fromBase64(wrapped.iv)).to.have.length(12);
      expect(fromBase64(wrapped.wrapped)).to.have.length(32 + 16);
    }
    expect(envelope.passphrase.salt).not.to.equal(envelope.recovery!.salt);
    const stored = JSON.stringify(envelope);
    expect(stored).not.to.contain('correct horse');
    expect(stored).not.to.contain(recoveryCode.replace(/-/g, ''));
  });

  it('holds the data key non-extractable', async () => {
    expect(vault.cryptoKey.extractable).to.equal(false);
    expect(vault.cryptoKey.algorithm).to.deep.include({ name: 'AES-GCM', length: 256 });
    let refused = false;
    try {
      await crypto.subtle.exportKey('raw', vault.cryptoKey);
    } catch {
      refused = true;
    }
    expect(refused).to.equal(true);
  });

  it('encrypts with a fresh IV every time and decrypts what it wrote', async () => {
    const text = 'Today I noticed the tightness in my chest ease. 🌱 Ça va mieux. مرحبا';
    const a = await vault.encrypt(text);
    const b = await vault.encrypt(text);
    expect(a.alg).to.equal('AES-GCM-256');
    expect(fromBase64(a.iv)).to.have.length(12);
    expect(a.iv).not.to.equal(b.iv);
    expect(a.data).not.to.equal(b.data);
    expect(await vault.decrypt(a)).to.deep.equal({ ok: true, value: text });
    const big = 'x'.repeat(100 * 1024);
    expect((await vault.decrypt(await vault.encrypt(big))).ok).to.equal(true);
  });

  it('detects a wrong passphrase at unlock, before any data is touched', async () => {
    const wrong = await KeyVault.unlock(envelope, 'correct horse battery stapler');
    expect(wrong).to.deep.equal({
      ok: false,
      error: { code: 'crypto', reason: 'wrong-secret', message: 'That passphrase (or recovery code) does not match.' },
    });
    const right = await KeyVault.unlock(envelope, 'correct horse battery staple');
    expect(right.ok).to.equal(true);
  });

  it('unlocks with the recovery code however it is typed', async () => {
    const typed = ` ${recoveryCode.toLowerCase().replace(/-/g, ' ')} `;
    expect(normaliseRecoveryCode(typed)).to.equal(recoveryCode);
    const sealed = await vault.encrypt('kept safe');
    const unlocked = await KeyVault.unlockWithRecoveryCode(envelope, typed);
    expect(unlocked.ok).to.equal(true);
    if (unlocked.ok) expect(await unlocked.value.decrypt(sealed)).to.deep.equal({ ok: true, value: 'kept safe' });
  });

  it('changes the passphrase by re-wrapping the same key: old entries still open, the old passphrase does not', async () => {
    const sealed = await vault.encrypt('written before the change');
    const changed = await KeyVault.changePassphrase(envelope, 'correct horse battery staple', 'a new long passphrase');
    expect(changed.ok).to.equal(true);
    if (!changed.ok) return;
    expect(changed.value.recovery).to.deep.equal(envelope.recovery);
    expect((await KeyVault.unlock(changed.value, 'correct horse battery staple')).ok).to.equal(false);
    const unlocked = await KeyVault.unlock(changed.value, 'a new long passphrase');
    expect(unlocked.ok && (await unlocked.value.decrypt(sealed))).to.deep.equal({ ok: true, value: 'written before the change' });
    const reset = await KeyVault.changePassphrase(envelope, recoveryCode, 'after forgetting', { byRecoveryCode: true });
    expect(reset.ok).to.equal(true);
    const wrongOld = await KeyVault.changePassphrase(envelope, 'not it', 'x');
    expect(!wrongOld.ok && wrongOld.error.reason).to.equal('wrong-secret');
  });

  it('reports damaged data instead of throwing', async () => {
    const sealed = await vault.encrypt('hello');
    const bytes = fromBase64(sealed.data);
    bytes[0] ^= 1;
    const tampered = { ...sealed, data: btoa(String.fromCharCode(...bytes)) };
    const result = await vault.decrypt(tampered);
    expect(!result.ok && result.error.reason).to.equal('damaged');
  });

  it('a value sealed bound to its record opens only there: another binding, or none, is "damaged"', async () => {
    const storage = new HearthStorage({ mode: 'none', namespace: 'bound' });
    const here = storage.bindingOf('journal', 'diary/entry-1');
    const sealed = await vault.encryptJson({ text: 'mine' }, here);
    expect(sealed.bound).to.equal(true);
    const opened = await vault.decryptJson(sealed, here);
    expect(opened.ok && opened.value).to.deep.equal({ text: 'mine' });
    for (const elsewhere of [
      storage.bindingOf('journal', 'diary/entry-2'),
      storage.bindingOf('drafts', 'diary/entry-1'),
      new HearthStorage({ mode: 'none', namespace: 'other' }).bindingOf('journal', 'diary/entry-1'),
      undefined,
    ]) {
      const moved = await vault.decryptJson(sealed, elsewhere);
      expect(!moved.ok && moved.error.reason, `opened at ${elsewhere}`).to.equal('damaged');
    }
    // Taking the marker off does not help: the tag was computed with the binding.
    const stripped = await vault.decryptJson({ alg: sealed.alg, iv: sealed.iv, data: sealed.data });
    expect(!stripped.ok && stripped.error.reason).to.equal('damaged');
  });

  it('a value sealed before seals were bound (no `bound`) still opens, with or without a binding', async () => {
    const legacy = await vault.encryptJson({ text: 'old' });
    expect(legacy.bound).to.equal(undefined);
    for (const binding of [undefined, 'hearth-record-v1|journal|x']) {
      const opened = await vault.decryptJson(legacy, binding);
      expect(opened.ok && opened.value).to.deep.equal({ text: 'old' });
    }
  });

  it('an envelope changed on the device (rounds that would hang, null) is refused as damaged before any key is derived', async () => {
    const hanging = { ...envelope, passphrase: { ...envelope.passphrase, iterations: 2 ** 32 - 1 } };
    for (const bad of [hanging, { ...envelope, passphrase: null }, null] as unknown as KeyEnvelope[]) {
      const unlocked = await KeyVault.unlock(bad, 'correct horse battery staple');
      expect(!unlocked.ok && unlocked.error.reason).to.equal('damaged');
      const recovered = await KeyVault.unlockWithRecoveryCode(bad, recoveryCode);
      expect(!recovered.ok && recovered.error.reason).to.equal('damaged');
      const changed = await KeyVault.changePassphrase(bad, 'correct horse battery staple', 'a new passphrase');
      expect(!changed.ok && changed.error.reason).to.equal('damaged');
    }
  });

  it('without a recovery code, the envelope has none to unlock with', async () => {
    const created = await KeyVault.create('only a passphrase');
    expect(created.ok && created.value.envelope.recovery).to.equal(undefined);
    if (created.ok) expect((await KeyVault.unlockWithRecoveryCode(created.value.envelope, 'AAAA')).ok).to.equal(false);
  });
});
