/**
 * A run of writes of every kind the journal records, through HTTP: ECF and NPQ API writes, control fixtures, clock
 * moves, statement marks and a reset, plus refused requests and reads that must record nothing. With `finance`, also
 * what DfE finance does in process: a void from the finance dashboard and an NPQ statement paid.
 */
import { AMBITION, API, body, leadProviderId } from "../helpers/ecf.ts";
import { form } from "../helpers/finance.ts";
import { NPQ_API, npqApplication, npqBody, npqFixtureApplication } from "../helpers/npq.ts";
import type { SpecClient } from "../helpers/spec-client.ts";

async function ecfParticipant(client: SpecClient): Promise<string> {
  const response = await client.post("/__sandbox/participants", {
    body: {
      lead_provider_id: await leadProviderId(client),
      course_identifier: "ecf-induction",
      cohort: "2025",
      training_start_date: "2025-09-01",
    },
  });
  if (response.status !== 201) {
    throw new Error(`participant fixture refused: ${response.text}`);
  }
  return response.body.data.id;
}

/** Writes of every kind; answers the statuses of the requests that should be refused (all 4xx). */
export async function writeStory(
  client: SpecClient,
  options: { reset?: boolean; finance?: boolean } = {},
): Promise<number[]> {
  const refused: number[] = [];
  const participantId = await ecfParticipant(client);
  const declaration = await client.post(`${API}/participant-declarations`, {
    token: AMBITION,
    body: body("participant-declaration", {
      participant_id: participantId,
      declaration_type: "started",
      declaration_date: "2025-09-20T10:00:00Z",
      course_identifier: "ecf-induction",
      evidence_held: "training-event-attended",
    }),
  });
  // The same declaration again: a refused write.
  refused.push(
    (
      await client.post(`${API}/participant-declarations`, {
        token: AMBITION,
        body: body("participant-declaration", { participant_id: participantId, declaration_type: "started" }),
      })
    ).status,
  );
  await client.post("/__sandbox/schools", { body: { name: "Journal School" } });
  await client.put("/__sandbox/clock", { body: { now: "2025-11-02T09:00:00Z" } });
  const statementId = declaration.body.data.attributes.statement_id;
  await client.post(`/__sandbox/statements/${statementId}/mark-payable`);
  await client.post(`/__sandbox/statements/${statementId}/mark-paid`);
  refused.push((await client.post(`/__sandbox/statements/${statementId}/mark-paid`)).status);
  if (options.finance === true) {
    // DfE finance voids the paid declaration from the dashboard's drill-down: it awaits clawback.
    const drillDown = (await client.get(`/finance/participants/${participantId}`)).text;
    const voidPath = drillDown.match(
      new RegExp(`href="([^"]*/participant_declarations/${declaration.body.data.id}/void)/new"`),
    )?.[1];
    if (voidPath === undefined || (await client.post(voidPath, form({}))).status !== 303) {
      throw new Error("the dashboard did not void the paid declaration");
    }
    // DfE finance pays an NPQ statement the seed left payable.
    const [npqPayable] = (await client.get("/__sandbox/statements?programme=npq&status=payable")).body.data;
    if ((await client.post(`/__sandbox/statements/${npqPayable.id}/mark-paid`)).status !== 200) {
      throw new Error("could not pay a seeded payable NPQ statement");
    }
  }

  const application = await npqFixtureApplication(client, { status: "pending" });
  await client.post(`${NPQ_API}/npq-applications/${application.id}/accept`, {
    token: AMBITION,
    body: npqBody("npq-application-accept", { funded_place: true }),
  });
  const seeded = await npqApplication(client, (a) => a.status === "pending");
  await client.post(`${NPQ_API}/npq-applications/${seeded.id}/reject`, { token: AMBITION });
  refused.push((await client.post(`${NPQ_API}/npq-applications/${seeded.id}/reject`, { token: AMBITION })).status);
  // A fixture the engine refuses halfway (a decision on a course without schedules is not): nothing is kept.
  refused.push(
    (
      await client.post("/__sandbox/npq/applications", {
        body: { lead_provider_id: "00000000-0000-4000-8000-000000000000", course_identifier: "npq-senior-leadership" },
      })
    ).status,
  );
  if (options.reset === true) {
    await client.post("/__sandbox/reset", { body: { seed: 77, now: "2025-12-01T08:00:00Z" } });
    await ecfParticipant(client);
    await npqFixtureApplication(client);
  }
  await client.put("/__sandbox/clock", { body: { now: "2026-01-05T10:00:00Z", frozen: false } });
  return refused;
}

/** The world's digests (ECF and NPQ) and seed, as `GET /__sandbox/world` reports them. */
export async function worldDigests(client: SpecClient): Promise<{ seed: number; ecf: string; npq: string }> {
  const world = (await client.get("/__sandbox/world")).body;
  return { seed: world.seed, ecf: world.digest, npq: world.npq.digest };
}

/** The journal's lines, parsed. */
export async function journalLines(client: SpecClient): Promise<{ text: string; lines: Record<string, unknown>[] }> {
  const response = await client.get("/__sandbox/journal");
  if (response.status !== 200) {
    throw new Error(`GET /__sandbox/journal answered ${response.status}`);
  }
  const text = response.text;
  return {
    text,
    lines: text
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => JSON.parse(line)),
  };
}
