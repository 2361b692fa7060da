/**
 * A `declaration_date` without a UTC offset (ECF rules §3.2): compared with the server date, the milestone window and
 * the withdrawal as UTC; stored (and put in sequence) as London time.
 */
import { DECLARATION_RULE_MESSAGES as DECLARATION, execute } from "@lpkit/engine";
import { beforeEach, describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { AMBITION, API, body, errors, scenario, withValue } from "../helpers/ecf.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";
import { newParticipant } from "./participant-fixtures.ts";

// The clock stands at 2025-10-01T09:30:00Z (TEST_NOW).
const { sandbox, client } = testSandbox();
beforeEach(() => internalControl(sandbox).reset());

function declare(participantId: string, declarationDate: string, serverDate?: string) {
  return client.post(`${API}/participant-declarations`, {
    token: AMBITION,
    headers: serverDate === undefined ? {} : { "x-with-server-date": serverDate },
    body: body("participant-declaration", {
      participant_id: participantId,
      declaration_type: "started",
      declaration_date: declarationDate,
      course_identifier: "ecf-induction",
      evidence_held: "training-event-attended",
    }),
  });
}

describe("POST /participant-declarations: a declaration_date without an offset", () => {
  it("is in the future when its time, read as UTC, is after the server date (declaration rule 9)", async () => {
    const participantId = await newParticipant(client);
    const response = await declare(participantId, "2025-09-20T12:30:00", "2025-09-20T12:00:00Z");
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(DECLARATION[9]));
  });

  it("is stored as London time once accepted", async () => {
    const participantId = await newParticipant(client);
    const response = await declare(participantId, "2025-09-20T12:00:00", "2025-09-20T12:00:00Z");
    expect(response.status).toBe(200);
    expect(response.body.data.attributes.declaration_date).toBe("2025-09-20T11:00:00Z");
  });

  it("opens the milestone window at London midnight, its time read as UTC (declaration rule 10)", async () => {
    // 2024's started milestone opens on 2024-06-01, at 2024-05-31T23:00:00Z in London (BST).
    const early = await newParticipant(client, { cohort: "2024", start: "2024-09-02" });
    expect((await declare(early, "2024-05-31T22:59:59")).body).toEqual(errors(DECLARATION[10]));
    const inWindow = await declare(early, "2024-05-31T23:30:00");
    expect(inWindow.status).toBe(200);
    expect(inWindow.body.data.attributes.declaration_date).toBe("2024-05-31T22:30:00Z");
  });

  it("is after the withdrawal when its time, read as UTC, is (declaration rule 16)", async () => {
    const { resources } = await scenario(client, "ect-withdrawn-resumable");
    const participant = await client.get(`${API}/participants/${resources.participant_id}`, { token: AMBITION });
    const withdrawnAt: string = participant.body.data.attributes.ecf_enrolments[0].withdrawal.date;
    // Fifteen minutes after the withdrawal as UTC; in London (BST) it would be 45 minutes before it.
    const after = new Date(Date.parse(withdrawnAt) + 15 * 60_000).toISOString().slice(0, 19);
    const response = await declare(resources.participant_id, after);
    expect(response.body.errors).toContainEqual(withValue(DECLARATION[16], withdrawnAt));
  });
});

describe("POST /participant-declarations: the mentor recorded (ECF rules §4.1)", () => {
  it("is the one closest to the day written in the date, not to its London day", async () => {
    const ectId = await newParticipant(client);
    const world = internalControl(sandbox).state.world;
    const schoolId = Object.values(world.schoolPeriods).find((period) => period.teacherId === ectId)?.schoolId;
    const first = await newParticipant(client, { course: "ecf-mentor", schoolId });
    const second = await newParticipant(client, { course: "ecf-mentor", schoolId });
    // No control route assigns mentors with dates yet: the commands run on the sandbox's world directly.
    const context = { now: new Date(TEST_NOW), newId: () => crypto.randomUUID() };
    const assign = (mentorId: string, startedOn: string, finishedOn: string | null) =>
      execute(world, { type: "assignMentor", ectId, mentorId, startedOn, finishedOn }, context).ok;
    expect(assign(first, "2025-09-01", "2025-09-30")).toBe(true);
    expect(assign(second, "2025-10-01", null)).toBe(true);
    // 23:30Z on 30 September is 1 October in London (BST); the day written is first's last day.
    const response = await declare(ectId, "2025-09-30T23:30:00Z");
    expect(response.status).toBe(200);
    expect(response.body.data.attributes.mentor_id).toBe(first);
  });
});
