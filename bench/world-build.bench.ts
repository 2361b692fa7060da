// Time and memory to build the sandbox's seeded world: the default world, and one with 100,000 more participants
// (`createSandbox({ size: 100_000 })`, the load-test world). Every build runs in a fresh process (build-world.ts),
// cold, as `lpkit-sandbox` starts, with the clock frozen at FROZEN_NOW so that every run builds the same world.
// Memory is the heap the built sandbox keeps alive after a full collection; with a frozen clock that includes the copy
// of the world's data it keeps for resetting to the same seed and instant without rebuilding.
//
// Baselines:
// - default world: JSON.parse of the built world's data, in the same process. That is the same records as plain
//   objects, made the cheapest way there is, so the ratio is what replaying the seeded history through the engine's
//   rules (and keeping the indexes and the copy for a fast reset) costs on top of holding the data at all.
// - 100k world: the default world's build. Against the number of participants (the "x participants" in the heading)
//   the ratio says whether building scales linearly.
//
// For the 100k world it also prints, against issue 16's aims (built in under 10 s, under 1 GB of RSS), the build's peak
// RSS and its CPU time (the wall time on a loaded machine is mostly other work), and the first GET /__sandbox/world on
// it: its time, and how far it pushes the peak RSS beside the length of the world's JSON, which a digest of one
// string of the whole world would need on top.
//
// The 100k world takes 15 to 40 s on a 2-core machine shared with other work. It is stopped after BUILD_LIMIT_SECONDS
// (BENCH_BUILD_LIMIT_SECONDS=0 in the environment waits for it however long it takes) and then reported as a lower
// bound, with the share of its history replayed by then.
import { fork } from "node:child_process";
import { join } from "node:path";
import type { BuildMessage, BuildProgress, BuildReport } from "./build-world.ts";
import { FROZEN_NOW } from "./frozen-now.ts";
import { median, printRatios } from "./measure.ts";

const LARGE_SIZE = 100_000;
/** Issue 16's aims for the 100k world: built in under 10 s, under 1 GB of RSS at its peak. */
const AIM_BUILD_MS = 10_000;
const AIM_PEAK_RSS_MIB = 1024;
const DEFAULT_RUNS = 3;
const BUILD_LIMIT_SECONDS = Number(process.env.BENCH_BUILD_LIMIT_SECONDS ?? "45");
const MIB = 1024 * 1024;

interface BuildOutcome {
  report: BuildReport | undefined;
  /** The first and the last progress reported, with when (ms after the start): where a stopped build had got to. */
  firstProgress: { at: number; progress: BuildProgress } | undefined;
  lastProgress: { at: number; progress: BuildProgress } | undefined;
  milliseconds: number;
}

