import {
  NPQ_CHANGE_SCHEDULE_RULE_MESSAGES,
  NPQ_DEFER_RULE_MESSAGES,
  NPQ_PARTICIPANT_ID_CHANGED,
  NPQ_REQUEST_MESSAGES,
  NPQ_RESUME_RULE_MESSAGES,
  NPQ_TITLES,
  NPQ_WITHDRAW_RULE_MESSAGES,
  type RuleMessage,
} from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { errors } from "../helpers/ecf.ts";
import {
  AMBITION,
  NPQ_API,
  NPQ_NOT_FOUND,
  npqApplication,
  npqApplications,
  npqBadRequest,
  npqBody,
  npqDeclare,
  npqFixtureApplication,
} from "../helpers/npq.ts";
import { declaring, expectRuleCases, type RuleCase } from "../helpers/npq-declaring.ts";
import type { Json, SpecClient } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

/** An enrolment of the seeded world with Ambition: its participant and course. */
async function enrolment(client: SpecClient, predicate: (enrolment: Json) => boolean) {
  const participants = (await client.get(`${NPQ_API}/participants/npq`, { token: AMBITION })).body.data as Json[];
  for (const participant of participants) {
    const found = (participant.attributes.npq_enrolments as Json[]).find(predicate);
    if (found !== undefined) {
      return {
        id: participant.id as string,
        course: found.course_identifier as string,
        schedule: found.schedule_identifier as string,
      };
    }
  }
  throw new Error("no seeded enrolment matches");
}

const action = (client: SpecClient, id: string, name: string, attributes: Record<string, unknown>) =>
  client.put(`${NPQ_API}/participants/npq/${id}/${name}`, {
    token: AMBITION,
    body: npqBody(`participant-${name}`, attributes),
  });

/** A case of a rule table: the action, refused with these messages. */
const refusal =
  (client: SpecClient, name: string) =>
  (id: string, attributes: Record<string, unknown>, ...expected: RuleMessage[]): RuleCase => ({
    send: () => action(client, id, name, attributes),
    expected,
  });

describe("GET /npq/api/v3/participants/npq", () => {
  it("lists the people with an accepted application, in pages, filtered by training status", async () => {
    const { client } = testSandbox();
    const all = (await client.get(`${NPQ_API}/participants/npq`, { token: AMBITION })).body.data as Json[];
    const accepted = (await npqApplications(client)).filter((a) => a.attributes.status === "accepted");
    expect(all.length).toBeGreaterThan(5);
    expect(all.length).toBeLessThanOrEqual(accepted.length);
    const page = await client.get(`${NPQ_API}/participants/npq?page[per_page]=2&page[page]=2`, { token: AMBITION });
    expect(page.body.data.map((p: Json) => p.id)).toEqual(all.slice(2, 4).map((p) => p.id));
    const deferred = await client.get(`${NPQ_API}/participants/npq?filter[training_status]=deferred`, {
      token: AMBITION,
    });
    expect(deferred.body.data.length).toBeGreaterThan(0);
    for (const participant of deferred.body.data) {
      expect(participant.attributes.npq_enrolments.map((e: Json) => e.training_status)).toContain("deferred");
    }
    const bad = await client.get(`${NPQ_API}/participants/npq?filter[training_status]=paused`, { token: AMBITION });
    expect([bad.status, bad.body]).toEqual([
      422,
      errors([NPQ_TITLES.unpermittedParameters, NPQ_REQUEST_MESSAGES.invalidTrainingStatusFilter]),
    ]);
  });

  it("answers 410 with participant_id_changes for a merged id, and finds the new one by from_participant_id", async () => {
    const { client } = testSandbox();
    const all = (await client.get(`${NPQ_API}/participants/npq`, { token: AMBITION })).body.data as Json[];
    const merged = all.find((p) => p.attributes.participant_id_changes.length > 0);
    const change = merged.attributes.participant_id_changes[0];
    const gone = await client.get(`${NPQ_API}/participants/npq/${change.from_participant_id}`, { token: AMBITION });
    expect(gone.status).toBe(410);
    expect(gone.body).toEqual({
      errors: [
        {
          title: NPQ_PARTICIPANT_ID_CHANGED.title,
          detail: NPQ_PARTICIPANT_ID_CHANGED.detail({ from: change.from_participant_id, to: merged.id }),
          participant_id_changes: [change],
        },
      ],
    });
    const found = await client.get(
      `${NPQ_API}/participants/npq?filter[from_participant_id]=${change.from_participant_id}`,
      { token: AMBITION },
    );
    expect(found.body.data.map((p: Json) => p.id)).toEqual([merged.id]);
  });

  it("answers the bare 404 for someone the lead provider has not accepted", async () => {
    const { client } = testSandbox();
    const pending = await npqApplication(client, (a) => a.status === "pending");
    const response = await client.get(`${NPQ_API}/participants/npq/${pending.attributes.participant_id}`, {
      token: AMBITION,
    });
    expect([response.status, response.body]).toEqual([404, NPQ_NOT_FOUND]);
  });
});

