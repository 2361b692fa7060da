import { describe, expect, it } from "vitest";
import { CHANGE_SCHEDULE_RULE_MESSAGES as RULE } from "../../src/messages/participant-action-rules.ts";
import { reindexRow } from "../../src/model/row-writes.ts";
import { expectErrors, expectOk } from "../support/expect-failure.ts";
import { changeSchedule, defer, latestPeriod, view } from "../support/participant-actions.ts";
import {
  addTrainingPeriod,
  completeInduction,
  completeMentorTraining,
  schoolOf,
  updateTrainingPeriod,
} from "../support/placements.ts";
import { AMBITION, Scenario, TEACH_FIRST } from "../support/scenario.ts";

const NOW = "2025-10-15T10:00:00Z";

function setup(options: Parameters<Scenario["participant"]>[0] = {}) {
  const s = new Scenario(NOW);
  return { s, participantId: s.participant(options) };
}

/** A partnership for the provider at the participant's school in another cohort, with a new delivery partner. */
function partnershipAt(s: Scenario, schoolId: string, cohortYear: number, deliveryPartnerId?: string) {
  const dp =
    deliveryPartnerId ??
    s.must({
      type: "registerDeliveryPartner",
      name: `DP ${cohortYear} ${s.context.newId()}`,
      partnerships: [{ leadProviderId: AMBITION, cohortYear }],
    }).id;
  return s.must({
    type: "registerSchoolPartnership",
    schoolId,
    leadProviderId: AMBITION,
    deliveryPartnerId: dp,
    cohortYear,
  });
}

describe("changeParticipantSchedule: the schedule checks (change-schedule rules 3-9, ECF rules §6.4)", () => {
  it("rule 3: needs a schedule identifier", () => {
    const { s, participantId } = setup();
    expectErrors(changeSchedule(s, participantId), [["schedule_identifier", RULE[3].detail]]);
    expectErrors(changeSchedule(s, participantId, { scheduleIdentifier: "" }), [
      ["schedule_identifier", RULE[3].detail],
    ]);
  });

  it("rule 4: needs one of the twelve identifiers", () => {
    const { s, participantId } = setup();
    expectErrors(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-standard-june" }), [
      ["schedule_identifier", RULE[4].detail],
    ]);
  });

  it("rule 5: needs the schedule to exist in the target cohort", () => {
    const { s, participantId } = setup();
    delete (s.world.schedules as Record<string, unknown>)["2025/ecf-extended-april"];
    reindexRow(s.world, "schedules", "2025/ecf-extended-april");
    expectErrors(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-extended-april" }), [
      ["schedule_identifier", RULE[5].detail],
    ]);
  });

  it("rule 6: compares schedules per cohort: the same identifier in another cohort is a different schedule", () => {
    const { s, participantId } = setup({ cohortYear: 2024, startedOn: "2024-09-01" });
    partnershipAt(s, schoolOf(s, participantId), 2025);
    expectOk(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-standard-september", cohort: "2025" }));
  });

  it("rule 6: rejects the schedule already on the profile; an unknown cohort silently means the current one", () => {
    const { s, participantId } = setup();
    expectErrors(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-standard-september" }), [
      ["schedule_identifier", RULE[6].detail],
    ]);
    expectErrors(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-standard-september", cohort: "2099" }), [
      ["schedule_identifier", RULE[6].detail],
    ]);
    expectErrors(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-standard-september", cohort: "soon" }), [
      ["schedule_identifier", RULE[6].detail],
    ]);
  });

  it("rule 7: rejects a replacement schedule for an ECT", () => {
    const { s, participantId } = setup();
    expectErrors(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-replacement-january" }), [
      ["schedule_identifier", RULE[7].detail],
    ]);
  });

  it("rule 8: rejects a reduced schedule for a mentor", () => {
    const { s, participantId } = setup({ role: "mentor" });
    expectErrors(
      changeSchedule(s, participantId, { courseIdentifier: "ecf-mentor", scheduleIdentifier: "ecf-reduced-april" }),
      [["schedule_identifier", RULE[8].detail]],
    );
  });

  it("rule 9: rejects a change that would invalidate declarations on a period that started today", () => {
    const { s, participantId } = setup({ startedOn: "2025-10-15" });
    s.statements(AMBITION, 2025);
    s.declare(participantId, "started", "2025-10-15T09:00:00Z");
    expectErrors(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-standard-january" }), [
      ["schedule_identifier", RULE[9].detail],
    ]);
    // A schedule whose window still holds the declaration is fine.
    const { trainingPeriod } = expectOk(
      changeSchedule(s, participantId, { scheduleIdentifier: "ecf-extended-september" }),
    );
    expect(trainingPeriod.scheduleId).toBe("2025/ecf-extended-september");
  });

  it("rule 9: does not re-validate declarations of a period that started before today", () => {
    const { s, participantId } = setup({ startedOn: "2025-09-01" });
    s.statements(AMBITION, 2025);
    const declaration = s.declare(participantId, "started", "2025-09-10T09:00:00Z");
    const { trainingPeriod } = expectOk(
      changeSchedule(s, participantId, { scheduleIdentifier: "ecf-standard-january" }),
    );
    expect(s.declaration(declaration.id).trainingPeriodId).not.toBe(trainingPeriod.id);
  });
});

