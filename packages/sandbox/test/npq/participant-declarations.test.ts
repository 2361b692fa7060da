import { NPQ_DECLARATION_RULE_MESSAGES, NPQ_REQUEST_MESSAGES } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import {
  AMBITION,
  NPQ_API,
  npqBadRequest,
  npqDeclare,
  npqFixtureApplication,
  npqStatementsOf,
} from "../helpers/npq.ts";
import {
  DECLARATION_DATE as DATE,
  declaring,
  expectRuleCases,
  DECLARING_NOW as NOW,
  type RuleCase,
  UNKNOWN_ID as UNKNOWN,
} from "../helpers/npq-declaring.ts";
import type { Json, SpecClient } from "../helpers/spec-client.ts";

const pair = (message: { title: string; detail: string }) => [message.title, message.detail] as const;

/** The participant's enrolment on the course, as GET /participants/npq/{id} shows it. */
async function enrolmentOf(client: SpecClient, participantId: string, course: string): Promise<Json> {
  const participant = await client.get(`${NPQ_API}/participants/npq/${participantId}`, { token: AMBITION });
  return participant.body.data.attributes.npq_enrolments.find((e: Json) => e.course_identifier === course);
}

describe("POST /npq/api/v3/participant-declarations", () => {
  it("declares started: eligible on the next output statement, shown by GET and the list", async () => {
    const { client, started, everyCohort } = await declaring();
    const made = await npqDeclare(client, started);
    expect(made.status).toBe(200);
    expect(made.headers.get("cache-control")).toBe("no-store");
    expect(made.body.data.attributes).toMatchObject({
      participant_id: started.participant_id,
      declaration_type: "started",
      declaration_date: DATE,
      state: "eligible",
      has_passed: null,
      delivery_partner_id: everyCohort.id,
      delivery_partner_name: everyCohort.attributes.name,
      lead_provider_name: "Ambition Institute",
      created_at: NOW,
    });
    const statement = made.body.data.attributes.statement_id as string;
    expect(statement).toMatch(/^[0-9a-f-]{36}$/);
    const shown = await client.get(`${NPQ_API}/participant-declarations/${made.body.data.id}`, { token: AMBITION });
    expect(shown.body.data).toEqual(made.body.data);
    const listed = await client.get(
      `${NPQ_API}/participant-declarations?filter[participant_id]=${started.participant_id}`,
      { token: AMBITION },
    );
    expect(listed.body.data).toEqual([made.body.data]);
  });

  it("records the outcome of a completed declaration with has_passed, and shows it on the declaration", async () => {
    const { client, started } = await declaring();
    const passed = await npqDeclare(client, { ...started, declaration_type: "completed", has_passed: "true" });
    expect(passed.body.data.attributes).toMatchObject({ declaration_type: "completed", has_passed: true });
    const failing = await npqFixtureApplication(client, { course_identifier: "npq-leading-literacy" });
    const failed = await npqDeclare(client, {
      ...started,
      participant_id: failing.attributes.participant_id,
      course_identifier: "npq-leading-literacy",
      declaration_type: "completed",
      has_passed: false,
    });
    expect(failed.body.data.attributes.has_passed).toBe(false);
    // Voiding it voids the outcome too: has_passed is null again.
    const voided = await client.put(`${NPQ_API}/participant-declarations/${failed.body.data.id}/void`, {
      token: AMBITION,
    });
    expect(voided.body.data.attributes).toMatchObject({ state: "voided", has_passed: null, statement_id: null });
  });

  it("makes a same-TRN duplicate of another person's declaration ineligible, with no statement", async () => {
    const { client, started } = await declaring();
    const first = await npqFixtureApplication(client, { trn: "7654321" });
    const second = await npqFixtureApplication(client, { trn: "7654321" });
    const made = await npqDeclare(client, { ...started, participant_id: first.attributes.participant_id });
    expect(made.body.data.attributes.state).toBe("eligible");
    const duplicate = await npqDeclare(client, { ...started, participant_id: second.attributes.participant_id });
    expect(duplicate.body.data.attributes).toMatchObject({ state: "ineligible", statement_id: null });
  });

  it("leaves a declaration without a funded place submitted, on no statement", async () => {
    const { client, started } = await declaring();
    const unfunded = await npqFixtureApplication(client, { funded_place: false });
    const made = await npqDeclare(client, { ...started, participant_id: unfunded.attributes.participant_id });
    expect(made.body.data.attributes).toMatchObject({ state: "submitted", statement_id: null });
  });

  it("refuses a body without data.attributes before any rule", async () => {
    const { client } = await declaring();
    for (const body of [{}, { data: {} }, { data: { attributes: {} } }]) {
      const response = await client.post(`${NPQ_API}/participant-declarations`, { token: AMBITION, body });
      expect([response.status, response.body]).toEqual([
        400,
        npqBadRequest(NPQ_REQUEST_MESSAGES.jsonStructureRequired),
      ]);
    }
  });

  it("produces every rule of createParticipantDeclaration through HTTP", async () => {
    const { client, leadProviderId, started, everyCohort, recent, elsewhere } = await declaring();
    const R = NPQ_DECLARATION_RULE_MESSAGES;
    const declare = (attributes: Record<string, unknown>) => () => npqDeclare(client, { ...started, ...attributes });
    const participants = (await client.get(`${NPQ_API}/participants/npq`, { token: AMBITION })).body.data as Json[];
    const merged = participants.find((p) => p.attributes.participant_id_changes.length > 0) as Json;
    const change = merged.attributes.participant_id_changes[0];
    const withdrawn = await npqFixtureApplication(client, { training_status: "withdrawn" });
    const withdrawal = (await enrolmentOf(client, withdrawn.attributes.participant_id, "npq-senior-leadership"))
      .withdrawal;
    const noSchedule = await npqFixtureApplication(client, { schedule_identifier: null });
    const specialist = await npqFixtureApplication(client, { course_identifier: "npq-leading-literacy" });
    // Primary mathematics is contracted from 2023 only: a 2022 enrolment has no contract.
    const uncontracted = await npqFixtureApplication(client, {
      course_identifier: "npq-leading-primary-mathematics",
      cohort: "2022a",
    });
    const scottish = await npqFixtureApplication(client, { teacher_catchment: "scotland" });
    // 2023a is a full cohort whose statements all ended: only a declaration that will not be paid can be made there.
    await npqStatementsOf(client, leadProviderId, "2023a");
    const ended = await npqFixtureApplication(client, { cohort: "2023a" });
    const unfunded2023 = await npqFixtureApplication(client, { cohort: "2023a", eligible_for_funding: false });
    const old = (fixture: Json) => ({
      participant_id: fixture.attributes.participant_id,
      declaration_date: "2023-11-01T09:00:00Z",
      delivery_partner_id: undefined,
    });
    const repeated = await npqFixtureApplication(client);
    expect((await npqDeclare(client, { ...started, participant_id: repeated.attributes.participant_id })).status).toBe(
      200,
    );
    const cases: Record<number, RuleCase> = {
      1: { send: declare({ participant_id: " " }), expected: [R[1]] },
      2: {
        send: declare({ participant_id: change.from_participant_id }),
        expected: [
          pair({ title: R[2].title, detail: R[2].detail({ from: change.from_participant_id, to: merged.id }) }),
        ],
      },
      3: { send: declare({ participant_id: UNKNOWN }), expected: [R[3]] },
      4: {
        send: declare({ participant_id: withdrawn.attributes.participant_id, declaration_date: NOW }),
        expected: [[R[4].title, R[4].detail(withdrawal.date)]],
      },
      5: { send: declare({ course_identifier: "npq-headship" }), expected: [R[5]] },
      6: { send: declare({ declaration_date: "2025-10-15 09:00:00" }), expected: [R[6]] },
      7: { send: declare({ declaration_date: "2025-09-30T23:59:59Z" }), expected: [R[7]] },
      8: { send: declare({ declaration_date: undefined }), expected: [R[8]] },
      9: { send: declare({ declaration_type: "" }), expected: [R[9], R[10]] },
      10: { send: declare({ declaration_type: "retained-3" }), expected: [R[10]] },
      11: { send: declare({ participant_id: noSchedule.attributes.participant_id }), expected: [R[11]] },
      12: {
        send: declare({
          participant_id: specialist.attributes.participant_id,
          course_identifier: "npq-leading-literacy",
          declaration_type: "retained-2",
        }),
        expected: [R[12]],
      },
      13: {
        send: declare({
          ...old(uncontracted),
          course_identifier: "npq-leading-primary-mathematics",
          declaration_date: "2022-11-01T09:00:00Z",
        }),
        expected: [R[13]],
      },
      14: { send: declare(old(ended)), expected: [[R[14].title, R[14].detail(2023)]] },
      15: { send: declare({ declaration_type: "completed" }), expected: [R[15]] },
      16: { send: declare({ participant_id: repeated.attributes.participant_id }), expected: [R[16]] },
      17: { send: declare({ delivery_partner_id: UNKNOWN }), expected: [R[17]] },
      18: { send: declare({ secondary_delivery_partner_id: UNKNOWN }), expected: [R[18]] },
      19: { send: declare({ declaration_date: "2025-11-03T10:00:01Z" }), expected: [R[19]] },
      20: { send: declare({ delivery_partner_id: undefined }), expected: [R[20]] },
      21: { send: declare({ participant_id: scottish.attributes.participant_id }), expected: [R[21]] },
      22: { send: declare({ delivery_partner_id: elsewhere.id }), expected: [R[22]] },
      23: { send: declare({ ...old(unfunded2023), secondary_delivery_partner_id: everyCohort.id }), expected: [R[23]] },
      // The service checks the record's delivery partners together: rule 24 needs a delivery partner beside the
      // secondary one, so it comes with rule 21.
      24: {
        send: declare({ participant_id: scottish.attributes.participant_id, secondary_delivery_partner_id: recent.id }),
        expected: [R[21], R[24]],
      },
      25: { send: declare({ secondary_delivery_partner_id: elsewhere.id }), expected: [R[25]] },
      26: { send: declare({ secondary_delivery_partner_id: everyCohort.id }), expected: [R[26]] },
      27: {
        unreachable: "the declarations that block rule 27 block rule 16 first",
        send: declare({ participant_id: repeated.attributes.participant_id }),
        expected: [R[16]],
      },
    };
    await expectRuleCases("createParticipantDeclaration", cases);
  });
});
