import { type ConsentElementStrings, strings as en } from './en/consent.js';
import { stringCatalog } from './string-catalog.js';

export type { ConsentElementStrings };

/** The consent's strings: English bundled, each other language's complete table on demand. */
export const consentCatalog = /* @__PURE__ */ stringCatalog<ConsentElementStrings>('hearth-consent', en, {
  es: () => import('./es/consent.js'),
  fr: () => import('./fr/consent.js'),
  ar: () => import('./ar/consent.js'),
});
