/**
 * A declaration's state history (finance dashboard §1.6): each command that moves a declaration writes a row of the
 * state it moved to, at the command's instant, oldest first.
 */
import { describe, expect, it } from "vitest";
import { declarationStateHistory } from "../../src/queries/declaration-state-history.ts";
import { AMBITION, Scenario } from "../support/scenario.ts";

/** `[state, at, reason]` per row, the way the drill-down lists them. */
function history(s: Scenario, declarationId: string) {
  return declarationStateHistory(s.world, declarationId).map((change) => [change.state, change.at, change.reason]);
}

describe("declaration state history", () => {
  it("starts submitted, and eligible in the same instant when a statement takes it at once", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    s.statements(AMBITION, 2025);
    const declaration = s.declare(s.participant(), "started", "2025-10-01T10:00:00Z");
    expect(history(s, declaration.id)).toEqual([
      ["submitted", "2025-10-15T10:00:00.000Z", null],
      ["eligible", "2025-10-15T10:00:00.000Z", null],
    ]);
  });

  it("follows submitted → eligible when the participant becomes eligible for funding, then a void", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    s.statements(AMBITION, 2025);
    const participantId = s.participant({ eligibleForFunding: false });
    const declaration = s.declare(participantId, "started", "2025-10-01T10:00:00Z");
    expect(history(s, declaration.id)).toEqual([["submitted", "2025-10-15T10:00:00.000Z", null]]);
    s.at("2025-11-03T10:00:00Z").must({ type: "markParticipantEligibleForFunding", participantId, role: "ect" });
    s.at("2025-11-04T10:00:00Z").must({
      type: "voidDeclaration",
      leadProviderId: AMBITION,
      declarationId: declaration.id,
    });
    expect(history(s, declaration.id)).toEqual([
      ["submitted", "2025-10-15T10:00:00.000Z", null],
      ["eligible", "2025-11-03T10:00:00.000Z", null],
      ["voided", "2025-11-04T10:00:00.000Z", null],
    ]);
  });

  it("follows payable, paid, a void of the paid declaration, and the clawback when the next statement is paid", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    s.statements(AMBITION, 2025);
    const declaration = s.declare(s.participant(), "started", "2025-10-01T10:00:00Z");
    const november = declaration.statementId as string;
    s.at("2025-11-01T00:00:00Z").must({ type: "markStatementPayable", statementId: november });
    s.at("2025-11-02T10:00:00Z").must({ type: "authoriseStatementPayment", statementId: november });
    s.at("2025-11-10T09:30:00Z").must({
      type: "voidDeclaration",
      leadProviderId: AMBITION,
      declarationId: declaration.id,
    });
    // January pays something of its own, so it can be authorised.
    s.declare(s.participant(), "started", "2025-11-10T09:00:00Z");
    const january = s.declaration(declaration.id).clawbackStatementId as string;
    s.at("2026-01-01T00:00:00Z").must({ type: "markStatementPayable", statementId: january });
    s.at("2026-01-03T10:00:00Z").must({ type: "authoriseStatementPayment", statementId: january });
    expect(history(s, declaration.id)).toEqual([
      ["submitted", "2025-10-15T10:00:00.000Z", null],
      ["eligible", "2025-10-15T10:00:00.000Z", null],
      ["payable", "2025-11-01T00:00:00.000Z", null],
      ["paid", "2025-11-02T10:00:00.000Z", null],
      ["awaiting-clawback", "2025-11-10T09:30:00.000Z", null],
      ["clawed-back", "2026-01-03T10:00:00.000Z", null],
    ]);
  });

  it("writes nothing when a command is refused", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    s.statements(AMBITION, 2025);
    const declaration = s.declare(s.participant(), "started", "2025-10-01T10:00:00Z");
    s.must({ type: "voidDeclaration", leadProviderId: AMBITION, declarationId: declaration.id });
    const before = history(s, declaration.id);
    expect(s.run({ type: "voidDeclaration", leadProviderId: AMBITION, declarationId: declaration.id }).ok).toBe(false);
    expect(history(s, declaration.id)).toEqual(before);
  });
});
