import { en, type BaseStrings } from './en.js';
import { enCoping, type CopingStrings } from './en-coping.js';
import { uiCatalogWith } from './ui-catalog.js';

export type CopingCardStrings = BaseStrings & CopingStrings;

/** The coping card's strings: the shared English and its own, other languages on demand. */
export const copingCatalog = /* @__PURE__ */ uiCatalogWith<CopingCardStrings>('hearth-coping', { ...en, ...enCoping });
