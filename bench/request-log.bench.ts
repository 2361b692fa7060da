// What the request log costs a request. The baseline is a sandbox that keeps no log (`requestLog: false`), against
// one with the default log (the last 1,000 requests, 16,384 characters of each body) and one that also prints a
// line per request as `lpkit-sandbox` does (to a sink that drops it). Each sandbox runs in a process of its own
// (request-log-subject.ts): in one process, three sandboxes' worlds and garbage made every ratio depend on which
// ran after which. Rounds interleave the processes, each round starting with the next, and each is timed in CPU time
// of its own process, which a busy machine disturbs less than wall time.
//
// Three requests: a statement (small, where a fixed cost shows), a page of 100 participants (~100 KB, which the log
// cuts to its body limit, so the copy of the kept part is paid), and a refused declaration (a body read, and a 422
// whose detail the log reads). Then the heap a full log keeps, after 1,000 pages.
//
// The aim: ratios within noise of 1.00 (a few microseconds per request), and a full log under 20 MiB.
import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import { median, printRatios } from "./measure.ts";
import type { CaseName, LogVariant, SubjectCommand, SubjectReply } from "./request-log-subject.ts";

const REQUESTS_PER_ROUND = 200;
const WARMUPS = 2;
const ROUNDS = 11;
const HEAP_PAGES = 1000;

const VARIANTS: { variant: LogVariant; name: string }[] = [
  { variant: "off", name: "baseline: no request log (requestLog: false)" },
  { variant: "log", name: "the request log (default bounds)" },
  { variant: "print", name: "the request log and a line per request" },
];
const CASES: { name: CaseName; title: string }[] = [
  { name: "statement", title: "GET /statements/{id}" },
  { name: "page", title: "GET /participants (page of 100)" },
  { name: "refused", title: "POST /participant-declarations (a 422)" },
];

interface Subject {
  readonly name: string;
  readonly child: ChildProcess;
  readonly ask: (command: SubjectCommand) => Promise<SubjectReply>;
}

function startSubject(variant: LogVariant, name: string): Promise<Subject> {
  const child = fork(join(import.meta.dirname, "request-log-subject.ts"), [variant], {
    execArgv: ["--expose-gc"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ask = (command: SubjectCommand) =>
    new Promise<SubjectReply>((resolve) => {
      child.once("message", (reply: SubjectReply) => resolve(reply));
      child.send(command);
    });
  return new Promise((resolve, reject) => {
    child.once("message", () => resolve({ name, child, ask }));
    child.once("exit", (code) => reject(new Error(`the ${variant} sandbox stopped before it was ready (${code})`)));
  });
}

const subjects = await Promise.all(VARIANTS.map(({ variant, name }) => startSubject(variant, name)));
try {
  for (const testCase of CASES) {
    const times = subjects.map((): number[] => []);
    for (let round = 0; round < WARMUPS + ROUNDS; round += 1) {
      for (let turn = 0; turn < subjects.length; turn += 1) {
        const index = (round + turn) % subjects.length;
        const reply = await subjects[index]?.ask({ kind: "round", case: testCase.name, requests: REQUESTS_PER_ROUND });
        if (round >= WARMUPS && reply?.kind === "round") {
          times[index]?.push(reply.cpuMicroseconds);
        }
      }
    }
    console.log(
      `\n${testCase.title}: CPU time per request, median of ${ROUNDS} rounds of ${REQUESTS_PER_ROUND} sequential ` +
        "requests, each sandbox in its own process. Lower is better.",
    );
    printRatios(
      subjects.map((subject, index) => ({ name: subject.name, value: median(times[index] ?? []) })),
      { heading: "µs/request", digits: 1 },
    );
  }

  const [off, logged] = subjects;
  const without = await off?.ask({ kind: "heap", pages: HEAP_PAGES });
  const withLog = await logged?.ask({ kind: "heap", pages: HEAP_PAGES });
  if (without?.kind === "heap" && withLog?.kind === "heap") {
    const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
    console.log(
      `\nHeap kept after ${HEAP_PAGES.toLocaleString("en-GB")} pages of 100 participants (the log keeps ` +
        `${withLog.keptCharacters} characters of each): ${mib(withLog.bytes)} MiB with the log, ` +
        `${mib(without.bytes)} MiB without.`,
    );
  }
} finally {
  for (const subject of subjects) {
    subject.child.disconnect();
  }
}
