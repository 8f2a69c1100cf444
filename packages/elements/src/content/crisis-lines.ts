import type { CrisisLine } from '@hearth/core';

import data, { regions } from './crisis-lines.json';

/** A built-in line: a `CrisisLine` with the public pages it was checked against. */
export interface SourcedCrisisLine extends CrisisLine {
  sources: string[];
}

export interface RegionCrisisLines {
  emergency: string;
  emergencyAlso?: string[];
  lines: SourcedCrisisLine[];
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
 * and check date (docs/crisis-resources.md says how to update them). Bundled with the element,
 * not loaded on demand: crisis information must show even when the network does not.
 */
export const crisisLineData = data as CrisisLineData;

/**
 * The built-in lines by region: all the element uses. Imported by name, so the data's notes (when
 * and how the lines were checked, the display rules) stay out of the element's module; each
 * line keeps its sources (nested, so a bundler cannot leave them out).
 */
export const builtInRegions: Record<string, RegionCrisisLines> = regions;
