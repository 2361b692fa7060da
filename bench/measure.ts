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

export function median(values: readonly number[]): number {
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

export interface Retained<T> {
  value: T;
  /** Heap that `value` keeps alive: `heapUsed` after a full collection, with it minus without it. */
  bytes: number;
  /** Wall time of `make`, in milliseconds. */
  milliseconds: number;
}

/**
 * Runs `make` once and measures what its result costs to keep: the heap still used after a full collection, less
 * what was used before. Garbage made on the way does not count, only what survives. Needs `--expose-gc`.
 */
export function retainedHeap<T>(make: () => T): Retained<T> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) {
    throw new Error("retainedHeap needs node --expose-gc (bench/run.ts passes it)");
  }
  gc();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const value = make();
  const milliseconds = performance.now() - start;
  gc();
  const bytes = process.memoryUsage().heapUsed - before;
  return { value, bytes, milliseconds };
}

/** A row of a table: one number, compared with the table's first row. */
export interface Row {
  name: string;
  value: number;
}

export interface Column {
  /** What the numbers are, e.g. "median ms", "req/s", "heap MB". */
  heading: string;
  /** Decimal places of the numbers (ratios always get two). */
  digits?: number;
}

/**
 * A table of rows with each one's ratio to the first, the baseline. Whether a higher ratio is better depends on the
 * column (time and memory: lower; rates: higher), so the caller says which in its heading or notes.
 */
export function printRatios([baseline, ...rows]: readonly Row[], { heading, digits = 2 }: Column): void {
  if (!baseline) {
    return;
  }
  const all = [baseline, ...rows];
  const width = Math.max(...all.map((row) => row.name.length));
  const numbers = all.map((row) => formatNumber(row.value, digits));
  const valueWidth = Math.max(heading.length, 10, ...numbers.map((number) => number.length));
  console.log(`${"".padEnd(width)}  ${heading.padStart(valueWidth)}  ${"x baseline".padStart(10)}`);
  all.forEach((row, index) => {
    const ratio = formatNumber(row.value / baseline.value, 2);
    console.log(`${row.name.padEnd(width)}  ${(numbers[index] ?? "").padStart(valueWidth)}  ${ratio.padStart(10)}`);
  });
  if (sink === -1) {
    console.log("(unreachable: keeps the results alive)");
  }
}

function formatNumber(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "n/a";
}

/** A table of timings with each one's ratio to the first, the baseline. */
export function printRows(measurements: readonly Measurement[]): void {
  printRatios(
    measurements.map(({ name, milliseconds }) => ({ name, value: milliseconds })),
    { heading: "median ms" },
  );
}

export interface AsyncSubject {
  name: string;
  work: () => Promise<unknown>;
  /** Untimed preparation before each timed run (e.g. a write that makes the next call miss a cache). */
  before?: () => Promise<unknown>;
}

export interface AsyncMeasureOptions extends MeasureOptions {
  /**
   * A full collection before every timed run (default). On a large heap one takes about a second, far longer than a
   * request of a few milliseconds whose garbage it would clear: turn it off for those.
   */
  collectGarbage?: boolean;
}

/** `measure` for asynchronous work (an `app.request`): interleaved rounds, each subject's median. */
export async function measureAsync(
  subjects: readonly AsyncSubject[],
  options: AsyncMeasureOptions = {},
): Promise<Measurement[]> {
  const { warmups = 2, rounds = 9, collectGarbage: collect = true } = options;
  const times = subjects.map((): number[] => []);
  for (let round = 0; round < warmups + rounds; round += 1) {
    for (const [index, subject] of subjects.entries()) {
      await subject.before?.();
      if (collect) {
        collectGarbage();
      }
      const start = performance.now();
      consume(await subject.work());
      const elapsed = performance.now() - start;
      if (round >= warmups) {
        times[index]?.push(elapsed);
      }
    }
  }
  return subjects.map((subject, index) => ({ name: subject.name, milliseconds: median(times[index] ?? []) }));
}
