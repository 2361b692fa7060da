import {
  COURSE_RULE_MESSAGES as COURSE,
  DEFER_RULE_MESSAGES as DEFER,
  RESUME_RULE_MESSAGES as RESUME,
  WITHDRAW_RULE_MESSAGES as WITHDRAW,
} from "@lpkit/engine";
import { beforeEach, describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import {
  AMBITION,
  API,
  body,
  errors,
  leadProviderId,
  NOT_FOUND,
  STRUCTURE_REQUIRED,
  scenario,
  TEACH_FIRST,
} from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

// The clock stands at 2025-10-01T09:30:00Z (TEST_NOW).
const { sandbox, client } = testSandbox();
beforeEach(() => internalControl(sandbox).reset());

async function newParticipant(course = "ecf-induction", start = "2025-09-01"): Promise<string> {
  const response = await client.post("/__sandbox/participants", {
    body: {
      lead_provider_id: await leadProviderId(client),
      course_identifier: course,
      cohort: "2025",
      training_start_date: start,
    },
  });
  expect(response.status).toBe(201);
  return response.body.data.id;
}

const act = (participantId: string, action: string, attributes: Record<string, unknown>, token = AMBITION) =>
  client.put(`${API}/participants/${participantId}/${action}`, {
    token,
    body: body(`participant-${action}`, attributes),
  });

const UNKNOWN_COURSE = COURSE[2];

describe("GET /participants", () => {
  it("shows a participant with both roles' enrolments as the provider sees them", async () => {
    const participantId = await newParticipant();
    const response = await client.get(`${API}/participants/${participantId}`, { token: AMBITION });
    expect(response.status).toBe(200);
    expect(response.body.data.attributes.ecf_enrolments).toHaveLength(1);
    expect(response.body.data.attributes.ecf_enrolments[0]).toMatchObject({
      participant_type: "ect",
      cohort: "2025",
      training_status: "active",
      participant_status: "active",
      schedule_identifier: "ecf-standard-september",
    });
    expect((await client.get(`${API}/participants/${participantId}`, { token: TEACH_FIRST })).body).toEqual(NOT_FOUND);
  });

  it("hides participants the provider has only expressed interest in, until a partnership exists", async () => {
    const { resources, cohort } = await scenario(client, "ect-expression-of-interest-only");
    const show = () => client.get(`${API}/participants/${resources.participant_id}`, { token: AMBITION });
    expect((await show()).status).toBe(404);
    const deliveryPartners = await client.get(`${API}/delivery-partners?filter[cohort]=${cohort}`, { token: AMBITION });
    const created = await client.post(`${API}/partnerships`, {
      token: AMBITION,
      body: body("partnership", {
        cohort,
        school_id: resources.school_id,
        delivery_partner_id: deliveryPartners.body.data[0].id,
      }),
    });
    expect(created.status).toBe(200);
    expect((await show()).status).toBe(200);
  });
});

describe("participant actions: common rules (ECF rules §6)", () => {
  it.each(["withdraw", "defer", "resume", "change-schedule"])(
    "%s reads the body before looking the participant up",
    async (action) => {
      const response = await client.put(`${API}/participants/00000000-0000-4000-8000-000000000000/${action}`, {
        token: AMBITION,
        body: { data: { attributes: {} } },
      });
      expect(response.status).toBe(400);
      expect(response.body).toEqual(STRUCTURE_REQUIRED);
    },
  );

  it.each(["withdraw", "defer", "resume", "change-schedule"])(
    "%s answers 404 for a participant of another provider",
    async (action) => {
      const participantId = await newParticipant();
      const response = await act(
        participantId,
        action,
        { course_identifier: "ecf-induction", reason: "other" },
        TEACH_FIRST,
      );
      expect(response.body).toEqual(NOT_FOUND);
    },
  );

  it("answers resume without course_identifier with 400 (nothing left after whitelisting)", async () => {
    const participantId = await newParticipant();
    const response = await act(participantId, "resume", { reason: "other" });
    expect(response.body).toEqual(STRUCTURE_REQUIRED);
  });

  it("checks the course", async () => {
    const participantId = await newParticipant();
    expect((await act(participantId, "withdraw", { reason: "other", course_identifier: "" })).body).toEqual(
      errors(COURSE[1]),
    );
    expect((await act(participantId, "withdraw", { reason: "other", course_identifier: "ecf-mentor" })).body).toEqual(
      errors(UNKNOWN_COURSE),
    );
  });
});

describe("PUT /participants/{id}/withdraw (ECF rules §6.1)", () => {
  it("withdraws, then refuses to withdraw again", async () => {
    const participantId = await newParticipant();
    const response = await act(participantId, "withdraw", {
      reason: "left-teaching-profession",
      course_identifier: "ecf-induction",
    });
    expect(response.status).toBe(200);
    expect(response.body.data.attributes.ecf_enrolments[0]).toMatchObject({
      training_status: "withdrawn",
      participant_status: "left",
      withdrawal: { reason: "left-teaching-profession", date: "2025-10-01T09:30:00Z" },
    });
    const again = await act(participantId, "withdraw", { reason: "other", course_identifier: "ecf-induction" });
    expect(again.body).toEqual(errors(WITHDRAW[5]));
  });

  it.each([
    [{ course_identifier: "ecf-induction" }, WITHDRAW[3]],
    [{ reason: "left_teaching_profession", course_identifier: "ecf-induction" }, WITHDRAW[4]],
    [{ reason: "mentor-no-longer-being-mentor", course_identifier: "ecf-induction" }, WITHDRAW[8]],
  ])("refuses %j", async (attributes, error) => {
    const participantId = await newParticipant();
    const response = await act(participantId, "withdraw", attributes);
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(error));
  });

  it("refuses participants who have not trained for a day yet", async () => {
    const future = await newParticipant("ecf-induction", "2025-11-01");
    expect((await act(future, "withdraw", { reason: "other", course_identifier: "ecf-induction" })).body).toEqual(
      errors(WITHDRAW[6]),
    );
    const today = await newParticipant("ecf-induction", "2025-10-01");
    expect((await act(today, "withdraw", { reason: "other", course_identifier: "ecf-induction" })).body).toEqual(
      errors(WITHDRAW[7]),
    );
  });
});

