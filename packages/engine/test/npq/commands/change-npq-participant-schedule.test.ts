import { describe, expect, it } from "vitest";
import { NPQ_CHANGE_SCHEDULE_RULE_MESSAGES as RULE } from "../../../src/messages/npq/participant-action-rules.ts";
import { expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, expectNpqRefusedUntouched, NpqScenario } from "../support/npq-scenario.ts";

const pair = (rule: keyof typeof RULE) => [RULE[rule].title, RULE[rule].detail] as const;

function change(
  participantId: string,
  attributes: { scheduleIdentifier?: unknown; cohort?: unknown; courseIdentifier?: unknown },
) {
  return {
    type: "changeNpqParticipantSchedule",
    leadProviderId: AMBITION_NPQ,
    participantId,
    courseIdentifier: "npq-headship",
    ...attributes,
  } as const;
}

/** A scenario whose lead provider holds headship contracts in every cohort. */
function withContracts(): NpqScenario {
  const s = new NpqScenario();
  for (const cohort of Object.keys(s.world.cohorts)) {
    s.must({ type: "registerNpqContract", leadProviderId: AMBITION_NPQ, cohort, courseIdentifier: "npq-headship" });
  }
  return s;
}

describe("change schedule (NPQ rules §4.4)", () => {
  it("moves to another schedule of the same cohort", () => {
    const s = withContracts();
    const enrolment = s.enrol();
    const moved = expectOk(s.run(change(enrolment.userId, { scheduleIdentifier: "npq-leadership-spring" })));
    expect(moved).toMatchObject({ scheduleId: "2025a/npq-leadership-spring", cohortId: "2025a", fundedPlace: true });
  });

  it("moves from a full to a capped cohort, the funded place becoming the eligibility", () => {
    const s = withContracts();
    const enrolment = s.enrol({ cohort: "2023a" });
    const moved = expectOk(
      s.run(change(enrolment.userId, { scheduleIdentifier: "npq-leadership-autumn", cohort: 2024 })),
    );
    expect(moved).toMatchObject({ cohortId: "2024a", fundedPlace: true });
  });

  it("takes the latest suffix of a year (2026b before 2026a)", () => {
    const s = withContracts();
    const enrolment = s.enrol({ cohort: "2023a" });
    const moved = expectOk(
      s.run(change(enrolment.userId, { scheduleIdentifier: "npq-leadership-spring", cohort: "2026" })),
    );
    expect(moved).toMatchObject({ cohortId: "2026b", fundedPlace: true });
  });

  it("rule 3: no such schedule in the target cohort, or none given", () => {
    const s = withContracts();
    const enrolment = s.enrol();
    expectNpqRefusedUntouched(s, change(enrolment.userId, { scheduleIdentifier: "npq-aso-june" }), [pair(3)]);
    expectNpqRefusedUntouched(s, change(enrolment.userId, { scheduleIdentifier: "" }), [pair(3)]);
    expectNpqRefusedUntouched(
      s,
      change(enrolment.userId, { scheduleIdentifier: "npq-leadership-spring", cohort: "20x5" }),
      [pair(3)],
    );
  });

  it("rule 4: a contract for the target cohort and course", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    expectNpqRefusedUntouched(s, change(enrolment.userId, { scheduleIdentifier: "npq-leadership-spring" }), [pair(4)]);
  });

  it("rule 5: withdrawn", () => {
    const s = withContracts();
    const enrolment = s.enrol();
    s.declare(enrolment.id, "started", "voided");
    s.must({
      type: "withdrawNpqParticipant",
      leadProviderId: AMBITION_NPQ,
      participantId: enrolment.userId,
      courseIdentifier: "npq-headship",
      reason: "other",
    });
    expectNpqRefusedUntouched(s, change(enrolment.userId, { scheduleIdentifier: "npq-leadership-spring" }), [pair(5)]);
  });

  it("rule 6: a declaration the new schedule would not take", () => {
    const s = withContracts();
    const enrolment = s.enrol();
    s.declare(enrolment.id, "started", "eligible", "2025-12-20T10:00:00.000Z");
    expectNpqRefusedUntouched(s, change(enrolment.userId, { scheduleIdentifier: "npq-leadership-spring" }), [pair(6)]);
  });

  it("rule 6 counts a declaration dated at the midnight the new schedule starts, not one later that day", () => {
    const s = withContracts();
    const enrolment = s.enrol();
    s.declare(enrolment.id, "started", "eligible", "2026-01-01T00:00:00.000Z");
    expectNpqRefusedUntouched(s, change(enrolment.userId, { scheduleIdentifier: "npq-leadership-spring" }), [pair(6)]);
    const later = s.enrol({ person: { fullName: "B" } });
    s.declare(later.id, "started", "eligible", "2026-01-01T00:00:01.000Z");
    expect(s.run(change(later.userId, { scheduleIdentifier: "npq-leadership-spring" })).ok).toBe(true);
  });

  it("casts cohort as the service's integer attribute does", () => {
    const s = withContracts();
    const enrolment = s.enrol({ cohort: "2023a" });
    const moved = expectOk(
      s.run(change(enrolment.userId, { scheduleIdentifier: "npq-leadership-autumn", cohort: "2024abc" })),
    );
    expect(moved.cohortId).toBe("2024a");
  });

  it("rule 7: the schedule it already has", () => {
    const s = withContracts();
    const enrolment = s.enrol();
    expectNpqRefusedUntouched(s, change(enrolment.userId, { scheduleIdentifier: "npq-leadership-autumn" }), [pair(7)]);
  });

  it("rule 8: a schedule of another course group", () => {
    const s = withContracts();
    const enrolment = s.enrol();
    expectNpqRefusedUntouched(s, change(enrolment.userId, { scheduleIdentifier: "npq-ehco-june" }), [pair(8)]);
  });

  it("rule 9: a cohort move with a declaration that can be paid, checked when nothing failed before", () => {
    const s = withContracts();
    const enrolment = s.enrol({ cohort: "2024a" });
    s.declare(enrolment.id, "started", "eligible", "2025-10-20T10:00:00.000Z");
    expectNpqRefusedUntouched(
      s,
      change(enrolment.userId, { scheduleIdentifier: "npq-leadership-autumn", cohort: 2025 }),
      [pair(9)],
    );
  });

  it("rules 10 and 11: capped to full, zero to funded", () => {
    const s = withContracts();
    const capped = s.enrol();
    expectNpqRefusedUntouched(s, change(capped.userId, { scheduleIdentifier: "npq-leadership-autumn", cohort: 2023 }), [
      pair(10),
    ]);
    const zero = s.enrol({ cohort: "2026a", person: { fullName: "Z" } }, false);
    expectNpqRefusedUntouched(s, change(zero.userId, { scheduleIdentifier: "npq-leadership-autumn", cohort: 2025 }), [
      pair(11),
    ]);
  });
});
