import '../packages/elements/src/all.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import type { HearthConsent } from '../packages/elements/src/consent/consent.js';
import { receiptOf } from '../packages/elements/src/consent/consent-receipt.js';
import type { ConsentRecord, Policy } from '../packages/elements/src/consent/policy.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { captureConsole, type ConsoleCapture } from './helpers/console-capture.js';
import { forStoreKey, putStoredRecord, storedRecords } from './helpers/indexeddb.js';
import { clearSentLog } from './helpers/sent-log.js';
import { inShadow, shadow, shadowButton, shadowText, until } from './helpers/shadow.js';

/*
 * Fixes from the review of the consent's policy values and turns (issue 19): an earlier answer
 * stays visible and can be withdrawn while the terms are not ready; in turns, each signer's
 * sending, answer and send state stay theirs; in a <form>, turns are valid only once every signer
 * agreed; a provider still loading is loading; a missing value is a configuration issue; the turn
 * passes only once the signer on screen has answered.
 */

const TELEHEALTH_VALUES = { licensedRegion: 'the State of Oregon', reconnectMinutes: '5', videoService: 'Doxy.me' };

const TEEN: Policy = {
  id: 'teen',
  version: '1',
  title: 'Therapy for young people',
  sections: [{ id: 'private', title: 'What stays private', bodyHtml: '<p>What you say in sessions stays private, with a few limits.</p>' }],
  acknowledgments: [
    { id: 'self-private', label: 'I understand what stays private.', required: true, roles: ['self'] },
    { id: 'guardian-private', label: 'I understand what I can and cannot know.', required: true, roles: ['guardian'] },
    { id: 'everyone', label: 'I have read the terms.', required: true },
  ],
};

let n = 0;
const key = () => `review-${Date.now()}-${++n}`;

