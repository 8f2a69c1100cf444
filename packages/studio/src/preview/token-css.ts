/**
 * Reads pasted theme CSS into Hearth tokens, safely. The text is never used as a stylesheet: it is
 * only read, and what passes becomes a list of `--hearth-*` names and values, each set on its own
 * with `style.setProperty` by the preview. Everything else is listed with the reason it was left
 * out, so a clinician sees why.
 */

/** Longest paste read at all (a theme is a few hundred characters; a 1 MB paste is refused whole). */
export const MAX_CSS_LENGTH = 20_000;
/** Longest token value. */
export const MAX_VALUE_LENGTH = 200;
/** Most tokens taken from one paste. */
export const MAX_TOKENS = 100;

/** Why part of the pasted CSS was not used (keys of the `tokens.reason.*` strings). */
export type IgnoreReason =
  | 'too-large'
  | 'not-declaration'
  | 'not-token'
  | 'bad-name'
  | 'empty'
  | 'url'
  | 'import'
  | 'image'
  | 'expression'
  | 'escape'
  | 'smuggling'
  | 'at-rule'
  | 'nested'
  | 'characters'
  | 'unbalanced'
  | 'too-long'
  | 'too-many'
  | 'invalid'
  | 'unclosed-comment';

/** A part of the paste that was not used: its text (shortened) and why. */
export interface IgnoredCss {
  text: string;
  reason: IgnoreReason;
}

/** What a paste gave: the tokens to apply, and what was left out. */
export interface TokenCss {
  tokens: Record<string, string>;
  ignored: IgnoredCss[];
}

const NAME = /^--hearth-[A-Za-z0-9_-]+$/;
/** Functions that fetch or draw an image: a token may end up in `background` through `var()`. */
const LOADS_URL = /(?:^|[^A-Za-z0-9_-])(?:url|src)\s*\(/i;
const DRAWS_IMAGE = /(?:^|[^A-Za-z0-9_-])(?:-webkit-)?(?:image|image-set|cross-fade|element|paint)\s*\(/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const ODD_CHARACTERS = /[<>`\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/** Shortened for the list of what was not used (it is shown as text, never as markup). */
function shown(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

/** True when quotes and round/square brackets pair up. */
function balanced(value: string): boolean {
  const closing: string[] = [];
  let quote: string | undefined;
  for (const char of value) {
    if (quote) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '(') closing.push(')');
    else if (char === '[') closing.push(']');
    else if (char === ')' || char === ']') {
      if (closing.pop() !== char) return false;
    }
  }
  return !quote && closing.length === 0;
}

/** Why a value cannot be a token, or undefined when it can. */
function valueProblem(value: string): IgnoreReason | undefined {
  if (!value) return 'empty';
  if (value.includes('\\')) return 'escape';
  if (/@import/i.test(value)) return 'import';
  if (LOADS_URL.test(value)) return 'url';
  if (DRAWS_IMAGE.test(value)) return 'image';
  if (/expression/i.test(value)) return 'expression';
  if (/[;{}]/.test(value)) return 'smuggling';
  if (value.includes('@')) return 'at-rule';
  if (ODD_CHARACTERS.test(value)) return 'characters';
  if (value.length > MAX_VALUE_LENGTH) return 'too-long';
  if (!balanced(value)) return 'unbalanced';
  if (typeof CSS !== 'undefined' && !CSS.supports('--hearth-probe', value)) return 'invalid';
  return undefined;
}

/**
 * Why `name: value` cannot be applied as a token, or undefined when it can: the check every token
 * passes before the preview sets it, also tokens that did not come from a paste.
 */
export function tokenProblem(name: string, value: string): IgnoreReason | undefined {
  if (name.includes('\\')) return 'escape';
  if (!name.startsWith('--hearth-')) return 'not-token';
  if (!NAME.test(name)) return 'bad-name';
  return valueProblem(value);
}

/** One statement of the paste, read: a token, or why not. */
function readDeclaration(text: string, out: TokenCss, count: { tokens: number }): void {
  const declaration = text.trim();
  if (!declaration) return;
  if (/^@import/i.test(declaration)) return void out.ignored.push({ text: shown(declaration), reason: 'import' });
  if (declaration.startsWith('@')) return void out.ignored.push({ text: shown(declaration), reason: 'at-rule' });
  const colon = declaration.indexOf(':');
  if (colon < 0) return void out.ignored.push({ text: shown(declaration), reason: declaration.includes('\\') ? 'escape' : 'not-declaration' });
  const name = declaration.slice(0, colon).trim();
  const value = declaration
    .slice(colon + 1)
    .trim()
    .replace(/\s*!\s*important$/i, '');
  const problem = tokenProblem(name, value);
  if (problem) return void out.ignored.push({ text: shown(declaration), reason: problem });
  if (!(name in out.tokens) && count.tokens >= MAX_TOKENS) return void out.ignored.push({ text: shown(declaration), reason: 'too-many' });
  if (!(name in out.tokens)) count.tokens++;
  // As in CSS, a later declaration of the same token wins.
  out.tokens[name] = value;
}

/**
 * Reads `css` — declarations on their own (`--hearth-color-accent: #35594a; …`) or inside rules
 * (`:root { … }`, `hearth-provider { … }`) — into the `--hearth-*` tokens it sets, keeping only
 * values that load nothing, run nothing and cannot break out of their declaration. Comments are
 * dropped; at-rules, nested rules and everything else are listed in `ignored` with the reason.
 */
export function readTokenCss(css: string): TokenCss {
  const out: TokenCss = { tokens: {}, ignored: [] };
  if (css.length > MAX_CSS_LENGTH) {
    out.ignored.push({ text: shown(css.slice(0, 80)), reason: 'too-large' });
    return out;
  }
  let text = css.replace(/\/\*[\s\S]*?\*\//g, ' ');
  const open = text.indexOf('/*');
  if (open >= 0) {
    // An unclosed comment runs to the end, as in CSS.
    out.ignored.push({ text: shown(text.slice(open)), reason: 'unclosed-comment' });
    text = text.slice(0, open);
  }

  const count = { tokens: 0 };
  let depth = 0;
  let buffer = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      buffer += char;
      if (char === quote || char === '\n') quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      buffer += char;
    } else if (char === ';') {
      readDeclaration(buffer, out, count);
      buffer = '';
    } else if (char === '{') {
      const prelude = buffer.trim();
      buffer = '';
      if (depth === 0 && !prelude.startsWith('@')) {
        depth = 1;
        continue;
      }
      // An at-rule's block, or a rule inside a rule: skipped whole, up to its matching brace.
      let inner = 1;
      let j = i + 1;
      for (; j < text.length && inner > 0; j++) {
        if (text[j] === '{') inner++;
        else if (text[j] === '}') inner--;
      }
      out.ignored.push({ text: shown(text.slice(i - prelude.length, j)), reason: prelude.startsWith('@') ? 'at-rule' : 'nested' });
      i = j - 1;
    } else if (char === '}') {
      if (depth === 1) {
        readDeclaration(buffer, out, count);
        depth = 0;
      } else {
        // A } with no { before it: whatever it closes is not the paste's to close.
        out.ignored.push({ text: shown(`${buffer}}`), reason: 'smuggling' });
      }
      buffer = '';
    } else {
      buffer += char;
    }
  }
  readDeclaration(buffer, out, count);
  return out;
}
