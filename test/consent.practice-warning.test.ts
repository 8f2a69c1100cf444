import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthConsent } from '../packages/elements/src/consent/consent.js';
import { captureConsole, type ConsoleCapture } from './helpers/console-capture.js';
import { shadow, until } from './helpers/shadow.js';

/*
 * The console warning that a built-in template is not marked reviewed is said once per page for
 * each template version (as the crisis resources' "no region" note), and not at all with
 * `preview`. Its own file: the page's memory of what was said lasts as long as the page, so each
 * test here uses templates no other test on this page has shown.
 */

const formOf = async (el: HearthConsent) => {
  await until(() => el.stage === 'form', 3000, 'the form');
  await el.updateComplete;
  return el;
};
const note = (el: Element) => shadow(el).querySelector('[part="template-note"]');

describe('<hearth-consent> says "not reviewed" once per page', () => {
  let console_: ConsoleCapture;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());
  const noteWarnings = () => console_.warnings.filter((w) => w.includes('reviewed='));

  it('two consents of the same template on one page: one warning; a third later, a re-render or a new language: still one', async () => {
    const page = await fixture(html`<div>
      <hearth-consent template="confidentiality" reviewed="confidentiality@0" storage="none"></hearth-consent>
      <hearth-consent template="confidentiality" storage="none"></hearth-consent>
    </div>`);
    const [older, unreviewed] = await Promise.all([...page.querySelectorAll('hearth-consent')].map(formOf));
    // Both show clients the note …
    expect(note(older)).to.exist;
    expect(note(unreviewed)).to.exist;
    // … and the console says it once, naming the template, its version and how to mark it.
    expect(noteWarnings()).to.have.length(1);
    expect(noteWarnings()[0]).to.contain('<hearth-consent>').and.to.contain('"confidentiality"').and.to.contain('reviewed="confidentiality@2"');

    const third = await formOf(await fixture<HearthConsent>(html`<hearth-consent template="confidentiality" storage="none"></hearth-consent>`));
    expect(note(third)).to.exist;
    third.lang = 'es';
    await third.updateComplete;
    third.lang = 'en';
    await third.updateComplete;
    unreviewed.requestUpdate();
    await unreviewed.updateComplete;
    expect(noteWarnings()).to.have.length(1);
    await expect(third).to.be.accessible();
  });

  it('with preview (on the element or from the provider) the practice sees the note: no warning', async () => {
    const own = await formOf(await fixture<HearthConsent>(html`<hearth-consent template="group" preview storage="none"></hearth-consent>`));
    expect(note(own)).to.exist;
    // (The telehealth template's terms need the practice's values: consent.policy-values.test.ts.)
    const values = { licensedRegion: 'Oregon', reconnectMinutes: '5', videoService: 'Doxy.me' };
    const provider = await fixture(html`<hearth-provider preview region="US" .config=${{ policyValues: values }}
      ><hearth-consent template="telehealth" reviewed="telehealth@0" storage="none"></hearth-consent
    ></hearth-provider>`);
    const inside = await formOf(provider.querySelector('hearth-consent')!);
    expect(note(inside)).to.exist;
    expect(noteWarnings()).to.deep.equal([]);
    await expect(own).to.be.accessible();
    await expect(inside).to.be.accessible();

    // Without preview the same page warns as before (for a template not said yet).
    await formOf(await fixture<HearthConsent>(html`<hearth-consent template="electronic-communication" storage="none"></hearth-consent>`));
    expect(noteWarnings()).to.have.length(1);
    expect(noteWarnings()[0]).to.contain('"electronic-communication"');
  });
});
