/**
 * Where the HTML tokenizer (WHATWG HTML, "Tokenization", data state) finds tags, their attributes
 * and comments in a string: what the parser-quiet pre-pass of sanitize-html.ts must see to rename
 * handlers, `style` and raw-text elements before DOMPurify parses. It follows the tokenizer's rules
 * exactly where they decide a boundary (HTML whitespace is tab, LF, FF, CR and space, never
 * JavaScript's `\s`; `</` before a non-letter opens a bogus comment), and finds each comment's end
 * in one pass. It never leaves the data state: the pre-pass renames every element that would make
 * the parser do so (`<style>`, `<script>`, `<svg>`…). test/e2e/markup-scan.e2e.mjs holds it to
 * parse5's tokenizer on random markup.
 */

/** Offsets into the scanned string: [start, end). */
export type Span = [start: number, end: number];

export interface ScannedAttribute {
  name: Span;
  /** After the "=" and any whitespace, with the quotes when quoted; absent without "=". */
  value?: Span;
}

export type ScannedMarkup =
  | {
      kind: 'tag';
      span: Span;
      endTag: boolean;
      name: Span;
      attributes: ScannedAttribute[];
      /** False when the string ends inside the tag: the tokenizer then drops it. */
      complete: boolean;
    }
  /** Comments, and what the tokenizer reads as one: `<!…>`, `<?…>`, `</` + a non-letter…; and doctypes. */
  | { kind: 'comment' | 'doctype'; span: Span };

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r';
const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
/** A comment ends at the first "-->" or "--!>" (the tokenizer's comment states reduce to this). */
const COMMENT_CLOSE = /--!?>/g;

/** The tags and comments of `html`, in order; text (and `</>`, which the tokenizer drops) is skipped. */
export function* scanMarkup(html: string): Generator<ScannedMarkup> {
  const length = html.length;
  for (let i = html.indexOf('<'); i !== -1; ) {
    const opener = html[i + 1];
    const next = html[i + 2];
    let end: number;
    if (html.startsWith('<!--', i)) {
      end = commentEnd(html, i + 4);
      yield { kind: 'comment', span: [i, end] };
    } else if (opener === '!' || opener === '?' || (opener === '/' && next !== undefined && next !== '>' && !isLetter(next))) {
      // Bogus comments and doctypes end at the first ">", even inside quotes.
      const close = html.indexOf('>', i + 2);
      end = close === -1 ? length : close + 1;
      yield { kind: opener === '!' && /^doctype/i.test(html.slice(i + 2, i + 9)) ? 'doctype' : 'comment', span: [i, end] };
    } else if (isLetter(opener) || (opener === '/' && isLetter(next))) {
      const tag = readTag(html, i);
      end = tag.span[1];
      yield tag;
    } else {
      // A "<" that opens nothing is text; "</>" is dropped.
      end = opener === '/' && next === '>' ? i + 3 : i + 1;
    }
    i = html.indexOf('<', end);
  }
}

/** The end of a comment whose text starts at `from` (after "<!--"): "<!-->" and "<!--->" end at once. */
function commentEnd(html: string, from: number): number {
  if (html[from] === '>') return from + 1;
  if (html.startsWith('->', from)) return from + 2;
  COMMENT_CLOSE.lastIndex = from;
  return COMMENT_CLOSE.exec(html) ? COMMENT_CLOSE.lastIndex : html.length;
}

/** A start or end tag at `start`: its name, then attributes until ">" (or the end of the string). */
function readTag(html: string, start: number): ScannedMarkup & { kind: 'tag' } {
  const length = html.length;
  const endTag = html[start + 1] === '/';
  const nameStart = start + (endTag ? 2 : 1);
  let j = nameStart;
  while (j < length && !isSpace(html[j]) && html[j] !== '/' && html[j] !== '>') j++;
  const name: Span = [nameStart, j];
  const attributes: ScannedAttribute[] = [];
  while (j < length && html[j] !== '>') {
    // "/" outside "/>" separates attributes as whitespace does.
    if (isSpace(html[j]) || html[j] === '/') {
      j++;
      continue;
    }
    // A name runs to whitespace, "/", ">" or "="; a "=" where a name should start belongs to it.
    let k = html[j] === '=' ? j + 1 : j;
    while (k < length && !isSpace(html[k]) && html[k] !== '/' && html[k] !== '>' && html[k] !== '=') k++;
    const attribute: ScannedAttribute = { name: [j, k] };
    attributes.push(attribute);
    j = skipSpaces(html, k);
    if (html[j] !== '=') continue;
    const valueStart = skipSpaces(html, j + 1);
    const quote = html[valueStart];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, valueStart + 1);
      j = close === -1 ? length : close + 1;
    } else {
      j = valueStart;
      while (j < length && !isSpace(html[j]) && html[j] !== '>') j++;
    }
    attribute.value = [valueStart, j];
  }
  return { kind: 'tag', span: [start, Math.min(j + 1, length)], endTag, name, attributes, complete: j < length };
}

function skipSpaces(html: string, from: number): number {
  let i = from;
  while (isSpace(html[i])) i++;
  return i;
}
