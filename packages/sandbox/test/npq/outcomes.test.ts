import {
  NPQ_PARTICIPANT_ID_CHANGED,
  NPQ_REQUEST_MESSAGES,
  NPQ_RULE_MESSAGES_BY_OPERATION,
  NPQ_OUTCOME_RULE_MESSAGES as RULE,
} from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { errors } from "../helpers/ecf.ts";
import {
  AMBITION,
  LLSE,
  NPQ_API,
  NPQ_NOT_FOUND,
  npqApplication,
  npqBadRequest,
  npqBody,
  npqFixtureApplication,
} from "../helpers/npq.ts";
import type { Json, SpecClient } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const OUTCOMES = `${NPQ_API}/participants/npq/outcomes`;
const participantOutcomes = (id: string) => `${NPQ_API}/participants/npq/${id}/outcomes`;

/** A body every rule accepts, for a headship participant on the sandbox's day (TEST_NOW is 1 October 2025). */
const VALID = { course_identifier: "npq-headship", state: "passed", completion_date: "2025-09-30" };

const recordOutcome = (
  client: SpecClient,
  participantId: string,
  attributes: Record<string, unknown>,
  token = AMBITION,
) => client.post(participantOutcomes(participantId), { token, body: npqBody("npq-outcome-confirmation", attributes) });

/** A participant of the seeded world whose id DfE merged into another's: the retired id and the change. */
async function mergedParticipant(client: SpecClient) {
  const participants = (await client.get(`${NPQ_API}/participants/npq`, { token: AMBITION })).body.data as Json[];
  const merged = participants.find((p) => p.attributes.participant_id_changes.length > 0);
  const change = merged.attributes.participant_id_changes[0];
  return { from: change.from_participant_id as string, to: merged.id as string, change };
}

/**
 * Every numbered rule of `createNpqParticipantOutcome`, produced through HTTP for a participant with no `completed`
 * declaration: each body differs from {@link VALID} in one attribute, so rule 7 is among every answer and a blank
 * field fails two rules at once (NPQ rules §Q11). The entries are in the service's order.
 */
const RULE_CASES: Readonly<Record<number, { attributes: Record<string, unknown>; rules: readonly number[] }>> = {
  1: { attributes: { course_identifier: "npq-early-headship-coaching-offer" }, rules: [1, 7] },
  2: { attributes: { course_identifier: "" }, rules: [1, 2, 7] },
  3: { attributes: { state: "voided" }, rules: [3, 7] },
  4: { attributes: { state: " " }, rules: [3, 4, 7] },
  5: { attributes: { completion_date: undefined }, rules: [5, 6, 7] },
  6: { attributes: { completion_date: "30/09/2025" }, rules: [6, 7] },
  7: { attributes: {}, rules: [7] },
  8: { attributes: { completion_date: "2025-10-02" }, rules: [7, 8] },
};

describe("GET /npq/api/v3/participants/npq/outcomes", () => {
  it("lists outcomes by created_at, filtered by created_since", async () => {
    const { client } = testSandbox();
    const all = await client.get(OUTCOMES, { token: AMBITION });
    expect(all.status).toBe(200);
    const createdAt = (all.body.data as Json[]).map((outcome) => outcome.attributes.created_at as string);
    expect(createdAt).toEqual([...createdAt].sort());
    const blank = await client.get(`${OUTCOMES}?filter[created_since]=`, { token: AMBITION });
    expect(blank.body).toEqual(all.body);
    const future = await client.get(`${OUTCOMES}?filter[created_since]=2099-01-01T00:00:00Z`, { token: AMBITION });
    expect([future.status, future.body]).toEqual([200, { data: [] }]);
  });

  it("refuses a created_since it cannot read before a bad page, and a bad page", async () => {
    const { client } = testSandbox();
    const createdSince = npqBadRequest(NPQ_REQUEST_MESSAGES.invalidCreatedSince);
    // A date alone, and a `+` offset that the service's second decoding turns into a space (NPQ rules §1.5).
    for (const query of [
      "filter[created_since]=2025-10-01",
      "filter[created_since]=2025-10-01T00:00:00+01:00",
      "filter[created_since]=yesterday&page[page]=0",
    ]) {
      const response = await client.get(`${OUTCOMES}?${query}`, { token: AMBITION });
      expect([query, response.status, response.body]).toEqual([query, 400, createdSince]);
    }
    const page = await client.get(`${OUTCOMES}?page[page]=0`, { token: AMBITION });
    expect([page.status, page.body]).toEqual([400, npqBadRequest(NPQ_REQUEST_MESSAGES.invalidPagination)]);
  });
});

