import '../packages/elements/src/all.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';

import type { HearthConsent } from '../packages/elements/src/consent/consent.js';
import { buildReceiptPage, receiptOf } from '../packages/elements/src/consent/consent-receipt.js';
import type { ConsentRecord, Policy } from '../packages/elements/src/consent/policy.js';
import { sha256 } from '../packages/elements/src/consent/sha256.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { sendKeys, setViewport } from './helpers/commands.js';
import { captureConsole, type ConsoleCapture } from './helpers/console-capture.js';
import { fillSessionStorage } from './helpers/full-storage.js';
import { forStoreKey, storedRecords } from './helpers/indexeddb.js';
import { recomputedHash } from './helpers/policy-hash-recipes.js';
import { boxesOutsideViewport } from './helpers/reflow.js';
import { clearSentLog, sentLog, untilSent } from './helpers/sent-log.js';
import { inShadow, shadow, shadowButton, shadowText, until } from './helpers/shadow.js';
import { describeFormAssociationSuite } from './suites/form-association-suite.js';

let n = 0;
const key = () => `consent-${Date.now()}-${++n}`;
const button = shadowButton;

/** A small policy of the practice's own. */
export const STUDIO: Policy = {
  id: 'studio',
  version: '1',
  title: 'Studio privacy terms',
  effectiveDate: '2026-01-15',
  sections: [
    { id: 'private', title: 'What stays private', bodyHtml: '<p>What you say stays <strong>here</strong>.</p>\n<p>We keep notes safe.</p>' },
    { id: 'limits', title: 'Limits', bodyHtml: '<ul>\n<li>Serious risk of harm.</li>\n<li>A court order.</li>\n</ul>' },
  ],
  acknowledgments: [
    { id: 'read', label: 'I have read the terms.', required: true },
    { id: 'limits', label: 'I understand the limits.', required: true },
    { id: 'newsletter', label: 'Send me the practice newsletter.', required: false },
  ],
};

async function consent(template = html`<hearth-consent template="confidentiality" store-key=${key()}></hearth-consent>`) {
  const el = await fixture<HearthConsent>(template);
  await el.updateComplete;
  return el;
}

async function studio(policy: Policy = STUDIO, attributes: { storeKey?: string; endpoint?: string; namespace?: string; role?: string; scroll?: boolean } = {}) {
  const provider = await fixture<HearthProvider>(html`<hearth-provider practice-name="Willow Tree" namespace=${attributes.namespace ?? key()}>
    <hearth-consent
      store-key=${attributes.storeKey ?? key()}
      endpoint=${attributes.endpoint ?? ''}
      signer-role=${attributes.role ?? 'self'}
      ?require-scroll=${attributes.scroll}
    ></hearth-consent>
  </hearth-provider>`);
  const el = provider.querySelector('hearth-consent')!;
  if (!attributes.endpoint) el.removeAttribute('endpoint');
  el.policy = policy;
  await provider.updateComplete;
  await el.updateComplete;
  await until(() => el.stage !== 'loading', 3000, 'the policy, its hash and the kept record');
  await el.updateComplete;
  return el;
}

const checkbox = (el: Element, label: string) => {
  const found = [...shadow(el).querySelectorAll<HTMLLabelElement>('.ack')].find((l) => l.textContent!.includes(label));
  if (!found) throw new Error(`no acknowledgment ${label}`);
  return found.querySelector('input')!;
};

async function fillAndAgree(el: HearthConsent, name = 'Sam Rivera') {
  for (const ack of el.currentPolicy!.acknowledgments.filter((a) => a.required)) checkbox(el, ack.label).click();
  const field = inShadow<HTMLInputElement>(el, '#signer-name');
  field.value = name;
  field.dispatchEvent(new Event('input'));
  await el.updateComplete;
  setTimeout(() => button(el, 'I agree').click());
  const { detail } = await oneEvent(el, 'hearth-consent-submit');
  await el.updateComplete;
  return detail.record as ConsentRecord;
}

/** The consent record kept on the device for `storeKey`. */
async function storedRecord(storeKey: string): Promise<ConsentRecord | undefined> {
  return (await storedRecords<ConsentRecord>(forStoreKey(storeKey), ['consent']))[0]?.value.data;
}

