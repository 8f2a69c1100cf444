/**
 * The English UI strings of Studio's writing help and review checklist, in one table so they can
 * be translated. The content being checked may be in any language; these labels are Studio's.
 */
import type { ReadingBandKey } from './readability.js';

/** The English grade Studio asks built-in and practice content to stay at or below (docs/content-authoring.md). */
export const ENGLISH_GRADE_TARGET = 8;

/** "1 long sentence", "2 long sentences". */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language's name in English (`ar` → Arabic), or the tag itself when the browser has no name. */
function languageName(language: string): string {
  try {
    return languageNames.of(language) ?? language;
  } catch {
    return language;
  }
}

export const writingStrings = {
  grade: (grade: string) => `Grade ${grade}`,
  gradeAim: `aim for ${ENGLISH_GRADE_TARGET} or below`,
  ease: (score: string) => `Reading ease ${score}`,
  bands: {
    'very-easy': 'very easy',
    easy: 'easy',
    'fairly-easy': 'fairly easy',
    normal: 'normal',
    standard: 'standard',
    'somewhat-difficult': 'somewhat difficult',
    'fairly-difficult': 'fairly difficult',
    difficult: 'difficult',
    'very-difficult': 'very difficult',
  } satisfies Record<ReadingBandKey, string>,
  noFormula: (language: string) => `No reading-level formula for ${languageName(language)} here: read it aloud, use the checklist`,
  noFormulaShort: (language: string) => `No reading-level formula for ${languageName(language)}`,
  noText: 'No text yet',
  words: (n: number) => count(n, 'word', 'words'),
  sentences: (n: number) => count(n, 'sentence', 'sentences'),
  syllables: (n: number) => count(n, 'syllable', 'syllables'),
  longSentences: (n: number) => count(n, 'long sentence', 'long sentences'),
  wordsToCheck: (n: number) => count(n, 'word to check', 'words to check'),
  warningsLabel: 'Things to check',
  longSentence: (words: number) => `Long sentence, ${words} words:`,
  longSentenceHint: 'Try splitting it.',
  jargon: 'Jargon:',
  jargonHint: 'try',
  absolute: 'Absolute or promise:',
  absoluteHint: 'Say what may help, not what always will.',
  noWarnings: 'No long sentences, jargon or absolutes found.',
  formulaNote: 'A formula counts words and syllables; it does not understand. Read it aloud too.',
  announceLevel: (level: string) => `Reading level: ${level}`,
  checklistLegend: 'Clinical review checklist',
  reviewedBy: 'Reviewed by',
  reviewedOn: 'Date reviewed',
};
