import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthJournalPrompt } from '../packages/elements/src/journal-prompt/journal-prompt.js';
import { inShadow, shadow, shadowButton as button, until } from './helpers/shadow.js';

// Issue 17 item 9: an imported encrypted export is a file from anywhere. Its key envelope
// (known algorithms, PBKDF2 rounds within bounds, base64 salt, IV and key) and its sealed data are
// checked before a passphrase is asked for or a key derived: a clear message, the journal as it was,
// no unhandled rejection, and no hang (PBKDF2 at 4,294,967,295 rounds takes hours, so these tests
// finishing at all shows that nothing was derived).

let n = 0;
const key = () => `journal-import-${Date.now()}-${++n}`;
const DAMAGED = "This file can't be opened: it may be damaged, or it is not a journal export. Nothing was changed. Try exporting it again.";

/** Base64 of `bytes` bytes, as a real export holds. */
const base64 = (bytes: number) => btoa(String.fromCharCode(...new Uint8Array(bytes).fill(7)));

/** An encrypted export of the right shape (its key cannot be opened by any passphrase), changed by `edit`. */
function encryptedExport(
  edit: (file: { encrypted: { envelope: Record<string, unknown> & { passphrase: Record<string, unknown> }; data: Record<string, unknown> } }) => void = () =>
    undefined,
): string {
  const file = {
    format: 'hearth-journal-export',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    encrypted: {
      envelope: {
        format: 'hearth-key',
        version: 1,
        kdf: 'PBKDF2-SHA-256',
        cipher: 'AES-GCM-256',
        passphrase: { salt: base64(16), iterations: 600_000, iv: base64(12), wrapped: base64(48) },
        createdAt: '2026-01-01T00:00:00.000Z',
      },
      data: { alg: 'AES-GCM-256', iv: base64(12), data: base64(64) },
    },
  };
  edit(file);
  return JSON.stringify(file);
}

/** A journal holding one saved entry, with "Manage your journal" open. */
async function journalWithEntry(): Promise<HearthJournalPrompt> {
  const el = await fixture<HearthJournalPrompt>(html`<hearth-journal-prompt prompt="P" store-key=${key()}></hearth-journal-prompt>`);
  await until(() => (el as unknown as { store?: unknown }).store !== undefined, 3000, 'storage');
  const textarea = inShadow<HTMLTextAreaElement>(el, 'textarea#text');
  textarea.value = 'Kept as it was';
  textarea.dispatchEvent(new Event('input'));
  await el.saveEntry();
  await el.updateComplete;
  inShadow<HTMLButtonElement>(el, '[part="manage-button"]').click();
  await el.updateComplete;
  return el;
}

/** Chooses `text` as a file through "Import a Hearth export", as a client would. */
async function chooseFile(el: HearthJournalPrompt, text: string): Promise<void> {
  const input = inShadow<HTMLInputElement>(el, 'input[type="file"]');
  const picked = new Promise<void>((resolve) => input.addEventListener('click', (event) => (event.preventDefault(), resolve()), { once: true }));
  button(el, 'Import a Hearth export').click();
  await picked;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'journal.encrypted.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

const importStatus = (el: HearthJournalPrompt) => inShadow(el, '[part="import-status"]').textContent;
const passphraseAsked = (el: HearthJournalPrompt) => shadow(el).querySelector('#import-passphrase') !== null;

describe('<hearth-journal-prompt> importing an encrypted export checks it first (issue 17)', () => {
  let rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => {
    rejections.push(event.reason);
    event.preventDefault();
  };
  beforeEach(() => {
    rejections = [];
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => window.removeEventListener('unhandledrejection', onRejection));

  it('a well-formed encrypted export asks for its passphrase (the files below differ from it in one field)', async () => {
    const el = await journalWithEntry();
    await chooseFile(el, encryptedExport());
    await until(() => passphraseAsked(el), 3000, 'the passphrase form');
    expect(importStatus(el)).to.equal('');
  });

  const damaged: [string, Parameters<typeof encryptedExport>[0]][] = [
    ['envelope: null', (file) => void (file.encrypted.envelope = null as never)],
    ['iterations: 1e12', (file) => void (file.encrypted.envelope.passphrase.iterations = 1e12)],
    ['iterations: 4,294,967,295 (the most WebCrypto takes: hours of PBKDF2)', (file) => void (file.encrypted.envelope.passphrase.iterations = 2 ** 32 - 1)],
    ['iterations: 1 (far weaker than any Hearth export)', (file) => void (file.encrypted.envelope.passphrase.iterations = 1)],
    ['iterations: "600000" (text)', (file) => void (file.encrypted.envelope.passphrase.iterations = '600000')],
    ['an unknown cipher', (file) => void (file.encrypted.envelope.cipher = 'ROT13')],
    ['an unknown key derivation', (file) => void (file.encrypted.envelope.kdf = 'MD5')],
    ['no salt', (file) => void delete file.encrypted.envelope.passphrase.salt],
    ['a salt that is not base64', (file) => void (file.encrypted.envelope.passphrase.salt = 'not base64!')],
    ['sealed data of another algorithm', (file) => void (file.encrypted.data.alg = 'none')],
    ['no sealed data', (file) => void ((file.encrypted as { data?: unknown }).data = undefined)],
  ];
  for (const [what, edit] of damaged) {
    it(`${what}: refused at once with a clear message, the journal as it was, no unhandled rejection`, async () => {
      const el = await journalWithEntry();
      const before = structuredClone(el.savedEntries);
      const text = encryptedExport(edit);
      await chooseFile(el, text);
      await until(() => importStatus(el) === DAMAGED, 3000, 'the refusal');
      expect(passphraseAsked(el), 'no passphrase is asked for a file that cannot be opened').to.equal(false);
      // Called with a passphrase too (as the form would): it returns, and derives nothing.
      expect(await el.importEntries(text, 'any passphrase at all')).to.equal(0);
      await el.updateComplete;
      expect(importStatus(el)).to.equal(DAMAGED);
      expect(el.savedEntries).to.deep.equal(before);
      expect(el.savedEntries.map((entry) => entry.text)).to.deep.equal(['Kept as it was']);
      expect(rejections).to.deep.equal([]);
    });
  }

  it("the refusal is in the journal's language (Arabic)", async () => {
    const el = await fixture<HearthJournalPrompt>(html`<hearth-journal-prompt lang="ar" prompt="P" store-key=${key()}></hearth-journal-prompt>`);
    await until(() => (el as unknown as { store?: unknown }).store !== undefined, 3000, 'storage');
    expect(await el.importEntries(encryptedExport((file) => void (file.encrypted.envelope = null as never)))).to.equal(0);
    await el.updateComplete;
    expect(importStatus(el)).to.equal('لا يمكن فتح هذا الملف: ربما هو تالف، أو ليس ملف تصدير لليوميات. لم يتغير شيء. جرّب تصديره مرة أخرى.');
  });
});
