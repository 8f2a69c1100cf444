import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import { encryptedExport as journalEncryptedExport } from '../packages/elements/src/journal-prompt/journal-export.js';
import type { HearthSafetyPlan } from '../packages/elements/src/safety-plan/safety-plan.js';
import { encryptedExport, type EncryptedSafetyPlanExport } from '../packages/elements/src/safety-plan/safety-plan-file.js';
import { type SafetyPlan, SECTION_IDS } from '../packages/elements/src/safety-plan/safety-plan-format.js';
import { sealForFile } from '../packages/elements/src/sealed-file.js';
import { nextDownload } from './helpers/downloads.js';
import { storedRecord } from './helpers/indexeddb.js';
import { inShadow, shadow, shadowButton as button, until } from './helpers/shadow.js';

// Issue 20: the plan saved as an encrypted file (sealed by a key of its own, wrapped by a passphrase
// chosen for the file, as the journal's encrypted export) and imported back: the import asks for
// the passphrase, a wrong one is said plainly, and a hostile file changes nothing.

let n = 0;
const key = () => `plan-sealed-file-${Date.now()}-${++n}`;
const PASSPHRASE = 'a passphrase for the file';

const NOT_A_PLAN = 'That file is not a Hearth safety plan file. Nothing was changed.';
const TOO_BIG = 'That file is too big to be a Hearth safety plan file. Nothing was changed.';
const DAMAGED = "This file can't be opened: it may be damaged, or it is not a Hearth safety plan file. Nothing was changed.";
const WRONG = 'That passphrase does not open this file. Nothing was changed.';

async function plan(storeKey = key()): Promise<HearthSafetyPlan> {
  const el = await fixture<HearthSafetyPlan>(html`<hearth-safety-plan store-key=${storeKey}></hearth-safety-plan>`);
  await until(() => el.data.loaded && !!inShadow(el, '#heading-reasons').textContent!.trim(), 5000, 'the plan read and its prompts loaded');
  await el.updateComplete;
  return el;
}

async function openManage(el: HearthSafetyPlan): Promise<void> {
  button(el, 'Manage my plan').click();
  await el.updateComplete;
}

/** Chooses a file through "Import a Hearth plan file", as a client would, and waits for what follows. */
async function chooseFile(el: HearthSafetyPlan, text: string): Promise<string> {
  const input = inShadow<HTMLInputElement>(el, '#import-file');
  input.addEventListener('click', (event) => event.preventDefault(), { once: true });
  button(el, 'Import a Hearth plan file').click();
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'safety-plan.encrypted.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
  return inShadow(el, '[part="import-status"]').textContent!.trim();
}

/** Types the file's passphrase into the import form and submits it, as a client would. */
async function enterPassphrase(el: HearthSafetyPlan, passphrase: string): Promise<string> {
  const field = inShadow<HTMLInputElement>(el, '#import-passphrase');
  field.value = passphrase;
  field.closest('form')!.requestSubmit();
  // The import is work the element tracks: updateComplete waits for it.
  await el.updateComplete;
  return inShadow(el, '[part="import-status"]').textContent!.trim();
}

function planWith(sections: Partial<Record<(typeof SECTION_IDS)[number], { id: string; text: string; phone?: string }[]>>): SafetyPlan {
  return {
    planId: 'imported-plan',
    version: 1,
    updatedAt: '2026-03-01T09:00:00.000Z',
    locale: 'en',
    sections: SECTION_IDS.map((id) => ({ id, items: sections[id] ?? [] })),
  };
}

const storedPlan = async (storeKey: string) => (await storedRecord<{ plan: SafetyPlan }>('safety-plan', `default/${storeKey}`))?.data.plan;
const shownItems = (el: HearthSafetyPlan) => [...shadow(el).querySelectorAll('.item .text')].map((node) => node.textContent);

