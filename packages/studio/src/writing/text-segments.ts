/**
 * Sentences and words of a text, with offsets into it, for the readability formulas and the
 * plain-language warnings (so the UI can show where a long sentence or a word is).
 *
 * A sentence ends at `.`, `!`, `?`, `…`, `؟` (the Arabic question mark) or a line break. A period
 * does not end one inside a number (`3.5`) or after an abbreviation (`e.g.`, `Dr.`, `p. ej.`,
 * `Mme.`), and an ellipsis does not when the next word starts in lower case (`I wonder… maybe`). A word is a run of
 * Unicode letters, marks and digits (`\p{L}`, `\p{M}`, `\p{N}`), joined across an apostrophe
 * (`don't`, `l’eau`) and inside a number (`3.5`, `10:30`), so accented letters and Arabic count like any other.
 */

/** A span of the text: `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A sentence and the words in it. */
export interface Sentence extends TextSpan {
  words: TextSpan[];
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+|(?<=\p{N})[.,:]\p{N}+)*/gu;
const TERMINATOR = /[.!?…؟]/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** Where a sentence may end: a terminator or a line break. */
const BOUNDARY = /[.!?…؟\n\r\u2028\u2029]/;
/** What may follow a terminator and still belong to its sentence: closing quotes and brackets. */
const CLOSER = /["'”’»)\]}]/;
const SPACE = /\s/;
const LOWER_CASE = /\p{Ll}/u;

/**
 * Words before a period that do not end a sentence, lower case, without their final period
 * (English, Spanish and French). A word with a period inside (`e.g`, `a.m`) always counts as one.
 */
const ABBREVIATIONS = new Set([
  // English
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'st',
  'vs',
  'cf',
  'approx',
  'jr',
  'sr',
  // Spanish (p. ej.) and French (p. ex.)
  'p',
  'sra',
  'srta',
  'dra',
  'ud',
  'uds',
  'ej',
  'aprox',
  'pág',
  // French
  'm',
  'mme',
  'mlle',
  'ex',
  'env',
]);

/** The words of `text` between `from` and `to`, with their offsets. */
export function wordSpans(text: string, from = 0, to = text.length): TextSpan[] {
  const spans: TextSpan[] = [];
  const pattern = new RegExp(WORD.source, WORD.flags);
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    spans.push({ start: match.index, end: Math.min(to, match.index + match[0].length) });
  }
  return spans;
}

/** Whether the period at `index` follows an abbreviation (`e.g.`, `Dr.`, `p. ej.`). */
function afterAbbreviation(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1])) start--;
  const token = text.slice(start, index).toLowerCase();
  if (!token) return false;
  return token.includes('.') || ABBREVIATIONS.has(token);
}

/** The first character after `index` that is not white space, or undefined at the end. */
function nextVisible(text: string, index: number): string | undefined {
  for (let i = index; i < text.length; i++) if (!SPACE.test(text[i])) return text[i];
  return undefined;
}

/**
 * Where each sentence of `text` ends (exclusive offsets, after its terminator and any closing
 * quote), the last one at the end of the text.
 */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const boundary = new RegExp(BOUNDARY.source, 'g');
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const first = match.index;
    if (LINE_BREAK.test(match[0])) {
      ends.push(first);
      continue;
    }
    let last = first;
    while (last + 1 < text.length && TERMINATOR.test(text[last + 1])) last++;
    while (last + 1 < text.length && CLOSER.test(text[last + 1])) last++;
    boundary.lastIndex = last + 1;
    const after = text[last + 1];
    // "3.5", "e.g.x", "hearth.json": a terminator inside a word or number ends nothing.
    if (after !== undefined && !SPACE.test(after)) continue;
    const run = text.slice(first, last + 1);
    if (/^\.["'”’»)\]}]*$/.test(run) && afterAbbreviation(text, first)) continue;
    // "I wonder… maybe later": an ellipsis before a lower-case word trails off inside the sentence.
    if (/^(?:…|\.\.\.)["'”’»)\]}]*$/.test(run) && LOWER_CASE.test(nextVisible(text, last + 1) ?? '')) continue;
    ends.push(last + 1);
  }
  ends.push(text.length);
  return ends;
}

/**
 * The sentences of `text` that hold at least one word, each trimmed of the space around it, with
 * its words. Two passes over the text, one for words and one for the places a sentence may end.
 */
export function sentences(text: string): Sentence[] {
  const found: Sentence[] = [];
  const words = wordSpans(text);
  let start = 0;
  let w = 0;
  for (const end of sentenceEnds(text)) {
    if (end < start) continue;
    const inside: TextSpan[] = [];
    while (w < words.length && words[w].start < end) {
      if (words[w].start >= start) inside.push(words[w]);
      w++;
    }
    if (inside.length) {
      let from = start;
      while (from < end && SPACE.test(text[from])) from++;
      let to = end;
      while (to > from && SPACE.test(text[to - 1])) to--;
      found.push({ start: from, end: to, words: inside });
    }
    start = end;
  }
  return found;
}
