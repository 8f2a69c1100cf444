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

/**
 * Elements whose content the HTML parser does not tokenize as markup (raw text, RCDATA, foreign
 * content with CDATA, script data). They are renamed before parsing, so that the parser and the
 * scan below read the same tags; none is allowed anyway, and their content is dropped with them.
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
 * the safety measure (DOMPurify is): it only keeps the parser quiet. A small scanner that reads
 * tags, quotes and comments as the HTML tokenizer does, and errs on the side of renaming.
 */
export function neutralizeInlineAttributes(html: string): string {
  let out = '';
  let i = 0;
  const length = html.length;
  while (i < length) {
    const open = html.indexOf('<', i);
    if (open === -1) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, open);
    i = open;
    if (html.startsWith('<!--', i)) {
      // A comment: "<!-->" and "<!--->" end at once; otherwise at "-->" or "--!>".
      let end: number;
      if (html.startsWith('>', i + 4)) end = i + 5;
      else if (html.startsWith('->', i + 4)) end = i + 6;
      else {
        const candidates = [html.indexOf('-->', i + 4), html.indexOf('--!>', i + 4)].filter((x) => x !== -1);
        end = candidates.length ? Math.min(...candidates) + (html.startsWith('--!>', Math.min(...candidates)) ? 4 : 3) : length;
      }
      out += html.slice(i, end);
      i = end;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      // A bogus comment (<!DOCTYPE …>, <![CDATA[ … outside foreign content, <?xml …>) ends at the first ">".
      const close = html.indexOf('>', i);
      const end = close === -1 ? length : close + 1;
      out += html.slice(i, end);
      i = end;
      continue;
    }
    const closing = html[i + 1] === '/';
    const nameStart = closing ? i + 2 : i + 1;
    if (!/[A-Za-z]/.test(html[nameStart] ?? '')) {
      out += html.slice(i, nameStart);
      i = nameStart;
      continue;
    }
    // A start or end tag: its name, then attributes until ">".
    let j = nameStart;
    while (j < length && !/[\s/>]/.test(html[j])) j++;
    const name = html.slice(nameStart, j);
    out += html.slice(i, nameStart) + (OPAQUE_ELEMENTS.includes(name.toLowerCase()) ? `${DROPPED}${name.toLowerCase()}` : name);
    while (j < length && html[j] !== '>') {
      const c = html[j];
      if (/[\s/]/.test(c)) {
        out += c;
        j++;
        continue;
      }
      let k = j;
      if (html[k] === '=') k++; // a stray "=" starts a name, as in the HTML tokenizer
      while (k < length && !/[\s/>=]/.test(html[k])) k++;
      const attribute = html.slice(j, k);
      out += /^(on|style$)/i.test(attribute) ? `data-${DROPPED}${attribute.replace(/[^A-Za-z0-9-]/g, '')}` : attribute;
      j = k;
      let w = j;
      while (w < length && /\s/.test(html[w])) w++;
      if (html[w] !== '=') continue;
      out += html.slice(j, w + 1);
      j = w + 1;
      while (j < length && /\s/.test(html[j])) out += html[j++];
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        const end = close === -1 ? length : close + 1;
        out += html.slice(j, end);
        j = end;
      } else {
        let v = j;
        while (v < length && !/[\s>]/.test(html[v])) v++;
        out += html.slice(j, v);
        j = v;
      }
    }
    i = j;
  }
  return out;
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

/** The sanitized text of HTML, Unicode NFC, whitespace runs collapsed and trimmed (for hashes and search). */
export async function sanitizedText(html: string): Promise<string> {
  const fragment = await sanitizeHtml(html);
  return (fragment.textContent ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A cheap test of whether a string has markup at all: plain text never loads DOMPurify. */
export function looksLikeHtml(value: string): boolean {
  return /<[a-z!/?]|&[#a-z0-9]+;/i.test(value);
}