describe('<hearth-consent>', () => {
  let console_: ConsoleCapture;
  // Consents without an endpoint warn once; keep the output clean.
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  it('confidentiality: title, version, the template note, readable terms, unticked boxes, a name to type, agree and decline', async () => {
    const el = await consent();
    await until(() => el.stage === 'form', 3000, 'the form');
    await el.updateComplete;
    expect(inShadow(el, '[role="heading"]').textContent).to.equal('How we keep what you tell us private');
    expect(shadowText(el)).to.contain('Version 2');
    expect(inShadow(el, '[part="template-note"]').textContent).to.contain('must check it against its own professional and legal duties');
    const terms = inShadow(el, '[part="terms"]');
    expect(terms.getAttribute('role')).to.equal('region');
    expect(terms.tabIndex).to.equal(0);
    expect(terms.textContent).to.contain('If a court or another legal authority orders us to.');
    expect(terms.querySelectorAll('li')).to.have.length(4);
    const boxes = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes).to.have.length(3);
    expect(boxes.every((box) => !box.checked)).to.equal(true);
    expect(inShadow<HTMLInputElement>(el, '#signer-name').labels![0].textContent).to.equal('Type your full name to sign');
    expect(shadowText(el)).to.match(/Date: \w+ \d+, \d{4}/);
    expect(button(el, 'I agree').disabled).to.equal(false);
    expect(button(el, 'I do not agree')).to.exist;
    expect(shadow(el).querySelector('hearth-crisis-resources')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('takes the policy from the property, a JSON child, src, or a template in Spanish', async () => {
    const el = await studio();
    expect(inShadow(el, '[role="heading"]').textContent).to.equal('Studio privacy terms');
    expect(shadow(el).querySelector('[part="template-note"]')).to.equal(null);
    expect(shadowText(el)).to.contain('In effect from January 15, 2026');
    const child = await consent(html`<hearth-consent storage="none"
      ><script type="application/json">
        ${JSON.stringify({ ...STUDIO, title: 'From JSON' })}
      </script></hearth-consent
    >`);
    expect(inShadow(child, '[role="heading"]').textContent).to.equal('From JSON');
    const fromSrc = await consent(html`<hearth-consent storage="none" src="/__hearth/content/policy.json"></hearth-consent>`);
    expect(inShadow(fromSrc, '[role="heading"]').textContent).to.equal('Studio terms');
    // (The telehealth template needs the practice's values: consent.policy-values.test.ts.)
    const values = { policyValues: { licensedRegion: 'Oregón', reconnectMinutes: '5', videoService: 'Doxy.me' } };
    const esProvider = await fixture(
      html`<hearth-provider .config=${values}><hearth-consent lang="es" template="telehealth" storage="none"></hearth-consent></hearth-provider>`,
    );
    const es = esProvider.querySelector('hearth-consent')!;
    await until(() => es.stage === 'form', 3000, 'the Spanish terms');
    await es.updateComplete;
    expect(inShadow(es, '[role="heading"]').textContent).to.equal('Sesiones por video o por teléfono');
    expect(shadowText(es)).to.contain('No acepto');
  });

  it('policyHash: the documented recipe, recomputed independently; stable across re-renders and reloads; one word changes it', async () => {
    const el = await studio();
    const expected = await recomputedHash(STUDIO);
    expect(el.policyHash).to.match(/^[0-9a-f]{64}$/);
    expect(el.policyHash).to.equal(expected);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.policyHash).to.equal(expected);
    const again = await studio();
    expect(again.policyHash).to.equal(expected);
    const oneWord = {
      ...STUDIO,
      sections: [{ ...STUDIO.sections[0], bodyHtml: '<p>What you say stays <strong>there</strong>.</p>\n<p>We keep notes safe.</p>' }, STUDIO.sections[1]],
    };
    const changed = await studio(oneWord);
    expect(changed.policyHash).not.to.equal(expected);
    expect(changed.policyHash).to.equal(await recomputedHash(oneWord));
    // Markup that changes neither a word, an emphasis nor a link does not change the hash (more in consent-hash.test.ts).
    const restyled = {
      ...STUDIO,
      sections: [
        { ...STUDIO.sections[0], bodyHtml: '<p>What you say stays <strong title="x">here</strong>.</p>   <p>We keep   notes <span>safe</span>.</p>' },
        STUDIO.sections[1],
      ],
    };
    expect((await studio(restyled)).policyHash).to.equal(expected);
    // Every built-in template, in every language (telehealth's values filled: the hash is over the terms as shown).
    const values = { policyValues: { licensedRegion: 'Oregon', reconnectMinutes: '5', videoService: 'Doxy.me' } };
    for (const template of ['confidentiality', 'electronic-communication', 'group', 'telehealth', 'minors']) {
      for (const lang of ['en', 'es', 'fr', 'ar']) {
        const provider = await fixture(html`<hearth-provider .config=${values}
          ><hearth-consent template=${template} lang=${lang} storage="none"></hearth-consent
        ></hearth-provider>`);
        const builtIn = provider.querySelector('hearth-consent')!;
        await until(() => !!builtIn.policyHash, 3000, 'the hash');
        expect(builtIn.policyHash, `${template} ${lang}`).to.equal(await recomputedHash(builtIn.currentPolicy!));
        // One at a time on the page (twenty sets of terms at once keep WebKit's resize observers busy).
        provider.remove();
      }
    }
  });

  it('the script SHA-256 used on plain HTTP gives the same digests as Web Crypto', async () => {
    for (const text of ['', 'abc', 'Consentimiento — ✓ 👩‍👩‍👧 e\u0301', 'x'.repeat(1000), JSON.stringify(STUDIO)]) {
      const bytes = new TextEncoder().encode(text);
      const expected = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      expect([...sha256(bytes)], text.slice(0, 20)).to.deep.equal([...expected]);
    }
    expect([...sha256(new TextEncoder().encode('abc'))].map((b) => b.toString(16).padStart(2, '0')).join('')).to.equal(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('"I agree" with something missing says exactly what, instead of sitting disabled', async () => {
    const el = await studio();
    checkbox(el, 'I have read the terms.').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    button(el, 'I agree').click();
    await el.updateComplete;
    await el.updateComplete;
    const list = inShadow(el, '[part="missing"]');
    expect(list.getAttribute('role')).to.equal('alert');
    expect(shadow(el).activeElement).to.equal(list);
    expect(list.textContent).to.contain('Tick “I understand the limits.”');
    expect(list.textContent).to.contain('Type your full name.');
    expect(list.textContent).not.to.contain('newsletter');
    expect(button(el, 'I agree').getAttribute('aria-describedby')).to.equal('missing');
    expect(el.stage).to.equal('form');
    await expect(el).to.be.accessible();
  });

  it('agrees: the record as specified, kept on the device, and the return visit shows it', async () => {
    const storeKey = key();
    const namespace = key();
    const el = await studio(STUDIO, { storeKey, namespace });
    const record = await fillAndAgree(el);
    expect(Object.keys(record).sort()).to.deep.equal(
      [
        'acknowledgments',
        'locale',
        'method',
        'policyHash',
        'policyHashVersion',
        'policyId',
        'policyVersion',
        'recordId',
        'signedAt',
        'signerName',
        'signerRole',
        'status',
        'widgetVersion',
      ].sort(),
    );
    expect(record).to.include({
      policyId: 'studio',
      policyVersion: '1',
      signerName: 'Sam Rivera',
      signerRole: 'self',
      method: 'typed-name',
      locale: 'en',
      status: 'active',
      policyHashVersion: 2,
    });
    expect(record.policyHash).to.equal(await recomputedHash(STUDIO));
    expect(record.acknowledgments).to.deep.equal({ read: true, limits: true, newsletter: false });
    expect(record.widgetVersion).to.match(/^\d+\.\d+\.\d+/);
    expect(new Date(record.signedAt).toISOString()).to.equal(record.signedAt);
    expect(el.stage).to.equal('agreed');
    expect(inShadow(el, '.answer-text').textContent).to.match(/^You agreed to version 1 on \w+ \d+, \d{4}\.$/);
    expect(shadow(el).activeElement).to.equal(inShadow(el, '.answer-text'));
    expect(await storedRecord(storeKey)).to.deep.equal(record);
    await expect(el).to.be.accessible();
    const back = await studio(STUDIO, { storeKey, namespace });
    expect(back.stage).to.equal('agreed');
    expect(back.consentRecord).to.deep.equal(record);
    button(back, 'Read the terms again').click();
    await back.updateComplete;
    await until(() => shadowText(back).includes('We keep notes safe.'), 2000, 'the terms');
  });

  it('keyboard only: Tab through the terms, tick with Space, type the name, Enter on "I agree"', async () => {
    const wrapper = await fixture(html`<div><button id="before">Before</button><hearth-consent storage="none" store-key=${key()}></hearth-consent></div>`);
    const el = wrapper.querySelector('hearth-consent')!;
    el.policy = STUDIO;
    await until(() => el.stage === 'form', 3000, 'the form');
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    let record: ConsentRecord | undefined;
    el.addEventListener('hearth-consent-submit', (event) => (record = event.detail.record));
    for (let step = 0; step < 20 && !record; step++) {
      await sendKeys({ press: 'Tab' });
      const active = shadow(el).activeElement as HTMLElement | null;
      if (!active) continue;
      if (active.matches('input[type="checkbox"]') && active.getAttribute('aria-required') === 'true') await sendKeys({ press: 'Space' });
      else if (active.matches('#signer-name')) await sendKeys({ type: 'Alex Kim' });
      else if (active.matches('[part="agree-button"]')) await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    expect(record).to.exist;
    expect(record!.signerName).to.equal('Alex Kim');
    expect(record!.acknowledgments).to.deep.equal({ read: true, limits: true, newsletter: false });
  });

  it('require-scroll: reaching the end by scrolling or by moving focus past the terms; never a dead end', async () => {
    const long: Policy = {
      ...STUDIO,
      sections: Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, title: `Part ${i + 1}`, bodyHtml: `<p>${'Plain words about privacy. '.repeat(20)}</p>` })),
    };
    const el = await studio(long, { scroll: true });
    expect(shadowText(el)).to.contain('Please read to the end of the terms.');
    button(el, 'I agree').click();
    await el.updateComplete;
    expect(inShadow(el, '[part="missing"]').textContent).to.contain('Read the terms to the end.');
    const terms = inShadow(el, '[part="terms"]');
    terms.scrollTop = terms.scrollHeight;
    await until(() => el.read, 2000, 'the end seen');
    await el.updateComplete;
    expect(inShadow(el, '[part="missing"]').textContent).not.to.contain('Read the terms to the end.');
    // By focus: a keyboard or screen-reader user who moves on past the terms has reached their end.
    const other = await studio(long, { scroll: true });
    expect(other.read).to.equal(false);
    checkbox(other, 'I have read the terms.').focus();
    expect(other.read).to.equal(true);
    // Terms short enough to need no scrolling count as read at once.
    const short = await studio(STUDIO, { scroll: true });
    await until(() => short.read, 2000, 'short terms read');
  });

  it('declines: a record too (the name optional), kept, and "Read the terms and answer again" asks again', async () => {
    const storeKey = key();
    const el = await studio(STUDIO, { storeKey });
    checkbox(el, 'I have read the terms.').click();
    setTimeout(() => button(el, 'I do not agree').click());
    const { detail } = await oneEvent(el, 'hearth-consent-submit');
    const declined = detail.record as ConsentRecord;
    expect(declined.status).to.equal('declined');
    expect(declined).not.to.have.property('signerName');
    expect(declined.acknowledgments).to.deep.equal({ read: true, limits: false, newsletter: false });
    await el.updateComplete;
    expect(el.stage).to.equal('declined');
    expect(inShadow(el, '.answer-text').textContent).to.contain('You did not agree to version 1');
    await expect(el).to.be.accessible();
    expect((await storedRecord(storeKey))!.status).to.equal('declined');
    button(el, 'Read the terms and answer again').click();
    await el.updateComplete;
    expect(el.stage).to.equal('form');
    const agreed = await fillAndAgree(el);
    expect(agreed.supersedes).to.equal(declined.recordId);
  });

  it('withdraws as easily as agreeing: same recordId, status and withdrawnAt, an event, kept', async () => {
    const storeKey = key();
    const el = await studio(STUDIO, { storeKey });
    const agreed = await fillAndAgree(el);
    button(el, 'Withdraw my consent').click();
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(inShadow(el, '#withdraw-question'));
    await expect(el).to.be.accessible();
    setTimeout(() => button(el, 'Yes, withdraw').click());
    const { detail } = await oneEvent(el, 'hearth-consent-withdraw');
    const withdrawn = detail.record as ConsentRecord;
    expect(withdrawn.recordId).to.equal(agreed.recordId);
    expect(withdrawn.status).to.equal('withdrawn');
    expect(new Date(withdrawn.withdrawnAt!).toISOString()).to.equal(withdrawn.withdrawnAt);
    expect({ ...withdrawn, status: 'active', withdrawnAt: undefined }).to.deep.equal({ ...agreed, withdrawnAt: undefined });
    // The event comes first; the record is then kept on the device (slower in WebKit) and shown.
    await until(() => el.stage === 'withdrawn', 3000, 'the withdrawn stage');
    await until(() => inShadow(el, '.answer-text').textContent!.includes('You withdrew your consent on'), 3000, 'the withdrawn answer shown');
    expect(await storedRecord(storeKey)).to.deep.equal(withdrawn);
    await expect(el).to.be.accessible();
  });

  it('a new version or new wording asks again, shows what changed, and the new record supersedes the old', async () => {
    const storeKey = key();
    const namespace = key();
    const first = await studio(STUDIO, { storeKey, namespace });
    const old = await fillAndAgree(first);
    const v2: Policy = { ...STUDIO, version: '2', changes: 'We added a part about supervision.' };
    const second = await studio(v2, { storeKey, namespace });
    expect(second.stage).to.equal('form');
    expect(inShadow(second, '[part="ask-again"]').textContent).to.contain('The terms have changed since you answered on');
    expect(inShadow(second, '[part="ask-again"]').textContent).to.contain('We added a part about supervision.');
    await expect(second).to.be.accessible();
    const renewed = await fillAndAgree(second);
    expect(renewed.supersedes).to.equal(old.recordId);
    expect(renewed.policyVersion).to.equal('2');
    // Same version, one word changed: the hash differs, so the client is asked again.
    const reworded: Policy = { ...v2, acknowledgments: [{ ...v2.acknowledgments[0], label: 'I have read all the terms.' }, ...v2.acknowledgments.slice(1)] };
    const third = await studio(reworded, { storeKey, namespace });
    expect(third.stage).to.equal('form');
  });

  it('two tabs: an answer given in one shows in the other at once, so it is never answered over unseen', async () => {
    const storeKey = key();
    const namespace = key();
    const a = await studio(STUDIO, { storeKey, namespace });
    const b = await studio(STUDIO, { storeKey, namespace });
    checkbox(b, 'I have read the terms.').click();
    await fillAndAgree(a);
    await until(() => b.stage === 'agreed', 3000, 'the other tab to see the answer');
    await b.updateComplete;
    expect(inShadow(b, '.answer-text').textContent).to.contain('You agreed to version 1');
  });

  it('a full storage is shown; the answer still stands on screen (and would still be sent)', async () => {
    const el = await consent(html`<hearth-consent storage="session" store-key=${key()}></hearth-consent>`);
    el.policy = STUDIO;
    await until(() => el.stage === 'form', 3000, 'the form');
    const emptyFiller = fillSessionStorage();
    try {
      await fillAndAgree(el, 'y'.repeat(200));
      await el.updateComplete;
      expect(el.stage).to.equal('agreed');
      expect(inShadow(el, '[part="status"]').textContent).to.contain('This could not be saved on this device').and.to.contain('no more room');
      await expect(el).to.be.accessible();
    } finally {
      emptyFiller();
    }
  });

  it('storage="none" tells the client nothing is kept and they will be asked again (kept storage says nothing of it)', async () => {
    const none = await consent(html`<hearth-consent template="confidentiality" storage="none"></hearth-consent>`);
    await until(() => shadowText(none).includes('I agree'), 3000, 'the form');
    expect(shadowText(none)).to.contain('Nothing is kept on this device: next time, you will be asked again.');
    const kept = await consent();
    await until(() => shadowText(kept).includes('I agree'), 3000, 'the form');
    expect(shadowText(kept)).not.to.contain('Nothing is kept on this device');
    const es = await consent(html`<hearth-consent lang="es" template="confidentiality" storage="none"></hearth-consent>`);
    await until(() => shadowText(es).includes('la próxima vez se te preguntará de nuevo'), 3000, 'the Spanish note');
  });

  it('ready to agree is axe-clean; a restored form state brings back the ticks and the name', async () => {
    const el = await studio();
    el.formStateRestoreCallback(JSON.stringify({ acks: { read: true, limits: true }, signerName: 'Sam Rivera', relationship: '' }));
    await el.updateComplete;
    expect(checkbox(el, 'I understand the limits.').checked).to.equal(true);
    expect(inShadow<HTMLInputElement>(el, '#signer-name').value).to.equal('Sam Rivera');
    await expect(el).to.be.accessible();
    setTimeout(() => button(el, 'I agree').click());
    const { detail } = await oneEvent(el, 'hearth-consent-submit');
    expect(detail.record.signerName).to.equal('Sam Rivera');
  });

  it('guardian or representative: says who signs, asks the relationship, and records both', async () => {
    const el = await studio(STUDIO, { role: 'guardian' });
    expect(shadowText(el)).to.contain("You are signing as the client's parent or guardian.");
    checkbox(el, 'I have read the terms.').click();
    checkbox(el, 'I understand the limits.').click();
    const name = inShadow<HTMLInputElement>(el, '#signer-name');
    name.value = 'Dana Okafor';
    name.dispatchEvent(new Event('input'));
    await el.updateComplete;
    button(el, 'I agree').click();
    await el.updateComplete;
    expect(inShadow(el, '[part="missing"]').textContent).to.contain('Say how you are related to the client.');
    const relation = inShadow<HTMLInputElement>(el, '#relationship');
    relation.value = 'Mother';
    relation.dispatchEvent(new Event('input'));
    await el.updateComplete;
    setTimeout(() => button(el, 'I agree').click());
    const { detail } = await oneEvent(el, 'hearth-consent-submit');
    expect(detail.record).to.include({ signerRole: 'guardian', relationship: 'Mother', signerName: 'Dana Okafor' });
  });

  it('a name in any script, kept as typed (trimmed), cut at 200 characters', async () => {
    const el = await studio();
    const name = ' مريم العلي 李小龍 Zoë ';
    const record = await fillAndAgree(el, name);
    expect(record.signerName).to.equal(name.trim());
    expect(inShadow<HTMLInputElement>(await studio(), '#signer-name').maxLength).to.equal(200);
  });

  it('the receipt holds what was agreed: JSON and a printable page built with DOM APIs', async () => {
    const el = await studio();
    const record = await fillAndAgree(el);
    const receipt = receiptOf(el);
    expect(receipt.record).to.deep.equal(record);
    expect(receipt.practice).to.equal('Willow Tree');
    expect(receipt.policy).to.deep.equal({ id: 'studio', version: '1', title: 'Studio privacy terms', effectiveDate: '2026-01-15', hash: record.policyHash });
    expect(receipt.acknowledgments.map((a) => [a.id, a.confirmed])).to.deep.equal([
      ['read', true],
      ['limits', true],
      ['newsletter', false],
    ]);
    expect(receipt.terms).to.deep.equal([
      { id: 'private', title: 'What stays private', text: 'What you say stays <strong>here</strong>. We keep notes safe.' },
      { id: 'limits', title: 'Limits', text: 'Serious risk of harm. A court order.' },
    ]);
    // The hash, recomputed from the receipt alone (no HTML parsing), as docs/consent.md shows.
    const input = JSON.stringify([
      receipt.policy.id,
      receipt.policy.version,
      receipt.policy.title,
      receipt.terms.map((t) => [t.id, t.title, t.text]),
      receipt.acknowledgments.map((a) => [a.id, a.label, a.required]),
    ]);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(input)));
    expect([...digest].map((b) => b.toString(16).padStart(2, '0')).join('')).to.equal(record.policyHash);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      buildReceiptPage(frame.contentDocument!, el);
      const page = frame.contentDocument!.body.textContent!;
      for (const expected of [
        'Consent receipt',
        'Willow Tree',
        'Studio privacy terms (Version 1)',
        'Agreed',
        'Sam Rivera (The client)',
        record.recordId,
        record.policyHash,
        'Yes: I have read the terms.',
        'No: Send me the practice newsletter.',
        'We keep notes safe.',
      ]) {
        expect(page, expected).to.contain(expected);
      }
      expect(frame.contentDocument!.querySelectorAll('script, [style]')).to.have.length(0);
      expect([frame.contentDocument!.documentElement.lang, frame.contentDocument!.documentElement.dir]).to.deep.equal(['en', 'ltr']);
      // An Arabic consent prints an Arabic receipt, right to left.
      el.lang = 'ar';
      await el.updateComplete;
      await until(() => shadowText(el).includes('أوافق') || shadowText(el).includes('وافقت'), 3000, 'the Arabic strings');
      buildReceiptPage(frame.contentDocument!, el);
      expect([frame.contentDocument!.documentElement.lang, frame.contentDocument!.documentElement.dir]).to.deep.equal(['ar', 'rtl']);
    } finally {
      frame.remove();
    }
  });

  it('electronic-communication shows the crisis resources with the terms; Arabic renders right to left', async () => {
    const el = await consent(html`<hearth-consent template="electronic-communication" storage="none" no-crisis-footer></hearth-consent>`);
    await until(() => el.stage === 'form', 3000, 'the form');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="terms"] ~ hearth-crisis-resources')).to.exist;
    expect(shadow(el).querySelectorAll('input[type="checkbox"]')).to.have.length(4);
    const ar = await consent(html`<hearth-consent lang="ar" template="group" storage="none"></hearth-consent>`);
    await until(() => ar.stage === 'form', 3000, 'the form');
    expect(inShadow(ar, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    expect(shadowText(ar)).to.contain('أوافق');
  });

  it('with large text (24 and 32 px: 200%) at 320 px, nothing reaches past the screen, in English and Arabic', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const [lang, size] of [
        ['en', '24px'],
        ['ar', '24px'],
        ['en', '32px'],
        ['ar', '32px'],
      ]) {
        const el = await studio(STUDIO, { role: 'guardian' });
        el.lang = lang;
        el.style.fontSize = size;
        await el.updateComplete;
        expect(boxesOutsideViewport(el), `${lang} ${size}`).to.deep.equal([]);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('fits a 320 px screen (200% zoom on a phone) without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await studio(STUDIO, { role: 'guardian' });
      const base = inShadow(el, '[part="base"]');
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      for (const part of ['terms', 'acknowledgments', 'signature', 'agree-button', 'decline-button']) {
        const box = inShadow(el, `[part="${part}"]`).getBoundingClientRect();
        expect(box.right, part).to.be.at.most(320.5);
        expect(box.left, part).to.be.at.least(-0.5);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('bad input: an unknown template, a malformed policy (each path named), a huge section', async () => {
    const unknown = await consent(html`<hearth-consent template="nope" storage="none"></hearth-consent>`);
    expect(inShadow(unknown, '[role="alert"]').textContent).to.contain('not a built-in consent template');
    const el = await consent(html`<hearth-consent storage="none"></hearth-consent>`);
    el.policy = {
      ...STUDIO,
      version: 'two words',
      acknowledgments: [STUDIO.acknowledgments[0], { ...STUDIO.acknowledgments[0] }, { id: 'x', label: 'X' } as never],
    };
    await el.updateComplete;
    const alert = inShadow(el, '[role="alert"]').textContent!;
    expect(alert).to.contain('policy.version');
    expect(alert).to.contain('policy.acknowledgments[2].required: is required');
    expect(console_.errors.some((line) => line.includes('policy.acknowledgments[2].required'))).to.equal(true);
    el.policy = { ...STUDIO, acknowledgments: [STUDIO.acknowledgments[0], STUDIO.acknowledgments[0]] };
    await el.updateComplete;
    expect(inShadow(el, '[role="alert"]').textContent).to.contain('policy.acknowledgments[1].id: "read" is used twice');
    el.policy = { ...STUDIO, sections: [{ id: 'big', title: 'Big', bodyHtml: `<p>${'x'.repeat(1_000_000)}</p>` }] };
    await el.updateComplete;
    expect(inShadow(el, '[role="alert"]').textContent).to.contain('policy.sections[0].bodyHtml: must be at most 200000 characters');
    await expect(el).to.be.accessible();
  });
});

describe('<hearth-consent> sending', () => {
  beforeEach(clearSentLog);

  it('agree, withdraw and decline are each sent once; withdraw keeps the recordId', async () => {
    const el = await studio(STUDIO, { endpoint: '/__hearth/send/ok' });
    const agreed = await fillAndAgree(el);
    await until(() => shadowText(el).includes('The practice has your answer.'), 3000, 'sent');
    button(el, 'Withdraw my consent').click();
    await el.updateComplete;
    setTimeout(() => button(el, 'Yes, withdraw').click());
    await oneEvent(el, 'hearth-consent-sent');
    const sent = await sentLog();
    expect(sent.map((r) => JSON.parse(r.body).status)).to.deep.equal(['active', 'withdrawn']);
    expect(sent.map((r) => JSON.parse(r.body).recordId)).to.deep.equal([agreed.recordId, agreed.recordId]);
    expect(sent[0].key).not.to.equal(sent[1].key);
    const declining = await studio(STUDIO, { endpoint: '/__hearth/send/ok' });
    setTimeout(() => button(declining, 'I do not agree').click());
    const { detail } = await oneEvent(declining, 'hearth-consent-sent');
    expect(detail.record.status).to.equal('declined');
    expect(JSON.parse((await sentLog())[2].body).status).to.equal('declined');
  });

  it('500 then 200: "we\'ll keep trying", then sent once with the same Idempotency-Key', async () => {
    const el = await studio(STUDIO, { endpoint: '/__hearth/send/500-then-ok' });
    const errors: { queued: boolean }[] = [];
    el.addEventListener('hearth-consent-error', (event) => errors.push(event.detail));
    await fillAndAgree(el);
    await until(() => shadowText(el).includes("we'll keep trying"), 3000, 'queued');
    await expect(el).to.be.accessible();
    await until(() => shadowText(el).includes('The practice has your answer.'), 5000, 'sent');
    const sent = await sentLog();
    expect(sent.map((r) => r.status)).to.deep.equal([500, 200]);
    expect(sent[0].key).to.equal(sent[1].key);
    expect(errors.map((e) => e.queued)).to.deep.equal([true]);
  });

  it('a 400 is shown with "Try again"; the answer stays kept on the device', async () => {
    const storeKey = key();
    const el = await studio(STUDIO, { endpoint: '/__hearth/send/bad', storeKey });
    setTimeout(() => void fillAndAgree(el));
    const { detail } = await oneEvent(el, 'hearth-consent-error');
    expect(detail.queued).to.equal(false);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Not sent: The server answered 400');
    expect((await storedRecord(storeKey))!.status).to.equal('active');
    await expect(el).to.be.accessible();
    button(el, 'Try again').click();
    const sent = await untilSent(2, 3000);
    expect(sent.map((r) => r.status)).to.deep.equal([400, 400]);
    expect(sent[0].key).to.equal(sent[1].key);
  });

  it('format="fhir" sends a Consent as application/fhir+json', async () => {
    const el = await studio(STUDIO, { endpoint: '/__hearth/send/ok' });
    el.format = 'fhir';
    await fillAndAgree(el);
    await until(() => shadowText(el).includes('The practice has your answer.'), 3000, 'sent');
    const [request] = await sentLog();
    expect(request.contentType).to.equal('application/fhir+json');
    const body = JSON.parse(request.body);
    expect(body.resourceType).to.equal('Consent');
    expect(body.status).to.equal('active');
  });

  it('a host that handles the submit event stops the send; the answer is still kept', async () => {
    const storeKey = key();
    const el = await studio(STUDIO, { endpoint: '/__hearth/send/ok', storeKey });
    el.addEventListener('hearth-consent-submit', (event) => event.preventDefault());
    await fillAndAgree(el);
    await until(async () => (await storedRecord(storeKey))?.status === 'active', 3000, 'the kept record');
    // Proof that a send had time to arrive: another consent's answer, given after, arrives alone.
    const later = await studio(STUDIO, { endpoint: '/__hearth/send/ok' });
    const laterRecord = await fillAndAgree(later);
    const sent = await untilSent(1);
    expect(sent.map((r) => JSON.parse(r.body).recordId)).to.deep.equal([laterRecord.recordId]);
  });
});

describeFormAssociationSuite<HearthConsent>('<hearth-consent>', {
  render: (name) => html`<hearth-consent name=${ifDefined(name)} storage="none" store-key=${key()} .policy=${STUDIO}></hearth-consent>`,
  async ready(el) {
    await until(() => el.stage === 'form', 3000, 'the form');
    await el.updateComplete;
  },
  missingMessage: /^Please read the terms and agree to them\.$/,
  noValueUntilAnswered: true,
  answer: async (el) => (await fillAndAgree(el)) as unknown as Record<string, unknown>,
  async change(el) {
    checkbox(el, 'I have read the terms.').click();
    const name = inShadow<HTMLInputElement>(el, '#signer-name');
    name.value = 'Sam';
    name.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(checkbox(el, 'I have read the terms.').checked).to.equal(true);
  },
  expectCleared(el) {
    expect(checkbox(el, 'I have read the terms.').checked).to.equal(false);
    expect(inShadow<HTMLInputElement>(el, '#signer-name').value).to.equal('');
  },
  expectControlsOff(el, off) {
    expect(checkbox(el, 'I have read the terms.').disabled).to.equal(off);
    expect(inShadow<HTMLInputElement>(el, '#signer-name').disabled).to.equal(off);
    expect(button(el, 'I agree').getAttribute('aria-disabled') === 'true', '"I agree" is off').to.equal(off);
  },
  restore: {
    state: JSON.stringify({ acks: { read: true, limits: true }, signerName: 'Sam Rivera', relationship: '' }),
    expectRestored(el) {
      expect(checkbox(el, 'I have read the terms.').checked).to.equal(true);
      expect(checkbox(el, 'I understand the limits.').checked).to.equal(true);
      expect(checkbox(el, 'Send me the practice newsletter.').checked).to.equal(false);
      expect(inShadow<HTMLInputElement>(el, '#signer-name').value).to.equal('Sam Rivera');
    },
  },
});

describe('<hearth-consent> for the practice (reviewed, preview) and on phones', () => {
  let console_: ConsoleCapture;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  const formOf = async (template: ReturnType<typeof html>) => {
    const el = await consent(template);
    await until(() => el.stage === 'form', 3000, 'the form');
    await el.updateComplete;
    return el;
  };
  const note = (el: Element) => shadow(el).querySelector('[part="template-note"]');
  const noteWarnings = () => console_.warnings.filter((w) => w.includes('reviewed='));

  // The console warning (once per page, none with preview): consent.practice-warning.test.ts.
  it('a built-in template: the note shows until reviewed="<template>@<version>", comes back for a new version, always with preview', async () => {
    const unreviewed = await formOf(html`<hearth-consent template="confidentiality" storage="none"></hearth-consent>`);
    expect(unreviewed.templateVersion).to.equal('confidentiality@2');
    expect(note(unreviewed)!.textContent).to.contain('must check it against its own professional and legal duties');

    // Marked reviewed: clients no longer see the note, and the console says nothing more.
    const warned = noteWarnings().length;
    const reviewed = await formOf(html`<hearth-consent template="confidentiality" reviewed="confidentiality@2" storage="none"></hearth-consent>`);
    expect(note(reviewed)).to.equal(null);
    expect(noteWarnings()).to.have.length(warned);
    await expect(reviewed).to.be.accessible();

    // Reviewed for another version (the template has changed since): the note is back.
    const older = await formOf(html`<hearth-consent template="confidentiality" reviewed="confidentiality@0" storage="none"></hearth-consent>`);
    expect(note(older)).to.exist;
    // … or for another template: still not reviewed.
    expect(note(await formOf(html`<hearth-consent template="confidentiality" reviewed="group@1" storage="none"></hearth-consent>`))).to.exist;
    // Reviewing it live hides the note.
    older.reviewed = 'confidentiality@2';
    await older.updateComplete;
    expect(note(older)).to.equal(null);

    // preview shows the note even when reviewed: on the element, or from the provider.
    const own = await formOf(html`<hearth-consent template="confidentiality" reviewed="confidentiality@2" preview storage="none"></hearth-consent>`);
    expect(note(own)).to.exist;
    await expect(own).to.be.accessible();
    const provider = await fixture<HearthProvider>(html`<hearth-provider preview
      ><hearth-consent template="group" reviewed="group@2" storage="none"></hearth-consent
    ></hearth-provider>`);
    const inside = provider.querySelector('hearth-consent')!;
    await until(() => inside.stage === 'form', 3000, 'the form');
    await inside.updateComplete;
    expect(note(inside)).to.exist;
    provider.removeAttribute('preview');
    await provider.updateComplete;
    await inside.updateComplete;
    expect(note(inside)).to.equal(null);
    // The practice's own terms have no template note, preview or not.
    const ownTerms = await consent(html`<hearth-consent preview storage="none"></hearth-consent>`);
    ownTerms.policy = STUDIO;
    await until(() => ownTerms.stage === 'form', 3000, 'the form');
    expect(ownTerms.templateVersion).to.equal(undefined);
    expect(note(ownTerms)).to.equal(null);
  });

  it('at 320 px the terms flow in the page (no box that scrolls inside the page, no tab stop); at 1280 px they are a scroll box and a tab stop', async () => {
    const long: Policy = {
      ...STUDIO,
      sections: Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, title: `Part ${i + 1}`, bodyHtml: `<p>${'Plain words about privacy. '.repeat(20)}</p>` })),
    };
    /** What Tab reaches first after a button before the consent. */
    const firstTabStop = async (el: HearthConsent) => {
      el.before(Object.assign(document.createElement('button'), { textContent: 'Before' }));
      (el.previousElementSibling as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      return shadow(el).activeElement;
    };
    await setViewport({ width: 320, height: 640 });
    try {
      const narrow = await studio(long);
      const terms = inShadow(narrow, '[part="terms"]');
      expect(getComputedStyle(terms).overflowY).to.equal('visible');
      expect(terms.scrollHeight).to.be.at.most(terms.clientHeight + 1);
      expect(terms.getBoundingClientRect().height).to.be.greaterThan(1000);
      // Nothing to scroll inside it: no tab stop (and no focus ring around all the terms); Tab goes to the first box to tick.
      expect(terms.tabIndex).to.equal(-1);
      expect((await firstTabStop(narrow))?.matches('input[type="checkbox"]')).to.equal(true);
      await expect(narrow).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
    try {
      const wide = await studio(long, { scroll: true });
      const terms = inShadow(wide, '[part="terms"]');
      expect(getComputedStyle(terms).overflowY).to.equal('auto');
      expect(terms.scrollHeight).to.be.greaterThan(terms.clientHeight + 100);
      // A box that scrolls is a tab stop (arrow keys scroll it) …
      expect(terms.tabIndex).to.equal(0);
      expect(await firstTabStop(wide)).to.equal(terms);
      await expect(wide).to.be.accessible();
      // … and require-scroll still counts moving focus on past it.
      expect(wide.read).to.equal(false);
      await sendKeys({ press: 'Tab' });
      expect(shadow(wide).activeElement?.matches('input[type="checkbox"]')).to.equal(true);
      expect(wide.read).to.equal(true);
      // Terms that fit in their box have nothing to scroll: no tab stop.
      const short = await studio(STUDIO);
      expect(inShadow(short, '[part="terms"]').tabIndex).to.equal(-1);
      // A phone turned to a narrow width: the box flows in the page and stops being a tab stop.
      await setViewport({ width: 320, height: 640 });
      await until(() => terms.tabIndex === -1, 2000, 'no tab stop once the terms flow in the page');
      await setViewport({ width: 1280, height: 800 });
      await until(() => terms.tabIndex === 0, 2000, 'a tab stop again in a scroll box');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('require-scroll when the terms flow in the page: reached by scrolling the page, or by focus', async () => {
    const long: Policy = {
      ...STUDIO,
      sections: Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, title: `Part ${i + 1}`, bodyHtml: `<p>${'Plain words about privacy. '.repeat(20)}</p>` })),
    };
    await setViewport({ width: 320, height: 640 });
    try {
      window.scrollTo(0, 0);
      const el = await studio(long, { scroll: true });
      await until(() => el.reading.watchingEnd, 2000, 'the end of the terms watched');
      button(el, 'I agree').click();
      await el.updateComplete;
      expect(el.read, 'the end of the terms is far below the screen').to.equal(false);
      expect(inShadow(el, '[part="missing"]').textContent).to.contain('Read the terms to the end.');
      // Scrolling the page (not a box) to the end of the terms counts.
      const end = inShadow(el, '.terms-end');
      window.scrollBy(0, end.getBoundingClientRect().top - 100);
      await until(() => el.read, 2000, 'the end seen by scrolling the page');
      await el.updateComplete;
      expect(inShadow(el, '[part="missing"]').textContent).not.to.contain('Read the terms to the end.');
      window.scrollTo(0, 0);
      // By focus, as on wide screens.
      const other = await studio(long, { scroll: true });
      window.scrollTo(0, 0);
      expect(other.read).to.equal(false);
      checkbox(other, 'I have read the terms.').focus();
      expect(other.read).to.equal(true);
    } finally {
      window.scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('the copy a client keeps: "See and print your copy" first, a printable page in plain words; the JSON record a secondary link', async () => {
    const el = await studio();
    const record = await fillAndAgree(el);
    const row = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="answer"] .row button')];
    expect(row[0].textContent!.trim()).to.equal('See and print your copy');
    expect(row[0].classList.contains('primary')).to.equal(true);
    const json = button(el, 'Download the record (JSON)');
    expect(json.classList.contains('link')).to.equal(true);
    expect(json.closest('.row'), 'not among the main actions').to.equal(null);
    await expect(el).to.be.accessible();
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const doc = frame.contentDocument!;
      buildReceiptPage(doc, el);
      const text = (doc.body.textContent ?? '').replace(/\s+/g, ' ');
      const date = el.formatDate(record.signedAt);
      const summary = `You agreed to “Studio privacy terms” (version 1) on ${date}.`;
      // Plain words first: what, which version, when; then what was confirmed and how to withdraw; the record's details last.
      expect(doc.querySelector('h1')!.textContent).to.equal('Consent receipt');
      expect(doc.querySelector('h1 + p')!.textContent).to.equal(summary);
      const order = [
        summary,
        'This page is your copy.',
        'What you confirmed',
        'Yes: I have read the terms.',
        'How to withdraw',
        '“Withdraw my consent”',
        'We keep notes safe.',
        'Details for your records',
        record.recordId,
        record.policyHash,
      ];
      const at = order.map((part) => text.indexOf(part));
      expect(
        at.every((i) => i >= 0),
        JSON.stringify(at),
      ).to.equal(true);
      expect([...at].sort((a, b) => a - b)).to.deep.equal(at);
      expect(doc.querySelector('button')!.textContent).to.equal('Print this page');
      // Declined: no "how to withdraw", but how to answer again.
      const declined = await studio();
      setTimeout(() => button(declined, 'I do not agree').click());
      await oneEvent(declined, 'hearth-consent-submit');
      await declined.updateComplete;
      expect([...shadow(declined).querySelectorAll('[part="answer"] .row button')].map((b) => b.textContent!.trim())[0]).to.equal(
        'Read the terms and answer again',
      );
      buildReceiptPage(doc, declined);
      expect(doc.querySelector('h1 + p')!.textContent).to.contain('You did not agree to “Studio privacy terms” (version 1)');
      expect(doc.body.textContent)
        .to.contain('If you change your mind')
        .and.to.contain('“Read the terms and answer again”')
        .and.not.to.contain('How to withdraw');
      // Arabic: the plain words in Arabic, right to left.
      el.lang = 'ar';
      await el.updateComplete;
      await until(() => shadowText(el).includes('وافقت'), 3000, 'the Arabic strings');
      buildReceiptPage(doc, el);
      // The English title is isolated, so the Arabic quotes and full stop stay where they belong.
      expect(doc.querySelector('h1 + p')!.textContent).to.contain('وافقت على «\u2068Studio privacy terms\u2069» (الإصدار 1)');
      // Each confirmation: the answer first, the English label apart in its own direction, so its full stop stays with it.
      const confirmedItem = [...doc.querySelectorAll('li')].find((li) => li.textContent === 'نعم: I have read the terms.')!;
      expect(confirmedItem, 'the answer first').to.exist;
      const labelSpan = confirmedItem.querySelector('span')!;
      expect([labelSpan.textContent, labelSpan.dir]).to.deep.equal(['I have read the terms.', 'auto']);
      // The English terms keep their own direction inside the Arabic page; a phone gets a phone-sized page.
      const termsText = [...doc.querySelectorAll('p')].find((p) => p.textContent === 'What you say stays here. We keep notes safe.')!;
      expect(termsText.dir).to.equal('auto');
      expect(doc.querySelector('meta[name="viewport"]')!.getAttribute('content')).to.equal('width=device-width, initial-scale=1');
      expect(doc.body.textContent).to.contain('كيف تسحب موافقتك').and.to.contain('«سحب موافقتي»');
    } finally {
      frame.remove();
    }
  });

  it('an Arabic page with English terms: what is missing quotes each label isolated for bidi (no stray quotes or full stops)', async () => {
    const el = await studio();
    el.lang = 'ar';
    await el.updateComplete;
    await until(() => shadowText(el).includes('أوافق'), 3000, 'the Arabic strings');
    button(el, 'أوافق').click();
    await el.updateComplete;
    const items = [...shadow(el).querySelectorAll('[part="missing"] li')].map((li) => li.textContent);
    expect(items).to.include('ضع علامة على «\u2068I have read the terms.\u2069»');
    // Each English label is its own bidi island, so "(اختياري)" after it does not cut into it.
    const optional = [...shadow(el).querySelectorAll('.ack')].find((label) => label.textContent!.includes('newsletter'))!;
    expect(optional.querySelector('bdi')!.textContent).to.equal('Send me the practice newsletter.');
    // English labels in English need no isolation.
    el.lang = 'en';
    await el.updateComplete;
    await until(() => shadowText(el).includes('I agree'), 3000, 'the English strings');
    expect(inShadow(el, '[part="missing"]').textContent).to.contain('Tick “I have read the terms.”');
    await expect(el).to.be.accessible();
  });

  it('design: heading part with the heading tokens, checkboxes of 24 px or more with the whole label as target, agree and decline equally easy', async () => {
    const el = await studio();
    el.style.setProperty('--hearth-heading-weight', '500');
    el.style.setProperty('--hearth-heading-color', 'rgb(10, 20, 30)');
    const heading = inShadow(el, '[part~="heading"]');
    expect(heading.textContent).to.equal('Studio privacy terms');
    expect(getComputedStyle(heading).fontWeight).to.equal('500');
    expect(getComputedStyle(heading).color).to.equal('rgb(10, 20, 30)');
    for (const box of shadow(el).querySelectorAll('input[type="checkbox"]')) {
      const rect = box.getBoundingClientRect();
      expect(rect.width).to.be.at.least(24);
      expect(rect.height).to.be.at.least(24);
      const label = box.closest('label')!.getBoundingClientRect();
      expect(label.height).to.be.at.least(44);
    }
    // Clicking the label's words ticks the box.
    const words = [...shadow(el).querySelectorAll<HTMLElement>('.ack bdi')].find((s) => s.textContent === 'I understand the limits.')!;
    words.click();
    expect(checkbox(el, 'I understand the limits.').checked).to.equal(true);
    const agree = button(el, 'I agree').getBoundingClientRect();
    const decline = button(el, 'I do not agree').getBoundingClientRect();
    expect(agree.height).to.be.at.least(44);
    expect(decline.height).to.equal(agree.height);
    expect(Math.abs(decline.width - agree.width)).to.be.below(1);
    await setViewport({ width: 320, height: 640 });
    try {
      const phone = await studio();
      const a = button(phone, 'I agree').getBoundingClientRect();
      const d = button(phone, 'I do not agree').getBoundingClientRect();
      expect(Math.round(a.width)).to.equal(Math.round(d.width));
      expect(a.width).to.be.greaterThan(200);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
