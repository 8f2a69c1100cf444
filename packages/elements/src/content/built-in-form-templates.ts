import type { FormDefinition } from '../feedback-form/form-definition.js';

/** The built-in feedback forms (`template`), written for Hearth in plain language. */
export const BUILT_IN_FORM_IDS = ['session', 'material', 'group'] as const;

const loaders: Record<'en' | 'es', () => Promise<FormDefinition[]>> = {
  en: () => import('./forms/en.json').then((module) => module.default as FormDefinition[]),
  es: () => import('./forms/es.json').then((module) => module.default as FormDefinition[]),
};

/** Loads a built-in form on demand (`en`, `es`; other languages get English). */
export async function loadBuiltInForm(id: string, language: string): Promise<FormDefinition> {
  if (!(BUILT_IN_FORM_IDS as readonly string[]).includes(id)) {
    throw new Error(`${JSON.stringify(id.slice(0, 40))} is not a built-in form (known: ${BUILT_IN_FORM_IDS.join(', ')})`);
  }
  const forms = await loaders[language === 'es' ? 'es' : 'en']();
  return forms.find((form) => form.id === id)!;
}
