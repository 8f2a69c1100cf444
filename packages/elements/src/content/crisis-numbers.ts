import type { CrisisLine } from '@hearth/core';

import numbers from './crisis-numbers.json';

/** A built-in line as the element shows it: a `CrisisLine`, named in the service's own language where it has a name there. */
export interface BuiltInCrisisLine extends CrisisLine {
  /** The service's own name in its country's language, by language (`{ fr: '3114 – Numéro national…' }`). */
  nameLocal?: Record<string, string>;
}

/** A region's emergency numbers and lines. */
export interface BuiltInRegion {
  emergency: string;
  emergencyAlso?: string[];
  lines: BuiltInCrisisLine[];
}

/**
 * The built-in lines by region, all `<hearth-crisis-resources>` uses: written by `npm run
 * crisis-lines` from the checked list (crisis-lines.json) without the sources, which no client
 * sees. Bundled with the element, not loaded on demand: crisis information must show even when
 * the network does not (decision 004).
 */
export const builtInRegions: Record<string, BuiltInRegion> = numbers;
