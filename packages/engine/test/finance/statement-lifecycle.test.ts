/**
 * Statement set-up, mark payable and payment authorisation (ECF rules §5.1, §9), with every precondition message.
 */
import { describe, expect, it } from "vitest";
import { FINANCE_MESSAGES } from "../../src/messages/finance.ts";
import { FIXTURE_MESSAGES } from "../../src/messages/fixtures.ts";
import { declarationState } from "../../src/model/declaration.ts";
import { NOT_FOUND_ERROR } from "../../src/result.ts";
import { statementView } from "../../src/views/statement.ts";
import { expectErrors, expectOk } from "../support/expect-failure.ts";
import { AMBITION, Scenario } from "../support/scenario.ts";

const T = "statement";

describe("createContractAndStatements", () => {
  it("creates one statement a month from November to August three years on, output in Jan/Apr/Aug/Nov", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const { contract, statements } = s.must({
      type: "createContractAndStatements",
      leadProviderId: AMBITION,
      cohortYear: 2025,
    });
    expect(contract).toMatchObject({ leadProviderId: AMBITION, cohortYear: 2025, contractType: "ittecf_ectp" });
    expect(statements).toHaveLength(34);
    expect(statements[0]).toMatchObject({
      month: 11,
      year: 2025,
      feeType: "output",
      deadlineDate: "2025-10-31",
      paymentDate: "2025-11-25",
      status: "open",
      contractId: contract.id,
    });
    expect(statements[2]).toMatchObject({
      month: 1,
      year: 2026,
      deadlineDate: "2025-12-31",
      paymentDate: "2026-01-25",
    });
    expect(statements.at(-1)).toMatchObject({ month: 8, year: 2028, feeType: "output" });
    expect(statements.filter((st) => st.feeType === "output").map((st) => st.month)).toEqual([
      11, 1, 4, 8, 11, 1, 4, 8, 11, 1, 4, 8,
    ]);
  });

  it("derives statuses from now: paid two months after payment, payable after the cut-off, else open", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const { statements, contract } = s.must({
      type: "createContractAndStatements",
      leadProviderId: AMBITION,
      cohortYear: 2024,
    });
    expect(contract.contractType).toBe("ecf");
    const status = (month: number, year: number) =>
      statements.find((st) => st.month === month && st.year === year)?.status;
    expect(status(7, 2025)).toBe("paid"); // paid 25 Jul + 2 months = 25 Sep < 15 Oct
    expect(status(8, 2025)).toBe("payable"); // 25 Aug + 2 months = 25 Oct: not yet paid; cut-off 31 Jul passed
    expect(status(10, 2025)).toBe("payable"); // cut-off 30 Sep passed
    expect(status(11, 2025)).toBe("open"); // cut-off 31 Oct not passed
  });

  it("rejects an unknown provider, a cohort the provider does not deliver and a second set", () => {
    const s = new Scenario();
    expectErrors(s.run({ type: "createContractAndStatements", leadProviderId: "nope", cohortYear: 2025 }), [
      ["lead_provider_id", FIXTURE_MESSAGES.unknownLeadProvider],
    ]);
    expectErrors(s.run({ type: "createContractAndStatements", leadProviderId: AMBITION, cohortYear: 2026 }), [
      ["cohort", FIXTURE_MESSAGES.leadProviderNotInCohort(2026)],
    ]);
    s.statements(AMBITION, 2025);
    expectErrors(s.run({ type: "createContractAndStatements", leadProviderId: AMBITION, cohortYear: 2025 }), [
      ["cohort", FINANCE_MESSAGES.statementsExist(2025)],
    ]);
  });
});

describe("markStatementPayable", () => {
  it("moves an output statement past its cut-off and its eligible declarations to payable", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    s.statements(AMBITION, 2025);
    const participantId = s.participant();
    const declaration = s.declare(participantId, "started", "2025-10-01T10:00:00Z");
    s.at("2025-11-01T00:00:00Z");
    const statement = expectOk(s.run({ type: "markStatementPayable", statementId: declaration.statementId! }));
    expect(statement).toMatchObject({ status: "payable", updatedAt: "2025-11-01T00:00:00.000Z" });
    expect(declarationState(s.declaration(declaration.id))).toBe("payable");
  });

  it("reports every unmet precondition", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const statements = s.statements(AMBITION, 2025);
    const november = statements[0]!;
    const december = statements[1]!;
    expectErrors(s.run({ type: "markStatementPayable", statementId: november.id }), [
      [T, FINANCE_MESSAGES.deadlineNotPassed("2025-10-31")],
    ]);
    expectErrors(s.run({ type: "markStatementPayable", statementId: december.id }), [
      [T, FINANCE_MESSAGES.onlyOutputStatementsPayable],
      [T, FINANCE_MESSAGES.deadlineNotPassed("2025-11-30")],
    ]);
    s.at("2025-11-01T10:00:00Z").must({ type: "markStatementPayable", statementId: november.id });
    expectErrors(s.run({ type: "markStatementPayable", statementId: november.id }), [
      [T, FINANCE_MESSAGES.alreadyPayable],
    ]);
    expectErrors(
      s.run({ type: "markStatementPayable", statementId: "missing" }),
      [[NOT_FOUND_ERROR.title, NOT_FOUND_ERROR.detail]],
      404,
    );
  });

  it("markDueStatementsPayable runs the daily job over every due open output statement", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    s.statements(AMBITION, 2025);
    s.at("2026-01-02T10:00:00Z");
    const moved = s.must({ type: "markDueStatementsPayable" });
    expect(moved.map((st) => `${st.year}-${st.month}`)).toEqual(["2025-11", "2026-1"]);
    expect(s.must({ type: "markDueStatementsPayable" })).toEqual([]);
  });
});

