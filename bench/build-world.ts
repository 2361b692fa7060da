// One world build of world-build.bench.ts, in a fresh process so that it starts cold (as `lpkit-sandbox` does) and
// no earlier build's heap is counted: `node --expose-gc build-world.ts <extra participants> [with-baseline]`, with an
// IPC channel. Reports progress while it builds, then the build's time and heap, and with `with-baseline` the
// baseline's: JSON.parse of the built world's data, i.e. the same records as plain objects, made the cheapest way.
import { TABLE_NAMES, worldData } from "@lpkit/engine/internal";
import { createSandbox } from "@lpkit/sandbox";
// The engine-side state behind the control API, which the package does not export: the world measured.
import { internalControl } from "../packages/sandbox/src/create-sandbox.ts";
import { FROZEN_NOW } from "./frozen-now.ts";
import { measure, retainedHeap } from "./measure.ts";
import { peakRss, resetPeakRss } from "./peak-rss.ts";

export interface BuildProgress {
  kind: "progress";
  /** Events of the seeded history replayed so far, of `total`. */
  done: number;
  total: number;
  heapUsed: number;
}

export interface BuildReport {
  kind: "report";
  buildMilliseconds: number;
  /** CPU time of the build, user + system, of every thread (V8 collects and compiles beside the main one). */
  buildCpuMilliseconds: number;
  /** Heap the sandbox keeps alive once built. */
  buildBytes: number;
  /** The process's peak RSS by the end of the build (module loading included, as when `lpkit-sandbox` starts). */
  buildPeakRss: number;
  /** The first `GET /__sandbox/world` on the built world. */
  digest: WorldDigestReport;
  /** The baseline; null when not asked for, or when the world's data is too big for one JSON string. */
  parse: { milliseconds: number; bytes: number; jsonBytes: number } | null;
  counts: Record<string, number>;
}

interface WorldDigestReport {
  milliseconds: number;
  /**
   * How far the request pushed the peak RSS above the RSS before it (null where the peak cannot be reset). A digest
   * of the world's JSON built as one string would need at least `jsonBytes` more.
   */
  peakRssGrowth: number | null;
  /** The world's data as JSON, in bytes, measured a table at a time. */
  jsonBytes: number;
}

export type BuildMessage = BuildProgress | BuildReport;

const PROGRESS_INTERVAL_MS = 250;

function send(message: BuildMessage, sent?: () => void): void {
  process.send?.(message, undefined, {}, sent);
}

if (process.send === undefined) {
  throw new Error("build-world: run me with child_process.fork, which opens the IPC channel I report on");
}
const size = Number(process.argv[2] ?? "0");
const withBaseline = process.argv[3] === "with-baseline";
let lastProgress = 0;
const cpuBefore = process.cpuUsage();
const built = retainedHeap(() =>
  createSandbox({
    now: FROZEN_NOW,
    size,
    onProgress: ({ done, total }) => {
      const now = performance.now();
      if (now - lastProgress >= PROGRESS_INTERVAL_MS) {
        lastProgress = now;
        send({ kind: "progress", done, total, heapUsed: process.memoryUsage().heapUsed });
      }
    },
  }),
);
const buildCpu = process.cpuUsage(cpuBefore);
const buildPeakRss = peakRss();
const world = internalControl(built.value).state.world;

/** The length of the world's JSON, one table at a time (a 100,000-participant world is too long for one string). */
function worldJsonBytes(): number {
  const data = worldData(world) as unknown as Record<string, unknown>;
  // `{"name":table,...}`: the braces, a comma between tables, and each name and table.
  let bytes = 2 + Math.max(0, Object.keys(data).length - 1);
  for (const [name, table] of Object.entries(data)) {
    bytes += Buffer.byteLength(`${JSON.stringify(name)}:${JSON.stringify(table)}`);
  }
  return bytes;
}

/** The first `GET /__sandbox/world`: its time, and how far it pushed the peak RSS (after a full collection). */
async function digestReport(): Promise<WorldDigestReport> {
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  const resettable = resetPeakRss();
  const start = performance.now();
  const response = await built.value.fetch(new Request("http://localhost/__sandbox/world"));
  const text = await response.text();
  const milliseconds = performance.now() - start;
  const peakRssGrowth = resettable ? Math.max(0, peakRss() - rssBefore) : null;
  if (response.status !== 200) {
    throw new Error(`GET /__sandbox/world answered ${response.status}: ${text}`);
  }
  return { milliseconds, peakRssGrowth, jsonBytes: worldJsonBytes() };
}
const digest = await digestReport();

/** JSON.parse of the world's data: its time (median of a few, as it is short and starts warm) and heap. */
function parseBaseline(): BuildReport["parse"] {
  let json: string;
  try {
    json = JSON.stringify(worldData(world));
  } catch (error) {
    if (error instanceof RangeError) {
      return null; // Longer than a string can be.
    }
    throw error;
  }
  const once = retainedHeap(() => JSON.parse(json) as unknown);
  // A short parse is timed a few more times, for a steadier median; a long one (a big world) is steady already.
  const [time] =
    once.milliseconds < 200 ? measure([{ name: "JSON.parse", work: () => JSON.parse(json) }], { rounds: 5 }) : [once];
  return { milliseconds: time?.milliseconds ?? Number.NaN, bytes: once.bytes, jsonBytes: Buffer.byteLength(json) };
}

const counts = Object.fromEntries(TABLE_NAMES.map((table) => [table, Object.keys(world[table]).length]));
send(
  {
    kind: "report",
    buildMilliseconds: built.milliseconds,
    buildCpuMilliseconds: (buildCpu.user + buildCpu.system) / 1000,
    buildBytes: built.bytes,
    buildPeakRss,
    digest,
    parse: withBaseline ? parseBaseline() : null,
    counts,
  },
  () => process.disconnect(),
);
