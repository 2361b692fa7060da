/**
 * What a successful submission records (ECF rules §4): state, statement, mentor, uplifts, delivery partner, mentor
 * completion, and the rendered resource.
 */
import { describe, expect, it } from "vitest";
import { DECLARATION_RULE_MESSAGES } from "../../src/messages/declaration-rules.ts";
import { updateRow } from "../../src/model/row-writes.ts";
import { getRow, lookupOfRole } from "../../src/model/world.ts";
import { trainingPeriodsOf } from "../../src/rules/training-periods.ts";
import { declarationView } from "../../src/views/declaration.ts";
import { expectErrors, expectOk } from "../support/expect-failure.ts";
import { AMBITION, Scenario } from "../support/scenario.ts";

const started = { declarationType: "started", courseIdentifier: "ecf-induction", evidenceHeld: "other" };

function outputStatement(s: Scenario, month: number, year: number) {
  return Object.values(s.world.statements).find(
    (statement) => statement.month === month && statement.year === year && statement.leadProviderId === AMBITION,
  )!;
}

describe("state and statement", () => {
  it("an eligible participant's declaration is eligible on the earliest open output statement not yet cut off", () => {
    const s = new Scenario("2025-10-31T22:00:00Z"); // 22:00 GMT: still 31 October in London
    s.statements(AMBITION, 2025);
    const participantId = s.participant();
    const declaration = expectOk(s.submit({ ...started, participantId, declarationDate: "2025-10-01T10:00:00Z" }));
    expect(declaration.paymentStatus).toBe("eligible");
    expect(declaration.statementId).toBe(outputStatement(s, 11, 2025).id);
  });

  it("skips statements whose cut-off has passed and statements that are no longer open", () => {
    const s = new Scenario("2025-11-01T00:30:00Z");
    s.statements(AMBITION, 2025);
    const participantId = s.participant();
    const first = expectOk(s.submit({ ...started, participantId, declarationDate: "2025-10-01T10:00:00Z" }));
    expect(first.statementId).toBe(outputStatement(s, 1, 2026).id);

    updateRow(s.world, "statements", outputStatement(s, 1, 2026).id, { status: "payable" });
    const second = expectOk(
      s.submit({ ...started, participantId, declarationType: "retained-1", declarationDate: "2025-10-02T10:00:00Z" }),
    );
    expect(second.statementId).toBe(outputStatement(s, 4, 2026).id);
  });

  it("a participant not yet eligible gets a submitted declaration with no statement", () => {
    const s = new Scenario();
    s.statements(AMBITION, 2025);
    const participantId = s.participant({ eligibleForFunding: false });
    const declaration = expectOk(s.submit({ ...started, participantId, declarationDate: "2025-10-01T10:00:00Z" }));
    expect(declaration).toMatchObject({
      paymentStatus: "no_payment",
      clawbackStatus: "no_clawback",
      statementId: null,
    });
  });
});

describe("delivery partner", () => {
  it("is the training period's delivery partner at creation and never changes afterwards", () => {
    const s = new Scenario();
    s.statements(AMBITION, 2025);
    const participantId = s.participant();
    const partnershipId = Object.keys(s.world.schoolPartnerships)[0]!;
    const original = getRow(s.world, "schoolPartnerships", partnershipId).deliveryPartnerId;
    const first = expectOk(s.submit({ ...started, participantId, declarationDate: "2025-10-01T10:00:00Z" }));

    const replacement = s.must({ type: "registerDeliveryPartner", name: "Replacement DP" }).id;
    updateRow(s.world, "schoolPartnerships", partnershipId, { deliveryPartnerId: replacement });
    const second = expectOk(
      s.submit({ ...started, participantId, declarationType: "retained-1", declarationDate: "2025-10-02T10:00:00Z" }),
    );
    expect(s.declaration(first.id).deliveryPartnerId).toBe(original);
    expect(second.deliveryPartnerId).toBe(replacement);
  });
});

