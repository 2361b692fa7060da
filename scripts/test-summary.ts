// Prints vitest's totals as one plain line ("N passed, N failed, N skipped") after the run, so that a CI log
// reader that knows nothing of vitest can still tell how many tests ran.
import { readFileSync } from "node:fs";

interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const report = JSON.parse(readFileSync(process.argv[2] ?? ".lpkit/vitest.json", "utf8")) as VitestJsonReport;
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
