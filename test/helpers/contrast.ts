import { expect } from '@open-wc/testing';

/** The colour tokens, as the private `--_hearth-<token>` values an element resolves them to. */
export const TOKENS = ['fg', 'bg', 'surface', 'muted', 'border', 'accent', 'accent-fg', 'danger', 'success'] as const;
export type Token = (typeof TOKENS)[number];

/** The colours an element's base resolved its tokens to (`--_hearth-<token>`). */
export function resolvedTokens(base: Element): Record<Token, string> {
  const style = getComputedStyle(base);
  return Object.fromEntries(TOKENS.map((token) => [token, style.getPropertyValue(`--_hearth-${token}`).trim()])) as Record<Token, string>;
}

function toRgb(color: string): [number, number, number] {
  const probe = document.createElement('i');
  probe.style.color = color;
  // Under (emulated) forced colours the probe would take the system text colour instead.
  probe.style.forcedColorAdjust = 'none';
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  const [r, g, b] = value.match(/\d+(\.\d+)?/g)!.map(Number);
  return [r, g, b];
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two CSS colours. */
export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(toRgb(a)), luminance(toRgb(b))].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Every pair the elements draw meets WCAG 2.2 AA: text `textRatio` (4.5:1), borders 3:1. */
export function checkContrast(t: Record<Token, string>, textRatio = 4.5, borderRatio = 3): void {
  const text: [Token, Token][] = [
    ['fg', 'bg'],
    ['fg', 'surface'],
    ['muted', 'bg'],
    ['muted', 'surface'],
    ['accent', 'bg'],
    ['accent', 'surface'],
    ['accent-fg', 'accent'],
    ['accent-fg', 'danger'],
    ['danger', 'bg'],
    ['danger', 'surface'],
    ['success', 'bg'],
  ];
  for (const [front, back] of text) {
    expect(contrast(t[front], t[back]), `${front} on ${back} (${t[front]} / ${t[back]})`).to.be.at.least(textRatio);
  }
  expect(contrast(t.border, t.bg), 'border on bg (non-text)').to.be.at.least(borderRatio);
  expect(contrast(t.border, t.surface), 'border on surface (non-text)').to.be.at.least(borderRatio);
}
