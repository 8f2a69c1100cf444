import type { ConfigIssue } from '@hearth/core';

/** The heading level in force for a `heading-level` attribute: a whole number from 2 to 6, else 2. */
export const usedHeadingLevel = (value: number): number => (Number.isInteger(value) && value >= 2 && value <= 6 ? value : 2);

/** The problem with a `heading-level` outside 2–6, as a list (empty when it is fine). */
export const headingLevelIssues = (value: number): ConfigIssue[] =>
  usedHeadingLevel(value) === value ? [] : [{ path: 'heading-level', message: `expected a whole number from 2 to 6, got ${value}` }];
