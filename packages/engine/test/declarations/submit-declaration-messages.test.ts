/**
 * Every message of POST /participant-declarations (declaration rules 1-21, ECF rules §3.2, §3.3), produced through
 * the command, with its title, exact detail and the order when several are returned. Test names start with the rule
 * number.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { DECLARATION_RULE_MESSAGES as RULE } from "../../src/messages/declaration-rules.ts";
import { updateRow } from "../../src/model/row-writes.ts";
import { expectErrors, expectOk } from "../support/expect-failure.ts";
import { AMBITION, BEST_PRACTICE, Scenario } from "../support/scenario.ts";

let s: Scenario;
let ect: string;

const valid = () => ({
  participantId: ect,
  declarationType: "started",
  declarationDate: "2025-10-01T10:00:00Z",
  courseIdentifier: "ecf-induction",
  evidenceHeld: "training-event-attended",
});

beforeEach(() => {
  s = new Scenario("2025-10-15T10:00:00Z");
  s.statements(AMBITION, 2025);
  ect = s.participant({ cohortYear: 2025 });
});

describe("participant_id", () => {
  it.each([undefined, null, "", "   "])("1. blank (%j) is the only error reported", (participantId) => {
    expectErrors(s.submit({ ...valid(), participantId, courseIdentifier: undefined, declarationDate: undefined }), [
      ["participant_id", RULE[1].detail],
    ]);
  });

  it("2. unknown participant", () => {
    expectErrors(s.submit({ ...valid(), participantId: "5f8ac2a4-1111-4c8e-9d61-5b2a3e1f0c9d" }), [
      ["participant_id", RULE[2].detail],
    ]);
  });

  it("21. participant trained only by another provider", () => {
    const theirs = s.participant({ leadProviderId: BEST_PRACTICE, cohortYear: 2024 });
    expectErrors(s.submit({ ...valid(), participantId: theirs }), [["participant_id", RULE[21].detail]]);
  });

  it("21 with 9: future date and not linked are reported together, in check order", () => {
    const theirs = s.participant({ leadProviderId: BEST_PRACTICE, cohortYear: 2024 });
    expectErrors(s.submit({ ...valid(), participantId: theirs, declarationDate: "2025-12-01T10:00:00Z" }), [
      ["declaration_date", RULE[9].detail],
      ["participant_id", RULE[21].detail],
    ]);
  });
});

describe("course_identifier", () => {
  it.each([undefined, "", "ecf-induction ", "npq-leading-teaching"])("3. missing or unknown (%j)", (course) => {
    expectErrors(s.submit({ ...valid(), courseIdentifier: course }), [["course_identifier", RULE[3].detail]]);
  });

  it("3 is skipped when the participant already failed", () => {
    expectErrors(s.submit({ ...valid(), participantId: "", courseIdentifier: "x" }), [
      ["participant_id", RULE[1].detail],
    ]);
  });

  it("5. trained by this provider only in the other role", () => {
    expectErrors(s.submit({ ...valid(), courseIdentifier: "ecf-mentor" }), [["course_identifier", RULE[5].detail]]);
  });
});

describe("declaration_date", () => {
  it("4. blank", () => {
    expectErrors(s.submit({ ...valid(), declarationDate: " " }), [["declaration_date", RULE[4].detail]]);
  });

  it("9. in the future (strictly later than now)", () => {
    expectErrors(s.submit({ ...valid(), declarationDate: "2025-10-15T10:00:01Z" }), [
      ["declaration_date", RULE[9].detail],
    ]);
    expectOk(s.submit({ ...valid(), declarationDate: "2025-10-15T10:00:00Z" }));
  });

  it.each([
    ["2025-10-01 10:00:00 +0000", "parsable but not RFC 3339"],
    ["2025-10-01", "a date without a time"],
    ["invalid", "not a date at all (decision: 422, not the service's 400)"],
    ["2025-02-30T10:00:00Z", "an impossible day"],
    ["2025-10-01T25:00:00Z", "an impossible hour"],
  ])("12. %j is rejected: %s", (declarationDate) => {
    expectErrors(s.submit({ ...valid(), declarationDate }), [["declaration_date", RULE[12].detail]]);
  });

  it.each([
    "2025-10-01T10:00:00",
    "2025-10-01t10:00:00z",
    "2025-10-01T10:00:00.123456+01:00",
    "2025-10-01T10:00:00+0100",
  ])("12. %j is RFC 3339 as the service reads it", (declarationDate) => {
    expectOk(s.submit({ ...valid(), declarationDate }));
  });

  it("12 is skipped when the date already failed: a future non-RFC date only reports the future", () => {
    expectErrors(s.submit({ ...valid(), declarationDate: "2026-01-01 10:00:00" }), [
      ["declaration_date", RULE[9].detail],
    ]);
  });

  it("12 still runs when the participant failed, next to the participant error", () => {
    expectErrors(s.submit({ ...valid(), participantId: "", declarationDate: "garbage" }), [
      ["participant_id", RULE[1].detail],
      ["declaration_date", RULE[12].detail],
    ]);
  });
});

describe("milestone windows (cohort 2024, standard September)", () => {
  beforeEach(() => {
    s.statements(AMBITION, 2024);
    ect = s.participant({ cohortYear: 2024, scheduleIdentifier: "ecf-standard-september" });
  });

  it("10. before the milestone start, measured at London midnight (BST)", () => {
    // started opens 2024-06-01, which begins at 2024-05-31T23:00:00Z in London.
    expectErrors(s.submit({ ...valid(), participantId: ect, declarationDate: "2024-05-31T22:59:59Z" }), [
      ["declaration_date", RULE[10].detail],
    ]);
    expectOk(s.submit({ ...valid(), participantId: ect, declarationDate: "2024-05-31T23:00:00Z" }));
  });

  it("11. on or after the end of the milestone date (London end of day)", () => {
    // started closes at the end of 2024-12-31 (GMT).
    expectErrors(s.submit({ ...valid(), participantId: ect, declarationDate: "2025-01-01T00:00:00Z" }), [
      ["declaration_date", RULE[11].detail],
    ]);
    expectOk(s.submit({ ...valid(), participantId: ect, declarationDate: "2024-12-31T23:59:59Z" }));
  });

  it("19. a type that has no milestone in the schedule", () => {
    expectErrors(
      s.submit({
        ...valid(),
        participantId: ect,
        declarationType: "extended-1",
        declarationDate: "2025-05-01T10:00:00Z",
      }),
      [["declaration_type", RULE[19].detail]],
    );
  });
});

describe("declaration_type", () => {
  it("6. blank", () => {
    expectErrors(s.submit({ ...valid(), declarationType: "" }), [["declaration_type", RULE[6].detail]]);
  });

  it("7. not one of the nine", () => {
    expectErrors(s.submit({ ...valid(), declarationType: "retained-5" }), [["declaration_type", RULE[7].detail]]);
  });

  it("8. a live declaration of the same type already exists", () => {
    expectOk(s.submit(valid()));
    expectErrors(s.submit(valid()), [["declaration_type", RULE[8].detail]]);
  });

  it("8. the duplicate rule spans lead providers for the same participant role", () => {
    s.statements(BEST_PRACTICE, 2024);
    const teacherId = s.participant({ leadProviderId: BEST_PRACTICE, cohortYear: 2024, finishedOn: "2025-08-31" });
    expectOk(
      s.submit({
        ...valid(),
        participantId: teacherId,
        leadProviderId: BEST_PRACTICE,
        declarationDate: "2024-10-01T10:00:00Z",
      }),
    );
    // The ECT moves school and is now trained by Ambition in 2025.
    const school = s.school();
    s.must({
      type: "recordSchoolTransfer",
      participantId: teacherId,
      role: "ect",
      leavingOn: "2025-08-31",
      joining: { schoolId: school, leadProviderId: AMBITION, cohortYear: 2025, startedOn: "2025-09-01" },
    });
    expectErrors(s.submit({ ...valid(), participantId: teacherId }), [["declaration_type", RULE[8].detail]]);
  });

  it("8. a voided declaration no longer blocks resubmission", () => {
    const first = expectOk(s.submit(valid()));
    s.must({ type: "voidDeclaration", leadProviderId: AMBITION, declarationId: first.id });
    expectOk(s.submit(valid()));
  });

  it("13. mentors in mentor-funded cohorts may only declare started or completed", () => {
    const mentor = s.participant({ role: "mentor", cohortYear: 2025 });
    expectErrors(
      s.submit({ ...valid(), participantId: mentor, courseIdentifier: "ecf-mentor", declarationType: "retained-1" }),
      [["declaration_type", RULE[13].detail]],
    );
  });

  it("13 also fires for a blank type when an earlier error skipped the type checks", () => {
    const mentor = s.participant({ role: "mentor", cohortYear: 2025 });
    expectErrors(
      s.submit({ participantId: mentor, courseIdentifier: "ecf-mentor", declarationType: "", declarationDate: "" }),
      [
        ["declaration_date", RULE[4].detail],
        ["declaration_type", RULE[13].detail],
      ],
    );
  });
});

describe("evidence_held (14, 15)", () => {
  const mentorValid = () => ({ ...valid(), courseIdentifier: "ecf-mentor" });

  it.each([
    [2025, "ect", "started", undefined, RULE[14].detail],
    [2025, "ect", "started", "75-percent-engagement-met", RULE[15].detail],
    [2025, "ect", "retained-2", "training-event-attended", RULE[15].detail],
    [2025, "ect", "completed", "materials-engaged-with-offline", RULE[15].detail],
    [2025, "mentor", "started", undefined, RULE[14].detail],
    [2025, "mentor", "completed", "one-term-induction", RULE[15].detail],
    [2024, "ect", "retained-1", undefined, RULE[14].detail],
    [2024, "ect", "retained-1", "materials-engaged-with-offline", RULE[15].detail],
    [2024, "mentor", "completed", "75-percent-engagement-met", RULE[15].detail],
  ] as const)("%i %s %s with %j", (cohortYear, role, declarationType, evidenceHeld, message) => {
    s = new Scenario("2026-09-15T10:00:00Z");
    s.statements(AMBITION, cohortYear);
    // Non-standard schedules have no milestone end, so every type is in its window.
    const participantId = s.participant({
      role,
      cohortYear,
      scheduleIdentifier: role === "ect" ? "ecf-extended-september" : "ecf-replacement-september",
    });
    const attributes = role === "ect" ? valid() : mentorValid();
    expectErrors(
      s.submit({
        ...attributes,
        participantId,
        declarationType,
        declarationDate: "2026-09-01T10:00:00Z",
        evidenceHeld,
      }),
      [["evidence_held", message]],
    );
  });

  it("accepts the allowed values, and discards any value on a pre-2025 started", () => {
    s.statements(AMBITION, 2024);
    const older = s.participant({ cohortYear: 2024, scheduleIdentifier: "ecf-extended-september" });
    const started = expectOk(
      s.submit({ ...valid(), participantId: older, declarationDate: "2024-10-01T10:00:00Z", evidenceHeld: "anything" }),
    );
    expect(started.evidenceHeld).toBeNull();
    expect(
      expectOk(s.submit({ ...valid(), declarationType: "started", evidenceHeld: "materials-engaged-with-offline" }))
        .evidenceHeld,
    ).toBe("materials-engaged-with-offline");
  });
});

describe("withdrawn participants (16)", () => {
  it("reject a declaration dated on or after the withdrawal, rendering the time as UTC RFC 3339", () => {
    const period = s.world.trainingPeriods[Object.keys(s.world.trainingPeriods)[0]!]!;
    updateRow(s.world, "trainingPeriods", period.id, {
      withdrawal: { reason: "moved-school", at: "2025-09-20T10:15:00.000Z" },
      finishedOn: "2025-09-20",
    });
    expectErrors(s.submit({ ...valid(), declarationDate: "2025-09-20T10:15:00Z" }), [
      ["participant_id", RULE[16].template.replace("{withdrawn_at}", "2025-09-20T10:15:00Z")],
    ]);
    expectOk(s.submit({ ...valid(), declarationDate: "2025-09-20T10:14:59Z" }));
  });
});

describe("cohort (17, 18)", () => {
  it("17. the participant's current training is in a cohort whose payments are frozen", () => {
    s.statements(AMBITION, 2022);
    const frozen = s.participant({ cohortYear: 2022, scheduleIdentifier: "ecf-extended-september" });
    expectErrors(
      s.submit({ ...valid(), participantId: frozen, declarationType: "extended-1", evidenceHeld: "other" }),
      [["cohort", RULE[17].template.replace("{year}", "2022")]],
    );
  });

  it("17. a training period ending today is still the current one (both ends inclusive, ECF rules §2.10)", () => {
    s.statements(AMBITION, 2022);
    const frozen = s.participant({ cohortYear: 2022, scheduleIdentifier: "ecf-extended-september" });
    const period = Object.values(s.world.trainingPeriods).find((row) => row.teacherId === frozen)!;
    updateRow(s.world, "trainingPeriods", period.id, { finishedOn: "2025-10-15" });
    const submission = { ...valid(), participantId: frozen, declarationType: "extended-1", evidenceHeld: "other" };
    expectErrors(s.submit(submission), [["cohort", RULE[17].template.replace("{year}", "2022")]]);
    // The day after, no training period is current: only rule 18 (no statement left for 2022) remains.
    s.at("2025-10-16T10:00:00Z");
    expectErrors(s.submit(submission), [["cohort", RULE[18].template.replace("{year}", "2022")]]);
  });

  it("17 does not apply before the freeze date", () => {
    s.at("2025-06-15T22:59:59Z");
    s.statements(AMBITION, 2022);
    const participantId = s.participant({ cohortYear: 2022, scheduleIdentifier: "ecf-extended-september" });
    expectOk(
      s.submit({
        ...valid(),
        participantId,
        declarationType: "extended-1",
        declarationDate: "2025-06-01T10:00:00Z",
        evidenceHeld: "other",
      }),
    );
  });

  it("18. an eligible participant and no open output statement left for the cohort", () => {
    const unfunded = new Scenario("2025-10-15T10:00:00Z");
    const participantId = unfunded.participant({ cohortYear: 2025 });
    expectErrors(unfunded.submit({ ...valid(), participantId }), [
      ["cohort", RULE[18].template.replace("{year}", "2025")],
    ]);
  });

  it("18 is skipped for a participant not yet eligible: the declaration is submitted without a statement", () => {
    const unfunded = new Scenario("2025-10-15T10:00:00Z");
    const participantId = unfunded.participant({ cohortYear: 2025, eligibleForFunding: false });
    const declaration = expectOk(unfunded.submit({ ...valid(), participantId }));
    expect(declaration.paymentStatus).toBe("no_payment");
    expect(declaration.statementId).toBeNull();
  });
});

describe("sequence (20)", () => {
  it("rejects a date before a live earlier-type declaration, or after a live later-type one (2025 on)", () => {
    expectOk(s.submit({ ...valid(), declarationDate: "2025-09-10T10:00:00Z" }));
    expectErrors(s.submit({ ...valid(), declarationType: "retained-1", declarationDate: "2025-09-09T10:00:00Z" }), [
      ["declaration_date", RULE[20].detail],
    ]);
    expectOk(s.submit({ ...valid(), declarationType: "retained-3", declarationDate: "2025-09-20T10:00:00Z" }));
    expectErrors(
      s.submit({
        ...valid(),
        declarationType: "retained-2",
        declarationDate: "2025-09-21T10:00:00Z",
        evidenceHeld: "75-percent-engagement-met",
      }),
      [["declaration_date", RULE[20].detail]],
    );
    // Equal dates are in sequence.
    expectOk(
      s.submit({
        ...valid(),
        declarationType: "retained-2",
        declarationDate: "2025-09-20T10:00:00Z",
        evidenceHeld: "75-percent-engagement-met",
      }),
    );
  });

  it("ignores voided declarations", () => {
    const started = expectOk(s.submit({ ...valid(), declarationDate: "2025-09-10T10:00:00Z" }));
    s.must({ type: "voidDeclaration", leadProviderId: AMBITION, declarationId: started.id });
    expectOk(s.submit({ ...valid(), declarationType: "retained-1", declarationDate: "2025-09-01T10:00:00Z" }));
  });

  it("does not apply before 2025", () => {
    s.statements(AMBITION, 2024);
    const older = s.participant({ cohortYear: 2024, scheduleIdentifier: "ecf-extended-september" });
    expectOk(s.submit({ ...valid(), participantId: older, declarationDate: "2025-09-10T10:00:00Z" }));
    expectOk(
      s.submit({
        ...valid(),
        participantId: older,
        declarationType: "retained-1",
        declarationDate: "2025-09-01T10:00:00Z",
        evidenceHeld: "other",
      }),
    );
  });
});
