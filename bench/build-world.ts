// One world build of world-build.bench.ts, in a fresh process so that it starts cold (as `lpkit-sandbox` does) and
// no earlier build's heap is counted: `node --expose-gc build-world.ts <extra participants>`, with an IPC channel.
// Reports progress while it builds, then the build's time and heap, and the baseline's: JSON.parse of the built
// world's data, i.e. the same records as plain objects made by the cheapest means there is.
import { TABLE_NAMES, worldData } from "@lpkit/engine";
import { createSandbox } from "@lpkit/sandbox";
import { FROZEN_NOW } from "./frozen-now.ts";
import { measure, retainedHeap } from "./measure.ts";

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
  /** Heap the sandbox keeps alive once built. */
  buildBytes: number;
  parseMilliseconds: number;
  parseBytes: number;
  jsonBytes: number;
  counts: Record<string, number>;
}

export type BuildMessage = BuildProgress | BuildReport;

const PROGRESS_INTERVAL_MS = 250;

function send(message: BuildMessage): void {
  process.send?.(message);
}

if (process.send === undefined) {
  throw new Error("build-world: run me with child_process.fork, which opens the IPC channel I report on");
}
const size = Number(process.argv[2] ?? "0");
let lastProgress = 0;
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
const world = built.value.control.state.world;
const json = JSON.stringify(worldData(world));
const parsed = retainedHeap(() => JSON.parse(json) as unknown);
const [parseTime] = measure([{ name: "JSON.parse", work: () => JSON.parse(json) }], { warmups: 1, rounds: 5 });
const counts = Object.fromEntries(TABLE_NAMES.map((table) => [table, Object.keys(world[table]).length]));
send({
  kind: "report",
  buildMilliseconds: built.milliseconds,
  buildBytes: built.bytes,
  parseMilliseconds: parseTime?.milliseconds ?? parsed.milliseconds,
  parseBytes: parsed.bytes,
  jsonBytes: Buffer.byteLength(json),
  counts,
});
process.disconnect();
