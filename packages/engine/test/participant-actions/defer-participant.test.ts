import { describe, expect, it } from "vitest";
import { DEFER_RULE_MESSAGES as RULE } from "../../src/messages/participant-action-rules.ts";
import { NOT_FOUND_ERROR } from "../../src/result.ts";
import { expectErrors, expectOk } from "../support/expect-failure.ts";
import { defer, view, withdraw } from "../support/participant-actions.ts";
import { AMBITION, BEST_PRACTICE, Scenario } from "../support/scenario.ts";

function setup(options: Parameters<Scenario["participant"]>[0] = {}) {
  const s = new Scenario("2025-10-15T10:00:00Z");
  return { s, participantId: s.participant(options) };
}

describe("deferParticipant: checks in order (ECF rules §6.2)", () => {
  it("is a 404 for a participant the provider cannot see", () => {
    const { s, participantId } = setup();
    expect(defer(s, participantId, { leadProviderId: BEST_PRACTICE })).toEqual({
      ok: false,
      failure: { status: 404, errors: [NOT_FOUND_ERROR] },
    });
  });

  it("checks the course identifier first", () => {
    const { s, participantId } = setup();
    expectErrors(s.run({ type: "deferParticipant", leadProviderId: AMBITION, participantId, reason: "" }), [
      ["course_identifier", RULE[1].detail],
      ["reason", RULE[3].detail],
    ]);
    expectErrors(defer(s, participantId, { courseIdentifier: "ecf-mentor" }), [["course_identifier", RULE[2].detail]]);
  });

  it("needs one of the deferral reasons", () => {
    const { s, participantId } = setup();
    expectErrors(defer(s, participantId, { reason: "" }), [["reason", RULE[3].detail]]);
    expectErrors(defer(s, participantId, { reason: "long_term_sickness" }), [["reason", RULE[4].detail]]);
    expectErrors(defer(s, participantId, { reason: "moved-school" }), [["reason", RULE[4].detail]]);
  });

  it("rejects an already deferred participant", () => {
    const { s, participantId } = setup();
    expectOk(defer(s, participantId));
    s.at("2025-10-16T10:00:00Z");
    expectErrors(defer(s, participantId), [["participant_id", RULE[5].detail]]);
  });

  it("rejects a withdrawn participant", () => {
    const { s, participantId } = setup();
    expectOk(withdraw(s, participantId));
    s.at("2025-10-16T10:00:00Z");
    expectErrors(defer(s, participantId, { reason: "x" }), [
      ["reason", RULE[4].detail],
      ["participant_id", RULE[6].detail],
    ]);
  });

  it("rejects training that has not started, or started today", () => {
    const future = setup({ startedOn: "2025-10-16" });
    expectErrors(defer(future.s, future.participantId), [["participant_id", RULE[7].detail]]);
    const today = setup({ startedOn: "2025-10-15" });
    expectErrors(defer(today.s, today.participantId), [["participant_id", RULE[8].detail]]);
  });

  it("accepts every deferral reason", () => {
    for (const reason of ["bereavement", "long-term-sickness", "parental-leave", "career-break", "other"]) {
      const { s, participantId } = setup();
      expectOk(defer(s, participantId, { reason }));
    }
  });
});

describe("deferParticipant: effects", () => {
  it("defers now and ends the training today", () => {
    const { s, participantId } = setup({ role: "mentor" });
    s.at("2025-10-15T16:45:10Z");
    const { trainingPeriod, teacher } = expectOk(
      defer(s, participantId, { courseIdentifier: "ecf-mentor", reason: "parental-leave" }),
    );
    expect(trainingPeriod.deferral).toEqual({ reason: "parental-leave", at: "2025-10-15T16:45:10.000Z" });
    expect(trainingPeriod.finishedOn).toBe("2025-10-15");
    expect(teacher.updatedAt).toBe("2025-10-15T16:45:10.000Z");
    expect(view(s, participantId).attributes.ecf_enrolments[0]).toMatchObject({
      participant_type: "mentor",
      training_status: "deferred",
      participant_status: "left",
      deferral: { reason: "parental-leave", date: "2025-10-15T16:45:10Z" },
      withdrawal: null,
    });
  });
});
