import { type BaseStrings, en } from './en.js';
import { type ConsentStrings, enConsent } from './en-consent.js';
import { uiCatalogWith } from './ui-catalog.js';

export type ConsentElementStrings = BaseStrings & ConsentStrings;

/** The consent's strings: the shared English and its own (the receipt brings its own), other languages on demand. */
export const consentCatalog = /* @__PURE__ */ uiCatalogWith<ConsentElementStrings>('hearth-consent', { ...en, ...enConsent } as ConsentElementStrings);
