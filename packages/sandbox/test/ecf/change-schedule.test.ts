import { CHANGE_SCHEDULE_RULE_MESSAGES as RULE } from "@lpkit/engine";
import { beforeEach, describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { errors, scenario } from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";
import { act, declare, newParticipant } from "./participant-fixtures.ts";

// The clock stands at 2025-10-01T09:30:00Z (TEST_NOW).
const { sandbox, client } = testSandbox();
beforeEach(() => internalControl(sandbox).reset());

const change = (participantId: string, attributes: Record<string, unknown>, serverDate?: string) =>
  act(client, participantId, "change-schedule", { course_identifier: "ecf-induction", ...attributes }, { serverDate });

const enrolment = (response: { body: { data: { attributes: { ecf_enrolments: unknown[] } } } }) =>
  response.body.data.attributes.ecf_enrolments[0] as Record<string, unknown>;

describe("PUT /participants/{id}/change-schedule (change-schedule rules, ECF rules §6.4)", () => {
  it("changes the schedule", async () => {
    const participantId = await newParticipant(client);
    const response = await change(participantId, { schedule_identifier: "ecf-extended-september" });
    expect(response.status).toBe(200);
    expect(enrolment(response).schedule_identifier).toBe("ecf-extended-september");
  });

  it("silently keeps the current cohort for a cohort year that does not exist", async () => {
    const participantId = await newParticipant(client);
    const response = await change(participantId, { schedule_identifier: "ecf-extended-september", cohort: "2019" });
    expect(response.status).toBe(200);
    expect(enrolment(response)).toMatchObject({ cohort: "2025", schedule_identifier: "ecf-extended-september" });
  });

  it("does not re-validate declarations on training that started before today", async () => {
    const participantId = await newParticipant(client, { start: "2025-09-01" });
    await declare(client, {
      participant_id: participantId,
      declaration_type: "started",
      declaration_date: "2025-09-20T10:00:00Z",
      course_identifier: "ecf-induction",
      evidence_held: "training-event-attended",
    });
    // The started declaration would not fit the January schedule, but it stays on the training that is closed.
    const response = await change(participantId, { schedule_identifier: "ecf-standard-january" });
    expect(response.status).toBe(200);
    expect(enrolment(response).schedule_identifier).toBe("ecf-standard-january");
  });

  it.each([
    [{}, RULE[3]],
    [{ schedule_identifier: "ecf-standard-june" }, RULE[4]],
    [{ schedule_identifier: "ecf-standard-september" }, RULE[6]],
    [{ schedule_identifier: "ecf-replacement-september" }, RULE[7]],
  ])("3, 4, 6 and 7: refuses %j", async (attributes, error) => {
    const participantId = await newParticipant(client);
    const response = await change(participantId, attributes);
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(error));
  });

  it("8: refuses a reduced schedule for a mentor", async () => {
    const mentorId = await newParticipant(client, { course: "ecf-mentor" });
    const response = await act(client, mentorId, "change-schedule", {
      course_identifier: "ecf-mentor",
      schedule_identifier: "ecf-reduced-september",
    });
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(RULE[8]));
  });

  it("9: refuses a schedule that would invalidate declarations on training that starts today", async () => {
    const participantId = await newParticipant(client, { start: "2025-10-01" });
    await declare(client, {
      participant_id: participantId,
      declaration_type: "started",
      declaration_date: "2025-09-20T10:00:00Z",
      course_identifier: "ecf-induction",
      evidence_held: "training-event-attended",
    });
    // 2025's January schedule starts on 2026-01-01: the started declaration of 2025-09-20 would fall before it.
    const response = await change(participantId, { schedule_identifier: "ecf-standard-january" });
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(RULE[9]));
    // The extended September schedule starts on 2025-09-01, so the declaration still fits.
    const fits = await change(participantId, { schedule_identifier: "ecf-extended-september" });
    expect(fits.status).toBe(200);
    expect(enrolment(fits).schedule_identifier).toBe("ecf-extended-september");
  });

  it("10: refuses a cohort where the provider has no partnership with the school", async () => {
    const participantId = await newParticipant(client);
    const response = await change(participantId, { schedule_identifier: "ecf-standard-january", cohort: "2024" });
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(RULE[10]));
  });

  it("11: refuses a move into a payments-frozen cohort the participant never belonged to", async () => {
    const schoolId = (await client.post("/__sandbox/schools")).body.data.id;
    // A 2022 participant at the school gives the provider a 2022 partnership there (2022 is frozen since 2025-06-16).
    await newParticipant(client, { cohort: "2022", start: "2022-09-05", schoolId });
    const participantId = await newParticipant(client, { cohort: "2024", start: "2024-09-02", schoolId });
    const response = await change(participantId, { schedule_identifier: "ecf-standard-september", cohort: "2022" });
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(RULE[11]));
  });

  it("11: lets a participant moved out of a payments-frozen cohort move back, recording the move meanwhile", async () => {
    const schoolId = (await client.post("/__sandbox/schools")).body.data.id;
    await newParticipant(client, { cohort: "2024", start: "2024-09-02", schoolId });
    const participantId = await newParticipant(client, { cohort: "2022", start: "2022-09-05", schoolId });
    const out = await change(participantId, { schedule_identifier: "ecf-standard-september", cohort: "2024" });
    expect(out.status).toBe(200);
    expect(enrolment(out)).toMatchObject({ cohort: "2024", cohort_changed_after_payments_frozen: true });
    const back = await change(participantId, { schedule_identifier: "ecf-standard-september", cohort: "2022" });
    expect(back.status).toBe(200);
    expect(enrolment(back)).toMatchObject({ cohort: "2022", cohort_changed_after_payments_frozen: false });
  });

  it("12: refuses a mentor who has completed their training", async () => {
    const mentorId = await newParticipant(client, { course: "ecf-mentor" });
    const mentorDeclaration = { participant_id: mentorId, course_identifier: "ecf-mentor" };
    await declare(client, {
      ...mentorDeclaration,
      declaration_type: "started",
      declaration_date: "2025-09-10T10:00:00Z",
      evidence_held: "training-event-attended",
    });
    await declare(client, {
      ...mentorDeclaration,
      declaration_type: "completed",
      declaration_date: "2025-09-20T10:00:00Z",
      evidence_held: "75-percent-engagement-met",
    });
    const response = await act(client, mentorId, "change-schedule", {
      course_identifier: "ecf-mentor",
      schedule_identifier: "ecf-standard-january",
    });
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(RULE[12]));
  });

  it.each(["defer", "withdraw"] as const)("13: refuses a participant who has left (%s)", async (action) => {
    const participantId = await newParticipant(client);
    const stopped = await act(client, participantId, action, { reason: "other", course_identifier: "ecf-induction" });
    expect(stopped.status).toBe(200);
    const response = await change(participantId, { schedule_identifier: "ecf-extended-september" });
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(RULE[13]));
  });

  it("14: refuses a withdrawn participant whose training has not ended yet", async () => {
    const participantId = await newParticipant(client);
    await act(client, participantId, "withdraw", { reason: "other", course_identifier: "ecf-induction" });
    // Seen from a week earlier, the withdrawn training still runs until today: leaving, not left.
    const response = await change(
      participantId,
      { schedule_identifier: "ecf-extended-september" },
      "2025-09-24T10:00:00Z",
    );
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(RULE[14]));
  });

  it("15: refuses a participant due to start with another provider", async () => {
    const { resources } = await scenario(client, "ect-leaving-for-another-provider");
    const response = await change(resources.participant_id, { schedule_identifier: "ecf-extended-september" });
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(RULE[15]));
  });

  it("reports a schedule, a cohort and a participant error together", async () => {
    const participantId = await newParticipant(client);
    await act(client, participantId, "defer", { reason: "other", course_identifier: "ecf-induction" });
    const response = await change(participantId, { schedule_identifier: "ecf-replacement-september", cohort: "2024" });
    expect(response.body).toEqual(errors(RULE[7], RULE[10], RULE[13]));
  });
});
