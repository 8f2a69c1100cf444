import type { Strategy } from '../coping-card/strategy.js';

/** The ids of the built-in strategies, in the order a default deck shows them. */
export const BUILT_IN_STRATEGY_IDS = [
  'box-breathing',
  'paced-breathing',
  'grounding-54321',
  'progressive-muscle-relaxation',
  'safe-place',
  'opposite-action',
  'urge-surfing',
  'self-compassion-break',
] as const;

/** Languages with built-in strategies; others get English. */
export const STRATEGY_LANGUAGES = ['en', 'es'] as const;

const loaders: Record<(typeof STRATEGY_LANGUAGES)[number], () => Promise<Strategy[]>> = {
  en: () => import('./strategies/en.json').then((module) => module.default as Strategy[]),
  es: () => import('./strategies/es.json').then((module) => module.default as Strategy[]),
};

/**
 * Loads built-in strategies on demand (a chunk per language in cdn/). Unknown ids reject with a
 * message that lists the known ones.
 */
export async function loadBuiltInStrategies(ids: readonly string[], language: string): Promise<Strategy[]> {
  const unknown = ids.filter((id) => !(BUILT_IN_STRATEGY_IDS as readonly string[]).includes(id));
  if (unknown.length) {
    throw new Error(`${unknown.map((id) => JSON.stringify(id.slice(0, 40))).join(', ')} ${unknown.length === 1 ? 'is not a' : 'are not'} built-in ${unknown.length === 1 ? 'strategy' : 'strategies'} (known: ${BUILT_IN_STRATEGY_IDS.join(', ')})`);
  }
  const table = language in loaders ? language as keyof typeof loaders : 'en';
  const all = await loaders[table]();
  return ids.map((id) => all.find((strategy) => strategy.id === id)!);
}
