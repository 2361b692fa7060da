import { describe, expect, it } from "vitest";
import { RESUME_RULE_MESSAGES as RULE } from "../../src/messages/participant-action-rules.ts";
import { expectErrors, expectOk } from "../support/expect-failure.ts";
import { defer, latestPeriod, resume, view, withdraw } from "../support/participant-actions.ts";
import { addTrainingPeriod, endSchoolPeriod, schoolPeriodOf } from "../support/placements.ts";
import { AMBITION, Scenario, TEACH_FIRST } from "../support/scenario.ts";

function setup(options: Parameters<Scenario["participant"]>[0] = {}) {
  const s = new Scenario("2025-10-15T10:00:00Z");
  return { s, participantId: s.participant(options) };
}

describe("resumeParticipant: checks in order (ECF rules §6.3)", () => {
  it("checks the course identifier", () => {
    const { s, participantId } = setup();
    expectErrors(s.run({ type: "resumeParticipant", leadProviderId: AMBITION, participantId }), [
      ["course_identifier", RULE[1].detail],
    ]);
    expectErrors(resume(s, participantId, { courseIdentifier: "ecf-mentor" }), [["course_identifier", RULE[2].detail]]);
  });

  it("rejects an active participant", () => {
    const { s, participantId } = setup();
    expectErrors(resume(s, participantId), [["participant_id", RULE[3].detail]]);
  });

  it("rejects resuming on the day of the deferral or withdrawal", () => {
    const { s, participantId } = setup();
    expectOk(defer(s, participantId));
    expectErrors(resume(s, participantId), [["participant_id", RULE[5].detail]]);
  });

  it("rejects a participant already training with another provider at the same school", () => {
    const { s, participantId } = setup();
    expectOk(withdraw(s, participantId));
    const schoolPeriod = schoolPeriodOf(s, participantId);
    // The school moves the ECT to another provider from the 16th (a new training period in the same school period).
    const otherDeliveryPartner = s.deliveryPartner(TEACH_FIRST, 2025);
    const other = s.must({
      type: "registerSchoolPartnership",
      schoolId: schoolPeriod.schoolId,
      leadProviderId: TEACH_FIRST,
      deliveryPartnerId: otherDeliveryPartner,
      cohortYear: 2025,
    });
    addTrainingPeriod(s, participantId, { startedOn: "2025-10-16", schoolPartnershipId: other.id });
    s.at("2025-10-20T10:00:00Z");
    expectErrors(resume(s, participantId), [["participant_id", RULE[4].detail]]);
  });

  it("counts another provider's period ending today as training today (both ends inclusive, ECF rules §2.10)", () => {
    const { s, participantId } = setup();
    expectOk(withdraw(s, participantId));
    const schoolPeriod = schoolPeriodOf(s, participantId);
    const other = s.must({
      type: "registerSchoolPartnership",
      schoolId: schoolPeriod.schoolId,
      leadProviderId: TEACH_FIRST,
      deliveryPartnerId: s.deliveryPartner(TEACH_FIRST, 2025),
      cohortYear: 2025,
    });
    addTrainingPeriod(s, participantId, {
      startedOn: "2025-10-16",
      finishedOn: "2025-10-20",
      schoolPartnershipId: other.id,
    });
    s.at("2025-10-20T10:00:00Z");
    expectErrors(resume(s, participantId), [["participant_id", RULE[4].detail]]);
    s.at("2025-10-21T10:00:00Z");
    expectOk(resume(s, participantId));
  });

  it("rejects a participant no longer at the school, from the school period's last day", () => {
    const { s, participantId } = setup();
    expectOk(defer(s, participantId));
    endSchoolPeriod(s, participantId, "2025-10-18");
    s.at("2025-10-18T10:00:00Z");
    expectErrors(resume(s, participantId), [["participant_id", RULE[6].detail]]);
  });
});

describe("resumeParticipant: effects", () => {
  it("opens a new period today, same partnership and schedule, to the school period's end", () => {
    const { s, participantId } = setup();
    expectOk(defer(s, participantId));
    const deferred = latestPeriod(s, participantId);
    s.at("2025-11-03T08:00:00Z");
    const { trainingPeriod, teacher } = expectOk(resume(s, participantId));
    expect(trainingPeriod).toMatchObject({
      startedOn: "2025-11-03",
      finishedOn: null,
      schoolPartnershipId: deferred.schoolPartnershipId,
      scheduleId: deferred.scheduleId,
      schoolPeriodId: deferred.schoolPeriodId,
      withdrawal: null,
      deferral: null,
    });
    expect(teacher.updatedAt).toBe("2025-11-03T08:00:00.000Z");
    expect(latestPeriod(s, participantId).id).toBe(trainingPeriod.id);
    expect(view(s, participantId).attributes.ecf_enrolments[0]).toMatchObject({
      training_status: "active",
      participant_status: "active",
      deferral: null,
    });
  });

  it("resumes a withdrawn participant (RECT allows it, ECF did not)", () => {
    const { s, participantId } = setup();
    expectOk(withdraw(s, participantId));
    s.at("2025-10-16T10:00:00Z");
    expectOk(resume(s, participantId));
    expect(view(s, participantId).attributes.ecf_enrolments[0]?.training_status).toBe("active");
  });

  it("runs the new period to the end of the school period", () => {
    const { s, participantId } = setup();
    expectOk(defer(s, participantId));
    endSchoolPeriod(s, participantId, "2026-07-31");
    s.at("2025-10-20T10:00:00Z");
    expect(expectOk(resume(s, participantId)).trainingPeriod.finishedOn).toBe("2026-07-31");
  });
});
