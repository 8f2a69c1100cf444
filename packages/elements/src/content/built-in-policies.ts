import type { Policy } from '../consent/policy.js';

/** The built-in consent templates (`template`), written for Hearth in plain language. */
export const BUILT_IN_POLICY_IDS = ['confidentiality', 'electronic-communication', 'group', 'telehealth'] as const;

const loaders: Record<'en' | 'es', () => Promise<Policy[]>> = {
  en: () => import('./policies/en.json').then((module) => module.default as Policy[]),
  es: () => import('./policies/es.json').then((module) => module.default as Policy[]),
};

/** Loads a built-in policy on demand (`en`, `es`; other languages get English). */
export async function loadBuiltInPolicy(id: string, language: string): Promise<Policy> {
  if (!(BUILT_IN_POLICY_IDS as readonly string[]).includes(id)) {
    throw new Error(`${JSON.stringify(id.slice(0, 40))} is not a built-in consent template (known: ${BUILT_IN_POLICY_IDS.join(', ')})`);
  }
  const policies = await loaders[language === 'es' ? 'es' : 'en']();
  return policies.find((policy) => policy.id === id)!;
}
