import type { FormDefinition } from '../feedback-form/form-definition.js';
import { builtInItem, type ItemFiles } from './built-in-item.js';

/** The built-in feedback forms (`template`), written for Hearth in plain language. */
export const BUILT_IN_FORM_IDS = ['session', 'material', 'group'] as const;

/** Loads a built-in form on demand (`en`, `es`, `fr`, `ar`; other languages get English). */
export const loadBuiltInForm = /* @__PURE__ */ builtInItem<FormDefinition>(['form', 'forms'], {
  en: {
    session: () => import('./forms/en/session.json'),
    material: () => import('./forms/en/material.json'),
    group: () => import('./forms/en/group.json'),
  },
  es: {
    session: () => import('./forms/es/session.json'),
    material: () => import('./forms/es/material.json'),
    group: () => import('./forms/es/group.json'),
  },
  fr: {
    session: () => import('./forms/fr/session.json'),
    material: () => import('./forms/fr/material.json'),
    group: () => import('./forms/fr/group.json'),
  },
  ar: {
    session: () => import('./forms/ar/session.json'),
    material: () => import('./forms/ar/material.json'),
    group: () => import('./forms/ar/group.json'),
  },
} satisfies ItemFiles<(typeof BUILT_IN_FORM_IDS)[number]>);
