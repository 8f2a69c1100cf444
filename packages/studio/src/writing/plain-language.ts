/**
 * Plain-language warnings for a text: sentences over the length limit for its language, clinical
 * jargon (with a plainer word to use) and absolutes or promises ("never", "will cure"), each with
 * offsets into the text so the UI can show where. Words and phrases match whole words only
 * ("never" is not found in "nevertheless"), whatever their case; `'` and `’` match each other, and
 * so does any run of white space between the words of a phrase.
 */
import { plainWords } from './plain-words.js';
import { type LongSentence, primaryLanguage, readability } from './readability.js';

/** One thing to look at again. */
export interface PlainLanguageWarning {
  kind: 'long-sentence' | 'jargon' | 'absolute';
  /** Where it is: `text.slice(start, end)`. */
  start: number;
  end: number;
  /** The words found (the whole sentence for a long one), as written. */
  text: string;
  /** A plainer word or phrase to use instead (for jargon), in the text's language. */
  suggestion?: string;
  /** How many words a long sentence has. */
  words?: number;
}

interface Matcher {
  /** Every entry of the list, whole words only, any case. */
  pattern: RegExp;
  /** The plain word for each entry, keyed by {@link key} (how a match is looked up). */
  suggestions: Map<string, string | undefined>;
}

const matchers = new Map<string, { jargon: Matcher; absolutes: Matcher } | null>();

/** Lower case, one space between words, straight apostrophes and hyphens: how entries are keyed. */
function key(words: string): string {
  return words.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").replace(/[‐‑]/g, '-');
}

/** A pattern source matching `entry` as written, any case, any white space, either apostrophe. */
function entrySource(entry: string): string {
  return key(entry)
    .split(' ')
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/'/g, "['’]")
        .replace(/-/g, '[-‐‑]'),
    )
    .join('\\s+');
}

/** One regular expression for a list: longest entries first, so "will cure" wins over "cure". */
function matcher(entries: readonly { word: string; suggestion?: string }[]): Matcher {
  const sorted = [...entries].sort((a, b) => b.word.length - a.word.length);
  const alternatives = sorted.map((entry) => entrySource(entry.word)).join('|');
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{M}\\p{N}])`, 'giu'),
    suggestions: new Map(entries.map((entry) => [key(entry.word), entry.suggestion])),
  };
}

/** The compiled lists of a language (built once), or null when it has none. */
function matchersFor(language: string): { jargon: Matcher; absolutes: Matcher } | null {
  if (!matchers.has(language)) {
    const words = plainWords(language);
    matchers.set(
      language,
      words
        ? {
            jargon: matcher(words.jargon.map((entry) => ({ word: entry.word, suggestion: entry.plain }))),
            absolutes: matcher(words.absolutes.map((word) => ({ word }))),
          }
        : null,
    );
  }
  return matchers.get(language) ?? null;
}

/** Every match of a list in `text`. */
function find(text: string, kind: 'jargon' | 'absolute', { pattern, suggestions }: Matcher): PlainLanguageWarning[] {
  const found: PlainLanguageWarning[] = [];
  for (const match of text.matchAll(pattern)) {
    const suggestion = suggestions.get(key(match[0]));
    found.push({ kind, start: match.index, end: match.index + match[0].length, text: match[0], ...(suggestion ? { suggestion } : {}) });
  }
  return found;
}

/**
 * The warnings for `text` written in `lang`, in the order they appear. Pass `longSentences` when
 * {@link readability} already found them, so the text is not split twice.
 */
export function plainLanguageWarnings(
  text: string,
  lang: string,
  longSentences: readonly LongSentence[] = readability(text, lang).longSentences,
): PlainLanguageWarning[] {
  const warnings: PlainLanguageWarning[] = longSentences.map((sentence) => ({
    kind: 'long-sentence',
    start: sentence.start,
    end: sentence.end,
    text: text.slice(sentence.start, sentence.end),
    words: sentence.words,
  }));
  const lists = matchersFor(primaryLanguage(lang));
  if (lists) warnings.push(...find(text, 'jargon', lists.jargon), ...find(text, 'absolute', lists.absolutes));
  return warnings.sort((a, b) => a.start - b.start || b.end - a.end);
}
