import '../packages/elements/src/all.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import type { HearthConsent } from '../packages/elements/src/consent/consent.js';
import { buildReceiptPage, receiptOf } from '../packages/elements/src/consent/consent-receipt.js';
import type { ConsentRecord, Policy } from '../packages/elements/src/consent/policy.js';
import { policyHash } from '../packages/elements/src/consent/policy-hash.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { captureConsole, type ConsoleCapture } from './helpers/console-capture.js';
import { forStoreKey, putStoredRecord, storedRecords } from './helpers/indexeddb.js';
import { hashOfTexts, recipeText, recomputedHash } from './helpers/policy-hash-recipes.js';
import { inShadow, shadowButton, until } from './helpers/shadow.js';

/*
 * `policyHash` recipe 2 (ARCHITECTURE.md, issue 17 item 11): the struck, inserted and emphasised
 * words and the links' targets count, not only the words; records made with recipe 1 still verify.
 */

let n = 0;
const key = () => `consent-hash-${Date.now()}-${++n}`;

const policyOf = (bodyHtml: string, version = '1'): Policy => ({
  id: 'sharing',
  version,
  title: 'Sharing',
  sections: [{ id: 'share', title: 'Who sees your notes', bodyHtml }],
  acknowledgments: [{ id: 'read', label: 'I have read the terms.', required: true }],
});

/** One policy with every kind of markup, its recipe-2 text written by hand, and its hashes worked out apart (node:crypto). */
const KNOWN: Policy = {
  id: 'kat',
  version: '2',
  title: 'Known answer',
  sections: [
    {
      id: 'a',
      title: 'A',
      bodyHtml:
        '<p>We will <s>not</s> share <strong title="x">your</strong> notes; see <a href="https://example.org/p?a=1&amp;b=2" title="T">this &amp; that</a>.</p>\n<ul><li><span>Tre\u0300s</span>   bien &lt;3</li></ul>',
    },
  ],
  acknowledgments: [{ id: 'ok', label: 'OK', required: true }],
};
const KNOWN_TEXT = {
  1: 'We will not share your notes; see this & that. Très bien <3',
  2: 'We will <s>not</s> share <strong>your</strong> notes; see <a href="https://example.org/p?a=1&amp;b=2">this &amp; that</a>. Très bien &lt;3',
};
const KNOWN_HASH = {
  1: '8eb4ba0ad31c974c6dba966398c0ca80444e6b84440ecb61cad9652b5a9ff2d8',
  2: '3fd6494b37f16ad8036f002493f83f94b4d7b977ad07bcb91a66782d15b78e24',
};

async function consent(policy: Policy, place: { storeKey?: string; namespace?: string } = {}): Promise<HearthConsent> {
  const provider = await fixture<HearthProvider>(html`<hearth-provider practice-name="Willow Tree" namespace=${place.namespace ?? key()}>
    <hearth-consent store-key=${place.storeKey ?? key()}></hearth-consent>
  </hearth-provider>`);
  const el = provider.querySelector('hearth-consent')!;
  el.policy = policy;
  await provider.updateComplete;
  await until(() => el.stage !== 'loading', 5000, 'the terms, their hash and the kept record');
  await el.updateComplete;
  return el;
}

