// What hostile input costs the sandbox, in-process (`app.request`): each row is a request an attacker can send
// without a valid token or a sensible body, next to the cheapest refusal of the same route, a request without any
// `Authorization` header. The aims: a header of spaces costs about the baseline (the old quadratic token parser spent
// 176 ms on 16,000 spaces), and a body of nested arrays just under the body limit is refused by one pass over its
// text (the depth bound) rather than parsed.
import { createSandbox } from "@lpkit/sandbox";
import { FROZEN_NOW } from "./frozen-now.ts";
import { median, printRows } from "./measure.ts";

const ROUNDS = 9;
const REQUESTS_PER_ROUND = 200;
const path = "http://localhost/ecf/api/v3/statements";
const sandbox = createSandbox({ now: FROZEN_NOW });
const token = (await sandbox.control.leadProviders())[0]?.token ?? "";

interface Subject {
  name: string;
  request: () => Request;
}

const nested = `{"data":${"[".repeat(450 * 1024)}${"]".repeat(450 * 1024)}}`;
const subjects: Subject[] = [
  { name: "no Authorization header (baseline)", request: () => new Request(path) },
  { name: "a valid token", request: () => new Request(path, { headers: { authorization: `Bearer ${token}` } }) },
  {
    name: "Bearer a<16,000 spaces>b",
    request: () => new Request(path, { headers: { authorization: `Bearer a${" ".repeat(16_000)}b` } }),
  },
  {
    name: "Bearer a<4,000 spaces>b (under the length bound)",
    request: () => new Request(path, { headers: { authorization: `Bearer a${" ".repeat(4_000)}b` } }),
  },
  {
    name: "POST 900 KiB of nested arrays, valid token",
    request: () =>
      new Request("http://localhost/ecf/api/v3/partnerships", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: nested,
      }),
  },
];

async function timeRound(subject: Subject): Promise<number> {
  const requests = Array.from({ length: REQUESTS_PER_ROUND }, subject.request);
  const start = performance.now();
  for (const request of requests) {
    await (await sandbox.app.request(request)).arrayBuffer();
  }
  return (performance.now() - start) / REQUESTS_PER_ROUND;
}

const times = subjects.map((): number[] => []);
for (let round = 0; round < ROUNDS + 1; round += 1) {
  for (const [index, subject] of subjects.entries()) {
    const milliseconds = await timeRound(subject);
    if (round > 0) {
      times[index]?.push(milliseconds);
    }
  }
}
printRows(subjects.map((subject, index) => ({ name: subject.name, milliseconds: median(times[index] ?? []) })));
