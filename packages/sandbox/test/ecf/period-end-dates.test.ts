/**
 * A period's end date is the last day it covers (ECF rules §2.10): a participant withdrawn today still counts as
 * training today, a mentorship ending today still names its mentor, and a training period ending today is still the
 * one the frozen-cohort check (declaration rule 17) looks at.
 */
import { DECLARATION_RULE_MESSAGES as DECLARATION, execute, RESUME_RULE_MESSAGES as RESUME } from "@lpkit/engine";
import { beforeEach, describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { AMBITION, API, body, errors, leadProviderId, TEACH_FIRST, withValue } from "../helpers/ecf.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";
import { act, newParticipant } from "./participant-fixtures.ts";

// The clock stands at 2025-10-01T09:30:00Z (TEST_NOW).
const { sandbox, client } = testSandbox();
beforeEach(() => internalControl(sandbox).reset());

const TOMORROW = "2025-10-02T09:30:00Z";
const withdrawal = { reason: "other", course_identifier: "ecf-induction" };

async function partnershipOf(participantId: string): Promise<string> {
  const participant = await client.get(`${API}/participants/${participantId}`, { token: AMBITION });
  const urn = participant.body.data.attributes.ecf_enrolments[0].school_urn;
  const partnerships = await client.get(`${API}/partnerships?filter[cohort]=2025&page[per_page]=3000`, {
    token: AMBITION,
  });
  const found = partnerships.body.data.find(
    (partnership: { attributes: { urn: string } }) => partnership.attributes.urn === urn,
  );
  return found.id;
}

describe("participants_currently_training (ECF rules §2.4)", () => {
  it("still counts a participant withdrawn today, and no longer tomorrow", async () => {
    const participantId = await newParticipant(client);
    const partnershipId = await partnershipOf(participantId);
    const count = async (serverDate?: string) =>
      (
        await client.get(`${API}/partnerships/${partnershipId}`, {
          token: AMBITION,
          headers: serverDate === undefined ? {} : { "x-with-server-date": serverDate },
        })
      ).body.data.attributes.participants_currently_training;
    const before = await count();
    expect((await act(client, participantId, "withdraw", withdrawal)).status).toBe(200);
    expect(await count()).toBe(before);
    expect(await count(TOMORROW)).toBe(before - 1);
  });
});

describe("declaration rule 17: the current training period", () => {
  it("is still the one withdrawn today, so its frozen cohort still refuses the declaration", async () => {
    const participantId = await newParticipant(client, { cohort: "2022", start: "2022-09-05" });
    expect((await act(client, participantId, "withdraw", withdrawal)).status).toBe(200);
    const declare = (serverDate?: string) =>
      client.post(`${API}/participant-declarations`, {
        token: AMBITION,
        headers: serverDate === undefined ? {} : { "x-with-server-date": serverDate },
        body: body("participant-declaration", {
          participant_id: participantId,
          declaration_type: "started",
          declaration_date: "2022-09-20T10:00:00Z",
          course_identifier: "ecf-induction",
          evidence_held: null,
        }),
      });
    const frozen = withValue(DECLARATION[17], "2022");
    expect((await declare()).body.errors).toContainEqual(frozen);
    expect((await declare(TOMORROW)).body.errors).not.toContainEqual(frozen);
  });
});

describe("PUT /participants/{id}/resume: already active with another provider (ECF rules §6.3)", () => {
  it("counts the other provider's training on its last day, and not the day after", async () => {
    const participantId = await newParticipant(client);
    expect((await act(client, participantId, "withdraw", withdrawal)).status).toBe(200);
    // The school moves the ECT to Teach First from the 2nd (no control route does this yet: the command runs on the
    // sandbox's world directly); Teach First then withdraws them on the 5th.
    const changed = execute(
      internalControl(sandbox).state.world,
      {
        type: "recordLeadProviderChange",
        participantId,
        role: "ect",
        leadProviderId: await leadProviderId(client, TEACH_FIRST),
        startedOn: "2025-10-02",
      },
      { now: new Date(TEST_NOW), newId: () => crypto.randomUUID() },
    );
    expect(changed.ok, JSON.stringify(changed)).toBe(true);
    const onThe5th = { token: TEACH_FIRST, serverDate: "2025-10-05T10:00:00Z" };
    expect((await act(client, participantId, "withdraw", withdrawal, onThe5th)).status).toBe(200);
    const resume = { course_identifier: "ecf-induction" };
    const sameDay = await act(client, participantId, "resume", resume, { serverDate: "2025-10-05T12:00:00Z" });
    expect(sameDay.body).toEqual(errors(RESUME[4]));
    const nextDay = await act(client, participantId, "resume", resume, { serverDate: "2025-10-06T10:00:00Z" });
    expect(nextDay.status).toBe(200);
  });
});

describe("mentor_id (ECF rules §2.3)", () => {
  it("names the mentor on the last day of the mentorship, and no one the day after", async () => {
    const ectId = await newParticipant(client);
    const world = internalControl(sandbox).state.world;
    const schoolId = Object.values(world.schoolPeriods).find((period) => period.teacherId === ectId)?.schoolId;
    const mentorId = await newParticipant(client, { course: "ecf-mentor", schoolId });
    // No control route assigns a mentor with an end date yet: the command runs on the sandbox's world directly.
    const assigned = execute(
      world,
      { type: "assignMentor", ectId, mentorId, startedOn: "2025-09-02", finishedOn: "2025-10-01" },
      { now: new Date(TEST_NOW), newId: () => crypto.randomUUID() },
    );
    expect(assigned.ok).toBe(true);
    const mentorIdOn = async (serverDate?: string) =>
      (
        await client.get(`${API}/participants/${ectId}`, {
          token: AMBITION,
          headers: serverDate === undefined ? {} : { "x-with-server-date": serverDate },
        })
      ).body.data.attributes.ecf_enrolments[0].mentor_id;
    expect(await mentorIdOn()).toBe(mentorId);
    expect(await mentorIdOn(TOMORROW)).toBeNull();
  });
});

describe("voiding a mentor's completed declaration (ECF rules §4.4, §5.2)", () => {
  it("reopens training the day after the completion ended it, not on that last day", async () => {
    const mentorId = await newParticipant(client, { course: "ecf-mentor" });
    const at = (serverDate: string) => ({ token: AMBITION, headers: { "x-with-server-date": serverDate } });
    const completed = await client.post(`${API}/participant-declarations`, {
      ...at("2026-05-10T10:00:00Z"),
      body: body("participant-declaration", {
        participant_id: mentorId,
        declaration_type: "completed",
        declaration_date: "2026-04-01T10:00:00Z",
        course_identifier: "ecf-mentor",
        evidence_held: "75-percent-engagement-met",
      }),
    });
    expect(completed.status, JSON.stringify(completed.body)).toBe(200);
    const voided = await client.put(
      `${API}/participant-declarations/${completed.body.data.id}/void`,
      at("2026-05-10T10:00:00Z"),
    );
    expect(voided.status).toBe(200);
    const statusOn = async (serverDate: string) =>
      (await client.get(`${API}/participants/${mentorId}`, at(serverDate))).body.data.attributes.ecf_enrolments[0]
        .participant_status;
    // The ended period covers 2026-04-01; the reopened one starts on the 2nd, so on the 1st it is still to come.
    expect(await statusOn("2026-04-01T12:00:00Z")).toBe("joining");
    expect(await statusOn("2026-04-02T12:00:00Z")).toBe("active");
  });
});
