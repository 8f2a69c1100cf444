import type { LocaleCatalog } from '@hearth/core';
import { en, type UiStrings } from './en.js';

/**
 * The UI string tables of @hearth/elements: `en` is bundled; `es`, `fr` and `ar` are separate
 * chunks, loaded the first time an element needs them.
 */
export const uiCatalog: LocaleCatalog<UiStrings> = {
  id: 'hearth-ui',
  en,
  languages: ['es', 'fr', 'ar'],
  load(language) {
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
  },
};

export type { UiStrings };
