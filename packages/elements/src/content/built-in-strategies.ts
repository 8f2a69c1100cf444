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
  fr: {
    'box-breathing': () => import('./strategies/fr/box-breathing.json'),
    'paced-breathing': () => import('./strategies/fr/paced-breathing.json'),
    'grounding-54321': () => import('./strategies/fr/grounding-54321.json'),
    'progressive-muscle-relaxation': () => import('./strategies/fr/progressive-muscle-relaxation.json'),
    'safe-place': () => import('./strategies/fr/safe-place.json'),
    'opposite-action': () => import('./strategies/fr/opposite-action.json'),
    'urge-surfing': () => import('./strategies/fr/urge-surfing.json'),
    'self-compassion-break': () => import('./strategies/fr/self-compassion-break.json'),
  },
  ar: {
    'box-breathing': () => import('./strategies/ar/box-breathing.json'),
    'paced-breathing': () => import('./strategies/ar/paced-breathing.json'),
    'grounding-54321': () => import('./strategies/ar/grounding-54321.json'),
    'progressive-muscle-relaxation': () => import('./strategies/ar/progressive-muscle-relaxation.json'),
    'safe-place': () => import('./strategies/ar/safe-place.json'),
    'opposite-action': () => import('./strategies/ar/opposite-action.json'),
    'urge-surfing': () => import('./strategies/ar/urge-surfing.json'),
    'self-compassion-break': () => import('./strategies/ar/self-compassion-break.json'),
  },
} satisfies ItemFiles<(typeof BUILT_IN_STRATEGY_IDS)[number]>);
