import { css } from 'lit';

import { darkTheme } from './dark-theme.js';

/**
 * The three tiers of custom properties (docs/theming.md): global `--hearth-*` tokens set by the
 * host → per-element knobs (`--hearth-card-radius`) in each element's styles → private
 * `--_hearth-*` values on the element's `.base` wrapper, which is what the styles read.
 * Light is the default; defaults meet WCAG AA contrast in light and dark (tested). Besides the
 * colours: one spacing scale from the host's --hearth-space, one type scale relative to the
 * widget's font size, headings that can match the host site's, and one width for every widget.
 * The dark defaults are in dark-theme.ts. (Comments live here, not in the CSS, which is minified.)
 */
export const themeTokens = css`
  .base {
    --_hearth-fg: var(--hearth-color-fg, #1f2329);
    --_hearth-bg: var(--hearth-color-bg, #ffffff);
    --_hearth-surface: var(--hearth-color-surface, #f6f5f2);
    --_hearth-muted: var(--hearth-color-muted, #545b66);
    --_hearth-border: var(--hearth-color-border, #80868f);
    --_hearth-accent: var(--hearth-color-accent, #2f5d8a);
    --_hearth-accent-fg: var(--hearth-color-accent-fg, #ffffff);
    --_hearth-danger: var(--hearth-color-danger, #a3262a);
    --_hearth-success: var(--hearth-color-success, #1e6b3a);
    --_hearth-radius: var(--hearth-radius, 0.5em);
    --_hearth-space: var(--hearth-space, 1em);
    --_hearth-focus-ring: var(--hearth-focus-ring, 3px solid var(--_hearth-accent));
    --_hearth-space-2xs: calc(var(--_hearth-space) * 0.25);
    --_hearth-space-xs: calc(var(--_hearth-space) * 0.5);
    --_hearth-space-s: calc(var(--_hearth-space) * 0.75);
    --_hearth-space-l: calc(var(--_hearth-space) * 1.5);
    --_hearth-space-xl: calc(var(--_hearth-space) * 2);
    --_hearth-text-s: 0.875em;
    --_hearth-text-l: 1.125em;
    --_hearth-text-heading: 1.375em;
    --_hearth-heading-font: var(--hearth-heading-font, inherit);
    --_hearth-heading-color: var(--hearth-heading-color, var(--_hearth-fg));
    --_hearth-heading-weight: var(--hearth-heading-weight, 700);
    --_hearth-max-width: var(--hearth-max-width, 45em);
    color-scheme: light;
    color: var(--_hearth-fg);
    font-family: var(--hearth-font, inherit);
    font-size: var(--hearth-font-size, 1em);
    line-height: 1.5;
  }
  ${darkTheme}
  @media (forced-colors: active) {
    .base {
      --_hearth-fg: CanvasText;
      --_hearth-bg: Canvas;
      --_hearth-surface: Canvas;
      --_hearth-muted: CanvasText;
      --_hearth-border: CanvasText;
      --_hearth-accent: LinkText;
      --_hearth-accent-fg: Canvas;
      --_hearth-danger: CanvasText;
      --_hearth-success: CanvasText;
      --_hearth-focus-ring: 3px solid Highlight;
    }
  }
`;

/**
 * Styles every element shares: box model, `[hidden]`, fonts of controls, focus, motion, and long
 * unbroken text (a pasted link, a long name) wrapping instead of widening the widget past a
 * small screen. Every widget's title is `.heading` (part="heading"), themable with the
 * --hearth-heading-* tokens.
 */
export const hostStyles = css`
  :host {
    display: block;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
  }
  [lang='en']:not([dir]) {
    direction: ltr;
    unicode-bidi: isolate;
  }
  :focus-visible {
    outline: var(--_hearth-focus-ring, 3px solid #2f5d8a);
    outline-offset: 2px;
  }
  a {
    color: var(--_hearth-accent);
  }
  .heading {
    margin: 0;
    font-family: var(--_hearth-heading-font, inherit);
    font-size: var(--_hearth-text-heading, 1.375em);
    font-weight: var(--_hearth-heading-weight, 700);
    line-height: 1.25;
    color: var(--_hearth-heading-color, inherit);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .config-error {
    border: 2px solid var(--_hearth-danger);
    border-radius: var(--_hearth-radius);
    padding: calc(var(--_hearth-space) * 0.75);
    background: var(--_hearth-bg);
    color: var(--_hearth-fg);
  }
  .config-error p {
    margin: 0;
  }
  .config-error ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** What every element's `static styles` starts with. */
export const baseStyles = [hostStyles, themeTokens];
