import { builtInItem } from './built-in-item.js';

/** A journaling prompt. */
export interface Prompt {
  id: string;
  text: string;
  tags?: string[];
}

/** A built-in pack of prompts. */
export interface PromptPack {
  id: string;
  title: string;
  prompts: Prompt[];
}

export const BUILT_IN_PACK_IDS = [
  'getting-started',
  'gratitude',
  'anxiety',
  'self-compassion',
  'values',
  'grief',
  'relationships',
  'between-sessions',
] as const;

const loadPack = /* @__PURE__ */ builtInItem<PromptPack>('pack', BUILT_IN_PACK_IDS, {
  en: () => import('./prompts/en.json').then((module) => module.default as PromptPack[]),
  es: () => import('./prompts/es.json').then((module) => module.default as PromptPack[]),
});

/** Loads a built-in pack on demand (`en`, `es`; other languages get English). */
export async function loadBuiltInPack(id: string, language: string): Promise<Prompt[]> {
  return (await loadPack(id, language)).prompts;
}
