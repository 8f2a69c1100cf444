import '../packages/elements/src/all.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import type { HearthConsent } from '../packages/elements/src/consent/consent.js';
import { receiptOf } from '../packages/elements/src/consent/consent-receipt.js';
import type { ConsentRecord, Policy } from '../packages/elements/src/consent/policy.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { captureConsole, type ConsoleCapture } from './helpers/console-capture.js';
import { clearSentLog, sentLog } from './helpers/sent-log.js';
import { inShadow, shadow, shadowButton, until } from './helpers/shadow.js';

/*
 * Acknowledgment ids named like members of Object.prototype (issue 17, item 7). The id pattern
 * allows them, so each must behave as any other id: unticked until the client ticks it, required
 * when marked so, and recorded exactly as ticked (event, JSON sent, record kept, receipt, FHIR).
 */

let n = 0;
const key = () => `prototype-ids-${Date.now()}-${++n}`;
const button = shadowButton;

const POLICY: Policy = {
  id: 'prototype-ids',
  version: '1',
  title: 'Studio terms',
  sections: [
    { id: 'constructor', title: 'What stays private', bodyHtml: '<p>What you say stays here.</p>' },
    { id: '__proto__', title: 'Limits', bodyHtml: '<p>A court order.</p>' },
  ],
  acknowledgments: [
    { id: 'constructor', label: 'I have read the terms.', required: true },
    { id: 'valueOf', label: 'I understand the limits.', required: true },
    { id: 'hasOwnProperty', label: 'I know I can withdraw.', required: true },
    { id: '__proto__', label: 'I agree to sessions by video.', required: true },
    { id: 'toString', label: 'Send me the newsletter.', required: false },
  ],
};
const REQUIRED = POLICY.acknowledgments.filter((ack) => ack.required);
/** Each id with `ticked` for the required ones and `false` for the newsletter (toString), in the policy's order. */
const entries = (ticked: boolean) => POLICY.acknowledgments.map((ack) => [ack.id, ack.required && ticked]);

const checkbox = (el: Element, label: string) => {
  const found = [...shadow(el).querySelectorAll<HTMLLabelElement>('.ack')].find((l) => l.textContent!.includes(label));
  if (!found) throw new Error(`no acknowledgment ${label}`);
  return found.querySelector('input')!;
};
const ticked = (el: Element) => POLICY.acknowledgments.map((ack) => [ack.id, checkbox(el, ack.label).checked]);

async function prototypeConsent(options: { storeKey?: string; namespace?: string; endpoint?: string } = {}) {
  const provider = await fixture<HearthProvider>(html`<hearth-provider namespace=${options.namespace ?? key()}>
    <hearth-consent store-key=${options.storeKey ?? key()} endpoint=${options.endpoint ?? ''}></hearth-consent>
  </hearth-provider>`);
  const el = provider.querySelector('hearth-consent')!;
  if (!options.endpoint) el.removeAttribute('endpoint');
  el.policy = POLICY;
  await provider.updateComplete;
  await until(() => el.stage !== 'loading', 3000, 'the policy, its hash and the kept record');
  await el.updateComplete;
  return el;
}

async function typeName(el: HearthConsent, name = 'Sam Rivera') {
  const field = inShadow<HTMLInputElement>(el, '#signer-name');
  field.value = name;
  field.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('<hearth-consent> with acknowledgment ids named like Object.prototype members', () => {
  let console_: ConsoleCapture;
  // Consents without an endpoint warn once; keep the output clean.
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  it('no box is ticked before the client ticks it; "I agree" names each required one; the record, receipt and FHIR say what was ticked', async () => {
    const storeKey = key();
    const namespace = key();
    const el = await prototypeConsent({ storeKey, namespace });
    expect(ticked(el)).to.deep.equal(entries(false));
    let submitted = 0;
    el.addEventListener('hearth-consent-submit', () => submitted++);
    await typeName(el);
    button(el, 'I agree').click();
    await el.updateComplete;
    const missing = inShadow(el, '[part="missing"]').textContent!;
    for (const ack of REQUIRED) expect(missing, ack.id).to.contain(`Tick “${ack.label}”`);
    expect(missing).not.to.contain('newsletter');
    expect(el.stage).to.equal('form');
    expect(submitted).to.equal(0);

    for (const ack of REQUIRED) checkbox(el, ack.label).click();
    await el.updateComplete;
    expect(ticked(el)).to.deep.equal(entries(true));
    setTimeout(() => button(el, 'I agree').click());
    const { detail } = await oneEvent(el, 'hearth-consent-submit');
    const record = detail.record as ConsentRecord;
    expect(Object.entries(record.acknowledgments)).to.deep.equal(entries(true));
    await el.updateComplete;
    expect(el.stage).to.equal('agreed');
    expect(Object.entries(JSON.parse(el.value).acknowledgments)).to.deep.equal(entries(true));
    expect(receiptOf(el).acknowledgments.map((ack) => [ack.id, ack.confirmed])).to.deep.equal(entries(true));
    const provisions = (el.toFhirConsent().provision as { provision: { type: string; code: { coding: { code: string }[] }[] }[] }).provision;
    expect(provisions.map((p) => [p.code[0].coding[0].code, p.type === 'permit'])).to.deep.equal(entries(true));

    // The return visit reads the kept record: the receipt still says exactly what was ticked.
    const back = await prototypeConsent({ storeKey, namespace });
    expect(back.stage).to.equal('agreed');
    expect(Object.entries(back.consentRecord!.acknowledgments)).to.deep.equal(entries(true));
    expect(receiptOf(back).acknowledgments.map((ack) => [ack.id, ack.confirmed])).to.deep.equal(entries(true));
  });

  it('declining without ticking records every id as not ticked, in the event and in the JSON sent', async () => {
    await clearSentLog();
    const el = await prototypeConsent({ endpoint: '/__hearth/send/ok' });
    // Ticked and unticked again: not ticked.
    checkbox(el, 'Send me the newsletter.').click();
    checkbox(el, 'Send me the newsletter.').click();
    await el.updateComplete;
    setTimeout(() => button(el, 'I do not agree').click());
    const { detail } = await oneEvent(el, 'hearth-consent-sent');
    expect(Object.entries(detail.record.acknowledgments)).to.deep.equal(entries(false));
    const [sent] = await sentLog();
    expect(Object.entries(JSON.parse(sent.body).acknowledgments)).to.deep.equal(entries(false));
  });

  it('a form state the browser restores brings back exactly the ticks it held', async () => {
    const el = await prototypeConsent();
    el.formStateRestoreCallback(JSON.stringify({ acks: JSON.parse('{ "__proto__": true, "valueOf": false }'), signerName: 'Sam Rivera', relationship: '' }));
    await el.updateComplete;
    expect(ticked(el)).to.deep.equal(POLICY.acknowledgments.map((ack) => [ack.id, ack.id === '__proto__']));
    el.formStateRestoreCallback(JSON.stringify({ acks: {}, signerName: '', relationship: '' }));
    await el.updateComplete;
    expect(ticked(el)).to.deep.equal(entries(false));
  });
});
