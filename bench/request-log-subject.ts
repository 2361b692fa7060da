// One sandbox of the request-log benchmark (request-log.bench.ts), in a process of its own so that the sandboxes
// compared share no heap, JIT state or garbage:
//
//   node request-log-subject.ts off     no request log (`requestLog: false`): the baseline
//   node request-log-subject.ts log     the request log with its default bounds
//   node request-log-subject.ts print   the log, and a line per request printed as lpkit-sandbox does (to a sink)
//
// The parent sends a `SubjectCommand` over IPC; the child answers a `SubjectReply`.
import { createSandbox, type SandboxOptions } from "@lpkit/sandbox";
import { requestPrinter } from "../packages/sandbox/src/cli/request-lines.ts";
import { internalControl } from "../packages/sandbox/src/create-sandbox.ts";
import { FROZEN_NOW } from "./frozen-now.ts";

export type LogVariant = "off" | "log" | "print";
export type CaseName = "statement" | "page" | "refused";

export type SubjectCommand =
  | { readonly kind: "round"; readonly case: CaseName; readonly requests: number }
  | { readonly kind: "heap"; readonly pages: number };

export type SubjectReply =
  | { readonly kind: "ready" }
  | { readonly kind: "round"; readonly cpuMicroseconds: number }
  | { readonly kind: "heap"; readonly bytes: number; readonly keptCharacters: number | undefined };

const OPTIONS: Record<LogVariant, SandboxOptions> = {
  off: { requestLog: false },
  log: {},
  print: { onRequest: requestPrinter("text", false, () => undefined) },
};

const variant = process.argv[2] as LogVariant;
if (!(variant in OPTIONS) || process.send === undefined) {
  throw new Error("request-log-subject: fork me with off, log or print");
}
const sandbox = createSandbox({ now: FROZEN_NOW, ...OPTIONS[variant] });
const ORIGIN = "http://localhost";
const headers = { authorization: "Bearer ambition-institute" };

const statements = (await (
  await sandbox.fetch(new Request(`${ORIGIN}/ecf/api/v3/statements`, { headers }))
).json()) as { data: { id: string }[] };
const statementId = statements.data[0]?.id;
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

const CASES: Record<CaseName, { status: number; request: () => Request }> = {
  statement: {
    status: 200,
    request: () => new Request(`${ORIGIN}/ecf/api/v3/statements/${statementId}`, { headers }),
  },
  page: {
    status: 200,
    request: () => new Request(`${ORIGIN}/ecf/api/v3/participants?page[per_page]=100`, { headers }),
  },
  refused: {
    status: 422,
    request: () =>
      new Request(`${ORIGIN}/ecf/api/v3/participant-declarations`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: refusedDeclaration,
      }),
  },
};

async function send(name: CaseName, requests: number): Promise<void> {
  const testCase = CASES[name];
  for (let index = 0; index < requests; index += 1) {
    const response = await sandbox.fetch(testCase.request());
    const body = await response.text();
    if (response.status !== testCase.status) {
      throw new Error(`${name} answered ${response.status}: ${body}`);
    }
  }
}

/** CPU time of this process, in microseconds per request: steadier than wall time on a busy machine. */
async function round(name: CaseName, requests: number): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.cpuUsage();
  await send(name, requests);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / requests;
}

/** The heap still used after `pages` pages of 100 participants, less what was used before them. */
async function heapAfterPages(pages: number): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) {
    throw new Error("run me with node --expose-gc");
  }
  // The internals, so the measure stays free of HTTP.
  internalControl(sandbox).clearRequests();
  gc();
  const before = process.memoryUsage().heapUsed;
  await send("page", pages);
  gc();
  return process.memoryUsage().heapUsed - before;
}

const reply = (message: SubjectReply) => process.send?.(message);
process.on("message", async (command: SubjectCommand) => {
  if (command.kind === "round") {
    reply({ kind: "round", cpuMicroseconds: await round(command.case, command.requests) });
  } else {
    const bytes = await heapAfterPages(command.pages);
    const [last] = internalControl(sandbox).requests({ limit: 1 });
    reply({ kind: "heap", bytes, keptCharacters: last?.response_body?.text.length });
  }
});
process.on("disconnect", () => process.exit(0));
reply({ kind: "ready" });
