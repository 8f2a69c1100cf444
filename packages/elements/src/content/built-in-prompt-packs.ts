import { builtInItem, type ItemFiles } from './built-in-item.js';
import type { ContentReview } from './content-review.js';

/** A journaling prompt. */
export interface Prompt {
  id: string;
  text: string;
  tags?: string[];
}

/** A built-in pack of prompts. */
export interface PromptPack {
  id: string;
  /** Changes whenever the wording does. */
  version: string;
  title: string;
  /** Shown near the prompt: any prompt can be skipped, and what to do if writing brings up too much. */
  note: string;
  prompts: Prompt[];
  /** What Hearth Studio records when a clinician reviewed it; the elements ignore it (built-in packs carry none). */
  review?: ContentReview;
}

/**
 * A practice's own pack (the journal's `prompts` property, a JSON child or `src`): the shape of a
 * built-in pack with only `prompts` required. Its `note`, if any, is shown under the prompt as a
 * built-in pack's is; `id`, `version`, `title` and `review` are for the practice and Studio.
 */
export interface PracticePromptPack {
  id?: string;
  version?: string;
  title?: string;
  /** Shown under the prompt, as a built-in pack's note is. */
  note?: string;
  prompts: Prompt[];
  /** What Hearth Studio records when a clinician reviewed it; the elements ignore it. */
  review?: ContentReview;
}

/** What the journal's prompts may be: a bare list, or a pack with a note and a review. */
export type PromptContent = Prompt[] | PracticePromptPack;

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

/** Loads a built-in pack whole (id, version, title, note, prompts) on demand (`en`, `es`, `fr`, `ar`; other languages get English). */
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
  fr: {
    'getting-started': () => import('./prompts/fr/getting-started.json'),
    gratitude: () => import('./prompts/fr/gratitude.json'),
    anxiety: () => import('./prompts/fr/anxiety.json'),
    'self-compassion': () => import('./prompts/fr/self-compassion.json'),
    values: () => import('./prompts/fr/values.json'),
    grief: () => import('./prompts/fr/grief.json'),
    relationships: () => import('./prompts/fr/relationships.json'),
    'between-sessions': () => import('./prompts/fr/between-sessions.json'),
  },
  ar: {
    'getting-started': () => import('./prompts/ar/getting-started.json'),
    gratitude: () => import('./prompts/ar/gratitude.json'),
    anxiety: () => import('./prompts/ar/anxiety.json'),
    'self-compassion': () => import('./prompts/ar/self-compassion.json'),
    values: () => import('./prompts/ar/values.json'),
    grief: () => import('./prompts/ar/grief.json'),
    relationships: () => import('./prompts/ar/relationships.json'),
    'between-sessions': () => import('./prompts/ar/between-sessions.json'),
  },
} satisfies ItemFiles<(typeof BUILT_IN_PACK_IDS)[number]>);

/** Loads a built-in pack on demand (`en`, `es`, `fr`, `ar`; other languages get English). */
export async function loadBuiltInPack(id: string, language: string): Promise<Prompt[]> {
  return (await loadPromptPack(id, language)).prompts;
}
