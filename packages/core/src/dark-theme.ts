import { unsafeCSS } from 'lit';

/**
 * Dark defaults, used by `theme="dark"` and by `theme="auto"` when the system is dark. Each is a
 * fallback: a token the host sets (`--hearth-color-fg`) always wins. Written once and used in two
 * rules (unsafeCSS of a literal: no outside input reaches it). A file of its own because the
 * template minifier leaves a whole file that uses unsafeCSS unminified: so this one is short and
 * theme-tokens.ts, which holds the rest, is minified.
 */
const darkDeclarations = [
  '--_hearth-fg:var(--hearth-color-fg,#ecedef)',
  '--_hearth-bg:var(--hearth-color-bg,#16181c)',
  '--_hearth-surface:var(--hearth-color-surface,#22252b)',
  '--_hearth-muted:var(--hearth-color-muted,#b5bac3)',
  '--_hearth-border:var(--hearth-color-border,#868c96)',
  '--_hearth-accent:var(--hearth-color-accent,#8ab4e8)',
  '--_hearth-accent-fg:var(--hearth-color-accent-fg,#0d1117)',
  '--_hearth-danger:var(--hearth-color-danger,#ff9b9b)',
  '--_hearth-success:var(--hearth-color-success,#86d9a0)',
  'color-scheme:dark',
].join(';');

/** `theme="dark"`, and `theme="auto"` under a dark system setting. */
export const darkTheme = unsafeCSS(`.base.theme-dark{${darkDeclarations}}@media (prefers-color-scheme:dark){.base.theme-auto{${darkDeclarations}}}`);
