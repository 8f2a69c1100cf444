/**
 * The breathing circle is a graphic the client follows: WCAG 2.2 §1.4.11 (non-text contrast)
 * asks 3:1 between its edge and what is behind it, in light, dark and every worked theme.
 */
import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthCopingCard } from '../packages/elements/src/coping-card/coping-card.js';
import type { Strategy } from '../packages/elements/src/coping-card/strategy.js';
import { contrast } from './helpers/contrast.js';
import { inShadow } from './helpers/shadow.js';

const slowBreath: Strategy = {
  id: 'slow-breath',
  title: 'Slow breath',
  summary: 'A breathing pace for tests.',
  steps: ['Breathe in.', 'Breathe out.'],
  exercise: { type: 'breathing', pattern: [4, 4, 4, 4], cycles: 1 },
};

/** The worked themes in docs/themes/, with the provider theme each is used with; and the built-in light and dark. */
const CASES = [
  { name: 'light (built in)', themeClass: '', provider: 'light' },
  { name: 'dark (built in)', themeClass: '', provider: 'dark' },
  { name: 'calm-light', themeClass: 'hearth-theme-calm-light', provider: 'light' },
  { name: 'high-contrast', themeClass: 'hearth-theme-high-contrast', provider: 'light' },
  { name: 'dark', themeClass: 'hearth-theme-dark', provider: 'dark' },
] as const;

async function useTheme(name: string): Promise<void> {
  if (!name || document.querySelector(`style[data-theme="${name}"]`)) return;
  const style = document.createElement('style');
  style.dataset.theme = name;
  style.textContent = await (await fetch(`/docs/themes/${name.replace('hearth-theme-', '')}.css`)).text();
  document.head.append(style);
}

/** `color` painted with `alpha` over the opaque `behind`, as one opaque CSS colour (any colour syntax). */
function paint(behind: string, color: string, alpha: number): string {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = behind;
  ctx.fillRect(0, 0, 1, 1);
  ctx.globalAlpha = alpha;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}

/** The first opaque background behind `element`, across shadow boundaries (white at the end, the test page's). */
function backdrop(element: Element): string {
  for (let at: Element | null = element.parentElement ?? (element.getRootNode() as ShadowRoot).host; at; ) {
    const background = getComputedStyle(at).backgroundColor;
    if (background && background !== 'transparent' && !/rgba\(.*, 0\)$/.test(background)) return background;
    at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null;
  }
  return 'rgb(255, 255, 255)';
}

/**
 * The colour the circle's outline is drawn in, as the eye sees it: its border when it has a
 * visible one (2 px or more), else the edge of its fill; the element's opacity applied.
 */
function circleEdge(breath: HTMLElement): string {
  const style = getComputedStyle(breath);
  const behind = backdrop(breath);
  const bordered = style.borderTopStyle === 'solid' && parseFloat(style.borderTopWidth) >= 2;
  return paint(behind, bordered ? style.borderTopColor : style.backgroundColor, Number(style.opacity));
}

describe('<hearth-coping-card> breathing circle contrast (WCAG 1.4.11)', () => {
  for (const theme of CASES) {
    it(`meets 3:1 against what is behind it: ${theme.name}`, async () => {
      await useTheme(theme.themeClass);
      const wrapper = await fixture(html`<div class=${theme.themeClass}>
        <hearth-provider theme=${theme.provider}><hearth-coping-card storage="none" no-crisis-footer></hearth-coping-card></hearth-provider>
      </div>`);
      const el = wrapper.querySelector('hearth-coping-card') as HearthCopingCard;
      el.strategy = slowBreath;
      await el.updateComplete;
      await el.start();
      await el.updateComplete;
      const breath = inShadow(el, '[part="breath"]');
      const edge = circleEdge(breath);
      const behind = backdrop(breath);
      expect(contrast(edge, behind), `circle edge ${edge} on ${behind}`).to.be.at.least(3);
      await expect(el).to.be.accessible();
      el.stop();
    });
  }
});