describe("GET /npq/api/v3/participants/npq/{id}/outcomes", () => {
  it("lists a participant's outcomes, none for one without a completed declaration", async () => {
    const { client } = testSandbox();
    const application = await npqFixtureApplication(client, { course_identifier: "npq-headship" });
    const response = await client.get(participantOutcomes(application.attributes.participant_id), {
      token: AMBITION,
    });
    expect([response.status, response.body]).toEqual([200, { data: [] }]);
  });

  it("answers 410 for a merged id and 404 for someone else, both before reading the page", async () => {
    const { client } = testSandbox();
    const { from, to, change } = await mergedParticipant(client);
    const gone = await client.get(`${participantOutcomes(from)}?page[page]=0`, { token: AMBITION });
    expect([gone.status, gone.body]).toEqual([
      410,
      {
        errors: [
          {
            title: NPQ_PARTICIPANT_ID_CHANGED.title,
            detail: NPQ_PARTICIPANT_ID_CHANGED.detail({ from, to }),
            participant_id_changes: [change],
          },
        ],
      },
    ]);
    const pending = await npqApplication(client, (a) => a.status === "pending");
    const accepted = await npqFixtureApplication(client, { course_identifier: "npq-headship" });
    for (const [id, token] of [
      ["00000000-0000-4000-8000-000000000000", AMBITION],
      ["not-a-uuid", AMBITION],
      [pending.attributes.participant_id, AMBITION],
      [accepted.attributes.participant_id, LLSE],
    ] as const) {
      const response = await client.get(`${participantOutcomes(id)}?page[page]=0`, { token });
      expect([id, response.status, response.body]).toEqual([id, 404, NPQ_NOT_FOUND]);
    }
    const page = await client.get(`${participantOutcomes(accepted.attributes.participant_id)}?page[page]=0`, {
      token: AMBITION,
    });
    expect([page.status, page.body]).toEqual([400, npqBadRequest(NPQ_REQUEST_MESSAGES.invalidPagination)]);
  });
});

describe("POST /npq/api/v3/participants/npq/{id}/outcomes", () => {
  it("reads the body before looking the participant up", async () => {
    const { client } = testSandbox();
    for (const body of [{ data: { attributes: {} } }, { data: {} }, {}]) {
      const response = await client.post(participantOutcomes("00000000-0000-4000-8000-000000000000"), {
        token: AMBITION,
        body,
      });
      expect([response.status, response.body]).toEqual([
        400,
        npqBadRequest(NPQ_REQUEST_MESSAGES.jsonStructureRequired),
      ]);
    }
  });

  it("answers 404 for someone who is not the lead provider's participant, a merged id included", async () => {
    const { client } = testSandbox();
    const { from } = await mergedParticipant(client);
    const accepted = await npqFixtureApplication(client, { course_identifier: "npq-headship" });
    for (const [id, token] of [
      ["00000000-0000-4000-8000-000000000000", AMBITION],
      [from, AMBITION],
      [accepted.attributes.participant_id, LLSE],
    ] as const) {
      const response = await recordOutcome(client, id, VALID, token);
      expect([id, response.status, response.body]).toEqual([id, 404, NPQ_NOT_FOUND]);
    }
  });

  it("has a case for every numbered rule of the operation", () => {
    const table = NPQ_RULE_MESSAGES_BY_OPERATION.createNpqParticipantOutcome ?? {};
    expect(Object.keys(RULE_CASES)).toEqual(Object.keys(table));
  });

  it("produces every numbered rule's message from the engine's table", async () => {
    const { client } = testSandbox();
    const accepted = await npqFixtureApplication(client, { course_identifier: "npq-headship" });
    for (const [rule, { attributes, rules }] of Object.entries(RULE_CASES)) {
      const response = await recordOutcome(client, accepted.attributes.participant_id, { ...VALID, ...attributes });
      expect([`rule ${rule}`, response.status, response.body]).toEqual([
        `rule ${rule}`,
        422,
        errors(...rules.map((number) => RULE[number as keyof typeof RULE])),
      ]);
    }
  });

  it("answers 400 invalid date for a date in the layout that is no real date, whatever else fails (NPQ rules §Q1)", async () => {
    const { client } = testSandbox();
    const accepted = await npqFixtureApplication(client, { course_identifier: "npq-headship" });
    for (const attributes of [{ completion_date: "2021-13-01" }, { completion_date: "2025-02-30", state: "voided" }]) {
      const response = await recordOutcome(client, accepted.attributes.participant_id, { ...VALID, ...attributes });
      expect([response.status, response.body]).toEqual([400, npqBadRequest(NPQ_REQUEST_MESSAGES.invalidDate)]);
    }
  });
});

