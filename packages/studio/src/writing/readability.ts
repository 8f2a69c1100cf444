/**
 * The reading level of a text in its own language, by a published formula for each language
 * Studio's content comes in:
 *
 * - **English**: Flesch–Kincaid grade level (Kincaid, Fishburne, Rogers & Chissom, 1975, *Derivation
 *   of new readability formulas for Navy enlisted personnel*):
 *   `0.39 × words/sentences + 11.8 × syllables/words − 15.59`, a US school grade.
 * - **Spanish**: Szigriszt-Pazos perspicuity (Szigriszt-Pazos, 1993, *Sistemas predictivos de
 *   legibilidad del mensaje escrito: fórmula de perspicuidad*, Universidad Complutense de
 *   Madrid): `206.835 − 62.3 × syllables/words − words/sentences`, read on the INFLESZ scale
 *   (Barrio-Cantalejo et al., 2008, *Validación de la Escala INFLESZ para evaluar la legibilidad
 *   de los textos dirigidos a pacientes*, Anales del Sistema Sanitario de Navarra 31(2):135–152),
 *   made for texts written for patients.
 * - **French**: Kandel & Moles' adaptation of Flesch reading ease (Kandel & Moles, 1958,
 *   *Application de l'indice de Flesch à la langue française*, Cahiers d'études de
 *   radio-télévision 19:253–274): `207 − 1.015 × words/sentences − 73.6 × syllables/words`, read on
 *   Flesch's bands.
 * - **Arabic** and any other language: no formula (`kind: 'none'`); the words and sentences are
 *   still counted and long sentences still found.
 *
 * A formula counts sentences, words and syllables; it does not understand. A text of short
 * sentences and short words can still be unclear or unkind, and syllables are counted by rules of
 * thumb, so a score is an estimate.
 */
import { englishSyllables } from './syllables-en.js';
import { spanishSyllables } from './syllables-es.js';
import { frenchSyllables } from './syllables-fr.js';
import { sentences, type TextSpan } from './text-segments.js';

/** A named band of a reading-ease scale, from its lowest score up. */
export interface ReadingBand {
  /** Stable key, which the UI strings name in English (`fairly-easy`). */
  key: ReadingBandKey;
  /** The band's name in the scale's own language, as published (`bastante fácil`). */
  name: string;
  /** The lowest score in the band (inclusive). */
  min: number;
}

/** The bands of the Spanish and French scales. */
export type ReadingBandKey =
  | 'very-easy'
  | 'easy'
  | 'fairly-easy'
  | 'normal'
  | 'standard'
  | 'somewhat-difficult'
  | 'fairly-difficult'
  | 'difficult'
  | 'very-difficult';

/** A sentence over the length limit for its language. */
export interface LongSentence extends TextSpan {
  words: number;
}

/** What {@link readability} finds. */
export interface Readability {
  /** `grade`: a school grade (lower is easier); `ease`: 0–100 (higher is easier); `none`: no formula. */
  kind: 'grade' | 'ease' | 'none';
  /** The formula's result; absent for `none` and for a text with no words. */
  score?: number;
  /** The band of an `ease` score. */
  band?: ReadingBandKey;
  words: number;
  sentences: number;
  /** Syllables counted (0 for a language with no formula, where they are not counted). */
  syllables: number;
  /** Sentences over {@link longSentenceLimit} words, with offsets into the text. */
  longSentences: LongSentence[];
}

/** INFLESZ (Barrio-Cantalejo et al., 2008), for Szigriszt-Pazos perspicuity. */
export const INFLESZ_BANDS: readonly ReadingBand[] = [
  { key: 'very-difficult', name: 'muy difícil', min: -Infinity },
  { key: 'somewhat-difficult', name: 'algo difícil', min: 40 },
  { key: 'normal', name: 'normal', min: 55 },
  { key: 'fairly-easy', name: 'bastante fácil', min: 65 },
  { key: 'very-easy', name: 'muy fácil', min: 80 },
];

/** Flesch's bands, as Kandel & Moles (1958) use them for French. */
export const KANDEL_MOLES_BANDS: readonly ReadingBand[] = [
  { key: 'very-difficult', name: 'très difficile', min: -Infinity },
  { key: 'difficult', name: 'difficile', min: 30 },
  { key: 'fairly-difficult', name: 'assez difficile', min: 50 },
  { key: 'standard', name: 'standard', min: 60 },
  { key: 'fairly-easy', name: 'assez facile', min: 70 },
  { key: 'easy', name: 'facile', min: 80 },
  { key: 'very-easy', name: 'très facile', min: 90 },
];

interface Formula {
  kind: 'grade' | 'ease';
  syllables: (word: string) => number;
  score: (words: number, sentences: number, syllables: number) => number;
  bands?: readonly ReadingBand[];
}

const FORMULAS: Record<string, Formula> = {
  en: {
    kind: 'grade',
    syllables: englishSyllables,
    score: (words, sentences, syllables) => 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59,
  },
  es: {
    kind: 'ease',
    syllables: spanishSyllables,
    score: (words, sentences, syllables) => 206.835 - 62.3 * (syllables / words) - words / sentences,
    bands: INFLESZ_BANDS,
  },
  fr: {
    kind: 'ease',
    syllables: frenchSyllables,
    score: (words, sentences, syllables) => 207 - 1.015 * (words / sentences) - 73.6 * (syllables / words),
    bands: KANDEL_MOLES_BANDS,
  },
};

/** The primary language of a tag: `es-419` → `es`. */
export function primaryLanguage(lang: string): string {
  return (lang || 'en').toLowerCase().split(/[-_]/)[0];
}

/** Sentences longer than this many words are flagged: 20 in English, 25 in other languages. */
export function longSentenceLimit(lang: string): number {
  return primaryLanguage(lang) === 'en' ? 20 : 25;
}

/** The band a score falls in. */
function bandOf(score: number, bands: readonly ReadingBand[]): ReadingBandKey {
  let found = bands[0];
  for (const band of bands) if (score >= band.min) found = band;
  return found.key;
}

/** The reading level of `text`, written in `lang` (a BCP 47 tag: `en`, `es-419`, `fr-CA`, `ar`). */
export function readability(text: string, lang: string): Readability {
  const formula = FORMULAS[primaryLanguage(lang)];
  const limit = longSentenceLimit(lang);
  let words = 0;
  let syllables = 0;
  const longSentences: LongSentence[] = [];
  const found = sentences(text);
  for (const sentence of found) {
    words += sentence.words.length;
    if (formula) for (const word of sentence.words) syllables += formula.syllables(text.slice(word.start, word.end));
    if (sentence.words.length > limit) longSentences.push({ start: sentence.start, end: sentence.end, words: sentence.words.length });
  }
  const counts = { words, sentences: found.length, syllables, longSentences };
  if (!formula) return { kind: 'none', ...counts };
  if (!words) return { kind: formula.kind, ...counts };
  const score = formula.score(words, found.length, syllables);
  return { kind: formula.kind, score, ...(formula.bands ? { band: bandOf(score, formula.bands) } : {}), ...counts };
}
