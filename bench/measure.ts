// Shared by the benchmarks: time a function a few times and print rows against a baseline from the same run.
import { performance } from "node:perf_hooks";

export interface Measurement {
  name: string;
  /** Median of the timed runs, in milliseconds. */
  milliseconds: number;
}

export interface MeasureOptions {
  /** Untimed runs first, so the JIT has settled. */
  warmups?: number;
  runs?: number;
}

/** Results are folded in here so that no measured work can be optimised away. */
let sink = 0;

export function measure(name: string, work: () => unknown, options: MeasureOptions = {}): Measurement {
  const { warmups = 2, runs = 7 } = options;
  for (let run = 0; run < warmups; run += 1) {
    consume(work());
  }
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    collectGarbage();
    const start = performance.now();
    consume(work());
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, milliseconds: times[Math.floor(times.length / 2)] ?? Number.NaN };
}

function consume(value: unknown): void {
  sink = (sink + (typeof value === "number" ? value : typeof value === "string" ? value.length : 1)) % 1_000_003;
}

/** Between runs when Node runs with --expose-gc (as bench/run.ts starts it), so one run's garbage is not the next's. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** A table of measurements with each one's ratio to the baseline. */
export function printRows(baseline: Measurement, rows: readonly Measurement[]): void {
  const all = [baseline, ...rows];
  const width = Math.max(...all.map((row) => row.name.length));
  console.log(`${"".padEnd(width)}  ${"median ms".padStart(10)}  ${"x baseline".padStart(10)}`);
  for (const row of all) {
    const ratio = row.milliseconds / baseline.milliseconds;
    console.log(`${row.name.padEnd(width)}  ${row.milliseconds.toFixed(2).padStart(10)}  ${ratio.toFixed(2).padStart(10)}`);
  }
  if (sink === -1) {
    console.log("(unreachable: keeps the results alive)");
  }
}
