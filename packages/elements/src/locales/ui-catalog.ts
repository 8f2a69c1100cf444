import { type BaseStrings, strings as en } from './en/base.js';
import { stringCatalog } from './string-catalog.js';

export type { UiStrings } from './ui-strings.js';
export type { BaseStrings };

/** The strings of the provider, crisis resources and quick exit (one table: they show the same). */
export const uiCatalog = /* @__PURE__ */ stringCatalog<BaseStrings>('hearth-ui', en, {
  es: () => import('./es/base.js'),
  fr: () => import('./fr/base.js'),
  ar: () => import('./ar/base.js'),
});
