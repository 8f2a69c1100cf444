import '../packages/elements/src/all.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import { practiceConfigSchema, validate } from '../packages/core/src/index.js';
import { receiptOf } from '../packages/elements/src/consent/consent-receipt.js';
import type { ConsentRecord, Policy } from '../packages/elements/src/consent/policy.js';
import { policyHash } from '../packages/elements/src/consent/policy-hash.js';
import { fillPolicy, policyTokens } from '../packages/elements/src/consent/policy-tokens.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { captureConsole, type ConsoleCapture } from './helpers/console-capture.js';
import { recomputedHash } from './helpers/policy-hash-recipes.js';
import { inShadow, shadow, shadowButton, shadowText, until } from './helpers/shadow.js';

/*
 * `{tokens}` in a built-in consent template are filled from the provider's `policyValues`
 * (`{practice}` from its practice name), as text. A template with a token left unfilled cannot be
 * signed: clients read that the terms are not ready, the practice sees which values are missing
 * (inline with `preview`, once in the console). The hash is computed over the terms as filled.
 */

/** What the telehealth template's terms need (docs/consent.md lists them with examples). */
const TELEHEALTH_VALUES = { licensedRegion: 'the State of Oregon', reconnectMinutes: '5', videoService: 'Doxy.me' };

const TEMPLATE: Policy = {
  id: 'tokens',
  version: '1',
  title: 'Sessions with {practice}',
  changes: 'We now wait {reconnectMinutes} minutes.',
  sections: [
    {
      id: 'drop',
      title: 'If the call drops ({reconnectMinutes} minutes)',
      bodyHtml: '<p>We call you after <strong>{reconnectMinutes}</strong> minutes, {name}.</p>',
    },
    { id: 'video', title: 'Video', bodyHtml: '<p>We use {videoService}. <a href="https://example.org/{videoService}">More</a></p>' },
  ],
  acknowledgments: [{ id: 'ok', label: 'I understand that {practice} uses {videoService}.', required: true }],
};

let n = 0;
const key = () => `policy-values-${Date.now()}-${++n}`;

async function telehealth(values: Record<string, string> | undefined, extra: { preview?: boolean; name?: string; lang?: string } = {}) {
  const provider = await fixture<HearthProvider>(html`<hearth-provider practice-name="Willow Tree" ?preview=${extra.preview} namespace=${key()}>
    <hearth-consent template="telehealth" lang=${extra.lang ?? 'en'} store-key=${key()} reviewed="telehealth@2"></hearth-consent>
  </hearth-provider>`);
  if (values) provider.config = { policyValues: values };
  const el = provider.querySelector('hearth-consent')!;
  await provider.updateComplete;
  await el.updateComplete;
  await until(() => el.stage !== 'loading', 3000, 'the terms, or not ready');
  await el.updateComplete;
  return { provider, el };
}

