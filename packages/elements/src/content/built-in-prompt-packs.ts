import { builtInItem, type ItemFiles } from './built-in-item.js';

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

/** Loads a built-in pack, with its title, on demand. @internal */
export const loadPromptPack = /* @__PURE__ */ builtInItem<PromptPack>(['pack', 'packs'], {
  en: {
    'getting-started': () => import('./prompts/en/getting-started.json'),
    gratitude: () => import('./prompts/en/gratitude.json'),
    anxiety: () => import('./prompts/en/anxiety.json'),
    'self-compassion': () => import('./prompts/en/self-compassion.json'),
    values: () => import('./prompts/en/values.json'),
    grief: () => import('./prompts/en/grief.json'),
    relationships: () => import('./prompts/en/relationships.json'),
    'between-sessions': () => import('./prompts/en/between-sessions.json'),
  },
  es: {
    'getting-started': () => import('./prompts/es/getting-started.json'),
    gratitude: () => import('./prompts/es/gratitude.json'),
    anxiety: () => import('./prompts/es/anxiety.json'),
    'self-compassion': () => import('./prompts/es/self-compassion.json'),
    values: () => import('./prompts/es/values.json'),
    grief: () => import('./prompts/es/grief.json'),
    relationships: () => import('./prompts/es/relationships.json'),
    'between-sessions': () => import('./prompts/es/between-sessions.json'),
  },
} satisfies ItemFiles<(typeof BUILT_IN_PACK_IDS)[number]>);

/** Loads a built-in pack on demand (`en`, `es`; other languages get English). */
export async function loadBuiltInPack(id: string, language: string): Promise<Prompt[]> {
  return (await loadPromptPack(id, language)).prompts;
}