describe("authoriseStatementPayment", () => {
  it("pays payable declarations, claws back awaiting clawbacks and marks the statement paid", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    s.statements(AMBITION, 2025);
    const first = s.declare(s.participant(), "started", "2025-10-01T10:00:00Z");
    s.at("2025-11-02T10:00:00Z");
    s.must({ type: "markStatementPayable", statementId: first.statementId! });
    const paid = expectOk(s.run({ type: "authoriseStatementPayment", statementId: first.statementId! }));
    expect(paid).toMatchObject({ status: "paid", markedAsPaidAt: "2025-11-02T10:00:00.000Z" });
    expect(statementView(paid).attributes.paid).toBe(true);
    expect(declarationState(s.declaration(first.id))).toBe("paid");

    s.must({ type: "voidDeclaration", leadProviderId: AMBITION, declarationId: first.id });
    const second = s.declare(s.participant(), "started", "2025-10-20T10:00:00Z");
    const january = s.declaration(first.id).clawbackStatementId!;
    expect(second.statementId).toBe(january);
    s.at("2026-01-03T10:00:00Z");
    s.must({ type: "markStatementPayable", statementId: january });
    s.must({ type: "authoriseStatementPayment", statementId: january });
    expect(declarationState(s.declaration(first.id))).toBe("clawed-back");
    expect(declarationState(s.declaration(second.id))).toBe("paid");
  });

  it("reports every unmet precondition", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const statements = s.statements(AMBITION, 2025);
    const [november, december] = [statements[0]!, statements[1]!];
    expectErrors(s.run({ type: "authoriseStatementPayment", statementId: november.id }), [
      [T, FINANCE_MESSAGES.notPayable],
      [T, FINANCE_MESSAGES.paymentDeadlineNotPassed("2025-10-31")],
      [T, FINANCE_MESSAGES.nothingToPay],
    ]);
    s.at("2026-01-01T10:00:00Z");
    expectErrors(s.run({ type: "authoriseStatementPayment", statementId: december.id }), [
      [T, FINANCE_MESSAGES.onlyOutputStatementsPaid],
      [T, FINANCE_MESSAGES.notPayable],
      [T, FINANCE_MESSAGES.nothingToPay],
    ]);
    s.must({ type: "markStatementPayable", statementId: november.id });
    expectErrors(s.run({ type: "authoriseStatementPayment", statementId: november.id }), [
      [T, FINANCE_MESSAGES.nothingToPay],
    ]);
  });

  it("refuses a statement already paid", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    s.statements(AMBITION, 2025);
    const declaration = s.declare(s.participant(), "started", "2025-10-01T10:00:00Z");
    s.at("2025-11-02T10:00:00Z");
    s.must({ type: "markStatementPayable", statementId: declaration.statementId! });
    s.must({ type: "authoriseStatementPayment", statementId: declaration.statementId! });
    expectErrors(s.run({ type: "authoriseStatementPayment", statementId: declaration.statementId! }), [
      [T, FINANCE_MESSAGES.alreadyPaid],
      [T, FINANCE_MESSAGES.nothingToPay],
    ]);
    expectErrors(s.run({ type: "markStatementPayable", statementId: declaration.statementId! }), [
      [T, FINANCE_MESSAGES.alreadyPaid],
    ]);
  });
});

describe("statementView", () => {
  it("renders the service's attributes", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const january = s.statements(AMBITION, 2025)[2]!;
    expect(statementView(january)).toEqual({
      id: january.id,
      type: "statement",
      attributes: {
        month: "January",
        year: "2026",
        cohort: "2025",
        cut_off_date: "2025-12-31",
        payment_date: "2026-01-25",
        paid: false,
        created_at: "2025-10-15T10:00:00Z",
        updated_at: "2025-10-15T10:00:00Z",
      },
    });
  });
});
