import type { Strategy } from '../coping-card/strategy.js';
import { builtInItems, type ItemFiles } from './built-in-item.js';

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

/**
 * Loads built-in strategies on demand (a chunk per strategy in cdn/). Unknown ids reject with a
 * message that lists the known ones.
 */
export const loadBuiltInStrategies = /* @__PURE__ */ builtInItems<Strategy>(['strategy', 'strategies'], {
  en: {
    'box-breathing': () => import('./strategies/en/box-breathing.json'),
    'paced-breathing': () => import('./strategies/en/paced-breathing.json'),
    'grounding-54321': () => import('./strategies/en/grounding-54321.json'),
    'progressive-muscle-relaxation': () => import('./strategies/en/progressive-muscle-relaxation.json'),
    'safe-place': () => import('./strategies/en/safe-place.json'),
    'opposite-action': () => import('./strategies/en/opposite-action.json'),
    'urge-surfing': () => import('./strategies/en/urge-surfing.json'),
    'self-compassion-break': () => import('./strategies/en/self-compassion-break.json'),
  },
  es: {
    'box-breathing': () => import('./strategies/es/box-breathing.json'),
    'paced-breathing': () => import('./strategies/es/paced-breathing.json'),
    'grounding-54321': () => import('./strategies/es/grounding-54321.json'),
    'progressive-muscle-relaxation': () => import('./strategies/es/progressive-muscle-relaxation.json'),
    'safe-place': () => import('./strategies/es/safe-place.json'),
    'opposite-action': () => import('./strategies/es/opposite-action.json'),
    'urge-surfing': () => import('./strategies/es/urge-surfing.json'),
    'self-compassion-break': () => import('./strategies/es/self-compassion-break.json'),
  },
} satisfies ItemFiles<(typeof BUILT_IN_STRATEGY_IDS)[number]>);
