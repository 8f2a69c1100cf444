import '../../packages/elements/src/provider/define.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';

import { type ConfigIssue, HearthElement } from '../../packages/core/src/index.js';
import { uiCatalog, type UiStrings } from '../../packages/elements/src/locales/ui-catalog.js';
import { captureConsole } from '../helpers/console-capture.js';
import { inShadow, shadowText, until } from '../helpers/shadow.js';

declare global {
  interface HTMLElementEventMap {
    'hearth-test-ping': CustomEvent<{ n: number }>;
  }
}

/** A small element on the base class, with switches that make each lifecycle step throw. */
class TestWidget extends HearthElement<UiStrings> {
  static override localeCatalog = uiCatalog;
  @property({ type: Boolean, attribute: 'break-render' }) breakRender = false;
  @property({ type: Boolean, attribute: 'break-will-update' }) breakWillUpdate = false;
  @property() problem?: string;
  locked = 0;

  protected override willUpdate(): void {
    if (this.breakWillUpdate) throw new Error('willUpdate exploded');
  }

  protected override configIssues(): ConfigIssue[] {
    return this.problem ? [{ path: 'problem', message: this.problem }] : [];
  }

  protected override quickExit(): void {
    this.locked++;
  }

  ping(n: number): boolean {
    return this.emit('hearth-test-ping', { n }, { cancelable: true });
  }

  override render() {
    if (this.breakRender) throw new TypeError('render exploded');
    return litHtml`<div class=${this.baseClass} part="base" lang=${this.i18n.lang} dir=${this.i18n.dir}>
      ${this.renderConfigIssues()}
      <p id="text">${this.i18n.t('crisis.heading')}</p>
      <p id="plural">${this.i18n.t('crisis.lines', { count: 3 })}</p>
    </div>`;
  }
}
TestWidget.define('test-widget');

