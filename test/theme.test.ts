import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';
import { css, html as litHtml } from 'lit';

import { baseStyles, HearthElement } from '../packages/core/src/index.js';
import { emulateMedia, resetMedia } from './helpers/commands.js';
import { checkContrast, resolvedTokens as resolvedTokensOf, type Token } from './helpers/contrast.js';
import { itNeeds } from './helpers/engine.js';
import { inShadow, until } from './helpers/shadow.js';

class ThemeProbe extends HearthElement {
  static override styles = [
    ...baseStyles,
    css`
      .moving {
        transition: opacity 2s;
      }
    `,
  ];
  override render() {
    return litHtml`<div class=${this.baseClass} part="base"><span class="moving">x</span></div>`;
  }
}
ThemeProbe.define('theme-probe');

async function resolvedTokens(theme: 'light' | 'dark'): Promise<Record<Token, string>> {
  const provider = await fixture(html`<hearth-provider theme=${theme}><theme-probe></theme-probe></hearth-provider>`);
  const probe = provider.querySelector('theme-probe') as ThemeProbe;
  await probe.updateComplete;
  await probe.updateComplete;
  return resolvedTokensOf(inShadow(probe, '.base'));
}

describe('theme tokens', () => {
  afterEach(resetMedia);

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme} defaults meet WCAG AA contrast`, async () => {
      const t = await resolvedTokens(theme);
      checkContrast(t);
    });
  }

  itNeeds('media', 'dark and light differ, and auto follows the system', async () => {
    const light = await resolvedTokens('light');
    const dark = await resolvedTokens('dark');
    expect(light.bg).not.to.equal(dark.bg);
    await emulateMedia({ colorScheme: 'dark' });
    const provider = await fixture(html`<hearth-provider theme="auto"><theme-probe></theme-probe></hearth-provider>`);
    const probe = provider.querySelector('theme-probe') as ThemeProbe;
    await probe.updateComplete;
    await probe.updateComplete;
    expect(getComputedStyle(inShadow(probe, '.base')).getPropertyValue('--_hearth-bg').trim()).to.equal(dark.bg);
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(inShadow(probe, '.base')).getPropertyValue('--_hearth-bg').trim()).to.equal(light.bg);
  });

  it('tokens the host sets win over the theme defaults, in light and dark', async () => {
    const wrapper = await fixture(html`<div class="host-theme">
      <hearth-provider theme="dark"><theme-probe></theme-probe></hearth-provider>
    </div>`);
    (wrapper as HTMLElement).style.setProperty('--hearth-color-accent', 'rgb(1, 2, 3)');
    (wrapper as HTMLElement).style.setProperty('--hearth-font', 'Georgia, serif');
    const probe = wrapper.querySelector('theme-probe') as ThemeProbe;
    await probe.updateComplete;
    const style = getComputedStyle(inShadow(probe, '.base'));
    expect(style.getPropertyValue('--_hearth-accent').trim()).to.equal('rgb(1, 2, 3)');
    expect(style.fontFamily).to.equal('Georgia, serif');
  });

  it('inherits the host font when no token is set', async () => {
    const wrapper = await fixture(html`<div><theme-probe></theme-probe></div>`);
    (wrapper as HTMLElement).style.fontFamily = '"Courier New", monospace';
    const probe = wrapper.querySelector('theme-probe') as ThemeProbe;
    await probe.updateComplete;
    expect(getComputedStyle(inShadow(probe, '.base')).fontFamily).to.equal('"Courier New", monospace');
  });

  itNeeds('media', 'uses system colours under forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const probe = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
    const style = getComputedStyle(inShadow(probe, '.base'));
    expect(style.getPropertyValue('--_hearth-fg').trim()).to.equal('CanvasText');
    expect(style.getPropertyValue('--_hearth-focus-ring').trim()).to.equal('3px solid Highlight');
  });

  itNeeds('media', 'turns transitions and animations off under prefers-reduced-motion', async () => {
    const probe = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
    expect(getComputedStyle(inShadow(probe, '.moving')).transitionDuration).to.equal('2s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(inShadow(probe, '.moving')).transitionDuration).to.equal('0s');
  });

  describe('headings and widths every widget shares', () => {
    const widgets = html`<hearth-provider region="US">
      <hearth-coping-card strategy="box-breathing"></hearth-coping-card>
      <hearth-journal-prompt prompt="What went well today?" storage="none"></hearth-journal-prompt>
      <hearth-feedback-form template="session" storage="none"></hearth-feedback-form>
      <hearth-consent template="confidentiality" storage="none"></hearth-consent>
    </hearth-provider>`;
    const tags = ['hearth-coping-card', 'hearth-journal-prompt', 'hearth-feedback-form', 'hearth-consent'];

    async function headingsOf(provider: Element): Promise<{ tag: string; heading: HTMLElement; base: HTMLElement }[]> {
      const found = [];
      for (const tag of tags) {
        const el = provider.querySelector(tag) as HearthElement;
        await el.updateComplete;
        await until(() => !!el.shadowRoot?.querySelector('[part~="heading"]'), 3000, `${tag} has a heading part`);
        const heading = el.shadowRoot!.querySelector<HTMLElement>('[part~="heading"]');
        found.push({ tag, heading: heading!, base: el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')! });
      }
      return found;
    }

    it('one heading weight and size, and one maximum width, across the four widgets by default', async () => {
      const provider = await fixture(widgets);
      const found = await headingsOf(provider);
      const weights = new Set(found.map(({ heading }) => getComputedStyle(heading).fontWeight));
      const sizes = new Set(found.map(({ heading }) => getComputedStyle(heading).fontSize));
      const widths = new Set(found.map(({ base }) => getComputedStyle(base).maxInlineSize));
      expect([...weights], 'heading weights').to.have.length(1);
      expect([...sizes], 'heading sizes').to.have.length(1);
      expect([...widths], 'maximum widths').to.have.length(1);
    });

    it('--hearth-heading-font, -color, -weight and --hearth-max-width reach every widget', async () => {
      const wrapper = await fixture(html`<div>${widgets}</div>`);
      const style = (wrapper as HTMLElement).style;
      style.setProperty('--hearth-heading-font', '"Courier New", monospace');
      style.setProperty('--hearth-heading-color', 'rgb(53, 89, 74)');
      style.setProperty('--hearth-heading-weight', '500');
      style.setProperty('--hearth-max-width', '300px');
      for (const { tag, heading, base } of await headingsOf(wrapper)) {
        const computed = getComputedStyle(heading);
        expect(computed.fontFamily, `${tag} heading font`).to.equal('"Courier New", monospace');
        expect(computed.color, `${tag} heading colour`).to.equal('rgb(53, 89, 74)');
        expect(computed.fontWeight, `${tag} heading weight`).to.equal('500');
        expect(getComputedStyle(base).maxInlineSize, `${tag} max width`).to.equal('300px');
        expect(base.getBoundingClientRect().width, `${tag} width`).to.be.at.most(300.5);
      }
    });
  });

  it('every element is axe-clean in light and in dark', async () => {
    for (const theme of ['light', 'dark']) {
      const provider = await fixture(html`<hearth-provider theme=${theme} region="US">
        <hearth-crisis-resources></hearth-crisis-resources>
        <hearth-crisis-resources compact></hearth-crisis-resources>
        <hearth-quick-exit></hearth-quick-exit>
      </hearth-provider>`);
      const dark = theme === 'dark';
      document.body.style.background = dark ? '#16181c' : '';
      document.body.style.color = dark ? '#ecedef' : '';
      for (const el of provider.querySelectorAll('*')) await (el as HearthElement).updateComplete;
      try {
        await expect(provider).to.be.accessible();
      } finally {
        document.body.style.background = '';
        document.body.style.color = '';
      }
    }
  });
});
