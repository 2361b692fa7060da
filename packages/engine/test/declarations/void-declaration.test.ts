/**
 * PUT /participant-declarations/{id}/void through the command (void rules 1-5, ECF rules §5.2), and the unreachable
 * guards (void rules 4 and 5) through the rules that hold them.
 */
import { describe, expect, it } from "vitest";
import { VOID_RULE_MESSAGES as RULE } from "../../src/messages/declaration-rules.ts";
import { type Declaration, declarationState } from "../../src/model/declaration.ts";
import { updateRow } from "../../src/model/row-writes.ts";
import { checkClawback, checkVoid } from "../../src/rules/declaration-voiding.ts";
import { declarationView } from "../../src/views/declaration.ts";
import { expectErrors, expectOk } from "../support/expect-failure.ts";
import { AMBITION, BEST_PRACTICE, Scenario } from "../support/scenario.ts";

const TITLE = "participant_declaration_id";

/** A 2025 ECT with an eligible `started` on the November 2025 statement. */
function withEligibleDeclaration() {
  const s = new Scenario("2025-10-15T10:00:00Z");
  s.statements(AMBITION, 2025);
  const participantId = s.participant();
  const declaration = s.declare(participantId, "started", "2025-10-01T10:00:00Z");
  return { s, participantId, declaration };
}

/** Pays the declaration's statement: cut-off passes, statement marked payable, payment authorised. */
function pay(s: Scenario, declaration: Declaration, at = "2025-11-05T10:00:00Z") {
  s.at(at);
  s.must({ type: "markStatementPayable", statementId: declaration.statementId! });
  s.must({ type: "authoriseStatementPayment", statementId: declaration.statementId! });
}

const voidIt = (s: Scenario, declarationId: string, leadProviderId = AMBITION) =>
  s.run({ type: "voidDeclaration", leadProviderId, declarationId });

describe("not found", () => {
  it("an unknown id or another provider's declaration is a 404", () => {
    const { s, declaration } = withEligibleDeclaration();
    const notFound = [["Resource not found", "Nothing could be found for the provided details"]] as const;
    expectErrors(voidIt(s, "not-a-uuid"), notFound, 404);
    expectErrors(voidIt(s, declaration.id, BEST_PRACTICE), notFound, 404);
  });
});

describe("void path", () => {
  it.each(["submitted", "eligible", "payable"] as const)("a %s declaration becomes voided", (state) => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    s.statements(AMBITION, 2025);
    const participantId = s.participant({ eligibleForFunding: state !== "submitted" });
    const declaration = s.declare(participantId, "started", "2025-10-01T10:00:00Z");
    if (state === "payable") {
      s.at("2025-11-05T10:00:00Z").must({ type: "markStatementPayable", statementId: declaration.statementId! });
    }
    expect(declarationState(s.declaration(declaration.id))).toBe(state);
    s.at("2025-11-06T09:00:00Z");
    const voided = expectOk(voidIt(s, declaration.id));
    expect(voided).toMatchObject({
      paymentStatus: "voided",
      clawbackStatus: "no_clawback",
      updatedAt: "2025-11-06T09:00:00.000Z",
    });
    expect(declarationView(s.world, voided).attributes).toMatchObject({ state: "voided", statement_id: null });
  });

  it("rule 1: voiding twice", () => {
    const { s, declaration } = withEligibleDeclaration();
    expectOk(voidIt(s, declaration.id));
    expectErrors(voidIt(s, declaration.id), [[TITLE, RULE[1].detail]]);
  });

  it("needs no statement: voids even when the cohort has none left", () => {
    const { s, declaration } = withEligibleDeclaration();
    s.at("2029-01-01T10:00:00Z");
    expectOk(voidIt(s, declaration.id));
  });

  it("rule 4 guards clawed-back declarations (unreachable through the API: they take the clawback path)", () => {
    const { declaration } = withEligibleDeclaration();
    expectErrors(checkVoid({ ...declaration, paymentStatus: "eligible", clawbackStatus: "clawed_back" }), [
      [TITLE, RULE[4].detail],
    ]);
  });
});

