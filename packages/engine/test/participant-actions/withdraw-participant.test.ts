import { describe, expect, it } from "vitest";
import { WITHDRAW_RULE_MESSAGES as RULE } from "../../src/messages/participant-action-rules.ts";
import { NOT_FOUND_ERROR } from "../../src/result.ts";
import { expectErrors, expectOk } from "../support/expect-failure.ts";
import { defer, latestPeriod, view, withdraw } from "../support/participant-actions.ts";
import { AMBITION, BEST_PRACTICE, Scenario } from "../support/scenario.ts";

function setup(options: Parameters<Scenario["participant"]>[0] = {}) {
  const s = new Scenario("2025-10-15T10:00:00Z");
  const participantId = s.participant(options);
  return { s, participantId };
}

describe("withdrawParticipant: who can act", () => {
  it("is a 404 for an unknown participant and for another provider's participant", () => {
    const { s, participantId } = setup();
    const notFound = { ok: false, failure: { status: 404, errors: [NOT_FOUND_ERROR] } };
    expect(withdraw(s, "00000000-0000-4000-8000-ffffffffffff")).toEqual(notFound);
    expect(withdraw(s, participantId, { leadProviderId: BEST_PRACTICE })).toEqual(notFound);
  });

  it("answers 404 before looking at any attribute", () => {
    const { s } = setup();
    expect(withdraw(s, "not-a-uuid", { courseIdentifier: "", reason: "" })).toMatchObject({
      ok: false,
      failure: { status: 404 },
    });
  });
});

describe("withdrawParticipant: checks in order (ECF rules §6.1)", () => {
  it("needs a course identifier; absent, blank and unknown values all count as missing", () => {
    const { s, participantId } = setup();
    const absent = s.run({ type: "withdrawParticipant", leadProviderId: AMBITION, participantId, reason: "other" });
    expectErrors(absent, [["course_identifier", RULE[1].detail]]);
    expectErrors(withdraw(s, participantId, { courseIdentifier: "" }), [["course_identifier", RULE[1].detail]]);
    expectErrors(withdraw(s, participantId, { courseIdentifier: "ecf-foo" }), [["course_identifier", RULE[1].detail]]);
  });

  it("rejects a role the provider does not train the participant in", () => {
    const { s, participantId } = setup();
    expectErrors(withdraw(s, participantId, { courseIdentifier: "ecf-mentor" }), [
      ["course_identifier", RULE[2].detail],
    ]);
  });

  it("needs a reason, one of the dashed reasons", () => {
    const { s, participantId } = setup();
    expectErrors(withdraw(s, participantId, { reason: "" }), [["reason", RULE[3].detail]]);
    expectErrors(withdraw(s, participantId, { reason: "   " }), [["reason", RULE[3].detail]]);
    expectErrors(withdraw(s, participantId, { reason: "left_teaching_profession" }), [["reason", RULE[4].detail]]);
    expectErrors(withdraw(s, participantId, { reason: "bereavement" }), [["reason", RULE[4].detail]]);
  });

  it("reports the course identifier before the reason", () => {
    const { s, participantId } = setup();
    expectErrors(withdraw(s, participantId, { courseIdentifier: "ecf-mentor", reason: "" }), [
      ["course_identifier", RULE[2].detail],
      ["reason", RULE[3].detail],
    ]);
  });

  it("rejects an already withdrawn participant, together with a reason error", () => {
    const { s, participantId } = setup();
    expectOk(withdraw(s, participantId));
    s.at("2025-10-20T10:00:00Z");
    expectErrors(withdraw(s, participantId), [["participant_id", RULE[5].detail]]);
    expectErrors(withdraw(s, participantId, { reason: "nope" }), [
      ["reason", RULE[4].detail],
      ["participant_id", RULE[5].detail],
    ]);
  });

  it("rejects training that has not started yet", () => {
    const { s, participantId } = setup({ startedOn: "2025-11-01" });
    expectErrors(withdraw(s, participantId), [["participant_id", RULE[6].detail]]);
  });

  it("rejects training that started today (London day)", () => {
    const { s, participantId } = setup({ startedOn: "2025-10-15" });
    expectErrors(withdraw(s, participantId), [["participant_id", RULE[7].detail]]);
    // 23:30 UTC on the 14th is already the 15th in London (BST).
    const early = new Scenario("2025-10-14T23:30:00Z");
    const id = early.participant({ startedOn: "2025-10-15" });
    expectErrors(withdraw(early, id), [["participant_id", RULE[7].detail]]);
  });

  it("refuses the mentor-only reason for an ECT, but only when nothing else failed", () => {
    const { s, participantId } = setup();
    expectErrors(withdraw(s, participantId, { reason: "mentor-no-longer-being-mentor" }), [["reason", RULE[8].detail]]);
    const future = setup({ startedOn: "2025-12-01" });
    expectErrors(withdraw(future.s, future.participantId, { reason: "mentor-no-longer-being-mentor" }), [
      ["participant_id", RULE[6].detail],
    ]);
  });

  it("accepts the mentor-only reason for a mentor", () => {
    const { s, participantId } = setup({ role: "mentor" });
    const result = expectOk(
      withdraw(s, participantId, { courseIdentifier: "ecf-mentor", reason: "mentor-no-longer-being-mentor" }),
    );
    expect(result.trainingPeriod.withdrawal?.reason).toBe("mentor-no-longer-being-mentor");
  });

  it("accepts every reason the service lists", () => {
    for (const reason of [
      "left-teaching-profession",
      "moved-school",
      "switched-to-school-led",
      "changed-lead-provider",
      "other",
    ]) {
      const { s, participantId } = setup();
      expectOk(withdraw(s, participantId, { reason }));
    }
  });
});

