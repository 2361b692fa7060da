// Shared by the benchmarks: time subjects in interleaved rounds; print each as a ratio to a baseline of the same run.
import { performance } from "node:perf_hooks";

export interface Measurement {
  name: string;
  /** Median of the timed runs, in milliseconds. */
  milliseconds: number;
}

export interface MeasureOptions {
  /** Untimed rounds first, so the JIT has settled. */
  warmups?: number;
  rounds?: number;
}

export interface Subject {
  name: string;
  work: () => unknown;
}

/** Results are folded in here so that no measured work can be optimised away. */
let sink = 0;

/**
 * Times every subject once per round, in turn, and keeps each one's median. Interleaving the subjects means a busy
 * moment on the machine slows the baseline as much as what is compared with it, so the ratios stay meaningful.
 */
export function measure(subjects: readonly Subject[], options: MeasureOptions = {}): Measurement[] {
  const { warmups = 2, rounds = 9 } = options;
  const times = subjects.map((): number[] => []);
  for (let round = 0; round < warmups + rounds; round += 1) {
    subjects.forEach((subject, index) => {
      collectGarbage();
      const start = performance.now();
      consume(subject.work());
      const elapsed = performance.now() - start;
      if (round >= warmups) {
        times[index]?.push(elapsed);
      }
    });
  }
  return subjects.map((subject, index) => ({ name: subject.name, milliseconds: median(times[index] ?? []) }));
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function consume(value: unknown): void {
  sink = (sink + (typeof value === "number" ? value : typeof value === "string" ? value.length : 1)) % 1_000_003;
}

/** Between runs when Node runs with --expose-gc (as bench/run.ts starts it), so one run's garbage is not the next's. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** A table of measurements with each one's ratio to the first, the baseline. */
export function printRows([baseline, ...rows]: readonly Measurement[]): void {
  if (!baseline) {
    return;
  }
  const all = [baseline, ...rows];
  const width = Math.max(...all.map((row) => row.name.length));
  console.log(`${"".padEnd(width)}  ${"median ms".padStart(10)}  ${"x baseline".padStart(10)}`);
  for (const row of all) {
    const ratio = row.milliseconds / baseline.milliseconds;
    console.log(
      `${row.name.padEnd(width)}  ${row.milliseconds.toFixed(2).padStart(10)}  ${ratio.toFixed(2).padStart(10)}`,
    );
  }
  if (sink === -1) {
    console.log("(unreachable: keeps the results alive)");
  }
}
