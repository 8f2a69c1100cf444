import '../packages/elements/src/all.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import { validate } from '../packages/core/src/index.js';
import type { HearthConsent } from '../packages/elements/src/consent/consent.js';
import { receiptOf } from '../packages/elements/src/consent/consent-receipt.js';
import type { ConsentRecord, Policy } from '../packages/elements/src/consent/policy.js';
import { policySchema } from '../packages/elements/src/consent/policy-schema.js';
import { policyLanguages } from '../packages/elements/src/content/built-in-policies.js';
import { captureConsole, type ConsoleCapture } from './helpers/console-capture.js';
import { forStoreKey, storedRecords } from './helpers/indexeddb.js';
import { inShadow, shadow, shadowButton, shadowText, until } from './helpers/shadow.js';

/*
 * Terms a young person and a parent or guardian each answer (acknowledgments with `roles`, as in
 * the `minors` template): each signer sees and answers only the acknowledgments for their role,
 * and has a record of their own (`<key>:self`, `<key>:guardian`). One element without
 * `signer-role` takes each signer in turn and shows every answer; an element with `signer-role`
 * is for that signer only. docs/decisions/032-minors-consent.md.
 */

const TEEN: Policy = {
  id: 'teen',
  version: '1',
  title: 'Therapy for young people',
  sections: [{ id: 'private', title: 'What stays private', bodyHtml: '<p>What you say in sessions stays private, with a few limits.</p>' }],
  acknowledgments: [
    { id: 'self-private', label: 'I understand what stays private.', required: true, roles: ['self'] },
    { id: 'guardian-private', label: 'I understand what I can and cannot know.', required: true, roles: ['guardian'] },
    { id: 'questions', label: 'I know I can ask questions at any time.', required: false, roles: ['self', 'guardian'] },
    { id: 'everyone', label: 'I have read the terms.', required: true },
  ],
};

let n = 0;
const key = () => `minors-${Date.now()}-${++n}`;

async function teen(attributes: { storeKey: string; namespace: string; role?: string }, policy: Policy = TEEN) {
  const provider = await fixture(html`<hearth-provider practice-name="Willow Tree" namespace=${attributes.namespace}>
    <hearth-consent store-key=${attributes.storeKey}></hearth-consent>
  </hearth-provider>`);
  const el = provider.querySelector('hearth-consent')!;
  if (attributes.role) el.setAttribute('signer-role', attributes.role);
  el.policy = policy;
  await until(() => el.stage !== 'loading', 3000, 'the terms and the kept answers');
  await el.updateComplete;
  return el;
}

const labels = (el: Element) => [...shadow(el).querySelectorAll('.ack bdi')].map((label) => label.textContent);
const signerLines = (el: Element) => [...shadow(el).querySelectorAll('.signer > span')].map((line) => line.textContent!.trim());

/** The "I agree" button's words in each language the tests use. */
const AGREE: Record<string, string> = { en: 'I agree', es: 'Acepto', fr: 'J’accepte', ar: 'أوافق' };

