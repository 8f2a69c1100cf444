/**
 * What `<hearth-crisis-resources>` needs of the checked crisis lines: per region the emergency
 * numbers and the lines, without the sources they were checked against (those stay in
 * crisis-lines.json). Shared by scripts/crisis-lines.mjs and test/crisis-data.test.ts.
 * @param {{ regions: Record<string, { emergencySources?: string[], lines: { sources?: string[] }[] }> }} data
 */
export function crisisNumbers(data) {
  return Object.fromEntries(
    Object.entries(data.regions).map(([region, { emergencySources: _sources, lines, ...numbers }]) => [
      region,
      { ...numbers, lines: lines.map(({ sources: _lineSources, ...line }) => line) },
    ]),
  );
}
