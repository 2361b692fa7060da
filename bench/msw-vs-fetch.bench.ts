// What a request costs through @lpkit/sandbox/msw next to the sandbox app called directly, in the same run. The
// baseline is `sandbox.fetch(request)` (Hono's `app.fetch`, no MSW). Then the same request through the MSW handlers
// without interception (msw's `getResponse`: handler matching, the URL rewrite and the body copy), which is the
// adapter's own cost; and through the global `fetch` that `setupServer` intercepts, which is what a provider's test
// pays. The last row is MSW alone: the intercepted `fetch` of a handler that answers "ok" at once, so the gap
// between the last two rows is the sandbox's share of an intercepted request. Two requests: a small one (a
// statement) where overheads show, and a page of 100 participants where the sandbox's own work dominates.
//
// The aim: the adapter (row 2) adds a fixed cost of under 0.1 ms over app.fetch, a small ratio on the page
// of participants; what interception costs is MSW's own, and the last row shows it.
import { performance } from "node:perf_hooks";
import { createSandbox } from "@lpkit/sandbox";
import { createSandboxHandlers, ECF_SANDBOX_BASE_URL } from "@lpkit/sandbox/msw";
import { getResponse, http } from "msw";
import { setupServer } from "msw/node";
import { FROZEN_NOW } from "./frozen-now.ts";
import { median, printRatios } from "./measure.ts";

const REQUESTS_PER_ROUND = 200;
const WARMUPS = 2;
const ROUNDS = 9;
const TOKEN = "ambition-institute";

// Two sandboxes over the same seed and clock: one called directly, one behind the handlers. Reads only, so both
// answer the same bytes throughout.
const direct = createSandbox({ now: FROZEN_NOW });
const { handlers } = createSandboxHandlers({ now: FROZEN_NOW });
// The bare handler answers its own origin, so it never competes with the sandbox's.
const BARE_URL = "https://bare.test/ok";
const server = setupServer(
  ...handlers,
  http.get(BARE_URL, () => new Response("ok")),
);
server.listen({ onUnhandledFrame: "error" });

const headers = { authorization: `Bearer ${TOKEN}` };
const statements = (await (
  await direct.fetch(new Request("http://localhost/ecf/api/v3/statements", { headers }))
).json()) as { data: { id: string }[] };
const statementId = statements.data[0]?.id;
if (statementId === undefined) {
  throw new Error(`${TOKEN} has no statements in the seeded world`);
}

interface Case {
  name: string;
  path: string;
}
const cases: Case[] = [
  { name: "GET /statements/{id}", path: `/api/v3/statements/${statementId}` },
  { name: "GET /participants (page of 100)", path: "/api/v3/participants?page[per_page]=100" },
];

interface Subject {
  name: string;
  request: (path: string) => Promise<Response>;
}
const subjects: Subject[] = [
  {
    name: "baseline: sandbox.fetch (app.fetch)",
    request: (path) => direct.fetch(new Request(`http://localhost/ecf${path}`, { headers })),
  },
  {
    name: "MSW handlers, no interception (getResponse)",
    request: async (path) => {
      const response = await getResponse(handlers, new Request(`${ECF_SANDBOX_BASE_URL}${path}`, { headers }));
      if (response === undefined) {
        throw new Error(`no handler answered ${path}`);
      }
      return response;
    },
  },
  {
    name: "global fetch intercepted by setupServer",
    request: (path) => fetch(`${ECF_SANDBOX_BASE_URL}${path}`, { headers }),
  },
  {
    name: "MSW alone: intercepted fetch answered 'ok'",
    request: () => fetch(BARE_URL),
  },
];

/** Microseconds per request: REQUESTS_PER_ROUND requests one after the other, each body read to the end. */
async function timeRound(subject: Subject, path: string): Promise<number> {
  const start = performance.now();
  for (let index = 0; index < REQUESTS_PER_ROUND; index += 1) {
    const response = await subject.request(path);
    const body = await response.text();
    if (response.status !== 200) {
      throw new Error(`${subject.name}: ${path} answered ${response.status}: ${body}`);
    }
  }
  return ((performance.now() - start) * 1000) / REQUESTS_PER_ROUND;
}

try {
  for (const { name, path } of cases) {
    // Interleaved rounds, as bench/measure.ts does, so a busy moment slows the baseline as much as the rest.
    const times = subjects.map((): number[] => []);
    for (let round = 0; round < WARMUPS + ROUNDS; round += 1) {
      for (const [index, subject] of subjects.entries()) {
        (globalThis as { gc?: () => void }).gc?.();
        const microseconds = await timeRound(subject, path);
        if (round >= WARMUPS) {
          times[index]?.push(microseconds);
        }
      }
    }
    console.log(`\n${name}: median of ${ROUNDS} rounds of ${REQUESTS_PER_ROUND} sequential requests. Lower is better.`);
    printRatios(
      subjects.map((subject, index) => ({ name: subject.name, value: median(times[index] ?? []) })),
      { heading: "µs/request", digits: 1 },
    );
  }
} finally {
  server.close();
}