/**
 * The seeded outcomes a lead provider can record against: for each participant and course, the latest row, when it
 * is `passed` or `failed` (a `voided` one means its declaration was voided). Recording needs a `completed`
 * declaration, which only the seed (or the declaration endpoint) makes.
 */
async function recordableOutcomes(client: SpecClient): Promise<Json[]> {
  const rows = (await client.get(OUTCOMES, { token: AMBITION })).body.data as Json[];
  const latest = new Map<string, Json>();
  for (const row of rows) {
    latest.set(`${row.attributes.participant_id} ${row.attributes.course_identifier}`, row);
  }
  return [...latest.values()].filter((row) => row.attributes.state !== "voided");
}

describe("recording an outcome on a seeded completed declaration", () => {
  async function seeded(client: SpecClient, state: "passed" | "failed") {
    const outcome = (await recordableOutcomes(client)).find((row) => row.attributes.state === state);
    if (outcome === undefined) {
      throw new Error(`the seeded world has no ${state} outcome to record against`);
    }
    const { participant_id: participantId, course_identifier: course, completion_date } = outcome.attributes;
    const date = (completion_date as string).slice(0, 10);
    const record = (attributes: Record<string, unknown>) =>
      recordOutcome(client, participantId, { course_identifier: course, completion_date: date, ...attributes });
    const rows = async () => (await client.get(participantOutcomes(participantId), { token: AMBITION })).body.data;
    return { outcome, date, record, rows };
  }

  it("answers the existing outcome for a repeated state, and adds a row for a new one (NPQ rules §6.3)", async () => {
    const { client } = testSandbox();
    const { outcome, record, rows } = await seeded(client, "passed");
    const before = await rows();
    // Passed again, with its date or any other: the same outcome, nothing added.
    for (const completionDate of [undefined, "2025-09-01"]) {
      const again = await record({
        state: "passed",
        ...(completionDate === undefined ? {} : { completion_date: completionDate }),
      });
      expect([again.status, again.body]).toEqual([200, { data: outcome }]);
    }
    expect(await rows()).toEqual(before);
    const failed = await record({ state: "failed", completion_date: "2025-09-15" });
    expect(failed.status).toBe(200);
    expect(failed.body.data.id).not.toBe(outcome.id);
    expect(failed.body.data.attributes).toMatchObject({
      state: "failed",
      completion_date: "2025-09-15T00:00:00+00:00",
      participant_id: outcome.attributes.participant_id,
      course_identifier: outcome.attributes.course_identifier,
    });
    // The same failed outcome again is answered as it is; another date is a new row.
    expect((await record({ state: "failed", completion_date: "2025-09-15" })).body).toEqual(failed.body);
    const redated = await record({ state: "failed", completion_date: "2025-09-16" });
    expect(redated.body.data.id).not.toBe(failed.body.data.id);
    // Rows made at the same instant come by id, so the rows are compared as a set.
    const added = [failed.body.data.id, redated.body.data.id];
    const ids = (list: Json[]) => list.map((row) => row.id as string).sort();
    expect(ids(await rows())).toEqual(ids([...before, failed.body.data, redated.body.data]));
    const since = await client.get(`${OUTCOMES}?filter[created_since]=${failed.body.data.attributes.created_at}`, {
      token: AMBITION,
    });
    expect(since.body.data.map((row: Json) => row.id)).toEqual(expect.arrayContaining(added));
    for (const row of since.body.data) {
      expect(row.attributes.created_at >= failed.body.data.attributes.created_at).toBe(true);
    }
  });
});
