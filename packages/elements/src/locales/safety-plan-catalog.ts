import { type SafetyPlanStrings, strings as en } from './en/safety-plan.js';
import { stringCatalog } from './string-catalog.js';

export type { SafetyPlanStrings };

/** The safety plan's strings: English bundled, each other language's complete table on demand. */
export const safetyPlanCatalog = /* @__PURE__ */ stringCatalog<SafetyPlanStrings>('hearth-safety-plan', en, {
  es: () => import('./es/safety-plan.js'),
  fr: () => import('./fr/safety-plan.js'),
  ar: () => import('./ar/safety-plan.js'),
});