describe("mentor_id", () => {
  function ectWithTwoMentors() {
    const s = new Scenario("2026-03-15T10:00:00Z");
    s.statements(AMBITION, 2025);
    const school = s.school();
    const ect = s.participant({ schoolId: school });
    const first = s.participant({ role: "mentor", schoolId: school });
    const second = s.participant({ role: "mentor", schoolId: school });
    s.must({ type: "assignMentor", ectId: ect, mentorId: first, startedOn: "2025-09-01", finishedOn: "2025-11-01" });
    s.must({ type: "assignMentor", ectId: ect, mentorId: second, startedOn: "2025-12-01" });
    return { s, ect, first, second };
  }

  it("is the mentor of the mentorship covering the declaration date", () => {
    const { s, ect, second } = ectWithTwoMentors();
    const declaration = expectOk(s.submit({ ...started, participantId: ect, declarationDate: "2026-01-10T10:00:00Z" }));
    expect(declaration.mentorId).toBe(second);
  });

  it("is the mentor of the nearest mentorship when none covers the date", () => {
    const { s, ect, first, second } = ectWithTwoMentors();
    // 2 November is 1 day after the first mentorship's last day (1 November); the second starts 29 days later.
    expect(
      expectOk(s.submit({ ...started, participantId: ect, declarationDate: "2025-11-02T10:00:00Z" })).mentorId,
    ).toBe(first);
    const s2 = ectWithTwoMentors();
    expect(
      expectOk(s2.s.submit({ ...started, participantId: s2.ect, declarationDate: "2025-11-29T10:00:00Z" })).mentorId,
    ).toBe(s2.second);
    expect(second).not.toBe(first);
  });

  it("is picked by the day written in the date, not its London day (ECF rules §4.1)", () => {
    const s = new Scenario("2026-03-15T10:00:00Z");
    s.statements(AMBITION, 2025);
    const school = s.school();
    const ect = s.participant({ schoolId: school });
    const first = s.participant({ role: "mentor", schoolId: school });
    const second = s.participant({ role: "mentor", schoolId: school });
    s.must({ type: "assignMentor", ectId: ect, mentorId: first, startedOn: "2025-09-01", finishedOn: "2025-09-30" });
    s.must({ type: "assignMentor", ectId: ect, mentorId: second, startedOn: "2025-10-01" });
    // 23:30Z on 30 September is already 1 October in London (BST); the written day, 30 September, is first's last.
    const declaration = expectOk(s.submit({ ...started, participantId: ect, declarationDate: "2025-09-30T23:30:00Z" }));
    expect(declaration.mentorId).toBe(first);
  });

  it("is null for mentors' declarations", () => {
    const s = new Scenario();
    s.statements(AMBITION, 2025);
    const mentor = s.participant({ role: "mentor" });
    const declaration = expectOk(
      s.submit({
        ...started,
        courseIdentifier: "ecf-mentor",
        participantId: mentor,
        declarationDate: "2025-10-01T10:00:00Z",
      }),
    );
    expect(declaration.mentorId).toBeNull();
  });
});

describe("uplifts", () => {
  it("a 2021-2024 started declaration copies the school's uplift eligibility for the cohort", () => {
    const s = new Scenario();
    s.statements(AMBITION, 2024);
    const school = s.school({ upliftsIn: 2024, pupilPremium: true, sparsity: false });
    const participantId = s.participant({
      cohortYear: 2024,
      schoolId: school,
      scheduleIdentifier: "ecf-extended-september",
    });
    const declaration = expectOk(s.submit({ ...started, participantId, declarationDate: "2024-10-01T10:00:00Z" }));
    expect(declaration).toMatchObject({ pupilPremiumUplift: true, sparsityUplift: false });
    const retained = expectOk(
      s.submit({ ...started, participantId, declarationType: "retained-1", declarationDate: "2024-10-02T10:00:00Z" }),
    );
    expect(retained).toMatchObject({ pupilPremiumUplift: false, sparsityUplift: false });
  });

  it("never applies from 2025", () => {
    const s = new Scenario();
    s.statements(AMBITION, 2025);
    const school = s.school({ upliftsIn: 2025, pupilPremium: true, sparsity: true });
    const participantId = s.participant({ schoolId: school });
    const declaration = expectOk(s.submit({ ...started, participantId, declarationDate: "2025-10-01T10:00:00Z" }));
    expect(declaration).toMatchObject({ pupilPremiumUplift: false, sparsityUplift: false });
  });
});

