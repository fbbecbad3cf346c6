// Counts the runner's own results and writes them where test/run.mjs reads them,
// so the closing "N passed, N failed" line is never typed in by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

/** @param {{ file: string }} options */
export function totalsReporter({ file }) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length, failedFiles: [] };
      for (const session of sessions) {
        const before = totals.failed;
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test has no failing test of its own.
        if (!session.passed && totals.failed === before) totals.failed += 1;
        if (!session.passed) totals.failedFiles.push(session.testFile);
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
