import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../packages/elements/src/all.js';
import type { HearthCopingCard } from '../packages/elements/src/coping-card/coping-card.js';
import type { Strategy } from '../packages/elements/src/coping-card/strategy.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { captureConsole } from './helpers/console-capture.js';
import { inShadow, shadow, shadowText, until } from './helpers/shadow.js';

let n = 0;
const key = () => `coping-${Date.now()}-${++n}`;

const quickBreath: Strategy = {
  id: 'quick-breath',
  title: 'Quick breath',
  summary: 'A short breathing pace for tests.',
  steps: ['Breathe in.', 'Breathe out.'],
  exercise: { type: 'breathing', pattern: [0.3, 0, 0.3, 0], cycles: 2 },
};
const quickTimer: Strategy = {
  id: 'quick-timer',
  title: 'Quick urge surf',
  summary: 'A short timer for tests.',
  steps: ['Notice the urge.'],
  exercise: { type: 'timer', minutes: 0.02, checkInEveryMinutes: 0.008 },
};

function button(el: Element, name: string | RegExp): HTMLButtonElement {
  const found = [...shadow(el).querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!)));
  if (!found) throw new Error(`no button ${name}: ${[...shadow(el).querySelectorAll('button')].map((b) => b.textContent!.trim()).join(' | ')}`);
  return found;
}

async function card(template = html`<hearth-coping-card strategy="box-breathing" store-key=${key()}></hearth-coping-card>`) {
  const el = await fixture<HearthCopingCard>(template);
  await el.updateComplete;
  return el;
}

async function withStrategy(strategy: Strategy | Strategy[], storage = 'none') {
  const el = await fixture<HearthCopingCard>(html`<hearth-coping-card storage=${storage} store-key=${key()}></hearth-coping-card>`);
  if (Array.isArray(strategy)) el.strategies = strategy;
  else el.strategy = strategy;
  await el.updateComplete;
  return el;
}