describe("the NPQ participant actions", () => {
  it("resume a deferred participant and answer with the whole participant", async () => {
    const { client } = testSandbox();
    const deferred = await enrolment(client, (a) => a.training_status === "deferred");
    const resumed = await action(client, deferred.id, "resume", { course_identifier: deferred.course });
    expect(resumed.status).toBe(200);
    const enrolments = resumed.body.data.attributes.npq_enrolments as Json[];
    expect(enrolments.find((e) => e.course_identifier === deferred.course).training_status).toBe("active");
  });

  it("refuse a body without attributes before looking the participant up", async () => {
    const { client } = testSandbox();
    const response = await client.put(`${NPQ_API}/participants/npq/unknown/defer`, {
      token: AMBITION,
      body: { data: { attributes: {} } },
    });
    expect([response.status, response.body]).toEqual([400, npqBadRequest(NPQ_REQUEST_MESSAGES.jsonStructureRequired)]);
  });

  it("produce every rule of deferNpqParticipant, resumeNpqParticipant and withdrawNpqParticipant through HTTP", async () => {
    const { client } = testSandbox();
    const active = await enrolment(client, (a) => a.training_status === "active" && a.cohort === "2025");
    const deferred = await enrolment(client, (a) => a.training_status === "deferred");
    const withdrawn = await enrolment(client, (a) => a.training_status === "withdrawn");
    const other = active.course === "npq-leading-literacy" ? "npq-leading-behaviour-culture" : "npq-leading-literacy";
    const D = NPQ_DEFER_RULE_MESSAGES;
    const defer = refusal(client, "defer");
    await expectRuleCases("deferNpqParticipant", {
      1: defer(active.id, { course_identifier: "npq-unknown", reason: "other" }, D[1]),
      2: defer(active.id, { course_identifier: other, reason: "other" }, D[2]),
      // An active participant without declarations also fails rule 6: the service reports both.
      3: defer(active.id, { course_identifier: active.course, reason: "no-such-reason" }, D[3], D[6]),
      4: defer(deferred.id, { course_identifier: deferred.course, reason: "other" }, D[4], D[6]),
      5: defer(withdrawn.id, { course_identifier: withdrawn.course, reason: "other" }, D[5], D[6]),
      6: defer(active.id, { course_identifier: active.course, reason: "other" }, D[6]),
    });
    const R = NPQ_RESUME_RULE_MESSAGES;
    const resume = refusal(client, "resume");
    await expectRuleCases("resumeNpqParticipant", {
      1: resume(active.id, { course_identifier: "npq-unknown" }, R[1]),
      2: resume(active.id, { course_identifier: other }, R[2]),
      3: resume(active.id, { course_identifier: active.course }, R[3]),
    });
    const W = NPQ_WITHDRAW_RULE_MESSAGES;
    const withdraw = refusal(client, "withdraw");
    await expectRuleCases("withdrawNpqParticipant", {
      1: withdraw(active.id, { course_identifier: "npq-unknown", reason: "other" }, W[1]),
      2: withdraw(active.id, { course_identifier: other, reason: "other" }, W[2]),
      3: withdraw(active.id, { course_identifier: active.course, reason: "no-such-reason" }, W[3]),
      4: withdraw(withdrawn.id, { course_identifier: withdrawn.course, reason: "other" }, W[4]),
      5: withdraw(active.id, { course_identifier: active.course, reason: "other" }, W[5]),
    });
  });

  it("change a schedule", async () => {
    const { client } = testSandbox();
    const capped = await enrolment(
      client,
      (e) => e.course_identifier === "npq-senior-leadership" && e.cohort === "2025" && e.training_status === "active",
    );
    const other = capped.schedule === "npq-leadership-spring" ? "npq-leadership-autumn" : "npq-leadership-spring";
    const changed = await action(client, capped.id, "change-schedule", {
      course_identifier: capped.course,
      schedule_identifier: other,
    });
    expect(changed.status).toBe(200);
    const enrolments = changed.body.data.attributes.npq_enrolments as Json[];
    expect(enrolments.find((e) => e.course_identifier === capped.course).schedule_identifier).toBe(other);
  });

  it("produce every rule of changeNpqParticipantSchedule through HTTP", async () => {
    const { client, started } = await declaring();
    expect((await npqDeclare(client, started)).status).toBe(200);
    const declared = { id: started.participant_id, course: started.course_identifier };
    // An enrolment without declarations (the seeded ones may have some by now).
    const fixture = await npqFixtureApplication(client);
    const capped = {
      id: fixture.attributes.participant_id as string,
      course: fixture.attributes.course_identifier as string,
      schedule: fixture.attributes.schedule_identifier as string,
    };
    const senco = await enrolment(client, (a) => a.course_identifier === "npq-senco");
    const withdrawn = await enrolment(client, (a) => a.training_status === "withdrawn");
    const zero = await enrolment(client, (a) => a.cohort === "2026");
    const current = capped.schedule;
    const C = NPQ_CHANGE_SCHEDULE_RULE_MESSAGES;
    const change = refusal(client, "change-schedule");
    await expectRuleCases("changeNpqParticipantSchedule", {
      1: change(capped.id, { course_identifier: "npq-unknown", schedule_identifier: current }, C[1]),
      2: change(capped.id, { course_identifier: "npq-leading-literacy", schedule_identifier: current }, C[2]),
      3: change(capped.id, { course_identifier: capped.course }, C[3]),
      // SENCO has no contract in 2023, a full cohort: rule 10 fails as well.
      4: change(
        senco.id,
        { course_identifier: senco.course, schedule_identifier: "npq-leadership-spring", cohort: 2023 },
        C[4],
        C[10],
      ),
      5: change(
        withdrawn.id,
        { course_identifier: withdrawn.course, schedule_identifier: withdrawn.schedule },
        C[5],
        C[7],
      ),
      // Declared in October 2025, before the 2025 spring schedule starts in January 2026.
      6: change(
        declared.id,
        { course_identifier: declared.course, schedule_identifier: "npq-leadership-spring" },
        C[6],
      ),
      7: change(capped.id, { course_identifier: capped.course, schedule_identifier: current }, C[7]),
      8: change(capped.id, { course_identifier: capped.course, schedule_identifier: "npq-specialist-spring" }, C[8]),
      // Back to 2024, whose autumn schedule started before the declaration: only the cohort move is refused.
      9: change(
        declared.id,
        { course_identifier: declared.course, schedule_identifier: "npq-leadership-autumn", cohort: 2024 },
        C[9],
      ),
      10: change(
        capped.id,
        { course_identifier: capped.course, schedule_identifier: "npq-leadership-autumn", cohort: 2023 },
        C[10],
      ),
      11: change(
        zero.id,
        { course_identifier: zero.course, schedule_identifier: "npq-specialist-autumn", cohort: 2025 },
        C[11],
      ),
    });
  });
});