function buildWorld(size: number, options: { limitSeconds: number; withBaseline: boolean }): Promise<BuildOutcome> {
  const { limitSeconds, withBaseline } = options;
  const args = withBaseline ? [String(size), "with-baseline"] : [String(size)];
  const child = fork(join(import.meta.dirname, "build-world.ts"), args, {
    // Headroom above Node's default heap limit, for larger worlds.
    execArgv: ["--expose-gc", "--max-old-space-size=8192"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const start = performance.now();
  let report: BuildReport | undefined;
  let firstProgress: BuildOutcome["firstProgress"];
  let lastProgress: BuildOutcome["lastProgress"];
  child.on("message", (message: BuildMessage) => {
    if (message.kind === "report") {
      report = message;
    } else {
      lastProgress = { at: performance.now() - start, progress: message };
      firstProgress ??= lastProgress;
    }
  });
  const timer = limitSeconds > 0 ? setTimeout(() => child.kill(), limitSeconds * 1000) : undefined;
  return new Promise((resolve, reject) => {
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      const milliseconds = performance.now() - start;
      if (report === undefined && signal === null) {
        reject(new Error(`building a world of size ${size} failed (exit code ${code})`));
        return;
      }
      resolve({ report, firstProgress, lastProgress, milliseconds });
    });
  });
}

const mib = (bytes: number) => bytes / MIB;

/**
 * How long a stopped build would have taken, from the pace of its replay: the history is planned first (no progress
 * meanwhile), then replayed at a fairly steady rate of events.
 */
function estimate({ firstProgress, lastProgress }: BuildOutcome): string {
  if (firstProgress === undefined || lastProgress === undefined || lastProgress.at <= firstProgress.at) {
    return "";
  }
  const { done, total } = lastProgress.progress;
  const perEvent = (lastProgress.at - firstProgress.at) / (done - firstProgress.progress.done);
  const seconds = (lastProgress.at + (total - done) * perEvent) / 1000;
  return ` (planning took ${(firstProgress.at / 1000).toFixed(0)} s; at the pace of the replay, the whole build takes about ${seconds.toFixed(0)} s)`;
}
const thousands = (value: number) => value.toLocaleString("en-GB");

// Default world: a few cold builds, the median of each measure.
const defaultReports: BuildReport[] = [];
for (let run = 0; run < DEFAULT_RUNS; run += 1) {
  const { report } = await buildWorld(0, { limitSeconds: 0, withBaseline: true });
  if (report !== undefined) {
    defaultReports.push(report);
  }
}
const standard = defaultReports[0];
if (standard === undefined) {
  throw new Error("the default world was not built");
}
const medianOf = (pick: (report: BuildReport) => number | undefined) =>
  median(defaultReports.map((report) => pick(report) ?? Number.NaN));
const standardBuild = {
  ms: medianOf((report) => report.buildMilliseconds),
  cpuMs: medianOf((report) => report.buildCpuMilliseconds),
  bytes: medianOf((r) => r.buildBytes),
  peakRss: medianOf((r) => r.buildPeakRss),
  digestMs: medianOf((r) => r.digest.milliseconds),
};
const standardParticipants = standard.counts.teachers ?? 0;

console.log(
  `Default world: ${thousands(standardParticipants)} participants, ${thousands(standard.counts.declarations ?? 0)} ` +
    `declarations, ${thousands(standard.counts.statements ?? 0)} statements; ` +
    `${mib(standard.parse?.jsonBytes ?? Number.NaN).toFixed(1)} MiB as JSON. now = ${FROZEN_NOW} (frozen); ` +
    `median of ${defaultReports.length} cold builds. Lower is better; the aim is well under 1,000 ms.`,
);
printRatios(
  [
    { name: "baseline: JSON.parse of the world's data", value: medianOf((report) => report.parse?.milliseconds) },
    { name: "createSandbox({ now })", value: standardBuild.ms },
  ],
  { heading: "ms", digits: 1 },
);
printRatios(
  [
    { name: "baseline: JSON.parse of the world's data", value: mib(medianOf((report) => report.parse?.bytes)) },
    { name: "createSandbox({ now })", value: mib(standardBuild.bytes) },
  ],
  { heading: "heap MiB", digits: 1 },
);

// The 100k world: once, within the time limit.
const large = await buildWorld(LARGE_SIZE, { limitSeconds: BUILD_LIMIT_SECONDS, withBaseline: false });
const largeParticipants = large.report?.counts.teachers ?? standardParticipants + LARGE_SIZE;
const participantRatio = largeParticipants / Math.max(standardParticipants, 1);
const largeName = `createSandbox({ now, size: ${LARGE_SIZE} })`;
console.log(
  `\n${thousands(LARGE_SIZE)} more participants: ${thousands(largeParticipants)} participants, ` +
    `x${participantRatio.toFixed(0)} the default world's, so a ratio near ${participantRatio.toFixed(0)} is linear.`,
);
const stopped = large.report === undefined;
if (stopped) {
  const { done = 0, total = 0 } = large.lastProgress?.progress ?? {};
  console.log(
    `Stopped at the ${BUILD_LIMIT_SECONDS} s limit with ${((done / Math.max(total, 1)) * 100).toFixed(0)}% of its ` +
      `${thousands(total)} events replayed${estimate(large)}. The numbers below are lower bounds (heap: in use when ` +
      "stopped, garbage included); BENCH_BUILD_LIMIT_SECONDS=0 pnpm bench world-build waits for the whole build.",
  );
}
const largeRow = stopped ? `${largeName}, stopped` : largeName;
const baselineRow = "baseline: createSandbox({ now }), the default world";
printRatios(
  [
    { name: baselineRow, value: standardBuild.ms },
    { name: largeRow, value: large.report?.buildMilliseconds ?? large.milliseconds },
  ],
  { heading: "ms", digits: 0 },
);
printRatios(
  [
    { name: baselineRow, value: mib(standardBuild.bytes) },
    { name: largeRow, value: mib(large.report?.buildBytes ?? large.lastProgress?.progress.heapUsed ?? Number.NaN) },
  ],
  { heading: "heap MiB", digits: 1 },
);

printRatios(
  [
    { name: `${baselineRow}, CPU time`, value: standardBuild.cpuMs },
    { name: `${largeRow}, CPU time`, value: large.report?.buildCpuMilliseconds ?? Number.NaN },
  ],
  { heading: "CPU ms", digits: 0 },
);
// Against the aims: the peak RSS of the whole build process (module loading included, as when `lpkit-sandbox`
// starts), and the time again, with the aims beside them.
const largePeakRss = large.report?.buildPeakRss;
printRatios(
  [
    { name: baselineRow, value: mib(standardBuild.peakRss) },
    { name: largeRow, value: mib(largePeakRss ?? Number.NaN) },
  ],
  { heading: "peak RSS MiB", digits: 0 },
);
const largeMs = large.report?.buildMilliseconds ?? large.milliseconds;
const verdict = (met: boolean) => (met ? "met" : "NOT met");
console.log(
  `  aims: built in < ${thousands(AIM_BUILD_MS)} ms (${thousands(Math.round(largeMs))} ms: ` +
    `${verdict(!stopped && largeMs < AIM_BUILD_MS)}); peak RSS < ${thousands(AIM_PEAK_RSS_MIB)} MiB ` +
    `(${largePeakRss === undefined ? "n/a" : `${mib(largePeakRss).toFixed(0)} MiB`}: ` +
    `${verdict(largePeakRss !== undefined && mib(largePeakRss) < AIM_PEAK_RSS_MIB)}). CPU time is the build's own ` +
    "(user + system, the collector's threads included, so it can exceed the wall time); wall time well above it " +
    "is the machine's other work.",
);

// GET /__sandbox/world, the first request on each built world: its time, and how far it pushes the peak RSS, against
// the length of the world's JSON, which a digest of the world as one string would need on top (the digest is folded
// table by table, a batch of rows at a time).
if (large.report !== undefined) {
  const { digest } = large.report;
  const digestRow = `GET /__sandbox/world on the ${thousands(LARGE_SIZE)} world`;
  console.log(`\nGET /__sandbox/world, first request (the digest is computed, then kept until the next write):`);
  printRatios(
    [
      { name: "baseline: GET /__sandbox/world on the default world", value: standardBuild.digestMs },
      { name: digestRow, value: digest.milliseconds },
    ],
    { heading: "ms", digits: 0 },
  );
  printRatios(
    [
      { name: `baseline: the ${thousands(LARGE_SIZE)} world's data as JSON`, value: mib(digest.jsonBytes) },
      { name: `${digestRow}: peak RSS growth`, value: mib(digest.peakRssGrowth ?? Number.NaN) },
    ],
    { heading: "MiB", digits: 1 },
  );
}
