import type { Policy } from '../consent/policy.js';
import { builtInItem, type ItemFiles } from './built-in-item.js';

/** The built-in consent templates (`template`), written for Hearth in plain language. */
export const BUILT_IN_POLICY_IDS = ['confidentiality', 'electronic-communication', 'group', 'telehealth'] as const;

/** Loads a built-in policy on demand (`en`, `es`; other languages get English). */
export const loadBuiltInPolicy = /* @__PURE__ */ builtInItem<Policy>(['consent template', 'consent templates'], {
  en: {
    confidentiality: () => import('./policies/en/confidentiality.json'),
    'electronic-communication': () => import('./policies/en/electronic-communication.json'),
    group: () => import('./policies/en/group.json'),
    telehealth: () => import('./policies/en/telehealth.json'),
  },
  es: {
    confidentiality: () => import('./policies/es/confidentiality.json'),
    'electronic-communication': () => import('./policies/es/electronic-communication.json'),
    group: () => import('./policies/es/group.json'),
    telehealth: () => import('./policies/es/telehealth.json'),
  },
} satisfies ItemFiles<(typeof BUILT_IN_POLICY_IDS)[number]>);
