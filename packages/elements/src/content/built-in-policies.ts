import type { Policy } from '../consent/policy.js';
import { builtInItem } from './built-in-item.js';

/** The built-in consent templates (`template`), written for Hearth in plain language. */
export const BUILT_IN_POLICY_IDS = ['confidentiality', 'electronic-communication', 'group', 'telehealth'] as const;

/** Loads a built-in policy on demand (`en`, `es`; other languages get English). */
export const loadBuiltInPolicy = /* @__PURE__ */ builtInItem<Policy>('consent template', BUILT_IN_POLICY_IDS, {
  en: () => import('./policies/en.json').then((module) => module.default as Policy[]),
  es: () => import('./policies/es.json').then((module) => module.default as Policy[]),
});
