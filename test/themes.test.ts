import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthElement } from '../packages/core/src/index.js';
import { checkContrast, contrast, resolvedTokens, TOKENS } from './helpers/contrast.js';
import { inShadow } from './helpers/shadow.js';

/** The worked themes of docs/theming.md, as a site would load them. */
const THEMES = [
  { name: 'calm-light', provider: 'light', textRatio: 4.5 },
  { name: 'high-contrast', provider: 'light', textRatio: 7 },
  { name: 'dark', provider: 'dark', textRatio: 4.5 },
] as const;

async function useTheme(name: string): Promise<void> {
  if (document.querySelector(`style[data-theme="${name}"]`)) return;
  const style = document.createElement('style');
  style.dataset.theme = name;
  style.textContent = await (await fetch(`/docs/themes/${name}.css`)).text();
  document.head.append(style);
}

const settle = async (...elements: Element[]) => {
  for (let i = 0; i < 3; i++) for (const element of elements) await (element as HearthElement).updateComplete;
};

describe('worked themes (docs/themes/*.css)', () => {
  for (const theme of THEMES) {
    describe(theme.name, () => {
      before(() => useTheme(theme.name));

      it(`sets every colour token, and every pair meets ${theme.textRatio === 7 ? 'AAA (7:1)' : 'AA'}`, async () => {
        const wrapper = await fixture(html`<div class=${`hearth-theme-${theme.name}`}>
          <hearth-provider theme=${theme.provider}><hearth-quick-exit></hearth-quick-exit></hearth-provider>
        </div>`);
        const exit = wrapper.querySelector('hearth-quick-exit')!;
        await settle(exit);
        const resolved = resolvedTokens(inShadow(exit, '[part="base"]'));
        const declared = getComputedStyle(wrapper);
        for (const token of TOKENS) {
          expect(declared.getPropertyValue(`--hearth-color-${token}`).trim(), `the theme sets --hearth-color-${token}`).to.not.equal('');
        }
        checkContrast(resolved, theme.textRatio);
        if (theme.name === 'high-contrast') expect(contrast(resolved.border, resolved.bg)).to.be.at.least(7);
      });

      it('the widgets pass axe (colour contrast included) in it', async () => {
        const wrapper = await fixture(html`<div class=${`hearth-theme-${theme.name}`}>
          <hearth-provider theme=${theme.provider} region="GB">
            <hearth-coping-card strategy="box-breathing" storage="none"></hearth-coping-card>
            <hearth-feedback-form template="session" storage="none"></hearth-feedback-form>
            <hearth-consent template="confidentiality" storage="none"></hearth-consent>
          </hearth-provider>
        </div>`);
        const widgets = [...wrapper.querySelectorAll('hearth-coping-card, hearth-feedback-form, hearth-consent')];
        await settle(...widgets);
        for (const widget of widgets) {
          await (widget as HearthElement).updateComplete;
          await expect(widget).to.be.accessible();
        }
      });
    });
  }
});
