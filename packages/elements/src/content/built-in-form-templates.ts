import type { FormDefinition } from '../feedback-form/form-definition.js';
import { builtInItem } from './built-in-item.js';

/** The built-in feedback forms (`template`), written for Hearth in plain language. */
export const BUILT_IN_FORM_IDS = ['session', 'material', 'group'] as const;

/** Loads a built-in form on demand (`en`, `es`; other languages get English). */
export const loadBuiltInForm = /* @__PURE__ */ builtInItem<FormDefinition>('form', BUILT_IN_FORM_IDS, {
  en: () => import('./forms/en.json').then((module) => module.default as FormDefinition[]),
  es: () => import('./forms/es.json').then((module) => module.default as FormDefinition[]),
});