describe("changeParticipantSchedule: the cohort checks (change-schedule rules 10-11, ECF rules §6.4)", () => {
  it("rule 10: needs a partnership at the same school in the target cohort", () => {
    const { s, participantId } = setup({ cohortYear: 2024, startedOn: "2024-09-01" });
    expectErrors(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-standard-september", cohort: "2025" }), [
      ["cohort", RULE[10].detail],
    ]);
  });

  it("rule 10: ignores another provider's partnership at the school", () => {
    const { s, participantId } = setup({ cohortYear: 2024, startedOn: "2024-09-01" });
    const schoolId = schoolOf(s, participantId);
    s.must({
      type: "registerSchoolPartnership",
      schoolId,
      leadProviderId: TEACH_FIRST,
      deliveryPartnerId: s.deliveryPartner(TEACH_FIRST, 2025),
      cohortYear: 2025,
    });
    expectErrors(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-standard-april", cohort: "2025" }), [
      ["cohort", RULE[10].detail],
    ]);
  });

  it("rule 11: blocks a move into a payments-frozen cohort the participant did not come from", () => {
    const { s, participantId } = setup({ cohortYear: 2023, startedOn: "2023-09-01" });
    partnershipAt(s, schoolOf(s, participantId), 2022);
    expectErrors(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-standard-september", cohort: "2022" }), [
      ["cohort", RULE[11].detail],
    ]);
  });

  it("rule 11: blocks even a same-cohort change inside a frozen cohort", () => {
    const { s, participantId } = setup({ cohortYear: 2022, startedOn: "2022-09-01" });
    expectErrors(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-standard-january" }), [
      ["cohort", RULE[11].detail],
    ]);
  });

  it("records the frozen cohort when moving out, allows moving back, and clears it then", () => {
    const { s, participantId } = setup({ cohortYear: 2022, startedOn: "2022-09-01" });
    const schoolId = schoolOf(s, participantId);
    partnershipAt(s, schoolId, 2024);
    expectOk(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-extended-september", cohort: "2024" }));
    expect(s.world.teachers[participantId]!.funding.ect.paymentsFrozenYear).toBe(2022);
    expect(view(s, participantId).attributes.ecf_enrolments[0]).toMatchObject({
      cohort: "2024",
      schedule_identifier: "ecf-extended-september",
      cohort_changed_after_payments_frozen: true,
    });
    s.at("2025-10-16T10:00:00Z");
    expectOk(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-standard-september", cohort: "2022" }));
    expect(s.world.teachers[participantId]!.funding.ect.paymentsFrozenYear).toBeNull();
    expect(view(s, participantId).attributes.ecf_enrolments[0]?.cohort_changed_after_payments_frozen).toBe(false);
  });
});

describe("changeParticipantSchedule: the participant checks (change-schedule rules 12-15, ECF rules §6.4)", () => {
  it("rule 12: rejects a participant who completed induction, unless an ECT moves to a reduced schedule", () => {
    const { s, participantId } = setup();
    completeInduction(s, participantId, "2025-10-01");
    expectErrors(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-extended-september" }), [
      ["participant_id", RULE[12].detail],
    ]);
    expectOk(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-reduced-september" }));
  });

  it("rule 12: rejects a mentor who completed training", () => {
    const { s, participantId } = setup({ role: "mentor" });
    completeMentorTraining(s, participantId, "2025-10-01");
    expectErrors(
      changeSchedule(s, participantId, { courseIdentifier: "ecf-mentor", scheduleIdentifier: "ecf-replacement-april" }),
      [["participant_id", RULE[12].detail]],
    );
  });

  it("rule 13: rejects a participant who has left (including a deferred one)", () => {
    const ended = setup({ finishedOn: "2025-10-01" });
    expectErrors(changeSchedule(ended.s, ended.participantId, { scheduleIdentifier: "ecf-extended-september" }), [
      ["participant_id", RULE[13].detail],
    ]);
    const deferred = setup();
    expectOk(defer(deferred.s, deferred.participantId));
    deferred.s.at("2025-10-20T10:00:00Z");
    expectErrors(changeSchedule(deferred.s, deferred.participantId, { scheduleIdentifier: "ecf-extended-september" }), [
      ["participant_id", RULE[13].detail],
    ]);
  });

  it("rule 14: rejects a withdrawn participant whose period still ends in the future", () => {
    const { s, participantId } = setup({ finishedOn: "2026-07-31" });
    updateTrainingPeriod(s, latestPeriod(s, participantId).id, {
      withdrawal: { reason: "other", at: "2025-10-01T10:00:00.000Z" },
    });
    expectErrors(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-extended-september" }), [
      ["participant_id", RULE[14].detail],
    ]);
  });

  it("rule 15: rejects a participant due to start with another provider", () => {
    const { s, participantId } = setup({ finishedOn: "2025-12-31" });
    const later = s.must({
      type: "registerSchoolPartnership",
      schoolId: schoolOf(s, participantId),
      leadProviderId: TEACH_FIRST,
      deliveryPartnerId: s.deliveryPartner(TEACH_FIRST, 2025),
      cohortYear: 2025,
    });
    addTrainingPeriod(s, participantId, { startedOn: "2025-12-31", schoolPartnershipId: later.id });
    expectErrors(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-extended-september" }), [
      ["participant_id", RULE[15].detail],
    ]);
  });

  it("reports one error per group, in course, schedule, cohort, participant order", () => {
    const { s, participantId } = setup({ cohortYear: 2024, startedOn: "2024-09-01", finishedOn: "2025-10-01" });
    expectErrors(
      changeSchedule(s, participantId, { scheduleIdentifier: "ecf-replacement-september", cohort: "2025" }),
      [
        ["schedule_identifier", RULE[7].detail],
        ["cohort", RULE[10].detail],
        ["participant_id", RULE[13].detail],
      ],
    );
    expectErrors(changeSchedule(s, participantId, { courseIdentifier: "ecf-mentor", scheduleIdentifier: "" }), [
      ["course_identifier", RULE[2].detail],
      ["schedule_identifier", RULE[3].detail],
    ]);
  });
});

