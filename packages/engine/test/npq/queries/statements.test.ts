import { describe, expect, it } from "vitest";
import { listNpqStatements, showNpqStatement } from "../../../src/npq/queries/statements.ts";
import { expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, NpqScenario, TEACH_FIRST_NPQ } from "../support/npq-scenario.ts";

function withStatements() {
  const s = new NpqScenario();
  const statements = [
    ...s.must({ type: "registerNpqStatements", leadProviderId: AMBITION_NPQ, cohort: "2025a" }),
    ...s.must({ type: "registerNpqStatements", leadProviderId: AMBITION_NPQ, cohort: "2024a" }),
  ];
  return { s, statements };
}

describe("listing and showing NPQ statements (NPQ rules §2.5)", () => {
  it("shows an output-fee statement with the spec's attributes", () => {
    const { s, statements } = withStatements();
    const december = statements.find((row) => row.cohortId === "2025a" && row.month === 12 && row.year === 2025);
    expect(expectOk(showNpqStatement(s.world, AMBITION_NPQ, december?.id as string))).toEqual({
      id: december?.id,
      type: "statement",
      attributes: {
        month: "December",
        year: "2025",
        cohort: "2025",
        cut_off_date: "2025-11-25",
        payment_date: "2025-12-25",
        paid: false,
        created_at: "2025-10-15T10:00:00Z",
        updated_at: "2025-10-15T10:00:00Z",
      },
    });
  });

  it("answers 404 for a service-fee statement and for another lead provider's", () => {
    const { s, statements } = withStatements();
    const service = statements.find((row) => row.feeType === "service");
    const output = statements.find((row) => row.feeType === "output");
    expect(showNpqStatement(s.world, AMBITION_NPQ, service?.id as string).ok).toBe(false);
    expect(showNpqStatement(s.world, TEACH_FIRST_NPQ, output?.id as string).ok).toBe(false);
  });

  it("lists output-fee statements by payment date, with the cohort and updated_since filters", () => {
    const { s, statements } = withStatements();
    const listed = listNpqStatements(s.world, AMBITION_NPQ);
    expect(listed).toHaveLength(statements.filter((row) => row.feeType === "output").length);
    const dates = listed.map((row) => String(row.attributes.payment_date));
    expect(dates).toEqual([...dates].sort());
    expect(
      listNpqStatements(s.world, AMBITION_NPQ, { filter: { cohort: "2024" } }).every(
        (row) => row.attributes.cohort === "2024",
      ),
    ).toBe(true);
    const december = listed.find((row) => row.attributes.cohort === "2025" && row.attributes.month === "December");
    s.context.at("2025-11-26T10:00:00Z");
    s.must({ type: "markNpqStatementPayable", statementId: december?.id as string });
    const since = listNpqStatements(s.world, AMBITION_NPQ, {
      filter: { updatedSince: new Date("2025-11-01T00:00:00Z") },
    });
    expect(since.map((row) => row.id)).toEqual([december?.id]);
    expect(listNpqStatements(s.world, AMBITION_NPQ, { page: { page: 2, perPage: 5 } })).toHaveLength(5);
  });
});
