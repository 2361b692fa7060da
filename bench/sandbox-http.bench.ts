// Requests per second the sandbox serves over loopback: a page of participants, and declaration submission. The
// baseline is a bare Hono JSON route, served the same way and measured in the same run, so the ratio is the share of
// Hono + @hono/node-server's own rate that the sandbox keeps; the aim is at least half.
//
// Each server runs in a process of its own (serve-app.ts) and the load generator in this one. In one process the
// generator would take its turns on the server's event loop: every request would also pay for the client, which
// pulls every ratio towards 1 and hides the sandbox's own cost. Apart, on two cores, each side has a core.
//
// Declarations are submitted for participants created beforehand through the control API (POST /__sandbox/
// participants), one "started" declaration each, so every submission is a real 200; any response outside 2xx fails
// the benchmark, because a rate of error responses measures the wrong thing. Submissions go to a sandbox of their
// own, so the participants they need do not grow the world the participant list is read from.
import { type ChildProcess, fork } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { type LoadOptions, type LoadResult, runLoad } from "./load-test.ts";
import { median, printRatios } from "./measure.ts";
import type { Listening, ServedApp } from "./serve-app.ts";

const CONNECTIONS = 32;
const SECONDS = 1;
const ROUNDS = 3;
const WARMUP_SECONDS = 1;
/**
 * At most this many submissions per round: each needs a participant created beforehand, and creating them is slower
 * than submitting (and slows as the world grows), so SECONDS' worth of a fast sandbox would take long to prepare.
 */
const MAX_SUBMISSIONS_PER_ROUND = 4_000;
const PER_PAGE = 100;
/** The cohort the submitted declarations are for; FROZEN_NOW is inside its "started" milestone. */
const COHORT = "2025";
const participantsPath = `/ecf/api/v3/participants?page[per_page]=${PER_PAGE}`;
const declarationsPath = "/ecf/api/v3/participant-declarations";

interface LoadSubject {
  name: string;
  load: (extent: Pick<LoadOptions, "seconds" | "requests">) => LoadOptions;
}

interface Server {
  origin: string;
  child: ChildProcess;
}

function startServer(app: ServedApp): Promise<Server> {
  const child = fork(join(import.meta.dirname, "serve-app.ts"), [app], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("message", (message: Listening) => resolve({ origin: `http://127.0.0.1:${message.port}`, child }));
    child.once("exit", (code) => reject(new Error(`the ${app} server stopped before listening (exit code ${code})`)));
  });
}

async function getJson<T>(url: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as T };
}

interface LeadProvider {
  id: string;
  name: string;
  token: string;
  cohorts: string[];
}

/** The lead provider with the fullest first page of participants, among those who can declare for COHORT. */
async function busiestLeadProvider(origin: string): Promise<{ leadProvider: LeadProvider; pageSize: number }> {
  const { body } = await getJson<{ data: LeadProvider[] }>(`${origin}/__sandbox/lead-providers`);
  let best: { leadProvider: LeadProvider; pageSize: number } | undefined;
  for (const leadProvider of body.data.filter((candidate) => candidate.cohorts.includes(COHORT))) {
    const page = await getJson<{ data: unknown[] }>(`${origin}${participantsPath}`, {
      headers: { authorization: `Bearer ${leadProvider.token}` },
    });
    if (page.status !== 200) {
      throw new Error(`GET ${participantsPath} answered ${page.status}: ${JSON.stringify(page.body)}`);
    }
    if (best === undefined || page.body.data.length > best.pageSize) {
      best = { leadProvider, pageSize: page.body.data.length };
    }
  }
  if (best === undefined) {
    throw new Error(`no lead provider of the seeded world has the ${COHORT} cohort`);
  }
  return best;
}

/**
 * Registers participants through the control API: eligible, on the September schedule, all at one new school (the
 * control API would otherwise create a school for each, which costs more than the participant).
 */
