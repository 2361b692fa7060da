import { describe, expect, it } from "vitest";
import { FINANCE_MESSAGES } from "../../../src/messages/finance.ts";
import { NPQ_FIXTURE_MESSAGES } from "../../../src/messages/npq/fixtures.ts";
import { npqStatementKey } from "../../../src/npq/model/indexes.ts";
import { npqLookup } from "../../../src/npq/model/world.ts";
import { npqDefaultCourseTerms } from "../../../src/payments/npq/contract-terms.ts";
import { expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, expectNpqRefusedUntouched, NpqScenario } from "../support/npq-scenario.ts";

const register = (cohort: string, contracts?: boolean) =>
  ({ type: "registerNpqStatements", leadProviderId: AMBITION_NPQ, cohort, contracts }) as const;

describe("NPQ statements and contracts (NPQ rules §8)", () => {
  it("creates the cohort's monthly statements in the status their dates give them today", () => {
    const s = new NpqScenario();
    const statements = expectOk(s.run(register("2025a")));
    expect(statements).toHaveLength(24);
    const statuses = statements.map((statement) => `${statement.year}-${statement.month} ${statement.status}`);
    // At 15 October 2025 (the shared rule: payable after the deadline, paid two months after the payment date):
    // October's deadline (25 September) has passed, November's (26 October) has not; March's payment was in March.
    expect(statuses).toContain("2025-10 payable");
    expect(statuses).toContain("2025-11 open");
    expect(statuses).toContain("2025-3 paid");
  });

  it("hangs a contract on every statement for each course the cohort offers", () => {
    const s = new NpqScenario();
    const courses = (cohort: string) => {
      const [statement] = npqLookup(s.world, "statementsByLeadProviderCohort", npqStatementKey(AMBITION_NPQ, cohort));
      return Object.values(s.world.contracts)
        .filter((contract) => contract.statementId === statement?.id)
        .map((contract) => contract.courseIdentifier);
    };
    for (const cohort of ["2022a", "2023a", "2024a"]) {
      s.must(register(cohort));
    }
    expect(courses("2022a")).not.toContain("npq-leading-primary-mathematics");
    expect(courses("2022a")).not.toContain("npq-senco");
    expect(courses("2023a")).toContain("npq-leading-primary-mathematics");
    expect(courses("2023a")).not.toContain("npq-senco");
    expect(courses("2024a")).toHaveLength(12);
    s.must(register("2025a", false));
    expect(courses("2025a")).toEqual([]);
  });

  it("refuses a cohort that has statements already, or an unknown one", () => {
    const s = new NpqScenario();
    s.must(register("2025a"));
    expectNpqRefusedUntouched(s, register("2025a"), [["cohort", NPQ_FIXTURE_MESSAGES.statementsExist]]);
    expectNpqRefusedUntouched(s, register("2030a"), [["cohort", NPQ_FIXTURE_MESSAGES.unknownCohort("2030a")]]);
  });

  it("processes a statement through the shared checks: payable after its deadline, then paid", () => {
    const s = new NpqScenario();
    const declaration = s.declare(s.enrol().id);
    const statementId = declaration.statementId as string;
    expectNpqRefusedUntouched(s, { type: "markNpqStatementPaid", statementId }, [
      ["statement", FINANCE_MESSAGES.notPayable],
      ["statement", FINANCE_MESSAGES.paymentDeadlineNotPassed("2025-11-25")],
    ]);
    expectNpqRefusedUntouched(s, { type: "markNpqStatementPayable", statementId }, [
      ["statement", FINANCE_MESSAGES.deadlineNotPassed("2025-11-25")],
    ]);
    s.context.at("2025-11-26T10:00:00Z");
    expect(expectOk(s.run({ type: "markNpqStatementPayable", statementId })).status).toBe("payable");
    expect(s.world.declarations[declaration.id]?.state).toBe("payable");
    expect(expectOk(s.run({ type: "markNpqStatementPaid", statementId })).status).toBe("paid");
    expect(s.world.declarations[declaration.id]?.state).toBe("paid");
  });
  it("gives every contract the lead provider's terms per course, and the course group's by default", () => {
    const s = new NpqScenario();
    const headship = {
      ...npqDefaultCourseTerms("npq-headship"),
      feePerParticipant: "1500.00",
      monthlyServiceFee: "99.00",
    };
    const statements = expectOk(s.run({ ...register("2024a"), contractTerms: { "npq-headship": headship } }));
    const contracts = Object.values(s.world.contracts).filter((contract) => contract.statementId === statements[0]?.id);
    const termsOf = (course: string) => contracts.find((contract) => contract.courseIdentifier === course)?.terms;
    expect(termsOf("npq-headship")).toEqual(headship);
    // payment rules §6.1: specialist courses pay over 3 periods, ASO all by output.
    expect(termsOf("npq-leading-literacy")).toMatchObject({ numberOfPaymentPeriods: 3, serviceFeePercentage: 40 });
    expect(termsOf("npq-additional-support-offer")).toMatchObject({
      serviceFeePercentage: 0,
      outputPaymentPercentage: 100,
    });
  });

  it("refuses terms the calculator could not pay, writing nothing", () => {
    const s = new NpqScenario();
    const broken = { ...npqDefaultCourseTerms("npq-headship"), feePerParticipant: "0.00" };
    expectNpqRefusedUntouched(s, { ...register("2024a"), contractTerms: { "npq-headship": broken } }, [
      ["contract_terms", "npq-headship: terms.feePerParticipant must be more than zero"],
    ]);
  });
});
