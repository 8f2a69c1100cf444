import type { LocaleCatalog } from '@hearth/core';

import { type BaseStrings, en, type UiStrings } from './en.js';

/** Loads a complete table of another language: a chunk of its own, the first time it is needed. */
export function loadUiStrings(language: string): Promise<UiStrings> {
  switch (language) {
    case 'es':
      return import('./es.js').then((module) => module.es);
    case 'fr':
      return import('./fr.js').then((module) => module.fr);
    case 'ar':
      return import('./ar.js').then((module) => module.ar);
    default:
      return Promise.reject(new Error(`no UI strings for "${language}"`));
  }
}

export const UI_LANGUAGES = ['es', 'fr', 'ar'];

/** A catalog with the English an element shows (bundled) and every other language on demand. */
export function uiCatalogWith<S extends BaseStrings>(id: string, english: S): LocaleCatalog<S> {
  return { id, en: english, languages: UI_LANGUAGES, load: (language) => loadUiStrings(language) as unknown as Promise<S> };
}

/** The shared strings: provider, crisis resources, quick exit. */
export const uiCatalog: LocaleCatalog<BaseStrings> = /* @__PURE__ */ uiCatalogWith('hearth-ui', en);

export type { BaseStrings, UiStrings };