describe("withdrawParticipant: effects", () => {
  it("withdraws now, ends the training today and shows withdrawn / left", () => {
    const { s, participantId } = setup({ finishedOn: "2026-07-31" });
    const before = s.world.teachers[participantId]!.updatedAt;
    s.at("2025-10-15T11:30:00Z");
    const { trainingPeriod, teacher } = expectOk(withdraw(s, participantId, { reason: "moved-school" }));
    expect(trainingPeriod.withdrawal).toEqual({ reason: "moved-school", at: "2025-10-15T11:30:00.000Z" });
    expect(trainingPeriod.finishedOn).toBe("2025-10-15");
    expect(teacher.updatedAt).toBe("2025-10-15T11:30:00.000Z");
    expect(teacher.updatedAt > before).toBe(true);
    const [enrolment] = view(s, participantId).attributes.ecf_enrolments;
    expect(enrolment).toMatchObject({
      training_status: "withdrawn",
      participant_status: "left",
      withdrawal: { reason: "moved-school", date: "2025-10-15T11:30:00Z" },
      deferral: null,
    });
    expect(view(s, participantId).attributes.updated_at).toBe("2025-10-15T11:30:00Z");
  });

  it("keeps an earlier existing end date", () => {
    const { s, participantId } = setup({ finishedOn: "2025-10-10" });
    const { trainingPeriod } = expectOk(withdraw(s, participantId));
    expect(trainingPeriod.finishedOn).toBe("2025-10-10");
  });

  it("can withdraw a deferred participant; the later action wins", () => {
    const { s, participantId } = setup();
    expectOk(defer(s, participantId));
    s.at("2025-11-01T09:00:00Z");
    expectOk(withdraw(s, participantId));
    const period = latestPeriod(s, participantId);
    expect(period.deferral).not.toBeNull();
    expect(view(s, participantId).attributes.ecf_enrolments[0]).toMatchObject({
      training_status: "withdrawn",
      deferral: null,
      withdrawal: { reason: "moved-school", date: "2025-11-01T09:00:00Z" },
    });
  });

  it("changes nothing when it fails", () => {
    const { s, participantId } = setup();
    const snapshot = JSON.stringify(s.world.trainingPeriods);
    withdraw(s, participantId, { reason: "" });
    expect(JSON.stringify(s.world.trainingPeriods)).toBe(snapshot);
  });
});