describe("changeParticipantSchedule: effects", () => {
  it("closes a period that started before today and opens a new one today", () => {
    const { s, participantId } = setup({ finishedOn: "2026-08-31" });
    const old = latestPeriod(s, participantId);
    s.at("2025-10-15T12:00:00Z");
    const { trainingPeriod, teacher } = expectOk(
      changeSchedule(s, participantId, { scheduleIdentifier: "ecf-extended-september" }),
    );
    expect(s.world.trainingPeriods[old.id]).toMatchObject({ finishedOn: "2025-10-15", scheduleId: old.scheduleId });
    expect(trainingPeriod).toMatchObject({
      startedOn: "2025-10-15",
      finishedOn: "2026-08-31",
      scheduleId: "2025/ecf-extended-september",
      schoolPartnershipId: old.schoolPartnershipId,
      schoolPeriodId: old.schoolPeriodId,
    });
    expect(teacher.updatedAt).toBe("2025-10-15T12:00:00.000Z");
    expect(view(s, participantId).attributes.ecf_enrolments[0]).toMatchObject({
      schedule_identifier: "ecf-extended-september",
      training_status: "active",
      participant_status: "leaving",
    });
  });

  it("changes a period starting today or later in place", () => {
    const { s, participantId } = setup({ startedOn: "2025-11-01" });
    const old = latestPeriod(s, participantId);
    expect(old.scheduleId).toBe("2025/ecf-standard-january");
    const { trainingPeriod } = expectOk(changeSchedule(s, participantId, { scheduleIdentifier: "ecf-standard-april" }));
    expect(trainingPeriod.id).toBe(old.id);
    expect(trainingPeriod).toMatchObject({ startedOn: "2025-11-01", scheduleId: "2025/ecf-standard-april" });
  });

  it("moves cohort onto the partnership with the same delivery partner when there is one", () => {
    const { s, participantId } = setup({ cohortYear: 2024, startedOn: "2024-09-01" });
    const schoolId = schoolOf(s, participantId);
    const currentDeliveryPartner =
      s.world.schoolPartnerships[latestPeriod(s, participantId).schoolPartnershipId!]!.deliveryPartnerId;
    s.must({
      type: "registerDeliveryPartnership",
      leadProviderId: AMBITION,
      deliveryPartnerId: currentDeliveryPartner,
      cohortYear: 2025,
    });
    const same = partnershipAt(s, schoolId, 2025, currentDeliveryPartner);
    s.at("2025-10-15T10:00:01Z");
    partnershipAt(s, schoolId, 2025);
    const { trainingPeriod } = expectOk(
      changeSchedule(s, participantId, { scheduleIdentifier: "ecf-standard-september", cohort: "2025" }),
    );
    expect(trainingPeriod.schoolPartnershipId).toBe(same.id);
    expect(view(s, participantId).attributes.ecf_enrolments[0]).toMatchObject({ cohort: "2025" });
  });

  it("otherwise moves cohort onto the most recently created partnership", () => {
    const { s, participantId } = setup({ cohortYear: 2024, startedOn: "2024-09-01" });
    const schoolId = schoolOf(s, participantId);
    partnershipAt(s, schoolId, 2025);
    s.at("2025-10-15T10:05:00Z");
    const newest = partnershipAt(s, schoolId, 2025);
    const { trainingPeriod } = expectOk(
      changeSchedule(s, participantId, { scheduleIdentifier: "ecf-standard-april", cohort: "2025" }),
    );
    expect(trainingPeriod.schoolPartnershipId).toBe(newest.id);
    expect(view(s, participantId).attributes.ecf_enrolments[0]?.delivery_partner_id).toBe(newest.deliveryPartnerId);
  });
});
