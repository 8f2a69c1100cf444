import { type BaseStrings, en } from './en.js';
import { type CopingStrings, enCoping } from './en-coping.js';
import { uiCatalogWith } from './ui-catalog.js';

export type CopingCardStrings = BaseStrings & CopingStrings;

/**
 * The coping card's strings: the shared English and its own, other languages on demand. The
 * English of its exercise and choices views arrives with those views (exercise-view.ts and
 * coping-choices.ts add it), so a card shows its strategy without carrying them.
 */
export const copingCatalog = /* @__PURE__ */ uiCatalogWith<CopingCardStrings>('hearth-coping', { ...en, ...enCoping } as CopingCardStrings);