describe('<hearth-coping-card>', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  describe('showing a strategy', () => {
    it('shows title, summary, when to use it, numbered steps, the approach, the footer', async () => {
      const el = await card();
      const text = shadowText(el);
      expect(inShadow(el, '[role="heading"]').textContent).to.equal('Box breathing');
      expect(text).to.contain('Breathe in four equal parts');
      expect(text).to.contain('When to use it');
      expect(shadow(el).querySelectorAll('[part="steps"] li')).to.have.length(6);
      expect(text).to.contain('Where it comes from');
      expect(inShadow(el, '[part="disclaimer"]').textContent).to.equal('This tool supports your therapy. It does not replace it.');
      expect(inShadow(el, 'hearth-crisis-resources').hasAttribute('compact')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('no-crisis-footer and no-disclaimer turn the footer parts off', async () => {
      const el = await card(html`<hearth-coping-card strategy="safe-place" no-crisis-footer no-disclaimer></hearth-coping-card>`);
      expect(shadow(el).querySelector('hearth-crisis-resources')).to.equal(null);
      expect(shadow(el).querySelector('[part="disclaimer"]')).to.equal(null);
    });

    it('the footer shows the provider region lines', async () => {
      const provider = await fixture<HearthProvider>(html`<hearth-provider region="GB"><hearth-coping-card strategy="safe-place"></hearth-coping-card></hearth-provider>`);
      const el = provider.querySelector('hearth-coping-card')!;
      await el.updateComplete;
      const crisis = inShadow(el, 'hearth-crisis-resources');
      await (crisis as HTMLElementTagNameMap['hearth-crisis-resources']).updateComplete;
      expect(crisis.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;
    });

    it('has every built-in strategy in English and Spanish', async () => {
      const ids = ['box-breathing', 'paced-breathing', 'grounding-54321', 'progressive-muscle-relaxation', 'safe-place', 'opposite-action', 'urge-surfing', 'self-compassion-break'];
      const en = await card(html`<hearth-coping-card strategies=${ids.join(' ')} storage="none"></hearth-coping-card>`);
      expect(en.strategyList.map((s) => s.id)).to.deep.equal(ids);
      const es = await card(html`<hearth-coping-card lang="es" strategies=${ids.join(' ')} storage="none"></hearth-coping-card>`);
      expect(es.strategyList.map((s) => s.id)).to.deep.equal(ids);
      expect(es.strategyList[0].title).to.equal('Respiración en caja');
      expect(shadowText(es)).to.contain('Empezar a respirar');
      for (const strategy of [...en.strategyList, ...es.strategyList]) {
        for (const text of [strategy.title, strategy.summary, ...strategy.steps]) expect(text.length, text).to.be.lessThan(260);
      }
    });

    it('takes a practice strategy from the property, a JSON child, or src; fills {name} and {practice} as text', async () => {
      const provider = await fixture<HearthProvider>(html`<hearth-provider practice-name="Willow Tree"><hearth-coping-card storage="none"></hearth-coping-card></hearth-provider>`);
      provider.config = { clientName: 'Sam <b>' };
      const el = provider.querySelector('hearth-coping-card')!;
      el.strategy = { id: 'walk', title: 'A walk, {name}', summary: 'Ideas from {practice}.', steps: ['Go outside, {name}.'] };
      await provider.updateComplete;
      await el.updateComplete;
      expect(inShadow(el, '[role="heading"]').textContent).to.equal('A walk, Sam <b>');
      expect(shadowText(el)).to.contain('Ideas from Willow Tree.');
      expect(shadow(el).querySelector('b')).to.equal(null);

      const child = await card(html`<hearth-coping-card storage="none"><script type="application/json">{ "id": "tea", "title": "Make tea", "summary": "Slow down with a warm drink.", "steps": ["Boil water."] }</script></hearth-coping-card>`);
      expect(inShadow(child, '[role="heading"]').textContent).to.equal('Make tea');
    });

    it('renders bodyHtml sanitized, with {name} filled in as text', async () => {
      const provider = await fixture<HearthProvider>(html`<hearth-provider><hearth-coping-card storage="none"></hearth-coping-card></hearth-provider>`);
      provider.config = { clientName: '<img src=x onerror=alert(1)>' };
      const el = provider.querySelector('hearth-coping-card')!;
      el.strategy = { ...quickBreath, bodyHtml: '<p>Hello {name}, see <a href="https://example.org/">this</a>.</p><script>alert(1)</script>' };
      await provider.updateComplete;
      await el.updateComplete;
      const body = inShadow(el, '.html-content');
      expect(body.querySelector('a')!.rel).to.equal('noopener noreferrer');
      expect(body.querySelector('script, img')).to.equal(null);
      expect(body.textContent).to.contain('Hello <img src=x onerror=alert(1)>,');
    });
  });

  describe('bad input', () => {
    async function expectIssue(template: ReturnType<typeof html>, field: string, setup?: (el: HearthCopingCard) => void) {
      const capture = captureConsole();
      try {
        const wrapper = await fixture(html`<div><p id="host">Host</p>${template}</div>`);
        const el = wrapper.querySelector('hearth-coping-card')!;
        if (setup) {
          // The empty card before the host sets its property has its own message; count what follows.
          capture.errors.length = 0;
          setup(el);
        }
        await el.updateComplete;
        await el.updateComplete;
        expect(inShadow(el, '[role="alert"]').textContent).to.contain(field);
        expect(capture.errors.filter((e) => e.includes('<hearth-coping-card>'))).to.have.length(1);
        expect(capture.errors[0]).to.contain(field);
        expect(wrapper.querySelector('#host')!.textContent).to.equal('Host');
        expect(shadow(el).querySelector('[part="footer"]'), 'crisis footer still shown').to.exist;
        await expect(el).to.be.accessible();
      } finally {
        capture.restore();
      }
    }

    it('an unknown strategy id', async () => {
      await expectIssue(html`<hearth-coping-card strategy="juggling" storage="none"></hearth-coping-card>`, 'is not a built-in strategy');
    });

    it('malformed strategy JSON', async () => {
      await expectIssue(html`<hearth-coping-card storage="none"><script type="application/json">{ "id": "x", "title": </script></hearth-coping-card>`, 'is not valid JSON');
    });

    it('a strategy missing fields, or with a breathing pattern that does not breathe', async () => {
      await expectIssue(html`<hearth-coping-card storage="none"></hearth-coping-card>`, 'strategy.steps', (el) => {
        el.strategy = { id: 'x', title: 'X', summary: 'Y' } as Strategy;
      });
      await expectIssue(html`<hearth-coping-card storage="none"></hearth-coping-card>`, 'breathing pattern', (el) => {
        el.strategy = { ...quickBreath, exercise: { type: 'breathing', pattern: [0, 4, 0, 4], cycles: 1 } };
      });
    });

    it('a 1 MB step list', async () => {
      await expectIssue(html`<hearth-coping-card storage="none"></hearth-coping-card>`, 'strategy.steps', (el) => {
        el.strategy = { ...quickBreath, steps: Array.from({ length: 1000 }, () => 'x'.repeat(1000)) };
      });
    });

    it('nothing at all', async () => {
      await expectIssue(html`<hearth-coping-card storage="none"></hearth-coping-card>`, 'no strategy given');
    });
  });
});
