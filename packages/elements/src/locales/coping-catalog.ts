import { type CopingCardStrings, strings as en } from './en/coping-card.js';
import { stringCatalog } from './string-catalog.js';

export type { CopingCardStrings };

/** The coping card's strings: English bundled, each other language's complete table on demand. */
export const copingCatalog = /* @__PURE__ */ stringCatalog<CopingCardStrings>('hearth-coping', en, {
  es: () => import('./es/coping-card.js'),
  fr: () => import('./fr/coping-card.js'),
  ar: () => import('./ar/coping-card.js'),
});
