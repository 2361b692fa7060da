import { DECLARATION_RULE_MESSAGES as DECLARATION, VOID_RULE_MESSAGES as VOID } from "@lpkit/engine";
import { beforeEach, describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import {
  AMBITION,
  API,
  body,
  errors,
  leadProviderId,
  NOT_FOUND,
  scenario,
  TEACH_FIRST,
  withValue,
} from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

// The clock stands at 2025-10-01T09:30:00Z (TEST_NOW).
const { sandbox, client } = testSandbox();
beforeEach(() => internalControl(sandbox).reset());

interface NewParticipant {
  course?: "ecf-induction" | "ecf-mentor";
  cohort?: string;
  start?: string;
  eligible?: boolean;
  schedule?: string;
  token?: string;
}

/** A fresh participant through the control API; answers their id. */
async function newParticipant(options: NewParticipant = {}): Promise<string> {
  const response = await client.post("/__sandbox/participants", {
    body: {
      lead_provider_id: await leadProviderId(client, options.token ?? AMBITION),
      course_identifier: options.course ?? "ecf-induction",
      cohort: options.cohort ?? "2025",
      training_start_date: options.start ?? "2025-09-01",
      eligible_for_funding: options.eligible ?? true,
      ...(options.schedule === undefined ? {} : { schedule_identifier: options.schedule }),
    },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.data.id;
}

function declare(attributes: Record<string, unknown>, options: { token?: string; serverDate?: string } = {}) {
  return client.post(`${API}/participant-declarations`, {
    token: options.token ?? AMBITION,
    headers: options.serverDate === undefined ? {} : { "x-with-server-date": options.serverDate },
    body: body("participant-declaration", attributes),
  });
}

const started = (participantId: string, extra: Record<string, unknown> = {}) => ({
  participant_id: participantId,
  declaration_type: "started",
  declaration_date: "2025-09-20T10:00:00Z",
  course_identifier: "ecf-induction",
  evidence_held: "training-event-attended",
  ...extra,
});

describe("POST /participant-declarations: success (ECF rules §4)", () => {
  it("answers 200 with an eligible declaration on the next open output statement", async () => {
    const participantId = await newParticipant();
    const response = await declare(started(participantId));
    expect(response.status).toBe(200);
    const { attributes } = response.body.data;
    expect(response.body.data.type).toBe("participant-declaration");
    expect(attributes).toMatchObject({
      participant_id: participantId,
      declaration_type: "started",
      declaration_date: "2025-09-20T10:00:00Z",
      course_identifier: "ecf-induction",
      state: "eligible",
      evidence_held: "training-event-attended",
      clawback_statement_id: null,
      ineligible_for_funding_reason: null,
      uplift_paid: false,
      lead_provider_name: "Ambition Institute",
      created_at: "2025-10-01T09:30:00Z",
      updated_at: "2025-10-01T09:30:00Z",
    });
    const statement = await client.get(`${API}/statements/${attributes.statement_id}`, { token: AMBITION });
    expect(statement.body.data.attributes).toMatchObject({ cohort: "2025", paid: false, cut_off_date: "2025-10-31" });
    const shown = await client.get(`${API}/participant-declarations/${response.body.data.id}`, { token: AMBITION });
    expect(shown.body).toEqual(response.body);
  });

  it("leaves a declaration submitted, without a statement, while the participant is not eligible", async () => {
    const participantId = await newParticipant({ eligible: false });
    const response = await declare(started(participantId));
    expect(response.body.data.attributes).toMatchObject({ state: "submitted", statement_id: null });

    const made = await client.post(`/__sandbox/participants/${participantId}/eligible-for-funding`, {
      body: { course_identifier: "ecf-induction" },
    });
    expect(made.status).toBe(200);
    const after = await client.get(`${API}/participant-declarations/${response.body.data.id}`, { token: AMBITION });
    expect(after.body.data.attributes.state).toBe("eligible");
    expect(after.body.data.attributes.statement_id).not.toBeNull();
  });

  it("ignores data.type and extra attributes", async () => {
    const participantId = await newParticipant();
    const response = await client.post(`${API}/participant-declarations`, {
      token: AMBITION,
      body: { data: { type: "anything", attributes: { ...started(participantId), has_passed: true } } },
    });
    expect(response.status).toBe(200);
  });
});

describe("POST /participant-declarations: declaration rules in order (ECF rules §3.2)", () => {
  it("1-4: blank participant, course and date", async () => {
    expect((await declare({ declaration_type: "started" })).body).toEqual(errors(DECLARATION[1]));
    expect((await declare({ participant_id: "00000000-0000-4000-8000-000000000000" })).body).toEqual(
      errors(DECLARATION[2]),
    );
    const participantId = await newParticipant();
    expect((await declare({ participant_id: participantId, course_identifier: "npq-leading" })).body).toEqual(
      errors(DECLARATION[3]),
    );
    expect((await declare({ participant_id: participantId, course_identifier: "ecf-induction" })).body).toEqual(
      errors(DECLARATION[4]),
    );
  });

  it("5: a role the participant does not train in", async () => {
    const participantId = await newParticipant();
    const response = await declare(started(participantId, { course_identifier: "ecf-mentor" }));
    expect(response.status).toBe(422);
    expect(response.body.errors).toContainEqual(DECLARATION[5]);
  });

  it("6-7: blank and unknown declaration types", async () => {
    const participantId = await newParticipant();
    expect((await declare(started(participantId, { declaration_type: "" }))).body).toEqual(errors(DECLARATION[6]));
    expect((await declare(started(participantId, { declaration_type: "halfway" }))).body).toEqual(
      errors(DECLARATION[7]),
    );
  });

  it("8: a second declaration of the same type, also for a sequential identical request", async () => {
    const participantId = await newParticipant();
    expect((await declare(started(participantId))).status).toBe(200);
    const again = await declare(started(participantId));
    expect(again.status).toBe(422);
    expect(again.body).toEqual(errors(DECLARATION[8]));
  });

  it("9: a date in the future", async () => {
    const participantId = await newParticipant();
    const response = await declare(started(participantId, { declaration_date: "2025-10-01T09:30:01Z" }));
    expect(response.body).toEqual(errors(DECLARATION[9]));
  });

  it("10-11: outside the milestone window", async () => {
    const participantId = await newParticipant({ cohort: "2024", start: "2024-09-02" });
    const base = { participant_id: participantId, course_identifier: "ecf-induction", evidence_held: "other" };
    const early = await declare({ ...base, declaration_type: "retained-1", declaration_date: "2024-12-15T10:00:00Z" });
    expect(early.body).toEqual(errors(DECLARATION[10]));
    const late = await declare({ ...base, declaration_type: "retained-1", declaration_date: "2025-05-01T10:00:00Z" });
    expect(late.body).toEqual(errors(DECLARATION[11]));
  });

  it("12: a date that is not RFC 3339", async () => {
    const participantId = await newParticipant();
    const response = await declare(started(participantId, { declaration_date: "2025-09-20 10:00:00 +0000" }));
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(DECLARATION[12]));
  });

  it("12: a date that is not a date at all (docs/decisions/engine-unparsable-declaration-date.md)", async () => {
    const participantId = await newParticipant();
    const response = await declare(started(participantId, { declaration_date: "invalid" }));
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(DECLARATION[12]));
  });

  it("13: retained declarations for mentors of mentor-funded cohorts", async () => {
    const mentorId = await newParticipant({ course: "ecf-mentor" });
    const response = await declare({
      participant_id: mentorId,
      declaration_type: "retained-1",
      declaration_date: "2025-09-20T10:00:00Z",
      course_identifier: "ecf-mentor",
      evidence_held: "other",
    });
    expect(response.body).toEqual(errors(DECLARATION[13]));
  });

  it("14-15: missing and unavailable evidence", async () => {
    const participantId = await newParticipant();
    expect((await declare(started(participantId, { evidence_held: undefined }))).body).toEqual(errors(DECLARATION[14]));
    expect((await declare(started(participantId, { evidence_held: "75-percent-engagement-met" }))).body).toEqual(
      errors(DECLARATION[15]),
    );
  });

  it("16: a date after the participant withdrew", async () => {
    const { resources } = await scenario(client, "ect-withdrawn-resumable");
    const participant = await client.get(`${API}/participants/${resources.participant_id}`, { token: AMBITION });
    const withdrawnAt = participant.body.data.attributes.ecf_enrolments[0].withdrawal.date;
    const response = await declare(started(resources.participant_id, { declaration_date: "2025-09-25T10:00:00Z" }));
    expect(response.body.errors).toContainEqual(withValue(DECLARATION[16], withdrawnAt));
  });

  it("17: a participant training in a cohort whose payments are frozen", async () => {
    const participantId = await newParticipant({ cohort: "2022", start: "2022-09-05" });
    const response = await declare(
      started(participantId, { declaration_date: "2022-09-20T10:00:00Z", evidence_held: null }),
    );
    expect(response.body.errors).toContainEqual(withValue(DECLARATION[17], "2022"));
  });

  it("18: no output statement left for the cohort", async () => {
    const participantId = await newParticipant({ cohort: "2024", start: "2024-09-02" });
    const response = await declare(
      {
        participant_id: participantId,
        declaration_type: "completed",
        declaration_date: "2026-05-01T10:00:00Z",
        course_identifier: "ecf-induction",
        evidence_held: "other",
      },
      { serverDate: "2027-09-01T10:00:00Z" },
    );
    expect(response.body).toEqual(errors(withValue(DECLARATION[18], "2024")));
  });

  it("19: a declaration type the schedule does not have", async () => {
    const participantId = await newParticipant();
    const response = await declare(started(participantId, { declaration_type: "extended-1" }));
    expect(response.body).toEqual(errors(DECLARATION[19]));
  });

  it("20: a date out of sequence with existing declarations (2025 onwards)", async () => {
    const participantId = await newParticipant();
    const retained = await declare(
      started(participantId, { declaration_type: "retained-1", declaration_date: "2025-09-20T10:00:00Z" }),
    );
    expect(retained.status).toBe(200);
    const response = await declare(started(participantId, { declaration_date: "2025-09-25T10:00:00Z" }));
    expect(response.body).toEqual(errors(DECLARATION[20]));
  });

  it("21: a participant of another lead provider", async () => {
    const participantId = await newParticipant({ token: TEACH_FIRST });
    const response = await declare(started(participantId));
    expect(response.body).toEqual(errors(DECLARATION[21]));
  });

  it("reports several errors together", async () => {
    const participantId = await newParticipant({ token: TEACH_FIRST });
    const response = await declare(started(participantId, { declaration_date: "2030-01-01T00:00:00Z" }));
    expect(response.status).toBe(422);
    expect(response.body.errors.length).toBeGreaterThan(1);
  });
});

describe("PUT /participant-declarations/{id}/void (ECF rules §5.2)", () => {
  const voidDeclaration = (id: string, token = AMBITION) =>
    client.put(`${API}/participant-declarations/${id}/void`, { token });

  it("voids a declaration, clears its statement, and refuses to void it twice", async () => {
    const participantId = await newParticipant();
    const created = await declare(started(participantId));
    const voided = await voidDeclaration(created.body.data.id);
    expect(voided.status).toBe(200);
    expect(voided.body.data.attributes).toMatchObject({ state: "voided", statement_id: null });
    const again = await voidDeclaration(created.body.data.id);
    expect(again.body).toEqual(errors(VOID[1]));
    // A voided declaration no longer blocks a new one.
    expect((await declare(started(participantId))).status).toBe(200);
  });

  it("claws back a paid declaration, once", async () => {
    const { resources } = await scenario(client, "ect-with-paid-started-declaration");
    const voided = await voidDeclaration(resources.declaration_id);
    expect(voided.status).toBe(200);
    expect(voided.body.data.attributes.state).toBe("awaiting-clawback");
    expect(voided.body.data.attributes.clawback_statement_id).not.toBeNull();
    expect(voided.body.data.attributes.statement_id).not.toBeNull();
    const again = await voidDeclaration(resources.declaration_id);
    expect(again.body).toEqual(errors(VOID[2]));
  });

  it("refuses to claw back once the cohort has no output statement to come", async () => {
    const { resources } = await scenario(client, "ect-with-paid-started-declaration");
    // 2024's last output statement is cut off on 2027-07-31.
    const response = await client.put(`${API}/participant-declarations/${resources.declaration_id}/void`, {
      token: AMBITION,
      headers: { "x-with-server-date": "2027-09-01T10:00:00Z" },
    });
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(withValue(VOID[3], "2024")));
    const shown = await client.get(`${API}/participant-declarations/${resources.declaration_id}`, { token: AMBITION });
    expect(shown.body.data.attributes.state).toBe("paid");
  });

  it("answers 404 for another provider's declaration", async () => {
    const participantId = await newParticipant();
    const created = await declare(started(participantId));
    expect((await voidDeclaration(created.body.data.id, TEACH_FIRST)).body).toEqual(NOT_FOUND);
    expect(
      (await client.get(`${API}/participant-declarations/${created.body.data.id}`, { token: TEACH_FIRST })).body,
    ).toEqual(NOT_FOUND);
  });
});

describe("GET /participant-declarations", () => {
  it("filters by participant and delivery partner, dropping ids that are not UUIDs", async () => {
    const participantId = await newParticipant();
    const created = await declare(started(participantId));
    const list = (query: string) => client.get(`${API}/participant-declarations?${query}`, { token: AMBITION });
    const byParticipant = await list(`filter[participant_id]=${participantId},not-a-uuid`);
    expect(byParticipant.body.data.map((d: { id: string }) => d.id)).toEqual([created.body.data.id]);
    expect((await list("filter[participant_id]=not-a-uuid")).body).toEqual({ data: [] });
    const deliveryPartner = created.body.data.attributes.delivery_partner_id;
    const byPartner = (await list(`filter[delivery_partner_id]=${deliveryPartner}&page[per_page]=3000`)).body.data;
    expect(
      byPartner.every(
        (d: { attributes: { delivery_partner_id: string } }) => d.attributes.delivery_partner_id === deliveryPartner,
      ),
    ).toBe(true);
  });
});
