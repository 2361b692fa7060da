// Requests per second the sandbox serves over loopback: a page of participants, and declaration submission. The
// baseline is a bare Hono JSON route, served the same way and measured in the same run, so the ratio is the share of
// Hono + @hono/node-server's own rate that the sandbox keeps. Issue 16's aims are against two references measured
// beside it: the page at least half the rate of the same bytes served stored, submission at least 0.3 of a bare route
// echoing its body, and p99 under 25 ms.
//
// Each server runs in a process of its own and the load generator in this one (served-apps.ts says why).
//
// Declarations are submitted for participants created beforehand through the control API (POST /__sandbox/
// participants), one "started" declaration each, so every submission is a real 200; any response outside 2xx fails
// the benchmark, because a rate of error responses measures the wrong thing. Submissions go to a sandbox of their
// own, so the participants they need do not grow the world the participant list is read from.
//
// Prism, a schema mock, answers the same two requests on our document and on DfE's (prism.ts): the aim is declaration
// submission at least 5 times Prism's rate on DfE's document.
import { randomUUID } from "node:crypto";
import { apiSubjects, printAgainstReferences } from "./api-subjects.ts";
import { CONNECTIONS, loadRounds, printRates, reportResponses } from "./load-rounds.ts";
import { runLoad } from "./load-test.ts";
import { prismDocuments, startPrisms, stopPrisms } from "./prism.ts";
import { checkPrismAnswers, printAgainstPrism, prismSubjects } from "./prism-subjects.ts";
import { createMany, getJson, postControl, type Server, startServers, stopServers, storePage } from "./served-apps.ts";

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
const prism = prismDocuments("ecf-v3.yaml", "ecf");

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
  const school = await postControl<{ id: string }>(`${origin}/__sandbox/schools`, {});
  const participants = await createMany(count, CONNECTIONS, () =>
    postControl<{ id: string }>(`${origin}/__sandbox/participants`, {
      lead_provider_id: leadProviderId,
      course_identifier: "ecf-induction",
      cohort: COHORT,
      schedule_identifier: "ecf-standard-september",
      training_start_date: `${COHORT}-09-01`,
      school_id: school.id,
    }),
  );
  return participants.map(({ id }) => id);
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

const servers = await startServers(["bare", "sandbox", "sandbox"]);
const [bare, reader, writer] = servers as [Server, Server, Server];
// Prism reads its documents while the fixtures are made; a failure surfaces where it is awaited.
const prismsStarting = startPrisms(prism.documents);
prismsStarting.catch(() => {});
try {
  const { leadProvider, pageSize: seededPageSize } = await busiestLeadProvider(reader.origin);
  const authorised = { authorization: `Bearer ${leadProvider.token}` };
  // No lead provider of the default world has a full page: top it up, so that the page is the size clients ask for.
  await createParticipants(reader.origin, leadProvider.id, Math.max(0, PER_PAGE - seededPageSize));
  const page = await storePage(bare, reader, participantsPath, leadProvider.token);
  const pageSize = page.length;

  // Every submission takes the next body; when they run out, the repeats are refused and the run fails.
  let bodies: string[] = [];
  let next = 0;
  const nextBody = () => bodies[Math.min(next++, bodies.length - 1)] ?? "";

  const { all, list, submit } = apiSubjects({
    bare,
    reader,
    writer,
    connections: CONNECTIONS,
    authorised,
    listPath: participantsPath,
    pageSize: pageSize,
    declarationsPath,
    echoBody: startedDeclaration(randomUUID()),
    nextBody,
  });
  const prismPairs = await checkPrismAnswers(
    prismSubjects({
      prisms: await prismsStarting,
      connections: CONNECTIONS,
      authorised,
      prefix: "/ecf",
      listPath: participantsPath,
      declarationsPath,
      body: startedDeclaration(randomUUID()),
    }),
  );
  const subjects = [...all, ...prismPairs.flatMap((pair) => [pair.list, pair.submit])];

  // Warm-up: JIT and connections settle. The submissions' warm-up also tells how many to prepare per round: about
  // SECONDS' worth, so that every subject runs for roughly as long, up to MAX_SUBMISSIONS_PER_ROUND.
  const warmupSubmissions = CONNECTIONS * 20;
  bodies = (await createParticipants(writer.origin, leadProvider.id, warmupSubmissions + CONNECTIONS)).map(
    startedDeclaration,
  );
  for (const subject of subjects.filter((candidate) => candidate !== submit)) {
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

  const results = await loadRounds(subjects, ROUNDS, (subject) =>
    subject === submit ? { requests: submissionsPerRound } : { seconds: SECONDS },
  );
  console.log(
    `Loopback HTTP/1.1, ${CONNECTIONS} keep-alive connections, median of ${ROUNDS} rounds of ~${SECONDS} s, each ` +
      `server in its own process. Higher is better; issue 16's aims are on the "against the references" line.\n` +
      `The page: ${leadProvider.name}'s first ${pageSize} participants (${seededPageSize} seeded, the rest created ` +
      `through the control API), ${(JSON.stringify({ data: page }).length / 1024).toFixed(0)} KiB of JSON. Declarations: ` +
      `"started", each for a participant created beforehand.`,
  );
  printAgainstReferences(printRates(subjects, results));
  printAgainstPrism(subjects, results, { list, submit }, prismPairs, prism.notes);
  reportResponses(subjects, results);
} finally {
  stopServers(servers);
  stopPrisms(await prismsStarting.catch(() => []));
}
