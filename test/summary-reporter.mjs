import { writeFileSync } from 'node:fs';

/**
 * Counts passed, failed and skipped tests of the component run. Prints the plain line when run on
 * its own; under `npm test` (HEARTH_SUMMARY_FILE set) writes the counts for the combined line.
 */
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      let brokenFiles = 0;
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) brokenFiles++;
      }
      // A test file that failed to load counts as a failure, so it can never pass silently.
      counts.failed += brokenFiles;
      if (process.env.HEARTH_SUMMARY_FILE) writeFileSync(process.env.HEARTH_SUMMARY_FILE, JSON.stringify(counts));
      else console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    },
  };
}