async function answer(el: HearthConsent, name: string, relationship?: string, lang = 'en'): Promise<ConsentRecord> {
  for (const box of shadow(el).querySelectorAll<HTMLInputElement>('.ack input')) box.click();
  const type = (selector: string, value: string) => {
    const field = inShadow<HTMLInputElement>(el, selector);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  type('#signer-name', name);
  if (relationship) type('#relationship', relationship);
  await el.updateComplete;
  setTimeout(() => shadowButton(el, AGREE[lang]).click());
  const { detail } = await oneEvent(el, 'hearth-consent-submit');
  await until(() => el.stage === 'agreed', 3000, 'the answer');
  await el.updateComplete;
  return detail.record as ConsentRecord;
}

const kept = async (storeKey: string, role: string) => (await storedRecords<ConsentRecord>(forStoreKey(`${storeKey}:${role}`), ['consent']))[0]?.value.data;

describe('<hearth-consent>: a consent answered by a young person and a parent or guardian', () => {
  let console_: ConsoleCapture;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  it('roles in the format: checked (known roles, each once); absent means every signer', () => {
    expect(validate(policySchema, TEEN, 'policy').errors).to.deep.equal([]);
    const bad = (roles: unknown) => validate(policySchema, { ...TEEN, acknowledgments: [{ id: 'a', label: 'A', required: true, roles }] }, 'policy').errors;
    expect(bad(['parent'])[0].path).to.equal('policy.acknowledgments[0].roles[0]');
    expect(bad([])[0].message).to.contain('at least 1');
    expect(bad(['self', 'self'])[0]).to.deep.equal({ path: 'policy.acknowledgments[0].roles', message: '"self" is named twice' });
  });

  it('with signer-role, an element is for that signer only: their acknowledgments, their required ones, their record', async () => {
    const [storeKey, namespace] = [key(), key()];
    const guardian = await teen({ storeKey, namespace, role: 'guardian' });
    expect(labels(guardian)).to.deep.equal(['I understand what I can and cannot know.', 'I know I can ask questions at any time.', 'I have read the terms.']);
    expect(shadow(guardian).querySelector('[part="signers"]')).to.equal(null);
    expect(guardian.instanceKey).to.equal(`${storeKey}:guardian`);
    shadowButton(guardian, 'I agree').click();
    await guardian.updateComplete;
    await guardian.updateComplete;
    const missing = inShadow(guardian, '[part="missing"]').textContent!;
    expect(missing).to.contain('I understand what I can and cannot know.').and.to.contain('I have read the terms.');
    expect(missing).not.to.contain('I understand what stays private.');
    const record = await answer(guardian, 'Dana Okafor', 'Mother');
    expect(record).to.include({ signerRole: 'guardian', relationship: 'Mother', signerName: 'Dana Okafor' });
    expect(record.acknowledgments).to.deep.equal({ 'guardian-private': true, questions: true, everyone: true });

    // The young person's own element, same page, same store-key: a record of their own.
    const self = await teen({ storeKey, namespace, role: 'self' });
    expect(self.stage).to.equal('form');
    expect(labels(self)).to.deep.equal(['I understand what stays private.', 'I know I can ask questions at any time.', 'I have read the terms.']);
    const own = await answer(self, 'Alex Okafor');
    expect(own.acknowledgments).to.deep.equal({ 'self-private': true, questions: true, everyone: true });
    expect(own.policyHash).to.equal(record.policyHash);
    expect((await kept(storeKey, 'guardian'))?.recordId).to.equal(record.recordId);
    expect((await kept(storeKey, 'self'))?.recordId).to.equal(own.recordId);
    // The guardian's answer stands.
    expect(guardian.stage).to.equal('agreed');
    await expect(self).to.be.accessible();
  });

  it('one element takes each signer in turn: the young person, then "Next: the parent or guardian", both answers kept and shown', async () => {
    const [storeKey, namespace] = [key(), key()];
    const el = await teen({ storeKey, namespace });
    expect(el.activeRole).to.equal('self');
    expect(shadowText(el)).to.contain('You are signing as the client.');
    expect(signerLines(el)).to.deep.equal(['The client: answering now', 'A parent or guardian: has not answered yet']);
    expect(labels(el)).to.deep.equal(['I understand what stays private.', 'I know I can ask questions at any time.', 'I have read the terms.']);
    await expect(el).to.be.accessible();
    const first = await answer(el, 'Alex Okafor');
    expect(first.signerRole).to.equal('self');
    expect(inShadow(el, '.answer-text').textContent).to.contain('You agreed to version 1');
    expect(signerLines(el)[0]).to.match(/^The client: agreed on /);
    await expect(el).to.be.accessible();

    // The device is passed on by choice: the form is the guardian's, empty, focus on whose turn it is.
    shadowButton(el, 'Next: the parent or guardian reads and answers').click();
    await until(() => el.stage === 'form', 3000, "the guardian's form");
    await el.updateComplete;
    expect(el.activeRole).to.equal('guardian');
    expect(shadow(el).activeElement?.textContent).to.contain('A parent or guardian: answering now');
    expect(inShadow<HTMLInputElement>(el, '#signer-name').value).to.equal('');
    expect([...shadow(el).querySelectorAll<HTMLInputElement>('.ack input')].some((box) => box.checked)).to.equal(false);
    expect(labels(el)).to.deep.equal(['I understand what I can and cannot know.', 'I know I can ask questions at any time.', 'I have read the terms.']);
    expect(shadowText(el)).to.contain("You are signing as the client's parent or guardian.");
    expect(signerLines(el)[0]).to.match(/^The client: agreed on /);
    await expect(el).to.be.accessible();
    const second = await answer(el, 'Dana Okafor', 'Father');
    expect(second).to.include({ signerRole: 'guardian', relationship: 'Father' });
    expect(second.acknowledgments).to.deep.equal({ 'guardian-private': true, questions: true, everyone: true });
    expect(second.supersedes).to.equal(undefined);
    expect((await kept(storeKey, 'self'))?.recordId).to.equal(first.recordId);
    expect((await kept(storeKey, 'guardian'))?.recordId).to.equal(second.recordId);

    // A return visit shows both answers, and each can be opened (to review, print or withdraw).
    const again = await teen({ storeKey, namespace });
    expect(again.stage).to.equal('agreed');
    expect(again.activeRole).to.equal('self');
    const lines = signerLines(again);
    expect(lines[0]).to.match(/^The client: agreed on /);
    expect(lines[1]).to.match(/^A parent or guardian: agreed on /);
    shadowButton(again, 'Show this answer').click();
    await again.updateComplete;
    await until(() => again.stage === 'agreed' && again.activeRole === 'guardian', 3000, "the guardian's answer");
    expect(again.consentRecord?.recordId).to.equal(second.recordId);
    await expect(again).to.be.accessible();
  });

  it('a return visit after only the young person answered goes to the parent or guardian', async () => {
    const [storeKey, namespace] = [key(), key()];
    await answer(await teen({ storeKey, namespace }), 'Alex Okafor');
    const later = await teen({ storeKey, namespace });
    await until(() => later.activeRole === 'guardian' && later.stage === 'form', 3000, "the guardian's form");
    expect(signerLines(later)[0]).to.match(/^The client: agreed on /);
  });

  it('a receipt: the signer’s own acknowledgments confirmed, every one listed (the hash covers them all); FHIR: the signer’s only', async () => {
    const el = await teen({ storeKey: key(), namespace: key(), role: 'guardian' });
    const record = await answer(el, 'Dana Okafor', 'Mother');
    const receipt = receiptOf(el);
    expect(receipt.acknowledgments.map((ack) => ack.id)).to.deep.equal(['self-private', 'guardian-private', 'questions', 'everyone']);
    expect(receipt.acknowledgments[0]).to.deep.include({ roles: ['self'], confirmed: false });
    expect(receipt.acknowledgments[1]).to.deep.include({ roles: ['guardian'], confirmed: true });
    expect(receipt.acknowledgments[3]).not.to.have.property('roles');
    const fhir = el.toFhirConsent(record);
    const nested = (fhir as unknown as { provision: { provision: { code: { coding: { code: string }[] }[] }[] } }).provision.provision;
    expect(nested.map((p) => p.code[0].coding[0].code)).to.deep.equal(['guardian-private', 'questions', 'everyone']);
  });

  it('a signer-role the terms do not name is a configuration error', async () => {
    const el = await teen({ storeKey: key(), namespace: key(), role: 'representative' });
    expect(inShadow(el, '[part="error"]').textContent).to.contain('signer-role').and.to.contain('self, guardian');
  });

  it('terms without roles: as before (one record under the key, no turns)', async () => {
    const plain = { ...TEEN, acknowledgments: TEEN.acknowledgments.map(({ roles: _roles, ...ack }) => ack) };
    const storeKey = key();
    const el = await teen({ storeKey, namespace: key() }, plain);
    expect(el.instanceKey).to.equal(storeKey);
    expect(el.turns).to.deep.equal([]);
    expect(labels(el)).to.have.length(4);
  });

  for (const lang of ['en', 'es', 'fr', 'ar']) {
    it(`the built-in minors template (${lang}): the young person, then the parent or guardian, each with required acknowledgments of their own`, async () => {
      expect(policyLanguages('minors')).to.include(lang);
      const [storeKey, namespace] = [key(), key()];
      const provider = await fixture(html`<hearth-provider practice-name="Willow Tree" namespace=${namespace}>
        <hearth-consent template="minors" lang=${lang} store-key=${storeKey}></hearth-consent>
      </hearth-provider>`);
      const el = provider.querySelector('hearth-consent')!;
      await until(() => el.stage === 'form', 3000, 'the form');
      await el.updateComplete;
      expect(el.turns).to.deep.equal(['self', 'guardian']);
      const policy = el.currentPolicy!;
      const own = (role: 'self' | 'guardian') => policy.acknowledgments.filter((ack) => ack.roles?.includes(role));
      expect(el.shownAcknowledgments).to.deep.equal(policy.acknowledgments.filter((ack) => !ack.roles || ack.roles.includes('self')));
      expect(own('self').some((ack) => ack.required && ack.roles!.length === 1)).to.equal(true);
      expect(own('guardian').some((ack) => ack.required && ack.roles!.length === 1)).to.equal(true);
      expect(inShadow(el, '[part="signers"]').closest('[dir]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
      const first = await answer(el, 'Alex', undefined, lang);
      expect(Object.keys(first.acknowledgments)).to.have.members(
        own('self')
          .map((ack) => ack.id)
          .concat(policy.acknowledgments.filter((ack) => !ack.roles).map((ack) => ack.id)),
      );
      shadow(el).querySelector<HTMLButtonElement>('.signer:not([aria-current]) button')!.click();
      await until(() => el.stage === 'form' && el.activeRole === 'guardian', 3000, "the guardian's form");
      await el.updateComplete;
      expect(el.shownAcknowledgments).to.deep.equal(policy.acknowledgments.filter((ack) => !ack.roles || ack.roles.includes('guardian')));
      const second = await answer(el, 'Dana', 'Mother', lang);
      expect(second.signerRole).to.equal('guardian');
      expect((await kept(storeKey, 'self'))?.recordId).to.equal(first.recordId);
      expect((await kept(storeKey, 'guardian'))?.recordId).to.equal(second.recordId);
      await expect(el).to.be.accessible();
    });
  }
});
