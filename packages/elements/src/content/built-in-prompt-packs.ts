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

const loaders: Record<'en' | 'es', () => Promise<PromptPack[]>> = {
  en: () => import('./prompts/en.json').then((module) => module.default as PromptPack[]),
  es: () => import('./prompts/es.json').then((module) => module.default as PromptPack[]),
};

/** Loads a built-in pack on demand (`en`, `es`; other languages get English). */
export async function loadBuiltInPack(id: string, language: string): Promise<Prompt[]> {
  if (!(BUILT_IN_PACK_IDS as readonly string[]).includes(id)) {
    throw new Error(`${JSON.stringify(id.slice(0, 40))} is not a built-in pack (known: ${BUILT_IN_PACK_IDS.join(', ')})`);
  }
  const packs = await loaders[language === 'es' ? 'es' : 'en']();
  return packs.find((pack) => pack.id === id)!.prompts;
}
