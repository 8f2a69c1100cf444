/**
 * The WCAG 2.2 contrast ratio of two `#rgb` / `#rrggbb` colours, for the theme tokens' contrast
 * note. Plain arithmetic (relative luminance, WCAG 2.2 §1.4.3), no page styles involved.
 */

/** `#rgb` or `#rrggbb` as lowercase `#rrggbb`; undefined for anything else. */
export function hexColour(value: string | undefined): string | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return `#${digits.toLowerCase()}`;
}

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const s = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The contrast ratio of two colours (1 to 21), or undefined when either is not a hex colour. */
export function contrastRatio(first: string | undefined, second: string | undefined): number | undefined {
  const a = hexColour(first);
  const b = hexColour(second);
  if (!a || !b) return undefined;
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
