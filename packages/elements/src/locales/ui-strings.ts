import type { LocaleCatalog } from '@hearth/core';

import { consentCatalog, type ConsentElementStrings } from './consent-catalog.js';
import { type CopingCardStrings, copingCatalog } from './coping-catalog.js';
import { feedbackCatalog, type FeedbackFormStrings } from './feedback-catalog.js';
import { journalCatalog, type JournalPromptStrings } from './journal-catalog.js';
import { safetyPlanCatalog, type SafetyPlanStrings } from './safety-plan-catalog.js';
import { type BaseStrings, uiCatalog } from './ui-catalog.js';

/** Every UI string: the key set a practice's `strings` overrides, the union of every element's table. */
export type UiStrings = BaseStrings & CopingCardStrings & JournalPromptStrings & FeedbackFormStrings & ConsentElementStrings & SafetyPlanStrings;

/** The languages every element has a complete table for, besides English. */
export const UI_LANGUAGES: readonly string[] = uiCatalog.languages;

/**
 * Every element's table of one language, merged: each table is a chunk of its own.
 * @deprecated An element loads only its own table through its catalog (`copingCatalog.load('es')`).
 */
export async function loadUiStrings(language: string): Promise<UiStrings> {
  if (!UI_LANGUAGES.includes(language)) throw new Error(`no UI strings for "${language}"`);
  const catalogs = [uiCatalog, copingCatalog, journalCatalog, feedbackCatalog, consentCatalog, safetyPlanCatalog] as LocaleCatalog<Partial<UiStrings>>[];
  const tables = await Promise.all(catalogs.map((catalog) => catalog.load(language)));
  return tables.reduce((all, table) => ({ ...all, ...table }), {}) as UiStrings;
}

/**
 * A catalog for an element of a host's own: its English, and every UI string of another language.
 * @deprecated Use the catalog of the element whose strings it shows, or a `LocaleCatalog` (from
 * `@hearth/core`) of its own tables: this one downloads every element's table of a language.
 */
export function uiCatalogWith<S extends BaseStrings>(id: string, english: S): LocaleCatalog<S> {
  return { id, en: english, languages: UI_LANGUAGES, load: (language) => loadUiStrings(language) as unknown as Promise<S> };
}
