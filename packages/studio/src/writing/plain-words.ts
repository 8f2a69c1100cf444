/**
 * The plain-language word lists (data in src/content/plain-words/): clinical jargon a client may
 * not know, each with a plainer way to say it, and absolutes or promises that do not fit therapy
 * content. English, Spanish and French; other languages have none.
 */
import en from '../content/plain-words/en.json';
import es from '../content/plain-words/es.json';
import fr from '../content/plain-words/fr.json';

/** A jargon word or phrase (lower case) and a plainer way to say it. */
export interface JargonEntry {
  word: string;
  plain: string;
}

/** One language's lists. */
export interface PlainWords {
  jargon: readonly JargonEntry[];
  absolutes: readonly string[];
}

const LISTS: Record<string, PlainWords> = { en, es, fr };

/** The lists for a primary language (`en`, `es`, `fr`), or undefined when there are none. */
export function plainWords(language: string): PlainWords | undefined {
  return LISTS[language];
}
