// The NPQ API's rows of the HTTP benchmark (sandbox-http.bench.ts has the ECF ones, and the method): requests per
// second over loopback for a page of 100 NPQ applications and for NPQ declaration submission, each against a bare
// Hono route measured in the same run, with the same references (the page's bytes served stored; a declaration's
// body echoed).
//
// Fixtures come from the control API: pending applications top the busiest NPQ lead provider's first page up to 100;
// each submission declares "started" for an application accepted beforehand (a funded place in the capped 2025
// cohort, on its default autumn schedule), naming a delivery partner as declarations from 2024 on must. Submissions
// go to a sandbox of their own, so their fixtures do not grow the world the page is read from.
//
// Prism, a schema mock, answers the same two requests on our NPQ document and on DfE's (prism.ts), as in the ECF rows.
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
/** At most this many submissions per round: each needs an application accepted beforehand. */
const MAX_SUBMISSIONS_PER_ROUND = 3_000;
const PER_PAGE = 100;
/** FROZEN_NOW (mid-November 2025) is in the 2025 cohort, after its autumn schedules start. */
const COHORT = "2025a";
const COURSE = "npq-senior-leadership";
const applicationsPath = `/npq/api/v3/npq-applications?page[per_page]=${PER_PAGE}`;
const declarationsPath = "/npq/api/v3/participant-declarations";
const prism = prismDocuments("npq-v3.yaml", "npq");

interface NpqLeadProvider {
  id: string;
  name: string;
  token: string;
  cohorts: string[];
}

/** The NPQ lead provider with the fullest first page of applications, among those with a 2025 contract. */
async function busiestLeadProvider(origin: string): Promise<{ leadProvider: NpqLeadProvider; pageSize: number }> {
  const { body } = await getJson<{ data: NpqLeadProvider[] }>(`${origin}/__sandbox/npq/lead-providers`);
  let best: { leadProvider: NpqLeadProvider; pageSize: number } | undefined;
  for (const leadProvider of body.data.filter((candidate) => candidate.cohorts.includes(COHORT))) {
    const page = await getJson<{ data: unknown[] }>(`${origin}${applicationsPath}`, {
      headers: { authorization: `Bearer ${leadProvider.token}` },
    });
    if (page.status !== 200) {
      throw new Error(`GET ${applicationsPath} answered ${page.status}: ${JSON.stringify(page.body)}`);
    }
    if (best === undefined || page.body.data.length > best.pageSize) {
      best = { leadProvider, pageSize: page.body.data.length };
    }
  }
  if (best === undefined) {
    throw new Error(`no NPQ lead provider of the seeded world has the ${COHORT} cohort`);
  }
  return best;
}

function createApplications(server: Server, leadProviderId: string, count: number, status: "pending" | "accepted") {
  return createMany(count, CONNECTIONS, () =>
    postControl<{ attributes: { participant_id: string } }>(`${server.origin}/__sandbox/npq/applications`, {
      lead_provider_id: leadProviderId,
      course_identifier: COURSE,
      cohort: COHORT,
      status,
      ...(status === "accepted" ? { funded_place: true } : {}),
    }),
  );
}

/** The body declaring "started" for an accepted application's participant. */
function startedDeclaration(participantId: string, deliveryPartnerId: string): string {
  return JSON.stringify({
    data: {
      type: "participant-declaration",
      attributes: {
        participant_id: participantId,
        declaration_type: "started",
        declaration_date: "2025-11-03T10:00:00Z",
        course_identifier: COURSE,
        delivery_partner_id: deliveryPartnerId,
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
  await createApplications(reader, leadProvider.id, Math.max(0, PER_PAGE - seededPageSize), "pending");
  const page = await storePage(bare, reader, applicationsPath, leadProvider.token);
  const deliveryPartner = await postControl<{ id: string }>(`${writer.origin}/__sandbox/npq/delivery-partners`, {
    lead_provider_id: leadProvider.id,
    cohorts: [COHORT],
  });
  const declarationsFor = async (count: number) =>
    (await createApplications(writer, leadProvider.id, count, "accepted")).map(({ attributes }) =>
      startedDeclaration(attributes.participant_id, deliveryPartner.id),
    );

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
    listPath: applicationsPath,
    pageSize: page.length,
    declarationsPath,
    echoBody: startedDeclaration(randomUUID(), deliveryPartner.id),
    nextBody,
  });
  const prismPairs = await checkPrismAnswers(
    prismSubjects({
      prisms: await prismsStarting,
      connections: CONNECTIONS,
      authorised,
      prefix: "/npq",
      listPath: applicationsPath,
      declarationsPath,
      body: startedDeclaration(randomUUID(), deliveryPartner.id),
    }),
  );
  const subjects = [...all, ...prismPairs.flatMap((pair) => [pair.list, pair.submit])];

  // Warm-up; the submissions' warm-up also tells how many to prepare per round (about SECONDS' worth).
  const warmupSubmissions = CONNECTIONS * 10;
  bodies = await declarationsFor(warmupSubmissions + CONNECTIONS);
  for (const subject of subjects.filter((candidate) => candidate !== submit)) {
    await runLoad(subject.load({ seconds: WARMUP_SECONDS }));
  }
  const warmup = await runLoad(submit.load({ requests: warmupSubmissions }));
  if (warmup.failures > 0) {
    throw new Error(`NPQ declaration submission failed during warm-up: ${JSON.stringify(warmup.statuses)}`);
  }
  const submissionsPerRound = Math.min(
    MAX_SUBMISSIONS_PER_ROUND,
    Math.max(CONNECTIONS * 10, Math.round(warmup.requestsPerSecond * SECONDS)),
  );
  bodies = await declarationsFor(ROUNDS * (submissionsPerRound + CONNECTIONS));
  next = 0;

  const results = await loadRounds(subjects, ROUNDS, (subject) =>
    subject === submit ? { requests: submissionsPerRound } : { seconds: SECONDS },
  );
  console.log(
    `Loopback HTTP/1.1, ${CONNECTIONS} keep-alive connections, median of ${ROUNDS} rounds of ~${SECONDS} s, each ` +
      `server in its own process. Higher is better.\n` +
      `The page: ${leadProvider.name}'s first ${page.length} NPQ applications (${seededPageSize} seeded, the rest ` +
      `created through the control API), ${(JSON.stringify({ data: page }).length / 1024).toFixed(0)} KiB of JSON. ` +
      `Declarations: "started", each for an application accepted beforehand.`,
  );
  printAgainstReferences(printRates(subjects, results));
  printAgainstPrism(subjects, results, { list, submit }, prismPairs, prism.notes);
  reportResponses(subjects, results);
} finally {
  stopServers(servers);
  stopPrisms(await prismsStarting.catch(() => []));
}
