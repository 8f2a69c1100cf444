import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html as litHtml, css } from 'lit';
import { baseStyles, HearthElement } from '../packages/core/src/index.js';
import '../packages/elements/src/all.js';
import { inShadow } from './helpers/shadow.js';
import { checkContrast, resolvedTokens as resolvedTokensOf, type Token } from './helpers/contrast.js';

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
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' }));

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme} defaults meet WCAG AA contrast`, async () => {
      const t = await resolvedTokens(theme);
      checkContrast(t);
    });
  }

  it('dark and light differ, and auto follows the system', async () => {
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

  it('uses system colours under forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const probe = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
    const style = getComputedStyle(inShadow(probe, '.base'));
    expect(style.getPropertyValue('--_hearth-fg').trim()).to.equal('CanvasText');
    expect(style.getPropertyValue('--_hearth-focus-ring').trim()).to.equal('3px solid Highlight');
  });

  it('turns transitions and animations off under prefers-reduced-motion', async () => {
    const probe = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
    expect(getComputedStyle(inShadow(probe, '.moving')).transitionDuration).to.equal('2s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(inShadow(probe, '.moving')).transitionDuration).to.equal('0s');
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
