import { describe, expect, it } from "vitest";
import { FINANCE_MESSAGES } from "../../src/messages/finance.ts";
import { NOT_FOUND_ERROR } from "../../src/result.ts";
import { expectErrors, expectOk } from "../support/expect-failure.ts";
import { AMBITION, Scenario } from "../support/scenario.ts";

describe("markParticipantEligibleForFunding", () => {
  it("promotes every submitted declaration of the role onto the earliest output statement not yet cut off", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const statements = s.statements(AMBITION, 2025);
    const participantId = s.participant({ eligibleForFunding: false });
    const started = s.declare(participantId, "started", "2025-10-01T10:00:00Z");
    const retained = s.declare(participantId, "retained-1", "2025-10-02T10:00:00Z");
    s.at("2025-11-03T10:00:00Z");
    const teacher = expectOk(s.run({ type: "markParticipantEligibleForFunding", participantId, role: "ect" }));
    expect(teacher.funding.ect.firstBecameEligibleAt).toBe("2025-11-03T10:00:00.000Z");
    const january = statements.find((st) => st.month === 1 && st.year === 2026)!;
    for (const id of [started.id, retained.id]) {
      expect(s.declaration(id)).toMatchObject({
        paymentStatus: "eligible",
        statementId: january.id,
        updatedAt: "2025-11-03T10:00:00.000Z",
      });
    }
    // Already eligible: nothing more to do.
    expect(expectOk(s.run({ type: "markParticipantEligibleForFunding", participantId, role: "ect" }))).toEqual(teacher);
  });

  it("is all-or-nothing when a declaration has no statement to land on", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const participantId = s.participant({ eligibleForFunding: false });
    const started = s.declare(participantId, "started", "2025-10-01T10:00:00Z");
    expectErrors(s.run({ type: "markParticipantEligibleForFunding", participantId, role: "ect" }), [
      ["cohort", FINANCE_MESSAGES.noStatementForEligibleDeclarations("Ambition Institute", 2025, "2025-10-15")],
    ]);
    expect(s.declaration(started.id).paymentStatus).toBe("no_payment");
    expect(s.world.teachers[participantId]?.funding.ect.firstBecameEligibleAt).toBeNull();
  });

  it("rejects an unknown participant (404) and a role the participant does not have", () => {
    const s = new Scenario();
    expectErrors(
      s.run({ type: "markParticipantEligibleForFunding", participantId: "missing", role: "ect" }),
      [[NOT_FOUND_ERROR.title, NOT_FOUND_ERROR.detail]],
      404,
    );
    const participantId = s.participant();
    expectErrors(s.run({ type: "markParticipantEligibleForFunding", participantId, role: "mentor" }), [
      ["participant_id", FINANCE_MESSAGES.roleNotRegistered("mentor")],
    ]);
  });
});