describe('<hearth-safety-plan>: an encrypted file', function () {
  this.timeout(60_000);

  it('"Save as an encrypted file (JSON)" asks for a passphrase twice and saves the plan sealed: no line of it in the file', async () => {
    const el = await plan();
    el.addItem('warning-signs', 'I stop answering messages');
    el.addItem('people', 'Maya, my sister', '+1 555 0100');
    el.addItem('reasons', 'My cat, Biscuit');
    await el.data.save();
    await openManage(el);
    const opener = button(el, 'Save as an encrypted file (JSON)');
    expect(opener.getAttribute('aria-expanded')).to.equal('false');
    opener.click();
    await el.updateComplete;
    expect(opener.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).activeElement?.id, 'focus on the passphrase field').to.equal('file-passphrase');
    await expect(el).to.be.accessible();

    // Two different passphrases: refused in the form, and no file.
    inShadow<HTMLInputElement>(el, '#file-passphrase').value = PASSPHRASE;
    inShadow<HTMLInputElement>(el, '#file-confirm').value = `${PASSPHRASE}!`;
    inShadow<HTMLFormElement>(el, 'form.file-form').requestSubmit();
    await el.updateComplete;
    expect(inShadow(el, 'form.file-form [role="alert"]').textContent).to.equal('The two passphrases are not the same, or are shorter than 8 characters.');

    const download = nextDownload();
    inShadow<HTMLInputElement>(el, '#file-confirm').value = PASSPHRASE;
    inShadow<HTMLFormElement>(el, 'form.file-form').requestSubmit();
    const file = await download;
    await el.updateComplete;
    expect(file.name).to.match(/^safety-plan-\d{4}-\d\d-\d\d\.encrypted\.json$/);
    const saved = JSON.parse(file.text);
    expect(Object.keys(saved)).to.deep.equal(['format', 'version', 'exportedAt', 'encrypted']);
    expect(saved.format).to.equal('hearth-safety-plan-export');
    expect(saved.version).to.equal(1);
    expect(Object.keys(saved.encrypted)).to.deep.equal(['envelope', 'data']);
    expect(saved.encrypted.envelope.kdf).to.equal('PBKDF2-SHA-256');
    for (const text of ['answering', 'Maya', '555', 'Biscuit', 'warning-signs']) expect(file.text, text).not.to.contain(text);
    expect(shadow(el).querySelector('form.file-form'), 'the form closes').to.equal(null);
    expect(shadow(el).activeElement?.id).to.equal('export-encrypted');

    // Imported on another device: the passphrase is asked for; a wrong one changes nothing, the right one gives the same plan.
    const storeKey = key();
    const fresh = await plan(storeKey);
    await openManage(fresh);
    expect(await chooseFile(fresh, file.text)).to.equal('');
    expect(inShadow(fresh, 'form.file-form').textContent).to.contain('This file is encrypted. Enter the passphrase chosen when it was saved.');
    expect(shadow(fresh).activeElement?.id, 'focus on its passphrase field').to.equal('import-passphrase');
    await expect(fresh).to.be.accessible();
    expect(await enterPassphrase(fresh, 'not the passphrase')).to.equal(WRONG);
    expect(shadow(fresh).activeElement?.id, 'asked again').to.equal('import-passphrase');
    expect(await enterPassphrase(fresh, 'still not it'), 'a second wrong try is said too').to.equal(WRONG);
    expect(shownItems(fresh)).to.deep.equal([]);
    expect(await storedPlan(storeKey)).to.equal(undefined);
    expect(await enterPassphrase(fresh, PASSPHRASE)).to.equal('Added 3 new items to your plan. Nothing already in it was changed.');
    expect(shadow(fresh).querySelector('#import-passphrase'), 'the form closes').to.equal(null);
    expect({ ...fresh.plan, updatedAt: '' }, 'the same plan (changed now)').to.deep.equal({ ...el.plan, updatedAt: '' });
    await until(async () => (await storedPlan(storeKey))?.sections.find((s) => s.id === 'people')?.items[0]?.phone === '+1 555 0100', 3000, 'saved');
  });

  it('merges as a plain file does: an item already here is kept as it is, only new ones are added', async () => {
    const storeKey = key();
    const el = await plan(storeKey);
    const mine = el.addItem('warning-signs', 'I sleep all day')!;
    await el.data.save();
    await openManage(el);
    const file = await encryptedExport(
      planWith({
        'warning-signs': [
          { id: mine.id, text: 'Changed in the file' },
          { id: 'new-sign', text: 'I skip meals' },
        ],
      }),
      PASSPHRASE,
    );
    expect(await chooseFile(el, file!)).to.equal('');
    expect(await enterPassphrase(el, PASSPHRASE)).to.equal('Added 1 new item to your plan. Nothing already in it was changed.');
    expect(el.plan.sections.find((s) => s.id === 'warning-signs')!.items).to.deep.equal([
      { id: mine.id, text: 'I sleep all day' },
      { id: 'new-sign', text: 'I skip meals' },
    ]);
    // The same file again adds nothing, and says so.
    expect(await el.importPlan(file!, PASSPHRASE)).to.equal(0);
    expect(inShadow(el, '[part="import-status"]').textContent).to.equal('Everything in that file is already in your plan. Nothing was changed.');
  });

  describe('a hostile encrypted file gives a clear message and changes nothing', () => {
    let el: HearthSafetyPlan;
    let storeKey: string;
    let before: SafetyPlan;
    let good: EncryptedSafetyPlanExport;

    beforeEach(async () => {
      storeKey = key();
      el = await plan(storeKey);
      el.addItem('warning-signs', 'Kept as it was');
      await el.data.save();
      before = el.plan;
      await openManage(el);
      good = JSON.parse((await encryptedExport(planWith({ coping: [{ id: 'a', text: 'From the file' }] }), PASSPHRASE))!) as EncryptedSafetyPlanExport;
    });

    async function expectUnchanged() {
      expect(el.plan).to.deep.equal(before);
      expect(await storedPlan(storeKey)).to.deep.equal(before);
      expect(shownItems(el)).to.deep.equal(['Kept as it was']);
    }

    /** Refused at once: no passphrase is asked for (no key derived). */
    const atOnce: [string, () => Promise<string>, string][] = [
      ['a journal encrypted export (another kind of file)', async () => (await journalEncryptedExport([], PASSPHRASE))!, NOT_A_PLAN],
      ['an encrypted file of more than 4 MB', async () => JSON.stringify(good).padEnd(5 * 1024 * 1024, ' '), TOO_BIG],
      ['no key envelope', async () => JSON.stringify({ ...good, encrypted: { ...good.encrypted, envelope: null } }), DAMAGED],
      [
        '10^12 PBKDF2 rounds (would hang the page)',
        async () =>
          JSON.stringify({
            ...good,
            encrypted: { ...good.encrypted, envelope: { ...good.encrypted.envelope, passphrase: { ...good.encrypted.envelope.passphrase, iterations: 1e12 } } },
          }),
        DAMAGED,
      ],
      ['another cipher', async () => JSON.stringify({ ...good, encrypted: { ...good.encrypted, data: { ...good.encrypted.data, alg: 'AES-CBC' } } }), DAMAGED],
      ['encrypted is not an object', async () => JSON.stringify({ ...good, encrypted: 'sealed' }), DAMAGED],
      ['a plain plan beside the sealed one', async () => JSON.stringify({ ...good, plan: planWith({}) }), NOT_A_PLAN],
      ['a __proto__ key in the envelope', async () => `{"__proto__": {"polluted": true}, ${JSON.stringify(good).slice(1)}`, NOT_A_PLAN],
    ];
    for (const [what, file, message] of atOnce) {
      it(what, async () => {
        expect(await chooseFile(el, await file())).to.equal(message);
        expect(shadow(el).querySelector('#import-passphrase'), 'no passphrase asked for').to.equal(null);
        await expectUnchanged();
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      });
    }

    it('sealed data changed after it was sealed: refused once opened', async () => {
      const data = good.encrypted.data.data;
      const flipped = `${data.slice(0, 4)}${data[4] === 'A' ? 'B' : 'A'}${data.slice(5)}`;
      const file = JSON.stringify({ ...good, encrypted: { ...good.encrypted, data: { ...good.encrypted.data, data: flipped } } });
      expect(await chooseFile(el, file)).to.equal('');
      expect(await enterPassphrase(el, PASSPHRASE)).to.equal(DAMAGED);
      await expectUnchanged();
    });

    it('sealed content that is not a plan (a hostile plan inside a good envelope): refused once opened', async () => {
      const hostile = planWith({ coping: [{ id: 'x', text: 'Breathe\u0000 <img src=x onerror=alert(1)>', phone: 'javascript:alert(1)' }] });
      const file = JSON.stringify({ ...good, encrypted: await sealForFile(hostile, PASSPHRASE) });
      expect(await chooseFile(el, file)).to.equal('');
      expect(await enterPassphrase(el, PASSPHRASE)).to.equal(NOT_A_PLAN);
      await expectUnchanged();
    });

    it('Cancel leaves the plan as it was, and the file is forgotten', async () => {
      expect(await chooseFile(el, JSON.stringify(good))).to.equal('');
      button(el, 'Cancel').click();
      await el.updateComplete;
      expect(shadow(el).querySelector('#import-passphrase')).to.equal(null);
      await expectUnchanged();
    });
  });
});
