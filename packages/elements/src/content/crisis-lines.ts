import type { CrisisLine } from '@hearth/core';

import data from './crisis-lines.json';

/** A built-in line: a `CrisisLine` with the public pages it was checked against. */
export interface SourcedCrisisLine extends CrisisLine {
  sources: string[];
  /** The service's own name in its country's language, by language (`{ fr: '3114 – Numéro national…' }`). */
  nameLocal?: Record<string, string>;
}

export interface RegionCrisisLines {
  emergency: string;
  emergencyAlso?: string[];
  lines: SourcedCrisisLine[];
  /** Where the emergency number was checked. */
  emergencySources?: string[];
}

export interface CrisisLineData {
  /** How and when the lines were checked. */
  about: string;
  universal: { id: string; name: string; note: string };
  regions: Record<string, RegionCrisisLines>;
  displayRules: string[];
}

/**
 * Hearth's built-in crisis lines, copied from `shared/data/crisis-lines.json` with their sources
 * and check date by `npm run crisis-lines` (docs/crisis-resources.md says how to update them).
 * The element shows them from `crisis-numbers.json`, the same lines without their sources.
 */
export const crisisLineData = data as CrisisLineData;
