import type { Config, DOMPurify as Purifier } from 'dompurify';

import { scanMarkup, type Span } from './markup-scan.js';

/**
 * The HTML practices may write in `*Html` fields: text structure, emphasis, links and simple
 * tables. Nothing that runs, loads, styles or collects input.
 */
export const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'del',
  'ins',
  'small',
  'sub',
  'sup',
  'abbr',
  'cite',
  'q',
  'blockquote',
  'span',
  'a',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
];
export const ALLOWED_ATTRIBUTES = ['href', 'title', 'lang', 'dir', 'colspan', 'rowspan', 'scope'];

/** Named explicitly, though the allowlist already leaves them out (DOMPurify's defaults keep `<style>` and `<form>`). */
export const FORBIDDEN_TAGS = [
  'script',
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'svg',
  'math',
  'template',
  'img',
  'picture',
  'video',
  'audio',
  'source',
  'track',
  'canvas',
  'noscript',
];
export const FORBIDDEN_ATTRIBUTES = ['style', 'class', 'id', 'srcset', 'src', 'action', 'formaction', 'xlink:href', 'target', 'rel'];

/**
 * Elements whose content the HTML parser does not tokenize as markup (raw text, RCDATA, foreign
 * content with CDATA, script data). They are renamed before parsing, so that the parser stays in
 * the tokenizer's data state, as the scan of markup-scan.ts does; none is allowed anyway, and their
 * content is dropped with them.
 */
const OPAQUE_ELEMENTS = ['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'svg', 'math', 'template'];
const DROPPED = 'hearth-dropped-';

/** Links may go to web pages, e-mail, phone and text; relative links stay relative. Never javascript:, data:, vbscript:. */
const SAFE_URL = /^(?:(?:https?|mailto|tel|sms):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ALLOWED_ATTRIBUTES,
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: FORBIDDEN_ATTRIBUTES,
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  // What neutralizeInlineAttributes renamed goes with its content, as the originals would.
  ADD_FORBID_CONTENTS: OPAQUE_ELEMENTS.map((name) => `${DROPPED}${name}`),
  RETURN_DOM_FRAGMENT: true,
};

/**
 * What a screen reader says around struck (`s`, `del`) and inserted (`ins`) words, in the
 * element's language: most do not announce them, so "We will <s>not</s> share" would be heard as
 * "We will not share". Each pair is said before and after the words.
 */
export interface EditMarks {
  lang: string;
  removed: [start: string, end: string];
  added: [start: string, end: string];
}

/** Text only a screen reader meets (the base styles' `.visually-hidden`), in its own language. */
function spoken(text: string, lang: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'visually-hidden';
  span.lang = lang;
  span.textContent = ` ${text} `;
  return span;
}

/** Puts the marks around every struck and inserted passage in `container` (after sanitizing). */
export function sayEdits(container: ParentNode, marks: EditMarks): void {
  for (const edit of container.querySelectorAll('s, del, ins')) {
    const [start, end] = edit.localName === 'ins' ? marks.added : marks.removed;
    edit.prepend(spoken(start, marks.lang));
    edit.append(spoken(end, marks.lang));
  }
}

let purifier: Promise<Purifier> | undefined;

/**
 * DOMPurify, loaded the first time some content holds HTML (a separate chunk in cdn/), as a
 * private instance so that its hooks never touch a host page's own DOMPurify.
 */
export function loadSanitizer(): Promise<Purifier> {
  purifier ??= import('dompurify').then(({ default: createDOMPurify }) => {
    const instance = createDOMPurify(window);
    instance.addHook('afterSanitizeAttributes', (node) => {
      if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
        node.setAttribute('rel', 'noopener noreferrer');
        if (isExternal(node.getAttribute('href')!)) node.setAttribute('target', '_blank');
      }
    });
    return instance;
  });
  return purifier;
}

function isExternal(href: string): boolean {
  try {
    const url = new URL(href, document.baseURI);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== location.origin;
  } catch {
    return false;
  }
}

/**
 * Prepares markup so that parsing it makes no CSP report. Chromium reports a violation
 * (`script-src-attr`, `style-src-attr`, `style-src-elem`, Trusted Types) for handlers, `style`
 * attributes, `<style>` and scripts it *parses*, even in an inert document that never runs
 * them; a policy pasted from Word would flood a practice's CSP reports. So inline handlers and
 * `style` become `data-hearth-dropped-…` attributes, and the elements above become
 * `<hearth-dropped-…>`, before DOMPurify parses; DOMPurify then removes them all. This is not
 * the safety measure (DOMPurify is): it only keeps the parser quiet. The tags and attributes are
 * those the HTML tokenizer reads (markup-scan.ts), so that nothing the parser creates is missed.
 */
export function neutralizeInlineAttributes(html: string): string {
  let out = '';
  let copied = 0;
  const replace = ([start, end]: Span, text: string) => {
    out += html.slice(copied, start) + text;
    copied = end;
  };
  let comments: Span | undefined;
  for (const markup of scanMarkup(html)) {
    // Each run of adjacent comments becomes one empty comment: DOMPurify drops them all, and
    // WebKit's parser slows down with the square of the number of comments it makes.
    if (comments && (markup.kind !== 'comment' || markup.span[0] !== comments[1])) {
      replace(comments, '<!---->');
      comments = undefined;
    }
    if (markup.kind === 'comment') comments = [comments?.[0] ?? markup.span[0], markup.span[1]];
    if (markup.kind !== 'tag') continue;
    // The tokenizer lowercases ASCII letters only.
    const name = html.slice(...markup.name).replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
    if (OPAQUE_ELEMENTS.includes(name)) replace(markup.name, `${DROPPED}${name}`);
    for (const attribute of markup.attributes) {
      const attributeName = html.slice(...attribute.name);
      if (/^(on|style$)/i.test(attributeName)) replace(attribute.name, `data-${DROPPED}${attributeName.replace(/[^A-Za-z0-9-]/g, '')}`);
    }
  }
  if (comments) replace(comments, '<!---->');
  return out + html.slice(copied);
}

/**
 * Sanitizes practice-authored HTML and returns a DocumentFragment to render (never an HTML
 * string, never `unsafeHTML`). Works under `require-trusted-types-for 'script'`: DOMPurify
 * parses through its own `dompurify` policy, which the host's CSP names.
 */
export async function sanitizeHtml(html: string): Promise<DocumentFragment> {
  const instance = await loadSanitizer();
  // DOMPurify returns null when the markup leaves no body to return (a <frameset> does that).
  return instance.sanitize(neutralizeInlineAttributes(html), CONFIG) ?? document.createDocumentFragment();
}

/** Text as hashes and search compare it: Unicode NFC, whitespace runs collapsed to one space, trimmed. */
export function normalisedText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The sanitized text of HTML, normalised (normalisedText). */
export async function sanitizedText(html: string): Promise<string> {
  const fragment = await sanitizeHtml(html);
  return normalisedText(fragment.textContent ?? '');
}

/** A cheap test of whether a string has markup at all: plain text never loads DOMPurify. */
export function looksLikeHtml(value: string): boolean {
  return /<[a-z!/?]|&[#a-z0-9]+;/i.test(value);
}
