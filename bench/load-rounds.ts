// Shared by the HTTP benchmarks: run load subjects in interleaved rounds and report each one's rate, statuses and
// latency. Any response outside 2xx fails the benchmark, because a rate of error responses measures the wrong thing.
import { type LoadOptions, type LoadResult, runLoad } from "./load-test.ts";
import { median, printRatios } from "./measure.ts";

export interface LoadSubject {
  name: string;
  load: (extent: Pick<LoadOptions, "seconds" | "requests">) => LoadOptions;
}

export type LoadExtent = Pick<LoadOptions, "seconds" | "requests">;

/** Keep-alive connections each HTTP benchmark keeps busy: issue 16 states its aims, p99 included, for 20 clients. */
export const CONNECTIONS = 20;

/**
 * Runs every subject once per round, in turn, with the extent `extentOf` gives it. Interleaving the subjects means a
 * busy moment slows the baseline too, so the ratios stay meaningful.
 */
export async function loadRounds(
  subjects: readonly LoadSubject[],
  rounds: number,
  extentOf: (subject: LoadSubject) => LoadExtent,
): Promise<LoadResult[][]> {
  const results = subjects.map((): LoadResult[] => []);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, subject] of subjects.entries()) {
      results[index]?.push(await runLoad(subject.load(extentOf(subject))));
    }
  }
  return results;
}

/** Prints each subject's median rate as a ratio to the first subject's; returns the rates in subject order. */
export function printRates(subjects: readonly LoadSubject[], results: readonly LoadResult[][]): number[] {
  const rates = subjects.map((subject, index) => ({
    name: subject.name,
    value: median((results[index] ?? []).map((result) => result.requestsPerSecond)),
  }));
  printRatios(rates, { heading: "req/s", digits: 0 });
  return rates.map(({ value }) => value);
}

/** Prints each subject's responses, statuses and latency; sets a failing exit code if any response was not 2xx. */
export function reportResponses(subjects: readonly LoadSubject[], results: readonly LoadResult[][]): void {
  let failed = false;
  for (const [index, subject] of subjects.entries()) {
    const runs = results[index] ?? [];
    const responses = runs.reduce((sum, run) => sum + run.responses, 0);
    const failures = runs.reduce((sum, run) => sum + run.failures, 0);
    const statuses: Record<string, number> = {};
    for (const run of runs) {
      for (const [status, count] of Object.entries(run.statuses)) {
        statuses[status] = (statuses[status] ?? 0) + count;
      }
    }
    const share = responses === 0 ? 1 : failures / responses;
    failed ||= failures > 0 || responses === 0;
    console.log(
      `  ${subject.name}: ${responses} responses ${JSON.stringify(statuses)}, non-2xx or failed ` +
        `${(share * 100).toFixed(2)}%; latency p50 ${median(runs.map((run) => run.latencyP50))} ms, ` +
        `p99 ${median(runs.map((run) => run.latencyP99))} ms`,
    );
  }
  if (failed) {
    console.error("Some responses were not 2xx: the rates above measure errors, not the routes.");
    process.exitCode = 1;
  }
}
