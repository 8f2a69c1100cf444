/**
 * The English UI strings of Studio's languages view (`<studio-languages>`), in one table so they
 * can be translated. The content compared may be in any language; these labels are Studio's.
 */
import type { ContentLanguage } from '@hearth/elements';

import type { CellStatus } from './compare-versions.js';

/** Each content language's name in Studio's UI language. */
export const LANGUAGE_NAMES_EN: Record<ContentLanguage, string> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  ar: 'Arabic',
};

export const languagesStrings = {
  heading: 'Languages side by side',
  intro: 'Each language of this item in its own column. Fields missing, empty or out of date in one language are marked.',
  caption: 'Text fields of this item, one row per field, one column per language',
  fieldColumn: 'Field',
  referenceNote: (language: string) => `${language} is the version the others are compared with.`,
  onlyNeedsWork: 'Only rows that need work',
  allInStep: 'Every language has every field, and all versions match.',
  nothingToCompare: 'Open this item in at least one language to compare its versions.',
  rowsNeedWork: (n: number, total: number) => `${n} of ${total} ${total === 1 ? 'row needs' : 'rows need'} work.`,
  /** "Spanish is version 1, English is version 2". */
  versionDiffers: (language: string, version: string, reference: string, referenceVersion: string) =>
    `${language} is version ${version}, ${reference} is version ${referenceVersion}`,
  noVersion: 'none',
  cellLabel: (field: string, language: string) => `${field}, ${language}`,
  status: {
    ok: () => '',
    missing: (language: string) => `Missing in ${language}`,
    empty: (language: string) => `Empty in ${language}`,
    changed: (language: string, reference: string) => `${reference} changed since this ${language} was written`,
    'out-of-date': (language: string) => `Out of date in ${language}`,
    extra: (language: string, reference: string) => `Only in ${language}, not in ${reference}`,
  } satisfies Record<CellStatus, (language: string, reference: string) => string>,
  notHere: 'Not in this language',
  labelJoin: ' › ',
};
