import type { Config, DOMPurify as Purifier } from 'dompurify';

/**
 * The HTML practices may write in `*Html` fields: text structure, emphasis, links and simple
 * tables. Nothing that runs, loads, styles or collects input.
 */
export const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'strong', 'em', 'b', 'i', 'u', 's', 'small', 'sub', 'sup', 'abbr', 'cite', 'q', 'blockquote', 'span',
  'a', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];
export const ALLOWED_ATTRIBUTES = ['href', 'title', 'lang', 'dir', 'colspan', 'rowspan', 'scope'];

/** Named explicitly, though the allowlist already leaves them out (DOMPurify's defaults keep `<style>` and `<form>`). */
export const FORBIDDEN_TAGS = [
  'script', 'style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'object', 'embed',
  'base', 'meta', 'link', 'svg', 'math', 'template', 'img', 'picture', 'video', 'audio', 'source', 'track', 'canvas', 'noscript',
];
export const FORBIDDEN_ATTRIBUTES = ['style', 'class', 'id', 'srcset', 'src', 'action', 'formaction', 'xlink:href', 'target', 'rel'];

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
  RETURN_DOM_FRAGMENT: true,
};

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
 * Sanitizes practice-authored HTML and returns a DocumentFragment to render (never an HTML
 * string, never `unsafeHTML`). Works under `require-trusted-types-for 'script'`: DOMPurify
 * parses through its own `dompurify` policy, which the host's CSP names.
 */
export async function sanitizeHtml(html: string): Promise<DocumentFragment> {
  const instance = await loadSanitizer();
  return instance.sanitize(html, CONFIG);
}

/** The sanitized text of HTML, Unicode NFC, whitespace runs collapsed and trimmed (for hashes and search). */
export async function sanitizedText(html: string): Promise<string> {
  const fragment = await sanitizeHtml(html);
  return (fragment.textContent ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A cheap test of whether a string has markup at all: plain text never loads DOMPurify. */
export function looksLikeHtml(value: string): boolean {
  return /<[a-z!/?]|&[#a-z0-9]+;/i.test(value);
}
