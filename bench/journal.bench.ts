// The journal's cost (docs/decisions/sandbox-command-journal.md):
//
// 1. Write throughput with `data` (every accepted write committed to a SQLite file before it is answered) against
//    the same sandbox in memory only, measured in the same run: the aim is at least half. The writes are control
//    fixtures (`POST /__sandbox/schools`), one at a time through `sandbox.fetch`: the cheapest write there is, with no
//    network in between, so the journal's share of each write is as large as it gets.
// 2. Start-up from a data file of JOURNAL_ENTRIES entries, with a snapshot every 1,000 (the default) and with none,
//    against building the seeded world alone (a sandbox without a file): the aim is under 3 s with snapshots. The
//    journal is nine clock moves to one school fixture: a fixture's default name counts the schools, so a journal
//    of schools alone would take minutes to write, and clock moves still make replay read and apply every entry.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSandbox, type Sandbox } from "@lpkit/sandbox";
import { FROZEN_NOW } from "./frozen-now.ts";
import { median, printRatios } from "./measure.ts";

const WRITES = Number(process.env.BENCH_JOURNAL_WRITES ?? "2000");
const ROUNDS = 3;
const JOURNAL_ENTRIES = Number(process.env.BENCH_JOURNAL_ENTRIES ?? "100000");

const folder = mkdtempSync(join(tmpdir(), "lpkit-journal-bench-"));
let files = 0;
const newFile = () => join(folder, `bench-${++files}.sqlite`);

async function writeSchools(sandbox: Sandbox, count: number, prefix: string): Promise<void> {
  for (let index = 0; index < count; index++) {
    const response = await sandbox.fetch(
      new Request("http://localhost/__sandbox/schools", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: `${prefix} ${index}` }),
      }),
    );
    if (response.status !== 201) {
      throw new Error(`POST /__sandbox/schools answered ${response.status}: ${await response.text()}`);
    }
    await response.arrayBuffer();
  }
}

/** `count` entries: a school fixture every tenth, clock moves (a second on each time) between. */
async function writeMix(sandbox: Sandbox, count: number): Promise<void> {
  const start = Date.parse(FROZEN_NOW);
  for (let index = 0; index < count; index++) {
    if (index % 10 === 0) {
      await writeSchools(sandbox, 1, `Mixed ${index}`);
      continue;
    }
    const response = await sandbox.fetch(
      new Request("http://localhost/__sandbox/clock", {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ now: new Date(start + index * 1000).toISOString() }),
      }),
    );
    if (response.status !== 200) {
      throw new Error(`PUT /__sandbox/clock answered ${response.status}`);
    }
    await response.arrayBuffer();
  }
}

async function writesPerSecond(options: { data?: string }): Promise<number> {
  const sandbox = createSandbox({ now: FROZEN_NOW, ...options });
  await writeSchools(sandbox, 200, "Warm-up");
  const start = performance.now();
  await writeSchools(sandbox, WRITES, "School");
  return (WRITES / (performance.now() - start)) * 1000;
}

function startUpMilliseconds(options: { data?: string; snapshotEvery?: number }): number {
  const start = performance.now();
  createSandbox({ now: FROZEN_NOW, ...options });
  return performance.now() - start;
}

try {
  const memory: number[] = [];
  const data: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    memory.push(await writesPerSecond({}));
    data.push(await writesPerSecond({ data: newFile() }));
  }
  console.log(`Write throughput, ${WRITES} control fixtures one at a time (median of ${ROUNDS}; aim: at least 0.50)\n`);
  printRatios(
    [
      { name: "memory only", value: median(memory) },
      { name: "--data (SQLite, committed per write)", value: median(data) },
    ],
    { heading: "writes/s", digits: 0 },
  );

  const withSnapshots = newFile();
  const withoutSnapshots = newFile();
  for (const [file, snapshotEvery] of [
    [withSnapshots, undefined],
    [withoutSnapshots, JOURNAL_ENTRIES * 10],
  ] as const) {
    const sandbox = createSandbox({ now: FROZEN_NOW, data: file, snapshotEvery });
    await writeMix(sandbox, JOURNAL_ENTRIES);
  }
  console.log(
    `\nStart-up from a journal of ${JOURNAL_ENTRIES.toLocaleString("en-GB")} entries (aim: under 3,000 ms with snapshots)\n`,
  );
  printRatios(
    [
      { name: "seeded world, no file", value: median([0, 1, 2].map(() => startUpMilliseconds({}))) },
      {
        name: "--data, a snapshot every 1,000",
        value: median([0, 1, 2].map(() => startUpMilliseconds({ data: withSnapshots }))),
      },
      {
        name: "--data, no snapshot",
        value: startUpMilliseconds({ data: withoutSnapshots, snapshotEvery: JOURNAL_ENTRIES * 10 }),
      },
    ],
    { heading: "ms", digits: 0 },
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