describe("mentor completion", () => {
  function mentorScenario() {
    const s = new Scenario("2026-05-10T10:00:00Z");
    s.statements(AMBITION, 2025);
    const mentor = s.participant({ role: "mentor", startedOn: "2025-09-01" });
    const mentorCompleted = {
      participantId: mentor,
      courseIdentifier: "ecf-mentor",
      declarationType: "completed",
      evidenceHeld: "75-percent-engagement-met",
    };
    return { s, mentor, mentorCompleted };
  }

  it("a completed declaration ends the mentor's funding and training on its (London) date", () => {
    const { s, mentor, mentorCompleted } = mentorScenario();
    expectOk(s.submit({ ...mentorCompleted, declarationDate: "2026-04-30T23:30:00Z" }));
    const teacher = getRow(s.world, "teachers", mentor);
    expect(teacher.funding.mentor.becameIneligibleOn).toBe("2026-05-01");
    expect(teacher.mentorIneligibleForFundingReason).toBe("completed_declaration_received");
    expect(trainingPeriodsOf(s.world, mentor, "mentor").map((p) => p.finishedOn)).toEqual(["2026-05-01"]);
  });

  it("voiding it restores funding and reopens training the day after it ended", () => {
    const { s, mentor, mentorCompleted } = mentorScenario();
    const completed = expectOk(s.submit({ ...mentorCompleted, declarationDate: "2026-04-01T10:00:00Z" }));
    s.must({ type: "voidDeclaration", leadProviderId: AMBITION, declarationId: completed.id });
    const teacher = getRow(s.world, "teachers", mentor);
    expect(teacher.funding.mentor.becameIneligibleOn).toBeNull();
    expect(teacher.mentorIneligibleForFundingReason).toBeNull();
    expect(trainingPeriodsOf(s.world, mentor, "mentor").map((p) => [p.startedOn, p.finishedOn])).toEqual([
      ["2025-09-01", "2026-04-01"],
      ["2026-04-02", null],
    ]);
    // Training again, so a new completed declaration is accepted.
    expectOk(s.submit({ ...mentorCompleted, declarationDate: "2026-04-02T10:00:00Z" }));
  });

  it("a completion dated on the training's first day ends it the day after", () => {
    const { s, mentor, mentorCompleted } = mentorScenario();
    expectOk(s.submit({ ...mentorCompleted, declarationDate: "2025-09-01T10:00:00Z" }));
    expect(trainingPeriodsOf(s.world, mentor, "mentor")[0]?.finishedOn).toBe("2025-09-02");
  });

  it("does not touch ECT completions", () => {
    const s = new Scenario("2026-05-10T10:00:00Z");
    s.statements(AMBITION, 2025);
    const ect = s.participant();
    expectOk(
      s.submit({
        participantId: ect,
        courseIdentifier: "ecf-induction",
        declarationType: "completed",
        declarationDate: "2026-04-01T10:00:00Z",
        evidenceHeld: "one-term-induction",
      }),
    );
    expect(getRow(s.world, "teachers", ect).funding.ect.becameIneligibleOn).toBeNull();
    expect(trainingPeriodsOf(s.world, ect, "ect")[0]?.finishedOn).toBeNull();
  });
});

describe("repeated identical submissions", () => {
  it("create one declaration; the repeat gets the duplicate error (decision engine-idempotency)", () => {
    const s = new Scenario();
    s.statements(AMBITION, 2025);
    const participantId = s.participant();
    const command = { ...started, participantId, declarationDate: "2025-10-01T10:00:00Z" };
    expectOk(s.submit(command));
    expectErrors(s.submit(command), [["declaration_type", DECLARATION_RULE_MESSAGES[8].detail]]);
    expect(lookupOfRole(s.world, "declarationsByParticipant", participantId, "ect")).toHaveLength(1);
  });
});

describe("declarationView", () => {
  it("renders every attribute in the service's shape", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    s.statements(AMBITION, 2025);
    const school = s.school();
    const ect = s.participant({ schoolId: school });
    const mentor = s.participant({ role: "mentor", schoolId: school });
    s.must({ type: "assignMentor", ectId: ect, mentorId: mentor, startedOn: "2025-09-01" });
    const declaration = expectOk(
      s.submit({ ...started, participantId: ect, declarationDate: "2025-10-01T10:00:00.250+01:00" }),
    );
    expect(declarationView(s.world, declaration)).toEqual({
      id: declaration.id,
      type: "participant-declaration",
      attributes: {
        participant_id: ect,
        declaration_type: "started",
        declaration_date: "2025-10-01T09:00:00Z",
        course_identifier: "ecf-induction",
        state: "eligible",
        updated_at: "2025-10-15T10:00:00Z",
        created_at: "2025-10-15T10:00:00Z",
        delivery_partner_id: declaration.deliveryPartnerId,
        statement_id: declaration.statementId,
        clawback_statement_id: null,
        ineligible_for_funding_reason: null,
        mentor_id: mentor,
        uplift_paid: false,
        evidence_held: "other",
        lead_provider_name: "Ambition Institute",
      },
    });
    expect(Object.keys(declarationView(s.world, declaration).attributes)).toEqual([
      "participant_id",
      "declaration_type",
      "declaration_date",
      "course_identifier",
      "state",
      "updated_at",
      "created_at",
      "delivery_partner_id",
      "statement_id",
      "clawback_statement_id",
      "ineligible_for_funding_reason",
      "mentor_id",
      "uplift_paid",
      "evidence_held",
      "lead_provider_name",
    ]);
  });
});
