import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { PracticeContact } from '../packages/core/src/index.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import type { HearthSafetyPlan } from '../packages/elements/src/safety-plan/safety-plan.js';
import { SECTION_IDS } from '../packages/elements/src/safety-plan/safety-plan-format.js';
import { buildPlanPage, type PrintablePlan } from '../packages/elements/src/safety-plan/safety-plan-print.js';
import { inShadow, shadow, shadowButton as button, until } from './helpers/shadow.js';
import { expectNoInjection, settleScripts, trapDialogs, xssVectors } from './suites/xss-suite.js';

// Issue 20: a practice contact's website (`contacts[].url`) is a link in the professionals section,
// the crisis view, the locked plan's help and the printed page, by Hearth's rules for links:
// http(s) only, rel="noopener noreferrer", a new tab (said) for another site.

let n = 0;
const key = () => `plan-contacts-${Date.now()}-${++n}`;

const RIVERA: PracticeContact = { name: 'Dr. Rivera', role: 'Your therapist', phone: '+1 555 0199', url: 'https://therapy.example/rivera' };
const DESK: PracticeContact = { name: 'Front desk', url: '/contact' };

/** A plan inside a provider whose practice gives `contacts`. */
async function planWith(contacts: PracticeContact[], attributes = ''): Promise<HearthSafetyPlan> {
  const provider = await fixture<HearthProvider>(html`<hearth-provider region="US"
    ><hearth-safety-plan store-key=${key()} ?encrypt=${attributes === 'encrypt'}></hearth-safety-plan
  ></hearth-provider>`);
  provider.config = { contacts };
  const el = provider.querySelector('hearth-safety-plan')!;
  await until(() => !!shadow(el).querySelector('[part="contacts"]'), 5000, 'the contacts');
  await el.updateComplete;
  return el;
}

/** The website links in `root`: their text, href, target and rel. */
const sites = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLAnchorElement>('[part="contacts"] a.site')].map((link) => ({
    text: link.textContent!.replace(/\s+/g, ' ').trim(),
    href: link.getAttribute('href'),
    target: link.getAttribute('target'),
    rel: link.getAttribute('rel'),
  }));

const EXPECTED = [
  { text: 'Dr. Rivera website (opens in a new tab)', href: 'https://therapy.example/rivera', target: '_blank', rel: 'noopener noreferrer' },
  { text: 'Front desk website', href: new URL('/contact', location.href).href, target: '_self', rel: 'noopener noreferrer' },
];

/** What the print page is given (as the element builds it). */
function printable(contacts: PrintablePlan['contacts']): PrintablePlan {
  return {
    title: 'My safety plan',
    lang: 'en',
    dir: 'ltr',
    sections: SECTION_IDS.map((id) => ({ id, title: id, items: [] })),
    crisisHeading: 'If you need help now',
    crisisLines: [],
    contacts,
    printedOn: 'Printed on 7 December 2026',
  };
}

/**
 * Every URL-shaped payload of the XSS corpus (javascript:, data:, vbscript:, as browsers read a
 * scheme: case and whitespace ignored), and a few written for this field.
 */
const HOSTILE_URLS = [
  ...xssVectors
    .map((vector) => vector.payload)
    .filter((payload) => /^(javascript|data|vbscript):/i.test([...payload].filter((c) => c.charCodeAt(0) > 0x20).join(''))),
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'http://[not a url',
];

describe("<hearth-safety-plan>: a practice contact's website", () => {
  it('is a link in the professionals section and the crisis view: https in a new tab (said), the site itself in place, rel="noopener noreferrer"', async () => {
    const el = await planWith([RIVERA, DESK]);
    expect(sites(inShadow(el, 'section[aria-labelledby="heading-professionals"]'))).to.deep.equal(EXPECTED);
    await expect(el).to.be.accessible();
    button(el, 'Use my plan now').click();
    await until(() => !!shadow(el).querySelector('[part="crisis-view"] [part="contacts"]'), 3000, 'the professionals in the crisis view');
    const view = inShadow(el, '[part="crisis-view"]');
    expect(sites(view)).to.deep.equal(EXPECTED);
    expect(view.querySelector('a.site')!.classList.contains('big'), 'large, as the crisis view shows everything').to.equal(true);
  });

  it('is a link under a locked plan too: no passphrase stands between a client and their practice', async () => {
    const el = await planWith([RIVERA, DESK], 'encrypt');
    await until(() => !!shadow(el).querySelector('[part="locked-help"] [part="contacts"]'), 5000, 'the locked help');
    expect(sites(inShadow(el, '[part="locked-help"]'))).to.deep.equal(EXPECTED);
  });

  it('is written out and linked on the printed page', () => {
    const doc = document.implementation.createHTMLDocument('');
    buildPlanPage(doc, printable([{ name: 'Dr. Rivera', url: 'https://therapy.example/rivera' }]));
    const link = doc.querySelector<HTMLAnchorElement>('.contact a.site')!;
    expect(link.textContent, 'the address itself: paper cannot be clicked').to.equal('https://therapy.example/rivera');
    expect(link.getAttribute('href')).to.equal('https://therapy.example/rivera');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.dir).to.equal('ltr');
  });

  it(`a javascript:, data: or vbscript: address (${HOSTILE_URLS.length} from the XSS corpus and ours) is never a link, anywhere; the contact still shows`, async function () {
    this.timeout(60_000);
    const dialogs = trapDialogs();
    try {
      const el = await planWith([{ name: 'Dr. Rivera', phone: '555 0199' }]);
      for (const url of HOSTILE_URLS) {
        // Set on the element itself: whatever the provider would let through, the element checks again.
        el.practiceConfig = { contacts: [{ name: 'Dr. Rivera', phone: '555 0199', url }] };
        await el.updateComplete;
        const section = inShadow(el, 'section[aria-labelledby="heading-professionals"]');
        expect(section.querySelector('[part="contacts"]')!.textContent, url).to.contain('Dr. Rivera');
        expect(sites(section), url).to.deep.equal([]);
        expectNoInjection(shadow(el), url, { input: 99, form: 99 });
        const doc = document.implementation.createHTMLDocument('');
        buildPlanPage(doc, printable([{ name: 'Dr. Rivera', url }]));
        expect(doc.querySelector('a.site'), url).to.equal(null);
        expect(doc.body.textContent).to.contain('Dr. Rivera');
        expectNoInjection(doc.body, `print ${url}`);
      }
      button(el, 'Use my plan now').click();
      await until(() => !!shadow(el).querySelector('[part="crisis-view"] [part="contacts"]'), 3000, 'the crisis view');
      expect(sites(inShadow(el, '[part="crisis-view"]'))).to.deep.equal([]);
      expectNoInjection(shadow(el), 'the crisis view', { input: 99, form: 99 });
      await settleScripts();
      expect(dialogs.calls).to.deep.equal([]);
    } finally {
      dialogs.restore();
    }
  });
});
