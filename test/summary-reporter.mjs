import { writeFileSync } from 'node:fs';

/**
 * Counts passed, failed and skipped tests of the component run. Prints the plain line when run on
 * its own; under `npm test` (HEARTH_SUMMARY_FILE set) writes the counts for the combined line, with
 * each failed test's file, name and first line of its error, so the run's last lines name them.
 */
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
      const cwd = process.cwd();
      const walk = (suite, file, names) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else {
            counts.failed++;
            counts.failures.push({ file, name: [...names, test.name].join(' › '), message: firstLine(test.error?.message) });
          }
        }
        for (const child of suite.suites ?? []) walk(child, file, [...names, child.name]);
      };
      for (const session of sessions) {
        const file = session.testFile.startsWith(cwd) ? session.testFile.slice(cwd.length + 1) : session.testFile;
        if (session.testResults) walk(session.testResults, file, []);
        // A test file that failed to load counts as a failure, so it can never pass silently.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          counts.failed++;
          counts.failures.push({ file, name: '(the file itself)', message: firstLine(session.errors[0]?.message) });
        }
      }
      if (process.env.HEARTH_SUMMARY_FILE) writeFileSync(process.env.HEARTH_SUMMARY_FILE, JSON.stringify(counts));
      else console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    },
  };
}

/** An error's first line, short enough for the run's closing summary. */
function firstLine(message) {
  const line = String(message ?? '').split('\n')[0];
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