describe('<hearth-consent> fills a template’s {tokens} from policyValues', () => {
  let console_: ConsoleCapture;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  it('fillPolicy: every field, values as text (escaped in bodyHtml), {name} left for the screen, the missing ones listed', () => {
    expect(policyTokens(TEMPLATE)).to.deep.equal(['practice', 'reconnectMinutes', 'videoService']);
    const { policy, missing } = fillPolicy(TEMPLATE, { practiceName: 'Willow Tree', policyValues: { reconnectMinutes: '5', videoService: 'A & <b>B</b>' } });
    expect(missing).to.deep.equal([]);
    expect(policy.title).to.equal('Sessions with Willow Tree');
    expect(policy.changes).to.equal('We now wait 5 minutes.');
    expect(policy.sections[0].title).to.equal('If the call drops (5 minutes)');
    expect(policy.sections[0].bodyHtml).to.equal('<p>We call you after <strong>5</strong> minutes, {name}.</p>');
    expect(policy.sections[1].bodyHtml).to.equal(
      '<p>We use A &amp; &lt;b&gt;B&lt;/b&gt;. <a href="https://example.org/A &amp; &lt;b&gt;B&lt;/b&gt;">More</a></p>',
    );
    expect(policy.acknowledgments[0].label).to.equal('I understand that Willow Tree uses A & <b>B</b>.');
    // The template itself is untouched.
    expect(TEMPLATE.title).to.equal('Sessions with {practice}');

    const partial = fillPolicy(TEMPLATE, { policyValues: { videoService: 'Zoom', reconnectMinutes: '  ' } });
    expect(partial.missing).to.deep.equal(['practice', 'reconnectMinutes']);
    // Only own values: a token named like an Object.prototype member has none.
    expect(
      fillPolicy({ ...TEMPLATE, title: '{constructor}' }, { practiceName: 'W', policyValues: { reconnectMinutes: '5', videoService: 'Z' } }).missing,
    ).to.deep.equal(['constructor']);
    const plain = {
      ...TEMPLATE,
      title: 'T',
      changes: undefined,
      sections: [{ id: 's', title: 'S', bodyHtml: '<p>{name}</p>' }],
      acknowledgments: [{ id: 'a', label: 'A', required: true }],
    };
    expect(fillPolicy(plain).policy).to.equal(plain);
  });

  it('policyValues is checked by the provider: text values without { }, names as tokens are written', () => {
    const ok = validate(practiceConfigSchema, { policyValues: { reconnectMinutes: '5' } }, 'config');
    expect(ok.errors).to.deep.equal([]);
    const errors = (value: unknown) => validate(practiceConfigSchema, { policyValues: value }, 'config').errors.map((e) => `${e.path}: ${e.message}`);
    expect(errors({ reconnectMinutes: 5 })[0]).to.contain('config.policyValues.reconnectMinutes: expected text');
    expect(errors({ videoService: 'x'.repeat(501) })[0]).to.contain('at most 500');
    expect(errors({ videoService: '{name}' })[0]).to.contain('without { or }');
    expect(errors({ 'video service': 'Zoom' })[0]).to.contain('expected names of letters');
    expect(errors(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`v${i}`, 'x'])))[0]).to.contain('at most 100 values');
    expect(errors(['5'])[0]).to.contain('expected an object');
  });

  it('the telehealth template, every value set: filled terms to sign, the hash over the terms as shown, a receipt that recomputes it', async () => {
    const { el } = await telehealth(TELEHEALTH_VALUES);
    expect(el.stage).to.equal('form');
    const terms = inShadow(el, '[part="terms"]').textContent!;
    expect(terms).to.contain('within 5 minutes').and.to.contain('Doxy.me').and.to.contain('the State of Oregon');
    expect(terms).not.to.match(/\{[A-Za-z]+\}/);
    expect(el.unfilledTokens).to.deep.equal([]);
    // The hash is over the filled terms (what the client reads), recomputed by the documented recipe.
    expect(el.policyHash).to.equal(await recomputedHash(el.currentPolicy!));
    expect(el.currentPolicy!.sections.map((s) => s.bodyHtml).join(' ')).to.contain('5 minutes');
    // Other values are other terms: another hash.
    const other = await telehealth({ ...TELEHEALTH_VALUES, reconnectMinutes: '15' });
    expect(other.el.policyHash).not.to.equal(el.policyHash);
    expect(await policyHash(other.el.currentPolicy!)).to.equal(other.el.policyHash);
    await expect(el).to.be.accessible();
  });

  it('the answer follows the values: a practice that changes one asks its clients again', async () => {
    const { provider, el } = await telehealth(TELEHEALTH_VALUES);
    for (const box of shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
    const field = inShadow<HTMLInputElement>(el, '#signer-name');
    field.value = 'Sam Rivera';
    field.dispatchEvent(new Event('input'));
    await el.updateComplete;
    setTimeout(() => shadowButton(el, 'I agree').click());
    const record = (await oneEvent(el, 'hearth-consent-submit')).detail.record as ConsentRecord;
    await el.updateComplete;
    expect(el.stage).to.equal('agreed');
    expect(record.policyHash).to.equal(el.policyHash);
    const receipt = receiptOf(el);
    expect(receipt.terms.map((t) => t.text).join(' ')).to.contain('within 5 minutes');
    provider.config = { policyValues: { ...TELEHEALTH_VALUES, reconnectMinutes: '10' } };
    await until(() => el.stage === 'form', 3000, 'asked again');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('The terms have changed since you answered');
    expect(inShadow(el, '[part="terms"]').textContent).to.contain('within 10 minutes');
  });

  it('a value missing: clients read "not ready" and cannot sign; one console.error names each missing field (policyValues.<name>)', async () => {
    const { el } = await telehealth({ videoService: 'Doxy.me' });
    expect(el.stage).to.equal('not-ready');
    expect(el.unfilledTokens).to.deep.equal(['licensedRegion', 'reconnectMinutes']);
    expect(el.currentPolicy).to.equal(undefined);
    expect(inShadow(el, '[part="not-ready"]').textContent!.trim()).to.equal('These terms are not ready yet. Please contact the practice.');
    // Nothing to sign, and no words with holes in them.
    expect(shadow(el).querySelector('[part="terms"]')).to.equal(null);
    expect(shadow(el).querySelector('[part="agree-button"]')).to.equal(null);
    expect(shadowText(el)).not.to.contain('{');
    // The practice-only list is not shown to clients (no configuration error box, only "not ready").
    expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    expect(await el.agree()).to.equal(undefined);
    expect(() => el.toFhirConsent()).to.throw(/licensedRegion, reconnectMinutes/);
    // A configuration issue as every element reports one: one console.error naming each field.
    const told = console_.errors.filter((e) => e.includes('not ready'));
    expect(told).to.have.length(1);
    expect(told[0])
      .to.contain('<hearth-consent>')
      .and.to.contain('"telehealth"')
      .and.to.contain('policyValues.licensedRegion: ')
      .and.to.contain('policyValues.reconnectMinutes: ')
      .and.not.to.contain('policyValues.videoService');
    expect(console_.warnings.filter((w) => w.includes('not ready'))).to.deep.equal([]);
    el.requestUpdate();
    await el.updateComplete;
    expect(console_.errors.filter((e) => e.includes('not ready'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('without any policyValues, in Spanish too; setting them later shows the terms', async () => {
    const { provider, el } = await telehealth(undefined, { lang: 'es' });
    expect(el.stage).to.equal('not-ready');
    expect(el.unfilledTokens).to.have.members(['licensedRegion', 'reconnectMinutes', 'videoService']);
    expect(inShadow(el, '[part="not-ready"]').textContent).to.contain('todavía no están listos');
    provider.config = { policyValues: TELEHEALTH_VALUES };
    await until(() => el.stage === 'form', 3000, 'the terms');
    await el.updateComplete;
    expect(inShadow(el, '[part="terms"]').textContent).to.contain('Doxy.me');
  });

  it('with preview the practice sees which values are missing, inline, in the usual configuration-issue list', async () => {
    const { el } = await telehealth({ videoService: 'Doxy.me', reconnectMinutes: '5' }, { preview: true });
    expect(el.stage).to.equal('not-ready');
    const items = [...shadow(el).querySelectorAll('[part="error"] li')].map((li) => li.textContent!);
    expect(items).to.have.length(1);
    expect(items[0]).to.match(/^policyValues\.licensedRegion: /);
    expect(inShadow(el, '[part="error"] li code').textContent).to.equal('policyValues.licensedRegion');
    // The clients' words stay, with the practice's note in preview.
    expect(inShadow(el, '.not-ready-text').textContent).to.contain('These terms are not ready yet.');
    expect(inShadow(el, '.not-ready').textContent).to.contain('{licensedRegion}').and.to.contain('preview');
    expect(shadowText(el)).not.to.contain('{videoService}');
    await expect(el).to.be.accessible();
  });

  it('in a <form>: terms that are not ready are not agreed (the form cannot submit)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <hearth-provider practice-name="Willow Tree"><hearth-consent name="consent" template="telehealth" storage="none"></hearth-consent></hearth-provider>
    </form>`);
    const el = form.querySelector('hearth-consent')!;
    await until(() => el.stage === 'not-ready', 3000, 'not ready');
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    expect(el.value).to.equal('');
  });

  it('a value is text on screen, never markup', async () => {
    const { el } = await telehealth({ ...TELEHEALTH_VALUES, videoService: '<img src=x onerror="window.__hacked=1">Zoom' });
    const terms = inShadow(el, '[part="terms"]');
    expect(terms.querySelector('img')).to.equal(null);
    expect(terms.textContent).to.contain('<img src=x onerror="window.__hacked=1">Zoom');
    expect((window as unknown as { __hacked?: number }).__hacked).to.equal(undefined);
  });

  it('a practice’s own policy is its text as written: its {tokens} are not filled from policyValues', async () => {
    const provider = await fixture<HearthProvider>(
      html`<hearth-provider practice-name="Willow Tree"><hearth-consent storage="none"></hearth-consent></hearth-provider>`,
    );
    provider.config = { policyValues: { videoService: 'Zoom', reconnectMinutes: '5' } };
    const el = provider.querySelector('hearth-consent')!;
    el.policy = TEMPLATE;
    await until(() => el.stage === 'form', 3000, 'the form');
    await el.updateComplete;
    expect(el.unfilledTokens).to.deep.equal([]);
    expect(inShadow(el, '[part="terms"]').textContent).to.contain('We use {videoService}.');
    // {practice} and {name} are filled on screen as everywhere; the hash is the policy as written.
    expect(inShadow(el, '#title').textContent).to.equal('Sessions with Willow Tree');
    expect(el.currentPolicy).to.deep.equal(TEMPLATE);
    expect(el.policyHash).to.equal(await recomputedHash(TEMPLATE));
  });
});
