// The process's peak resident set size, and on Linux a way to start counting it afresh, so that a benchmark can say
// how much one step (say, answering a request) pushed memory up, not just the highest it has been since starting.
import { readFileSync, writeFileSync } from "node:fs";

const KIB = 1024;

/**
 * Resets the peak to the current RSS (Linux: writing 5 to /proc/self/clear_refs). False where that is not possible,
 * and then `peakRss` keeps counting from the start of the process.
 */
export function resetPeakRss(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

/** The peak RSS in bytes: since the last `resetPeakRss` on Linux (VmHWM), else since the process started. */
export function peakRss(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (match?.[1] !== undefined) {
      return Number(match[1]) * KIB;
    }
  } catch {
    // Not Linux: fall through to what Node reports.
  }
  return process.resourceUsage().maxRSS * KIB;
}
