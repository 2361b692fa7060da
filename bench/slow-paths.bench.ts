// The requests that once cost far more than a page on a large world (issue 10, hardening 6), each timed through the
// app in-process (`app.request`, no sockets) on a world of 100,000 extra participants built once, as ratios against a
// page of one participant measured in the same run:
//
// - `GET /schools?filter[cohort]=…`: a page of 100 schools, each needing whether this provider has an expression of
//   interest there (an index lookup per school, no scan of the school's periods);
// - `GET /docs/ecf-v3.json`: the bundled document, parsed once and then served from memory;
// - `GET /__sandbox/world`: its digest streamed table by table, computed once per world version, so the first call
//   after a write pays for hashing the world and the next ones for nothing but the answer;
// - `POST /__sandbox/npq/applications`: an accepted NPQ application, two engine commands that apply whole or not at
//   all, on a copy of the NPQ world that shares every table it does not write (it was a deep copy of the whole NPQ
//   world, some 15,000 contract rows, on every fixture).
//
// The aim: every row but the first `/__sandbox/world` within a few milliseconds (a small multiple of the baseline).
import { createSandbox } from "@lpkit/sandbox";
// The engine-side state behind the control API, which the package does not export: the world's size.
import { internalControl } from "../packages/sandbox/src/create-sandbox.ts";
import { FROZEN_NOW } from "./frozen-now.ts";
import { type AsyncSubject, measureAsync, printRows } from "./measure.ts";

const LARGE_SIZE = Number(process.env.BENCH_SLOW_PATHS_SIZE ?? "100000");
const COHORT = "2025";

const built = performance.now();
const sandbox = createSandbox({ now: FROZEN_NOW, size: LARGE_SIZE });
const buildSeconds = (performance.now() - built) / 1000;

async function get(path: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await sandbox.app.request(path, { headers });
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(`GET ${path} answered ${response.status}: ${body.slice(0, 300)}`);
  }
  return body;
}

/** Any accepted write: it moves the world on, so the next `/__sandbox/world` cannot answer from its cache. */
async function write(): Promise<void> {
  const response = await sandbox.app.request("/__sandbox/schools", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  if (response.status !== 201) {
    throw new Error(`POST /__sandbox/schools answered ${response.status}: ${await response.text()}`);
  }
}

const [leadProvider] = (await sandbox.control.leadProviders()).filter((account) => account.cohorts.includes(COHORT));
if (leadProvider === undefined) {
  throw new Error(`no lead provider of the seeded world has the ${COHORT} cohort`);
}
const authorised = { authorization: `Bearer ${leadProvider.token}` };
const schoolsPath = `/ecf/api/v3/schools?filter[cohort]=${COHORT}`;
const schoolsOnPage = (JSON.parse(await get(schoolsPath, authorised)) as { data: unknown[] }).data.length;

const [npqLeadProvider] = await sandbox.control.npqLeadProviders();
if (npqLeadProvider === undefined) {
  throw new Error("the seeded world has no NPQ lead provider");
}
const npqApplication = JSON.stringify({
  lead_provider_id: npqLeadProvider.id,
  course_identifier: "npq-senior-leadership",
  cohort: "2025a",
  status: "accepted",
});

async function createNpqApplication(): Promise<void> {
  const response = await sandbox.app.request("/__sandbox/npq/applications", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: npqApplication,
  });
  if (response.status !== 201) {
    throw new Error(`POST /__sandbox/npq/applications answered ${response.status}: ${await response.text()}`);
  }
}

const cheap: AsyncSubject[] = [
  {
    name: "baseline: GET /participants?page[per_page]=1",
    work: () => get("/ecf/api/v3/participants?page[per_page]=1", authorised),
  },
  { name: "GET /participants (page of 100)", work: () => get("/ecf/api/v3/participants", authorised) },
  {
    name: `GET /schools?filter[cohort]=${COHORT} (page of ${schoolsOnPage})`,
    work: () => get(schoolsPath, authorised),
  },
  { name: "GET /docs/ecf-v3.json", work: () => get("/docs/ecf-v3.json") },
  { name: "GET /__sandbox/world, cached", work: () => get("/__sandbox/world") },
];
// The first call after a write hashes the whole world: far slower, so fewer rounds.
const [firstCall] = await measureAsync(
  [{ name: "GET /__sandbox/world, first call after a write", before: write, work: () => get("/__sandbox/world") }],
  { warmups: 1, rounds: 3 },
);
// No full collection between these: on this heap each would take longer than all the requests together.
const measured = await measureAsync(cheap, { warmups: 3, rounds: 15, collectGarbage: false });
// Measured apart, after the reads: each fixture moves the NPQ world on, which the cached /__sandbox/world would pay for.
const fixtures = await measureAsync(
  [{ name: "POST /__sandbox/npq/applications (accepted)", work: createNpqApplication }],
  { warmups: 3, rounds: 15, collectGarbage: false },
);

const teachers = Object.keys(internalControl(sandbox).state.world.teachers).length;
console.log(
  `World: createSandbox({ size: ${LARGE_SIZE.toLocaleString("en-GB")} }), ${teachers.toLocaleString("en-GB")} ` +
    `participants, built in ${buildSeconds.toFixed(0)} s; now = ${FROZEN_NOW} (frozen). In-process app.request, median ` +
    "of 15 rounds (3 for the first /__sandbox/world). Lower is better; the aim is a few ms for each row but the " +
    "first /__sandbox/world.",
);
printRows([...measured, ...fixtures, ...(firstCall === undefined ? [] : [firstCall])]);
