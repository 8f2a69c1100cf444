import type { Policy } from '../consent/policy.js';
import { builtInItem, CONTENT_LANGUAGES, type ContentLanguage, type ItemFiles } from './built-in-item.js';

/** The built-in consent templates (`template`), written for Hearth in plain language. */
export const BUILT_IN_POLICY_IDS = ['confidentiality', 'electronic-communication', 'group', 'telehealth', 'minors'] as const;

/** Each template's file in each language it is written in (every template in `CONTENT_LANGUAGES`). */
const FILES = {
  en: {
    confidentiality: () => import('./policies/en/confidentiality.json'),
    'electronic-communication': () => import('./policies/en/electronic-communication.json'),
    group: () => import('./policies/en/group.json'),
    telehealth: () => import('./policies/en/telehealth.json'),
    minors: () => import('./policies/en/minors.json'),
  },
  es: {
    confidentiality: () => import('./policies/es/confidentiality.json'),
    'electronic-communication': () => import('./policies/es/electronic-communication.json'),
    group: () => import('./policies/es/group.json'),
    telehealth: () => import('./policies/es/telehealth.json'),
    minors: () => import('./policies/es/minors.json'),
  },
  fr: {
    confidentiality: () => import('./policies/fr/confidentiality.json'),
    'electronic-communication': () => import('./policies/fr/electronic-communication.json'),
    group: () => import('./policies/fr/group.json'),
    telehealth: () => import('./policies/fr/telehealth.json'),
    minors: () => import('./policies/fr/minors.json'),
  },
  ar: {
    confidentiality: () => import('./policies/ar/confidentiality.json'),
    'electronic-communication': () => import('./policies/ar/electronic-communication.json'),
    group: () => import('./policies/ar/group.json'),
    telehealth: () => import('./policies/ar/telehealth.json'),
    minors: () => import('./policies/ar/minors.json'),
  },
} satisfies ItemFiles<(typeof BUILT_IN_POLICY_IDS)[number]>;

/**
 * Loads a built-in policy on demand (`en`, `es`, `fr`, `ar`; other languages get English here: the
 * consent element itself shows a template only in the element's own language, see `policyLanguages`).
 */
export const loadBuiltInPolicy = /* @__PURE__ */ builtInItem<Policy>(['consent template', 'consent templates'], FILES);

/** The languages a built-in template is written in, in `CONTENT_LANGUAGES` order (none for an id that is not built in). */
export function policyLanguages(id: string): ContentLanguage[] {
  return CONTENT_LANGUAGES.filter((language) => Object.hasOwn((FILES as ItemFiles)[language] ?? {}, id));
}
