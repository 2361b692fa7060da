// What the request log costs a request, in the same run: the baseline is a sandbox that keeps no log
// (`requestLog: false`), against one with the default log (the last 1,000 requests, 16,384 characters of each body)
// and one that also prints a line per request as `lpkit-sandbox` does (to a sink that drops it). Three requests:
// a statement (small, where a fixed cost shows), a page of 100 participants (~100 KB, which the log cuts to its body
// limit, so the copy of the kept part is paid), and a refused declaration (a body read, and a 422 whose detail the
// log reads).
//
// The aim: at most a few per cent on the page and the declaration, and a few microseconds on the statement.
import { performance } from "node:perf_hooks";
import { createSandbox, type SandboxOptions } from "@lpkit/sandbox";
import { requestPrinter } from "../packages/sandbox/src/cli/request-lines.ts";
import { FROZEN_NOW } from "./frozen-now.ts";
import { median, printRatios } from "./measure.ts";

const REQUESTS_PER_ROUND = 200;
const WARMUPS = 2;
const ROUNDS = 9;
const TOKEN = "ambition-institute";
const ORIGIN = "http://localhost";

const sandboxes: { name: string; options: SandboxOptions }[] = [
  { name: "baseline: no request log (requestLog: false)", options: { requestLog: false } },
  { name: "the request log (default bounds)", options: {} },
  {
    name: "the request log and a line per request",
    options: { onRequest: requestPrinter("text", false, () => undefined) },
  },
];
const subjects = sandboxes.map(({ name, options }) => ({
  name,
  sandbox: createSandbox({ now: FROZEN_NOW, ...options }),
}));

const headers = { authorization: `Bearer ${TOKEN}` };
const first = subjects[0]?.sandbox;
const statements = (await (
  await first?.fetch(new Request(`${ORIGIN}/ecf/api/v3/statements`, { headers }))
)?.json()) as { data: { id: string }[] };
const statementId = statements.data[0]?.id;
if (statementId === undefined) {
  throw new Error(`${TOKEN} has no statements in the seeded world`);
}
const refusedDeclaration = JSON.stringify({
  data: {
    type: "participant-declaration",
    attributes: {
      participant_id: "0b7d2c1e-5f3a-4e8b-9c6d-1a2b3c4d5e6f",
      declaration_type: "started",
      declaration_date: "2025-11-03T10:00:00Z",
      course_identifier: "ecf-induction",
      evidence_held: "training-event-attended",
    },
  },
});

interface Case {
  name: string;
  status: number;
  request: () => Request;
}
const cases: Case[] = [
  {
    name: "GET /statements/{id}",
    status: 200,
    request: () => new Request(`${ORIGIN}/ecf/api/v3/statements/${statementId}`, { headers }),
  },
  {
    name: "GET /participants (page of 100)",
    status: 200,
    request: () => new Request(`${ORIGIN}/ecf/api/v3/participants?page[per_page]=100`, { headers }),
  },
  {
    name: "POST /participant-declarations (a 422)",
    status: 422,
    request: () =>
      new Request(`${ORIGIN}/ecf/api/v3/participant-declarations`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: refusedDeclaration,
      }),
  },
];

/** Microseconds per request: REQUESTS_PER_ROUND requests one after the other, each body read to the end. */
async function timeRound(sandbox: ReturnType<typeof createSandbox>, testCase: Case): Promise<number> {
  const start = performance.now();
  for (let index = 0; index < REQUESTS_PER_ROUND; index += 1) {
    const response = await sandbox.fetch(testCase.request());
    const body = await response.text();
    if (response.status !== testCase.status) {
      throw new Error(`${testCase.name} answered ${response.status}: ${body}`);
    }
  }
  return ((performance.now() - start) * 1000) / REQUESTS_PER_ROUND;
}

for (const testCase of cases) {
  // Interleaved rounds, as bench/measure.ts does, so a busy moment slows the baseline as much as the rest; each
  // round starts with the next subject, so that none always runs right after another's garbage.
  const times = subjects.map((): number[] => []);
  for (let round = 0; round < WARMUPS + ROUNDS; round += 1) {
    for (let turn = 0; turn < subjects.length; turn += 1) {
      const index = (round + turn) % subjects.length;
      const subject = subjects[index] as (typeof subjects)[number];
      (globalThis as { gc?: () => void }).gc?.();
      const microseconds = await timeRound(subject.sandbox, testCase);
      if (round >= WARMUPS) {
        times[index]?.push(microseconds);
      }
    }
  }
  console.log(
    `\n${testCase.name}: median of ${ROUNDS} rounds of ${REQUESTS_PER_ROUND} sequential requests. Lower is better.`,
  );
  printRatios(
    subjects.map((subject, index) => ({ name: subject.name, value: median(times[index] ?? []) })),
    { heading: "µs/request", digits: 1 },
  );
}
// What a full log keeps: the heap a sandbox holds after 1,000 pages of 100 participants, with the log and without.
// Each page is ~100 KB; the log keeps 16,384 characters of each, so the bound is ~16 MB, not ~100 MB.
async function heapAfterPages(sandbox: ReturnType<typeof createSandbox>): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) {
    throw new Error("run me with node --expose-gc (bench/run.ts passes it)");
  }
  const page = cases[1] as Case;
  sandbox.control.clearRequests();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let index = 0; index < 1000; index += 1) {
    await (await sandbox.fetch(page.request())).text();
  }
  gc();
  return process.memoryUsage().heapUsed - before;
}
const [unlogged, logged] = subjects;
if (unlogged !== undefined && logged !== undefined) {
  const withoutLog = await heapAfterPages(unlogged.sandbox);
  const withLog = await heapAfterPages(logged.sandbox);
  const [last] = logged.sandbox.control.requests({ limit: 1 });
  console.log(
    `\nHeap kept after 1,000 pages of 100 participants (${last?.response_body?.truncated ? "each cut" : "kept whole"} ` +
      `to ${last?.response_body?.text.length} characters): ${(withLog / 2 ** 20).toFixed(1)} MiB with the log, ` +
      `${(withoutLog / 2 ** 20).toFixed(1)} MiB without.`,
  );
}