describe("clawback path", () => {
  it("a paid declaration awaits clawback on the next output statement not yet cut off, keeping its statement", () => {
    const { s, declaration } = withEligibleDeclaration();
    pay(s, declaration);
    s.at("2025-11-10T10:00:00Z");
    const clawedBack = expectOk(voidIt(s, declaration.id));
    const january = Object.values(s.world.statements).find((st) => st.month === 1 && st.year === 2026)!;
    expect(clawedBack).toMatchObject({
      paymentStatus: "paid",
      clawbackStatus: "awaiting_clawback",
      statementId: declaration.statementId,
      clawbackStatementId: january.id,
    });
    expect(declarationView(s.world, clawedBack).attributes).toMatchObject({
      state: "awaiting-clawback",
      statement_id: declaration.statementId,
      clawback_statement_id: january.id,
    });
  });

  it("keeps uplift_paid: it reads the payment status, which a clawback leaves at paid (ECF rules §2.1)", () => {
    const { s, declaration } = withEligibleDeclaration();
    updateRow(s.world, "declarations", declaration.id, { pupilPremiumUplift: true });
    pay(s, declaration);
    expect(declarationView(s.world, s.declaration(declaration.id)).attributes.uplift_paid).toBe(true);
    s.at("2025-11-10T10:00:00Z");
    const clawedBack = expectOk(voidIt(s, declaration.id));
    expect(declarationView(s.world, clawedBack).attributes).toMatchObject({
      state: "awaiting-clawback",
      uplift_paid: true,
    });
  });

  it.each(["awaiting_clawback", "clawed_back"] as const)("rule 2: %s is already refunded", (status) => {
    const { s, declaration } = withEligibleDeclaration();
    pay(s, declaration);
    s.at("2025-11-10T10:00:00Z");
    expectOk(voidIt(s, declaration.id));
    if (status === "clawed_back") {
      const clawbackStatementId = s.declaration(declaration.id).clawbackStatementId!;
      s.at("2026-01-05T10:00:00Z");
      s.must({ type: "markStatementPayable", statementId: clawbackStatementId });
      s.must({ type: "authoriseStatementPayment", statementId: clawbackStatementId });
      expect(declarationState(s.declaration(declaration.id))).toBe("clawed-back");
    }
    expectErrors(voidIt(s, declaration.id), [[TITLE, RULE[2].detail]]);
  });

  it("rule 3: no output statement left for the cohort (no final period on this variant)", () => {
    const { s, declaration } = withEligibleDeclaration();
    pay(s, declaration);
    s.at("2028-09-01T10:00:00Z");
    expectErrors(voidIt(s, declaration.id), [[TITLE, RULE[3].template.replace("{year}", "2025")]]);
  });

  it("rule 5 guards unpaid declarations (unreachable through the API: they take the void path)", () => {
    const { s, declaration } = withEligibleDeclaration();
    expectErrors(checkClawback(s.world, declaration, "2025-10-15"), [[TITLE, RULE[5].detail]]);
  });

  it("clawing back a mentor's completed declaration restores their funding", () => {
    const s = new Scenario("2026-05-10T10:00:00Z");
    s.statements(AMBITION, 2025);
    const mentor = s.participant({ role: "mentor" });
    const completed = s.declare(mentor, "completed", "2026-04-01T10:00:00Z", {
      courseIdentifier: "ecf-mentor",
      evidenceHeld: "75-percent-engagement-met",
    });
    pay(s, completed, "2026-08-05T10:00:00Z");
    expect(s.world.teachers[mentor]?.funding.mentor.becameIneligibleOn).toBe("2026-04-01");
    expectOk(voidIt(s, completed.id));
    expect(s.world.teachers[mentor]?.funding.mentor.becameIneligibleOn).toBeNull();
  });
});

describe("view of a previous provider's declaration", () => {
  it("is still owned by the provider whose training period it is on", () => {
    const { s, declaration } = withEligibleDeclaration();
    updateRow(s.world, "declarations", declaration.id, { leadProviderId: BEST_PRACTICE });
    expect(voidIt(s, declaration.id).ok).toBe(false);
  });
});