async function agree(el: HearthConsent): Promise<ConsentRecord> {
  for (const box of inShadow(el, '.acks').querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
  const name = inShadow<HTMLInputElement>(el, '#signer-name');
  name.value = 'Sam Rivera';
  name.dispatchEvent(new Event('input'));
  await el.updateComplete;
  setTimeout(() => shadowButton(el, 'I agree').click());
  const { detail } = await oneEvent(el, 'hearth-consent-submit');
  await until(() => el.stage === 'agreed', 3000, 'the agreed stage');
  await el.updateComplete;
  return detail.record as ConsentRecord;
}

/** Replaces the record kept on the device for `storeKey` (as an older Hearth would have kept it). */
async function keepRecord(storeKey: string, record: ConsentRecord): Promise<void> {
  const [kept] = await storedRecords(forStoreKey(storeKey), ['consent']);
  await putStoredRecord('consent', kept.key, { ...kept.value, data: record });
}

/** The hash recomputed from a receipt alone, as docs/consent.md shows (no HTML parser). */
async function hashOfReceipt(receipt: ReturnType<typeof receiptOf>): Promise<string> {
  const input = JSON.stringify([
    receipt.policy.id,
    receipt.policy.version,
    receipt.policy.title,
    receipt.terms.map((t) => [t.id, t.title, t.text]),
    receipt.acknowledgments.map((a) => [a.id, a.label, a.required]),
  ]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(input));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('<hearth-consent> policyHash recipe 2', () => {
  let console_: ConsoleCapture;
  // Consents without an endpoint warn once; keep the output clean.
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  it('known answers: the canonical text written by hand, hashed apart; the element and policyHash() give the same', async () => {
    for (const version of [1, 2] as const) {
      expect(await recipeText(KNOWN.sections[0].bodyHtml, version), `recipe ${version}`).to.equal(KNOWN_TEXT[version]);
      expect(await hashOfTexts(KNOWN, [KNOWN_TEXT[version]])).to.equal(KNOWN_HASH[version]);
      expect(await policyHash(KNOWN, version)).to.equal(KNOWN_HASH[version]);
    }
    expect(await policyHash(KNOWN)).to.equal(KNOWN_HASH[2]);
    expect((await consent(KNOWN)).policyHash).to.equal(KNOWN_HASH[2]);
    const vectors: [string, string][] = [
      ['<p>Call <b>999</b> <i>first</i>, <u>never</u> <em>wait</em>.</p>', 'Call <b>999</b> <i>first</i>, <u>never</u> <em>wait</em>.'],
      [
        '<p><a>no target</a> and <a href="/terms" onclick="x()">ours</a> and <a href=\'say "hi"\'>q</a></p>',
        'no target and <a href="/terms">ours</a> and <a href="say &quot;hi&quot;">q</a>',
      ],
      ['<p>Words &lt;s&gt;not a tag&lt;/s&gt; stay "words".</p>', 'Words &lt;s&gt;not a tag&lt;/s&gt; stay &quot;words&quot;.'],
      ['<table><tr><td><strong>A</strong></td><td>B</td></tr></table><h2>C</h2>', '<strong>A</strong>BC'],
    ];
    for (const [bodyHtml, text] of vectors) {
      expect(await recipeText(bodyHtml, 2), bodyHtml).to.equal(text);
      expect(await policyHash(policyOf(bodyHtml)), bodyHtml).to.equal(await hashOfTexts(policyOf(bodyHtml), [text]));
    }
  });

  it('a struck word, an emphasis or a link target changes the hash; markup that changes no meaning does not', async () => {
    const hashOf = async (bodyHtml: string) => (await consent(policyOf(bodyHtml))).policyHash!;
    const plain = await hashOf('<p>We will not share your notes. Read <a href="https://example.org/a">our terms</a>.</p>');
    const differs = [
      '<p>We will <s>not</s> share your notes. Read <a href="https://example.org/a">our terms</a>.</p>',
      '<p>We will <strong>not</strong> share your notes. Read <a href="https://example.org/a">our terms</a>.</p>',
      '<p>We will not share your notes. Read <a href="https://example.org/b">our terms</a>.</p>',
      '<p>We will not share your notes. Read our terms.</p>',
    ];
    for (const bodyHtml of differs) expect(await hashOf(bodyHtml), bodyHtml).not.to.equal(plain);
    expect(await hashOf(differs[0])).not.to.equal(await hashOf(differs[1]));
    const same = [
      '<p>We will <span lang="en">not</span> share your notes.</p> <p>Read <a href="https://example.org/a" title="Our terms" target="_self" rel="x">our terms</a>.</p>',
      '<div>We will not   share <abbr title="your own">your</abbr> <small>notes</small>.\nRead <a href="https://example.org/a">our terms</a>.</div>',
    ];
    for (const bodyHtml of same) expect(await hashOf(bodyHtml), bodyHtml).to.equal(plain);
  });

  it('what the client is shown struck, inserted or emphasised is in the hash (a tag the sanitizer drops shows and hashes as plain)', async () => {
    const plain = (await consent(policyOf('<p>We will not share.</p>'))).policyHash;
    const shownAs: Record<string, boolean> = {};
    for (const tag of ['s', 'del', 'ins', 'strong', 'em', 'b', 'i', 'u']) {
      const el = await consent(policyOf(`<p>We will <${tag}>not</${tag}> share.</p>`));
      await until(() => !!el.shadowRoot!.querySelector('.section p'), 3000, 'the terms');
      shownAs[tag] = !!el.shadowRoot!.querySelector(`.section ${tag}`);
      expect(el.policyHash === plain, `<${tag}> shown: ${shownAs[tag]}`).to.equal(!shownAs[tag]);
    }
    expect(shownAs).to.include({ s: true, del: true, ins: true, strong: true, em: true, b: true, i: true, u: true });
  });

  it("struck and inserted words are said as such to a screen reader, in the element's language; the hash is the same with or without", async () => {
    const bodyHtml = '<p>We will <del>not</del> share. We <ins>always</ins> ask.</p>';
    const el = await consent(policyOf(bodyHtml));
    await until(() => !!el.shadowRoot!.querySelector('.section del'), 3000, 'the terms');
    const paragraph = el.shadowRoot!.querySelector('.section p')!;
    const spoken = paragraph.textContent!.replace(/\s+/g, ' ').trim();
    expect(spoken).to.equal('We will struck out: not (end of struck out) share. We added: always (end of added) ask.');
    const marks = [...paragraph.querySelectorAll('.visually-hidden')];
    expect(
      marks.map((mark) => getComputedStyle(mark).position),
      'not seen, only heard',
    ).to.deep.equal(['absolute', 'absolute', 'absolute', 'absolute']);
    expect(el.policyHash).to.equal(await recomputedHash(policyOf(bodyHtml), 2));
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'ar');
    await until(() => el.shadowRoot!.querySelector('.section p')?.textContent!.includes('نص محذوف:') === true, 3000, 'the Arabic marks');
    const arabic = [...el.shadowRoot!.querySelectorAll('.section .visually-hidden')].map((mark) => [mark.getAttribute('lang'), mark.textContent!.trim()]);
    expect(arabic).to.deep.equal([
      ['ar', 'نص محذوف:'],
      ['ar', '(نهاية النص المحذوف)'],
      ['ar', 'نص مضاف:'],
      ['ar', '(نهاية النص المضاف)'],
    ]);
  });

  it('a new record carries policyHashVersion 2; its receipt recomputes it and prints the struck word struck; FHIR carries the same text', async () => {
    const policy = policyOf('<p>We will <s>not</s> share your notes.</p>');
    const el = await consent(policy);
    const record = await agree(el);
    expect(record.policyHashVersion).to.equal(2);
    expect(record.policyHash).to.equal(await recomputedHash(policy, 2));
    const receipt = receiptOf(el);
    expect(receipt.record.policyHashVersion).to.equal(2);
    expect(receipt.terms).to.deep.equal([{ id: 'share', title: 'Who sees your notes', text: 'We will <s>not</s> share your notes.' }]);
    expect(await hashOfReceipt(receipt)).to.equal(record.policyHash);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      buildReceiptPage(frame.contentDocument!, el);
      const terms = [...frame.contentDocument!.querySelectorAll('p')].find((p) => p.textContent === 'We will not share your notes.')!;
      expect(terms.querySelector('s')?.textContent).to.equal('not');
    } finally {
      frame.remove();
    }
    const fhir = el.toFhirConsent(record);
    const attachment = new TextDecoder().decode(Uint8Array.from(atob((fhir.sourceAttachment as { data: string }).data), (c) => c.charCodeAt(0)));
    expect(attachment).to.contain('We will <s>not</s> share your notes.');
  });

  it('a record made with recipe 1 still verifies with recipe 1: shown as agreed, withdrawn as itself, its receipt recomputes', async () => {
    const policy = policyOf('<p>We will <s>not</s> share your notes.</p>');
    const place = { storeKey: key(), namespace: key() };
    const made = await agree(await consent(policy, place));
    const { policyHashVersion, ...rest } = made;
    expect(policyHashVersion).to.equal(2);
    const older: ConsentRecord = { ...rest, policyHash: await recomputedHash(policy, 1) };
    await keepRecord(place.storeKey, older);
    const el = await consent(policy, place);
    expect(el.stage).to.equal('agreed');
    expect(el.consentRecord).to.deep.equal(older);
    expect(el.value).to.equal(JSON.stringify(older));
    const receipt = receiptOf(el);
    expect(receipt.terms[0].text).to.equal('We will not share your notes.');
    expect(await hashOfReceipt(receipt)).to.equal(older.policyHash);
    shadowButton(el, 'Withdraw my consent').click();
    await el.updateComplete;
    setTimeout(() => shadowButton(el, 'Yes, withdraw').click());
    const { detail } = await oneEvent(el, 'hearth-consent-withdraw');
    expect(detail.record).to.deep.equal({ ...older, status: 'withdrawn', withdrawnAt: detail.record.withdrawnAt });
    await until(() => el.stage === 'withdrawn', 3000, 'the withdrawn stage');
    // A record whose hash does not match its own recipe, or of a recipe this version does not know, is asked again.
    const wrongs: ConsentRecord[] = [
      { ...older, policyHashVersion: 2 },
      { ...rest, policyHash: made.policyHash },
      { ...made, policyHashVersion: 3 as unknown as 2 },
    ];
    for (const wrong of wrongs) {
      await keepRecord(place.storeKey, wrong);
      expect((await consent(policy, place)).stage, JSON.stringify(wrong)).to.equal('form');
    }
  });
});
