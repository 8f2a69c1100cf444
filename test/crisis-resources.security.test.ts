import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { captureConsole } from './helpers/console-capture.js';
import { shadow } from './helpers/shadow.js';
import { describeXssSuite } from './suites/xss-suite.js';

async function crisisInProvider() {
  const provider = await fixture<HearthProvider>(html`<hearth-provider><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`);
  return provider.querySelector('hearth-crisis-resources')!;
}

async function configure(crisis: HTMLElementTagNameMap['hearth-crisis-resources'], config: HearthProvider['config']) {
  const provider = crisis.closest('hearth-provider') as HearthProvider;
  provider.config = config;
  await provider.updateComplete;
  await crisis.updateComplete;
}

describeXssSuite('<hearth-crisis-resources>', {
  create: crisisInProvider,
  channels: [
    {
      name: 'practice line name, hours and audience',
      kind: 'text',
      batch: 100,
      maxLength: 200,
      feed: (el, payloads) => configure(el, { crisis: { lines: payloads.map((p, i) => ({ id: `v${i}`, name: p, hours: p, audience: p, phone: '123' })) } }),
    },
    {
      name: 'provider strings overrides',
      kind: 'text',
      maxLength: 2000,
      feed: (el, [payload]) => configure(el, { strings: { en: { 'crisis.heading': payload, 'crisis.universal': payload } } }),
    },
  ],
});

describeXssSuite('<hearth-provider>', {
  create: () => fixture<HearthProvider>(html`<hearth-provider></hearth-provider>`),
  channels: [
    {
      // A bad value is quoted (cut to 40 characters) in the inline error: as text.
      name: 'attribute values echoed in the inline error',
      kind: 'html',
      feed: async (el, [payload]) => {
        const capture = captureConsole();
        el.setAttribute('region', payload);
        el.setAttribute('locale', payload);
        await el.updateComplete;
        capture.restore();
      },
    },
  ],
});

describe('<hearth-crisis-resources> with odd content', () => {
  it('refuses javascript: and data: website URLs for practice lines', async () => {
    const capture = captureConsole();
    try {
      const crisis = await crisisInProvider();
      await configure(crisis, { crisis: { lines: [{ id: 'x', name: 'X', url: 'javascript:alert(1)' }] } });
      expect(shadow(crisis).querySelectorAll('li')).to.have.length(0);
      expect(capture.errors[0]).to.contain('config.crisis.lines[0].url');
    } finally {
      capture.restore();
    }
  });

  it('shows odd Unicode as given: right-to-left marks, emoji, combining characters', async () => {
    const names = ['\u202eevil\u202c line', 'Línea 🌱 de apoyo', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇', 'خط الدعم'];
    const crisis = await crisisInProvider();
    await configure(crisis, { crisis: { lines: names.map((name, index) => ({ id: `u${index}`, name, phone: '+44 116 123' })) } });
    expect([...shadow(crisis).querySelectorAll('li .name')].map((el) => el.textContent)).to.deep.equal(names);
    expect([...shadow(crisis).querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).to.include('tel:+44116123');
  });
});