describe("PUT /participants/{id}/defer (ECF rules §6.2)", () => {
  it("defers, then refuses to defer again; a deferred participant can be withdrawn", async () => {
    const participantId = await newParticipant();
    const deferred = await act(participantId, "defer", { reason: "career-break", course_identifier: "ecf-induction" });
    expect(deferred.body.data.attributes.ecf_enrolments[0]).toMatchObject({
      training_status: "deferred",
      deferral: { reason: "career-break", date: "2025-10-01T09:30:00Z" },
    });
    expect((await act(participantId, "defer", { reason: "other", course_identifier: "ecf-induction" })).body).toEqual(
      errors(DEFER[5]),
    );
    expect((await act(participantId, "withdraw", { reason: "other", course_identifier: "ecf-induction" })).status).toBe(
      200,
    );
    expect((await act(participantId, "defer", { reason: "other", course_identifier: "ecf-induction" })).body).toEqual(
      errors(DEFER[6]),
    );
  });

  it("refuses participants who have not trained for a day yet", async () => {
    const future = await newParticipant("ecf-induction", "2025-11-01");
    const early = await act(future, "defer", { reason: "other", course_identifier: "ecf-induction" });
    expect(early.status).toBe(422);
    expect(early.body).toEqual(errors(DEFER[7]));
    const today = await newParticipant("ecf-induction", "2025-10-01");
    const sameDay = await act(today, "defer", { reason: "other", course_identifier: "ecf-induction" });
    expect(sameDay.status).toBe(422);
    expect(sameDay.body).toEqual(errors(DEFER[8]));
  });

  it("refuses a blank or unknown reason", async () => {
    const participantId = await newParticipant();
    expect((await act(participantId, "defer", { reason: "", course_identifier: "ecf-induction" })).body).toEqual(
      errors(DEFER[3]),
    );
    expect(
      (await act(participantId, "defer", { reason: "moved-school", course_identifier: "ecf-induction" })).body,
    ).toEqual(errors(DEFER[4]));
  });
});

describe("PUT /participants/{id}/resume (ECF rules §6.3)", () => {
  it("resumes a withdrawn participant who is still at their school", async () => {
    const { resources } = await scenario(client, "ect-withdrawn-resumable");
    const response = await act(resources.participant_id, "resume", { course_identifier: "ecf-induction" });
    expect(response.status).toBe(200);
    expect(response.body.data.attributes.ecf_enrolments[0].training_status).toBe("active");
    expect((await act(resources.participant_id, "resume", { course_identifier: "ecf-induction" })).body).toEqual(
      errors(RESUME[3]),
    );
  });

  it("refuses to resume on the day of the withdrawal", async () => {
    const participantId = await newParticipant();
    await act(participantId, "withdraw", { reason: "other", course_identifier: "ecf-induction" });
    const response = await act(participantId, "resume", { course_identifier: "ecf-induction" });
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(RESUME[5]));
  });

  it("refuses a participant the school has moved to another provider since the withdrawal", async () => {
    const { resources } = await scenario(client, "ect-withdrawn-active-with-another-provider");
    const response = await act(resources.participant_id, "resume", { course_identifier: "ecf-induction" });
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(RESUME[4]));
  });

  it("refuses a participant who is no longer at the school", async () => {
    // The mentor's time at the school ends in 20 days; withdrawn today, they are resumed (too late) in 25.
    const { resources } = await scenario(client, "mentor-leaving");
    const mentor = { course_identifier: "ecf-mentor" };
    expect((await act(resources.participant_id, "withdraw", { ...mentor, reason: "other" })).status).toBe(200);
    const response = await client.put(`${API}/participants/${resources.participant_id}/resume`, {
      token: AMBITION,
      headers: { "x-with-server-date": "2025-10-26T10:00:00Z" },
      body: body("participant-resume", mentor),
    });
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(RESUME[6]));
  });
});
