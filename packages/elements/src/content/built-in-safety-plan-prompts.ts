import type { BuiltInSafetyPlanPrompts } from '../safety-plan/safety-plan-format.js';
import { type ContentLanguage, contentLanguage, type ItemFile } from './built-in-item.js';

/** The safety plan's built-in section prompts, one file per language (a chunk each). */
const files: Record<ContentLanguage, ItemFile> = {
  en: () => import('./safety-plan/en.json'),
  es: () => import('./safety-plan/es.json'),
  fr: () => import('./safety-plan/fr.json'),
  ar: () => import('./safety-plan/ar.json'),
};

/** Loads the built-in section prompts for a language (`en`, `es`, `fr`, `ar`; other languages get English). */
export async function loadSafetyPlanPrompts(language: string): Promise<BuiltInSafetyPlanPrompts> {
  return (await files[contentLanguage(language)]()).default as BuiltInSafetyPlanPrompts;
}
