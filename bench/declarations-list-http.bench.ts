// Requests per second the sandbox serves over loopback for a page of 100 ECF declarations, against bare Hono sending
// the very same page stored (the reference with nothing left to compute), measured in the same run. Issue 16's aim
// is at least half of the stored page's rate, as for the page of participants (sandbox-http.bench.ts).
//
// The default world has no lead provider with 100 visible declarations: the busiest one's page is topped up with
// "started" declarations for participants created through the control API, before anything is measured.
import { CONNECTIONS, loadRounds, printRates, reportResponses } from "./load-rounds.ts";
import { createMany, getJson, postControl, type Server, startServers, stopServers, storePage } from "./served-apps.ts";

const SECONDS = 1;
const ROUNDS = 3;
const PER_PAGE = 100;
const COHORT = "2025";
const declarationsPath = "/ecf/api/v3/participant-declarations";
const pagePath = `${declarationsPath}?page[per_page]=${PER_PAGE}`;

interface LeadProvider {
  id: string;
  name: string;
  token: string;
  cohorts: string[];
}

const authorised = (token: string) => ({ authorization: `Bearer ${token}` });

/** The lead provider with the fullest first page of declarations, among those who can declare for COHORT. */
async function busiestLeadProvider(origin: string): Promise<{ leadProvider: LeadProvider; pageSize: number }> {
  const { body } = await getJson<{ data: LeadProvider[] }>(`${origin}/__sandbox/lead-providers`);
  let best: { leadProvider: LeadProvider; pageSize: number } | undefined;
  for (const leadProvider of body.data.filter((candidate) => candidate.cohorts.includes(COHORT))) {
    const page = await getJson<{ data: unknown[] }>(`${origin}${pagePath}`, {
      headers: authorised(leadProvider.token),
    });
    if (best === undefined || page.body.data.length > best.pageSize) {
      best = { leadProvider, pageSize: page.body.data.length };
    }
  }
  if (best === undefined) {
    throw new Error(`no lead provider of the seeded world has the ${COHORT} cohort`);
  }
  return best;
}

/** One "started" declaration each for `count` new participants of the lead provider. */
async function addDeclarations(origin: string, leadProvider: LeadProvider, count: number): Promise<void> {
  const school = await postControl<{ id: string }>(`${origin}/__sandbox/schools`, {});
  await createMany(count, 4, async () => {
    const participant = await postControl<{ id: string }>(`${origin}/__sandbox/participants`, {
      lead_provider_id: leadProvider.id,
      course_identifier: "ecf-induction",
      cohort: COHORT,
      schedule_identifier: "ecf-standard-september",
      training_start_date: `${COHORT}-09-01`,
      school_id: school.id,
    });
    const response = await fetch(`${origin}${declarationsPath}`, {
      method: "POST",
      headers: { ...authorised(leadProvider.token), "content-type": "application/json" },
      body: JSON.stringify({
        data: {
          type: "participant-declaration",
          attributes: {
            participant_id: participant.id,
            declaration_type: "started",
            declaration_date: `${COHORT}-11-03T10:00:00Z`,
            course_identifier: "ecf-induction",
            evidence_held: "training-event-attended",
          },
        },
      }),
    });
    if (response.status !== 200) {
      throw new Error(`POST ${declarationsPath} answered ${response.status}: ${await response.text()}`);
    }
  });
}

const servers = await startServers(["bare", "sandbox"]);
const [bare, reader] = servers as [Server, Server];
try {
  const { leadProvider, pageSize: seededPageSize } = await busiestLeadProvider(reader.origin);
  await addDeclarations(reader.origin, leadProvider, Math.max(0, PER_PAGE - seededPageSize));
  const page = await storePage(bare, reader, pagePath, leadProvider.token);
  const subjects = [
    {
      name: "reference: bare route answering the same page, stored",
      load: (extent: { seconds?: number }) => ({
        origin: bare.origin,
        path: "/stored",
        connections: CONNECTIONS,
        ...extent,
      }),
    },
    {
      name: `GET ${declarationsPath} (page of ${page.length})`,
      load: (extent: { seconds?: number }) => ({
        origin: reader.origin,
        path: pagePath,
        headers: authorised(leadProvider.token),
        connections: CONNECTIONS,
        ...extent,
      }),
    },
  ];
  await loadRounds(subjects, 1, () => ({ seconds: SECONDS }));
  const results = await loadRounds(subjects, ROUNDS, () => ({ seconds: SECONDS }));
  console.log(
    `Loopback HTTP/1.1, ${CONNECTIONS} keep-alive connections, median of ${ROUNDS} rounds of ~${SECONDS} s, each ` +
      `server in its own process. Higher is better; the aim is at least 0.50 x the stored page.\n` +
      `The page: ${leadProvider.name}'s first ${page.length} declarations (${seededPageSize} seeded, the rest ` +
      `submitted for participants created through the control API), ` +
      `${(JSON.stringify({ data: page }).length / 1024).toFixed(0)} KiB of JSON.`,
  );
  printRates(subjects, results);
  reportResponses(subjects, results);
} finally {
  stopServers(servers);
}