async function fillIn(el: HearthConsent, name: string, relationship?: string): Promise<void> {
  for (const box of shadow(el).querySelectorAll<HTMLInputElement>('.ack input')) if (!box.checked) box.click();
  const type = (selector: string, value: string) => {
    const field = inShadow<HTMLInputElement>(el, selector);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  type('#signer-name', name);
  if (relationship) type('#relationship', relationship);
  await el.updateComplete;
}

async function answer(el: HearthConsent, name: string, relationship?: string): Promise<ConsentRecord> {
  await fillIn(el, name, relationship);
  setTimeout(() => shadowButton(el, 'I agree').click());
  const { detail } = await oneEvent(el, 'hearth-consent-submit');
  await until(() => el.stage === 'agreed', 3000, 'the answer');
  await el.updateComplete;
  return detail.record as ConsentRecord;
}

async function telehealth(storeKey: string, namespace: string, values?: Record<string, string>, endpoint?: string) {
  const provider = await fixture<HearthProvider>(html`<hearth-provider practice-name="Willow Tree" namespace=${namespace}>
    <hearth-consent template="telehealth" lang="en" store-key=${storeKey} reviewed="telehealth@2"></hearth-consent>
  </hearth-provider>`);
  if (values) provider.config = { policyValues: values };
  const el = provider.querySelector('hearth-consent')!;
  if (endpoint) el.setAttribute('endpoint', endpoint);
  await provider.updateComplete;
  await until(() => el.stage !== 'loading', 3000, 'the terms, or not ready');
  await el.updateComplete;
  return { provider, el };
}

async function teen(storeKey: string, namespace: string, endpoint?: string) {
  const provider = await fixture(html`<hearth-provider practice-name="Willow Tree" namespace=${namespace}>
    <hearth-consent store-key=${storeKey}></hearth-consent>
  </hearth-provider>`);
  const el = provider.querySelector('hearth-consent')!;
  if (endpoint) el.setAttribute('endpoint', endpoint);
  el.policy = TEEN;
  await until(() => el.stage !== 'loading', 3000, 'the terms and the kept answers');
  await el.updateComplete;
  return el;
}

const signerButton = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('.signer:not([aria-current]) button');

describe('<hearth-consent>: review fixes (issue 19)', () => {
  let console_: ConsoleCapture;
  beforeEach(async () => {
    console_ = captureConsole();
    await clearSentLog();
  });
  afterEach(() => console_.restore());

  it('not ready: a client’s earlier answer still shows, with its receipt and Withdraw; only a new answer waits', async () => {
    const [storeKey, namespace] = [key(), key()];
    const first = await telehealth(storeKey, namespace, TELEHEALTH_VALUES);
    const agreed = await answer(first.el, 'Sam Rivera');

    // The practice's page now has no policyValues (an upgrade): the terms are not ready.
    const { el } = await telehealth(storeKey, namespace);
    expect(el.stage).to.equal('not-ready');
    await until(() => !!shadow(el).querySelector('.answer-text'), 3000, 'the earlier answer');
    expect(inShadow(el, '[part="not-ready"]').textContent).to.contain('These terms are not ready yet.');
    expect(inShadow(el, '.answer-text').textContent).to.contain(`You agreed to version ${agreed.policyVersion}`);
    expect(el.consentRecord?.recordId).to.equal(agreed.recordId);
    // Nothing new can be signed.
    expect(shadow(el).querySelector('[part="agree-button"]')).to.equal(null);
    expect(shadowText(el)).not.to.contain('Answer again');
    // The copy is the record's (its terms are not on show: no section text, the record's hash and version).
    const receipt = receiptOf(el);
    expect(receipt.record.recordId).to.equal(agreed.recordId);
    expect(receipt.policy).to.include({ id: 'telehealth', version: agreed.policyVersion, hash: agreed.policyHash });
    expect(receipt.terms).to.deep.equal([]);
    expect(shadow(el).querySelector('[part="receipt-button"]')).not.to.equal(null);
    await expect(el).to.be.accessible();

    shadowButton(el, 'Withdraw my consent').click();
    await el.updateComplete;
    setTimeout(() => shadowButton(el, 'Yes, withdraw').click());
    const { detail } = await oneEvent(el, 'hearth-consent-withdraw');
    expect(detail.record).to.include({ recordId: agreed.recordId, status: 'withdrawn' });
    await until(() => (inShadow(el, '.answer-text').textContent ?? '').includes('You withdrew your consent'), 3000, 'withdrawn');
    const kept = await storedRecords<ConsentRecord>(forStoreKey(storeKey), ['consent']);
    expect(kept.map((r) => r.value.data.status)).to.deep.equal(['withdrawn']);
    expect(el.stage).to.equal('not-ready');
  });

  it('not ready with format="fhir": withdrawing sends a Consent for the record', async () => {
    const [storeKey, namespace] = [key(), key()];
    const first = await telehealth(storeKey, namespace, TELEHEALTH_VALUES);
    const agreed = await answer(first.el, 'Sam Rivera');
    const { el } = await telehealth(storeKey, namespace, undefined, '/__hearth/send/ok');
    el.format = 'fhir';
    await until(() => !!shadow(el).querySelector('.withdraw'), 3000, 'Withdraw');
    const fhir = el.toFhirConsent();
    expect(fhir.status).to.equal('active');
    setTimeout(() => void el.withdraw());
    const { detail } = await oneEvent(el, 'hearth-consent-sent');
    expect(detail.record).to.include({ recordId: agreed.recordId, status: 'withdrawn' });
  });

  it('turns: a record still being sent for the young person reports its sending after the turn passed', async () => {
    const [storeKey, namespace] = [key(), key()];
    const el = await teen(storeKey, namespace, '/__hearth/send/500-then-ok');
    const sent: ConsentRecord[] = [];
    const errors: ConsentRecord[] = [];
    el.addEventListener('hearth-consent-sent', (event) => sent.push(event.detail.record));
    el.addEventListener('hearth-consent-error', (event) => errors.push(event.detail.record));
    const first = await answer(el, 'Alex Okafor');
    await until(() => errors.length === 1, 3000, 'the first attempt refused (500)');
    signerButton(el)!.click();
    await until(() => el.activeRole === 'guardian' && el.stage === 'form', 3000, "the guardian's form");
    await until(() => sent.length === 1, 8000, 'the young person’s record sent');
    expect(sent[0].recordId).to.equal(first.recordId);
  });

  it('turns: the send line is the signer’s own, never the other signer’s', async () => {
    const [storeKey, namespace] = [key(), key()];
    const el = await teen(storeKey, namespace, '/__hearth/send/500-then-ok');
    const sent: ConsentRecord[] = [];
    const errors: ConsentRecord[] = [];
    el.addEventListener('hearth-consent-sent', (event) => sent.push(event.detail.record));
    el.addEventListener('hearth-consent-error', (event) => errors.push(event.detail.record));
    await answer(el, 'Alex Okafor');
    await until(() => sent.length === 1, 8000, 'the young person’s record sent');
    signerButton(el)!.click();
    await until(() => el.activeRole === 'guardian' && el.stage === 'form', 3000, "the guardian's form");
    const second = await answer(el, 'Dana Okafor', 'Mother');
    await until(() => errors.some((record) => record.recordId === second.recordId), 3000, "the guardian's first attempt refused");
    await el.updateComplete;
    expect(inShadow(el, '.send-state').dataset.state).to.equal('queued');
    // Back to the young person's answer: their send line, not the guardian's "not sent yet".
    signerButton(el)!.click();
    await until(() => el.activeRole === 'self' && el.stage === 'agreed', 3000, "the young person's answer");
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLElement>('.send-state')?.dataset.state ?? 'none').not.to.equal('queued');
  });

  it('in a <form>, turns: valid only once every signer agreed, the value then every record (a JSON array); never valid while loading', async () => {
    const [storeKey, namespace] = [key(), key()];
    const form = await fixture<HTMLFormElement>(html`<form>
      <hearth-provider practice-name="Willow Tree" namespace=${namespace}><hearth-consent name="consent" store-key=${storeKey}></hearth-consent></hearth-provider>
    </form>`);
    const el = form.querySelector('hearth-consent')!;
    // No terms yet: loading, and not valid.
    expect(el.stage).to.equal('loading');
    expect(el.checkValidity()).to.equal(false);
    el.policy = TEEN;
    await until(() => el.stage === 'form', 3000, 'the form');
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    const first = await answer(el, 'Alex Okafor');
    // One signer of two: not valid yet, no value.
    expect(el.checkValidity()).to.equal(false);
    expect(el.value).to.equal('');
    expect(new FormData(form).get('consent')).to.equal(null);
    signerButton(el)!.click();
    await until(() => el.activeRole === 'guardian' && el.stage === 'form', 3000, "the guardian's form");
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    const second = await answer(el, 'Dana Okafor', 'Mother');
    expect(el.checkValidity()).to.equal(true);
    const value = JSON.parse(new FormData(form).get('consent') as string) as ConsentRecord[];
    expect(value.map((record) => [record.signerRole, record.recordId])).to.deep.equal([
      ['self', first.recordId],
      ['guardian', second.recordId],
    ]);
    // The guardian withdraws: not valid again.
    await el.withdraw();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.value).to.equal('');
  });

  it('turns: "Next: the parent or guardian" is offered only once the young person has answered', async () => {
    const el = await teen(key(), key());
    expect(el.stage).to.equal('form');
    expect(shadowText(el)).not.to.contain('Next: the parent or guardian reads and answers');
    expect(signerButton(el)).to.equal(null);
    await fillIn(el, 'Alex Okafor');
    expect(shadowText(el)).not.to.contain('Next: the parent or guardian reads and answers');
    // What they entered is still theirs.
    expect(inShadow<HTMLInputElement>(el, '#signer-name').value).to.equal('Alex Okafor');
    setTimeout(() => shadowButton(el, 'I agree').click());
    await oneEvent(el, 'hearth-consent-submit');
    await until(() => el.stage === 'agreed', 3000, 'the answer');
    await el.updateComplete;
    expect(shadowButton(el, 'Next: the parent or guardian reads and answers')).to.be.instanceOf(HTMLButtonElement);
    await expect(el).to.be.accessible();
  });

  it('a provider still loading its src: the terms are loading, not "not ready", and nothing is reported; then filled, or not ready', async () => {
    const realFetch = window.fetch;
    const waiting = new Map<string, (config: unknown) => void>();
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      const name = /\/__review-config\/(\w+)\.json$/.exec(url)?.[1];
      if (!name) return realFetch(input, init);
      return new Promise<Response>((resolve) => {
        waiting.set(name, (config) => resolve(new Response(JSON.stringify(config), { headers: { 'content-type': 'application/json' } })));
      });
    }) as typeof fetch;
    const placed: HTMLElement[] = [];
    try {
      const place = async (name: string) => {
        // (Not fixture(): it would wait for the provider, which waits for its src.)
        const holder = document.createElement('div');
        holder.innerHTML = `<hearth-provider practice-name="Willow Tree" namespace="${key()}" src="/__review-config/${name}.json">
          <hearth-consent template="telehealth" lang="en" store-key="${key()}" reviewed="telehealth@2"></hearth-consent>
        </hearth-provider>`;
        document.body.append(holder);
        placed.push(holder);
        const el = holder.querySelector('hearth-consent')!;
        await until(() => waiting.has(name) && !!el.currentPolicy === false && el.unfilledTokens.length > 0, 3000, 'the template, the config on its way');
        await el.updateComplete.then(() => new Promise(requestAnimationFrame));
        return el;
      };
      const filled = await place('filled');
      expect(filled.stage).to.equal('loading');
      expect(shadow(filled).querySelector('[part="not-ready"]')).to.equal(null);
      expect(shadow(filled).querySelector('[part="error"]')).to.equal(null);
      expect(console_.errors.concat(console_.warnings).filter((line) => line.includes('not ready'))).to.deep.equal([]);
      waiting.get('filled')!({ policyValues: TELEHEALTH_VALUES });
      await until(() => filled.stage === 'form', 3000, 'the filled terms');

      const empty = await place('empty');
      expect(empty.stage).to.equal('loading');
      // A config without the values: only now "not ready" (the element hears the provider is done).
      waiting.get('empty')!({ region: 'US' });
      await until(() => empty.stage === 'not-ready', 3000, 'not ready');
      await empty.updateComplete;
      expect(inShadow(empty, '[part="not-ready"]').textContent).to.contain('These terms are not ready yet.');
      expect(console_.errors.filter((line) => line.includes('policyValues.videoService'))).to.have.length(1);
    } finally {
      window.fetch = realFetch;
      for (const holder of placed) holder.remove();
    }
  });

  it('turns: passing the turn never shows one signer’s record as another’s (also when the next one’s cannot be read)', async () => {
    const [storeKey, namespace] = [key(), key()];
    const el = await teen(storeKey, namespace);
    const first = await answer(el, 'Alex Okafor');
    // What a newer Hearth left under the guardian's key: unreadable here.
    await putStoredRecord('consent', `${namespace}/${storeKey}:guardian`, { schema: 99, version: 1, data: { status: 'active' } });
    signerButton(el)!.click();
    await el.updateComplete;
    expect(el.consentRecord?.recordId).not.to.equal(first.recordId);
    await until(() => el.activeRole === 'guardian' && el.stage !== 'loading', 3000, "the guardian's turn");
    await el.updateComplete;
    expect(el.consentRecord).to.equal(undefined);
    expect(el.stage).to.equal('form');
    expect(shadow(el).querySelector('.withdraw')).to.equal(null);
  });
});