describe('HearthElement', () => {
  describe('error boundary', () => {
    it('a throwing render shows an inline alert, logs one console.error naming the element and cause, and spares the page', async () => {
      const capture = captureConsole();
      const unhandled: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const wrapper = await fixture(html`<div><p id="host-text">Host page</p><test-widget break-render></test-widget></div>`);
        const el = wrapper.querySelector('test-widget') as TestWidget;
        await el.updateComplete;
        const alert = inShadow(el, '[role="alert"]');
        expect(alert.textContent).to.contain('Something went wrong in this part of the page');
        expect(capture.errors).to.have.length(1);
        expect(capture.errors[0]).to.contain('<test-widget>').and.to.contain('TypeError: render exploded');
        expect(wrapper.querySelector('#host-text')!.textContent).to.equal('Host page');
        // Must be a wait: an unhandled rejection is reported in a later task, and nothing signals that none came.
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(unhandled).to.deep.equal([]);
        await expect(el).to.be.accessible();

        // Fixing the input lets it recover.
        el.breakRender = false;
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        expect(shadowText(el)).to.contain('If you need help now');
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
        capture.restore();
      }
    });

    it('a throwing willUpdate is caught the same way, once', async () => {
      const capture = captureConsole();
      try {
        const el = await fixture<TestWidget>(html`<test-widget break-will-update></test-widget>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(inShadow(el, '[role="alert"]')).to.exist;
        expect(capture.errors).to.have.length(1);
        expect(capture.errors[0]).to.contain('willUpdate exploded');
      } finally {
        capture.restore();
      }
    });
  });

  describe('configuration issues', () => {
    it('are shown inline with the field, logged once per change, and cleared when fixed', async () => {
      const capture = captureConsole();
      try {
        const el = await fixture<TestWidget>(html`<test-widget problem="expected a colour"></test-widget>`);
        expect(inShadow(el, '[role="alert"]').textContent).to.contain('problem').and.to.contain('expected a colour');
        el.requestUpdate();
        await el.updateComplete;
        expect(capture.errors).to.deep.equal(['<test-widget> problem: expected a colour']);
        el.problem = undefined;
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      } finally {
        capture.restore();
      }
    });
  });

  describe('emit', () => {
    it('fires a typed CustomEvent that bubbles and is composed, cancelable when asked', async () => {
      const wrapper = await fixture(html`<div><test-widget></test-widget></div>`);
      const el = wrapper.querySelector('test-widget') as TestWidget;
      setTimeout(() => el.ping(7));
      const event = await oneEvent(wrapper, 'hearth-test-ping');
      expect(event.detail).to.deep.equal({ n: 7 });
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      wrapper.addEventListener('hearth-test-ping', (e) => e.preventDefault(), { once: true });
      expect(el.ping(8)).to.equal(false);
    });
  });

  describe('locale and direction', () => {
    it('defaults to en, left to right', async () => {
      const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      expect(inShadow(el, '[part="base"]').getAttribute('lang')).to.equal('en');
      expect(inShadow(el, '[part="base"]').getAttribute('dir')).to.equal('ltr');
    });

    it('takes the nearest ancestor lang, across shadow roots', async () => {
      const wrapper = await fixture(html`<section lang="fr"><div><test-widget></test-widget></div></section>`);
      const el = wrapper.querySelector('test-widget') as TestWidget;
      await el.updateComplete;
      expect(inShadow(el, '#text').textContent).to.equal('Si vous avez besoin d’aide maintenant');
      const host = document.createElement('div');
      host.lang = 'es';
      const root = host.attachShadow({ mode: 'open' });
      const inner = document.createElement('test-widget') as TestWidget;
      root.append(inner);
      wrapper.append(host);
      await inner.updateComplete;
      expect(inShadow(inner, '#text').textContent).to.equal('Si necesitas ayuda ahora');
    });

    it('the provider locale wins over the ancestor lang; the element lang wins over both', async () => {
      const wrapper = await fixture(html`<div lang="fr"><hearth-provider locale="es"><test-widget></test-widget></hearth-provider></div>`);
      const el = wrapper.querySelector('test-widget') as TestWidget;
      await el.updateComplete;
      expect(inShadow(el, '#text').textContent).to.equal('Si necesitas ayuda ahora');
      el.setAttribute('lang', 'ar');
      await el.updateComplete;
      expect(inShadow(el, '#text').textContent).to.equal('إذا كنت بحاجة إلى المساعدة الآن');
      expect(inShadow(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    });

    it('follows a change of the document language', async () => {
      const wrapper = await fixture(html`<div lang="en"><test-widget></test-widget></div>`);
      const el = wrapper.querySelector('test-widget') as TestWidget;
      wrapper.setAttribute('lang', 'es-MX');
      await until(() => inShadow(el, '#text').textContent === 'Si necesitas ayuda ahora', 3000, 'the Spanish text');
      expect(inShadow(el, '[part="base"]').getAttribute('lang')).to.equal('es-MX');
    });

    it('a dir attribute wins over the locale direction', async () => {
      const el = await fixture<TestWidget>(html`<test-widget lang="ar" dir="ltr"></test-widget>`);
      expect(inShadow(el, '[part="base"]').getAttribute('dir')).to.equal('ltr');
    });

    it('an unsupported locale falls back to English text but keeps its tag', async () => {
      const el = await fixture<TestWidget>(html`<test-widget lang="de-AT"></test-widget>`);
      expect(inShadow(el, '#text').textContent).to.equal('If you need help now');
      expect(inShadow(el, '[part="base"]').getAttribute('lang')).to.equal('de-AT');
    });

    it('chooses plural forms with Intl.PluralRules', async () => {
      const en = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      expect(inShadow(en, '#plural').textContent).to.equal('3 support lines');
      const ar = await fixture<TestWidget>(html`<test-widget lang="ar"></test-widget>`);
      expect(inShadow(ar, '#plural').textContent).to.equal(`${new Intl.NumberFormat('ar').format(3)} خطوط دعم`);
    });

    it('applies the provider strings overrides, by exact locale then language', async () => {
      const wrapper = await fixture(html`<hearth-provider><test-widget></test-widget></hearth-provider>`);
      const provider = wrapper as HTMLElementTagNameMap['hearth-provider'];
      provider.config = { strings: { en: { 'crisis.heading': 'Support right now' }, es: { 'crisis.heading': 'Apoyo ahora mismo' } } };
      const el = wrapper.querySelector('test-widget') as TestWidget;
      await provider.updateComplete;
      await el.updateComplete;
      expect(inShadow(el, '#text').textContent).to.equal('Support right now');
      el.setAttribute('lang', 'es-AR');
      await el.updateComplete;
      expect(inShadow(el, '#text').textContent).to.equal('Apoyo ahora mismo');
    });
  });

  describe('quick exit signal', () => {
    it('reaches every Hearth element on the page', async () => {
      const wrapper = await fixture(html`<div><test-widget></test-widget><test-widget></test-widget></div>`);
      const [a, b] = [...wrapper.querySelectorAll('test-widget')] as TestWidget[];
      window.dispatchEvent(new CustomEvent('hearth-quick-exit', { detail: { href: 'about:blank', trigger: 'method' } }));
      expect([a.locked, b.locked]).to.deep.equal([1, 1]);
      b.remove();
      window.dispatchEvent(new CustomEvent('hearth-quick-exit', { detail: { href: 'about:blank', trigger: 'method' } }));
      expect([a.locked, b.locked]).to.deep.equal([2, 1]);
    });
  });
});
