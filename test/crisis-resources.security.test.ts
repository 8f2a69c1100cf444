import { expect, fixture, html } from '@open-wc/testing';
import '../packages/elements/src/all.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { captureConsole } from './helpers/console-capture.js';
import { shadow } from './helpers/shadow.js';
import { expectNoInjection, settleScripts, trapDialogs, xssVectors } from './suites/xss-suite.js';

describe('<hearth-crisis-resources> with hostile and odd content', () => {
  it('renders every XSS corpus payload in line names, hours and audience as text', async () => {
    const dialogs = trapDialogs();
    const capture = captureConsole();
    try {
      const provider = await fixture<HearthProvider>(html`<hearth-provider><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`);
      const crisis = provider.querySelector('hearth-crisis-resources')!;
      const short = xssVectors.filter((v) => v.payload.length <= 200);
      expect(short.length).to.be.greaterThan(1000);
      for (let start = 0; start < short.length; start += 100) {
        const batch = short.slice(start, start + 100);
        provider.config = {
          crisis: {
            lines: batch.map((vector, index) => ({ id: `v${start + index}`, name: vector.payload || '-', hours: vector.payload || undefined, audience: vector.payload || undefined, phone: '123' })),
          },
        };
        await provider.updateComplete;
        await crisis.updateComplete;
        const root = shadow(crisis);
        expect(root.querySelectorAll('li').length, `batch ${start}`).to.equal(batch.length);
        expectNoInjection(root, `batch ${start}`);
        const names = [...root.querySelectorAll('li .name')].map((el) => el.textContent);
        expect(names).to.deep.equal(batch.map((v) => v.payload || '-'));
      }
      await settleScripts();
      expect(dialogs.calls).to.deep.equal([]);
    } finally {
      dialogs.restore();
      capture.restore();
    }
  });

  it('renders every XSS corpus payload in the provider strings overrides as text', async () => {
    const dialogs = trapDialogs();
    try {
      const provider = await fixture<HearthProvider>(html`<hearth-provider><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`);
      const crisis = provider.querySelector('hearth-crisis-resources')!;
      for (const vector of xssVectors) {
        provider.config = { strings: { en: { 'crisis.heading': vector.payload.slice(0, 2000), 'crisis.universal': vector.payload.slice(0, 2000) } } };
        await provider.updateComplete;
        await crisis.updateComplete;
        expectNoInjection(shadow(crisis), vector.id);
      }
      await settleScripts();
      expect(dialogs.calls).to.deep.equal([]);
    } finally {
      dialogs.restore();
    }
  });

  it('refuses javascript: and data: website URLs for practice lines', async () => {
    const capture = captureConsole();
    try {
      const provider = await fixture<HearthProvider>(html`<hearth-provider><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`);
      provider.config = { crisis: { lines: [{ id: 'x', name: 'X', url: 'javascript:alert(1)' }] } };
      await provider.updateComplete;
      const crisis = provider.querySelector('hearth-crisis-resources')!;
      await crisis.updateComplete;
      expect(shadow(crisis).querySelectorAll('li')).to.have.length(0);
      expect(capture.errors[0]).to.contain('config.crisis.lines[0].url');
    } finally {
      capture.restore();
    }
  });

  it('shows odd Unicode as given: right-to-left marks, emoji, combining characters', async () => {
    const names = ['\u202eevil\u202c line', 'Línea 🌱 de apoyo', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇', 'خط الدعم'];
    const provider = await fixture<HearthProvider>(html`<hearth-provider><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`);
    provider.config = { crisis: { lines: names.map((name, index) => ({ id: `u${index}`, name, phone: '+44 116 123' })) } };
    await provider.updateComplete;
    const crisis = provider.querySelector('hearth-crisis-resources')!;
    await crisis.updateComplete;
    expect([...shadow(crisis).querySelectorAll('li .name')].map((el) => el.textContent)).to.deep.equal(names);
    expect([...shadow(crisis).querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).to.include('tel:+44116123');
  });
});