async function createParticipants(origin: string, leadProviderId: string, count: number): Promise<string[]> {
  const school = await getJson<{ data: { id: string } }>(`${origin}/__sandbox/schools`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  if (school.status !== 201) {
    throw new Error(`POST /__sandbox/schools answered ${school.status}: ${JSON.stringify(school.body)}`);
  }
  const ids: string[] = [];
  const createOne = async () => {
    const { status, body } = await getJson<{ data: { id: string } }>(`${origin}/__sandbox/participants`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        lead_provider_id: leadProviderId,
        course_identifier: "ecf-induction",
        cohort: COHORT,
        schedule_identifier: "ecf-standard-september",
        training_start_date: `${COHORT}-09-01`,
        school_id: school.body.data.id,
      }),
    });
    if (status !== 201) {
      throw new Error(`POST /__sandbox/participants answered ${status}: ${JSON.stringify(body)}`);
    }
    ids.push(body.data.id);
  };
  // CONNECTIONS requests at a time; the order of creation does not matter.
  let started = 0;
  const workers = Array.from({ length: CONNECTIONS }, async () => {
    while (started < count) {
      started += 1;
      await createOne();
    }
  });
  await Promise.all(workers);
  return ids;
}

/** The body submitting a "started" declaration for a participant created by `createParticipants`. */
function startedDeclaration(participantId: string): string {
  return JSON.stringify({
    data: {
      type: "participant-declaration",
      attributes: {
        participant_id: participantId,
        declaration_type: "started",
        declaration_date: `${COHORT}-11-03T10:00:00Z`,
        course_identifier: "ecf-induction",
        evidence_held: "training-event-attended",
      },
    },
  });
}

/** Starts the servers; if one fails, stops the others, so that the benchmark ends with the error. */
async function startServers(apps: readonly ServedApp[]): Promise<Server[]> {
  const started = await Promise.allSettled(apps.map(startServer));
  const servers = started.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
  const failure = started.find((outcome) => outcome.status === "rejected");
  if (failure !== undefined) {
    stopServers(servers);
    throw failure.reason;
  }
  return servers;
}

function stopServers(servers: readonly Server[]): void {
  for (const server of servers) {
    if (server.child.connected) {
      server.child.disconnect();
    }
  }
}

const servers = await startServers(["bare", "sandbox", "sandbox"]);
const [bare, reader, writer] = servers as [Server, Server, Server];
try {
  const { leadProvider, pageSize: seededPageSize } = await busiestLeadProvider(reader.origin);
  const authorised = { authorization: `Bearer ${leadProvider.token}` };
  // No lead provider of the default world has a full page: top it up, so that the page is the size clients ask for.
  await createParticipants(reader.origin, leadProvider.id, Math.max(0, PER_PAGE - seededPageSize));
  const page = await getJson<{ data: unknown[] }>(`${reader.origin}${participantsPath}`, { headers: authorised });
  const pageSize = page.body.data.length;
  const stored = await fetch(`${bare.origin}/stored`, { method: "PUT", body: JSON.stringify(page.body) });
  if (page.status !== 200 || stored.status !== 204) {
    throw new Error(
      `could not copy the page of participants to the reference route (${page.status}, ${stored.status})`,
    );
  }

  // Every submission takes the next body; when they run out, the repeats are refused and the run fails.
  let bodies: string[] = [];
  let next = 0;
  const nextBody = () => bodies[Math.min(next++, bodies.length - 1)] ?? "";

  const baseline: LoadSubject = {
    name: "baseline: bare Hono JSON route",
    load: (extent) => ({ origin: bare.origin, path: "/", connections: CONNECTIONS, ...extent }),
  };
  const list: LoadSubject = {
    name: `GET ${participantsPath.split("?")[0]} (page of ${pageSize})`,
    load: (extent) => ({
      origin: reader.origin,
      path: participantsPath,
      headers: authorised,
      connections: CONNECTIONS,
      ...extent,
    }),
  };
  const submit: LoadSubject = {
    name: `POST ${declarationsPath}`,
    load: (extent) => ({
      origin: writer.origin,
      method: "POST",
      path: declarationsPath,
      headers: { ...authorised, "content-type": "application/json" },
      nextBody,
      connections: CONNECTIONS,
      ...extent,
    }),
  };
  const storedPage: LoadSubject = {
    name: `reference: bare route answering the same page, stored`,
    load: (extent) => ({ origin: bare.origin, path: "/stored", connections: CONNECTIONS, ...extent }),
  };
  const echo: LoadSubject = {
    name: "reference: bare route echoing a declaration's body",
    load: (extent) => ({
      origin: bare.origin,
      method: "POST",
      path: "/echo",
      headers: { ...authorised, "content-type": "application/json" }, // A submission's headers, to be alike.
      body: startedDeclaration(randomUUID()),
      connections: CONNECTIONS,
      ...extent,
    }),
  };
  const subjects = [baseline, storedPage, list, echo, submit];

  // Warm-up: JIT and connections settle. The submissions' warm-up also tells how many to prepare per round: about
  // SECONDS' worth, so that every subject runs for roughly as long, up to MAX_SUBMISSIONS_PER_ROUND.
  const warmupSubmissions = CONNECTIONS * 20;
  bodies = (await createParticipants(writer.origin, leadProvider.id, warmupSubmissions + CONNECTIONS)).map(
    startedDeclaration,
  );
  for (const subject of [baseline, storedPage, list, echo]) {
    await runLoad(subject.load({ seconds: WARMUP_SECONDS }));
  }
  const warmup = await runLoad(submit.load({ requests: warmupSubmissions }));
  if (warmup.failures > 0) {
    throw new Error(`declaration submission failed during warm-up: ${JSON.stringify(warmup.statuses)}`);
  }
  const submissionsPerRound = Math.min(
    MAX_SUBMISSIONS_PER_ROUND,
    Math.max(CONNECTIONS * 10, Math.round(warmup.requestsPerSecond * SECONDS)),
  );
  // Each connection prepares one request more than it sends in a run.
  const needed = ROUNDS * (submissionsPerRound + CONNECTIONS);
  bodies = (await createParticipants(writer.origin, leadProvider.id, needed)).map(startedDeclaration);
  next = 0;

  // Rounds interleave the subjects, as bench/measure.ts does, so a busy moment slows the baseline too.
  const results = subjects.map((): LoadResult[] => []);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [index, subject] of subjects.entries()) {
      const extent = subject === submit ? { requests: submissionsPerRound } : { seconds: SECONDS };
      results[index]?.push(await runLoad(subject.load(extent)));
    }
  }

  const rates = subjects.map((subject, index) => ({
    name: subject.name,
    value: median((results[index] ?? []).map((result) => result.requestsPerSecond)),
  }));
  console.log(
    `Loopback HTTP/1.1, ${CONNECTIONS} keep-alive connections, median of ${ROUNDS} rounds of ~${SECONDS} s, each ` +
      `server in its own process. Higher is better; the aim is at least 0.50 x baseline.\n` +
      `The page: ${leadProvider.name}'s first ${pageSize} participants (${seededPageSize} seeded, the rest created ` +
      `through the control API), ${(JSON.stringify(page.body).length / 1024).toFixed(0)} KiB of JSON. Declarations: ` +
      `"started", each for a participant created beforehand.`,
  );
  printRatios(rates, { heading: "req/s", digits: 0 });
  const [, storedRate, listRate, echoRate, submitRate] = rates;
  if (storedRate && listRate && echoRate && submitRate) {
    console.log(
      `  against the references: the page ${(listRate.value / storedRate.value).toFixed(2)} x the same page stored; ` +
        `submission ${(submitRate.value / echoRate.value).toFixed(2)} x the echo of its body`,
    );
  }
  let failed = false;
  for (const [index, subject] of subjects.entries()) {
    const runs = results[index] ?? [];
    const responses = runs.reduce((sum, run) => sum + run.responses, 0);
    const failures = runs.reduce((sum, run) => sum + run.failures, 0);
    const statuses: Record<string, number> = {};
    for (const run of runs) {
      for (const [status, count] of Object.entries(run.statuses)) {
        statuses[status] = (statuses[status] ?? 0) + count;
      }
    }
    const share = responses === 0 ? 1 : failures / responses;
    failed ||= failures > 0 || responses === 0;
    console.log(
      `  ${subject.name}: ${responses} responses ${JSON.stringify(statuses)}, non-2xx or failed ` +
        `${(share * 100).toFixed(2)}%; latency p50 ${median(runs.map((run) => run.latencyP50))} ms, ` +
        `p99 ${median(runs.map((run) => run.latencyP99))} ms`,
    );
  }
  if (failed) {
    console.error("Some responses were not 2xx: the rates above measure errors, not the routes.");
    process.exitCode = 1;
  }
} finally {
  stopServers(servers);
}
