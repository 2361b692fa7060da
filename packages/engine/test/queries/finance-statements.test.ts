import { describe, expect, it } from "vitest";
import { updateRow } from "../../src/model/row-writes.ts";
import { STATEMENT_STATUSES, type Statement } from "../../src/model/statement.ts";
import { getRow } from "../../src/model/world.ts";
import { listFinanceStatements } from "../../src/queries/finance-statements.ts";
import { AMBITION, BEST_PRACTICE, Scenario, TEACH_FIRST } from "../support/scenario.ts";

function world() {
  const s = new Scenario("2025-10-15T10:00:00Z");
  // Created in an order that is neither by provider name nor by cohort, so the sort has work to do.
  const statements = [
    ...s.statements(TEACH_FIRST, 2025),
    ...s.statements(AMBITION, 2025),
    ...s.statements(AMBITION, 2024),
    ...s.statements(BEST_PRACTICE, 2024),
  ];
  return { s, statements };
}

/** The order the query promises, written out independently. */
function expectedOrder(s: Scenario, statements: readonly Statement[]): string[] {
  const name = (statement: Statement) => getRow(s.world, "leadProviders", statement.leadProviderId).name;
  return [...statements]
    .sort((a, b) =>
      a.paymentDate !== b.paymentDate
        ? a.paymentDate.localeCompare(b.paymentDate)
        : name(a) !== name(b)
          ? name(a).localeCompare(name(b))
          : a.cohortYear !== b.cohortYear
            ? a.cohortYear - b.cohortYear
            : a.id.localeCompare(b.id),
    )
    .map((statement) => statement.id);
}

const ids = (statements: readonly Statement[]) => statements.map((statement) => statement.id);

describe("listFinanceStatements", () => {
  it("lists every provider's statements, service fee ones too, by payment date, provider name and cohort", () => {
    const { s, statements } = world();
    const listed = listFinanceStatements(s.world);
    expect(ids(listed)).toEqual(expectedOrder(s, statements));
    expect(new Set(listed.map((statement) => statement.feeType))).toEqual(new Set(["output", "service"]));
    // On a payment date all four contracts share: Ambition (2024, then 2025), Best Practice Network, Teach First.
    const shared = listed.filter((statement) => statement.paymentDate === "2025-11-25");
    expect(shared.map((statement) => [statement.leadProviderId, statement.cohortYear])).toEqual([
      [AMBITION, 2024],
      [AMBITION, 2025],
      [BEST_PRACTICE, 2024],
      [TEACH_FIRST, 2025],
    ]);
  });

  it("filters by lead provider, cohort, fee type and status, together or alone", () => {
    const { s, statements } = world();
    const ambition = statements.filter((statement) => statement.leadProviderId === AMBITION);
    expect(ids(listFinanceStatements(s.world, { leadProviderId: AMBITION }))).toEqual(expectedOrder(s, ambition));

    const ambition2024 = ambition.filter((statement) => statement.cohortYear === 2024);
    expect(ids(listFinanceStatements(s.world, { leadProviderId: AMBITION, cohortYear: 2024 }))).toEqual(
      expectedOrder(s, ambition2024),
    );

    const service2025 = statements.filter(
      (statement) => statement.cohortYear === 2025 && statement.feeType === "service",
    );
    expect(service2025.length).toBeGreaterThan(0);
    expect(ids(listFinanceStatements(s.world, { cohortYear: 2025, feeType: "service" }))).toEqual(
      expectedOrder(s, service2025),
    );

    for (const status of STATEMENT_STATUSES) {
      const withStatus = ambition.filter((statement) => statement.status === status);
      expect(withStatus.length).toBeGreaterThan(0);
      expect(ids(listFinanceStatements(s.world, { leadProviderId: AMBITION, status }))).toEqual(
        expectedOrder(s, withStatus),
      );
    }
    // The status is read as stored now, not as it was when the statements were created.
    const open = ambition2024.find((statement) => statement.status === "open") as Statement;
    const payable = ids(
      listFinanceStatements(s.world, { leadProviderId: AMBITION, cohortYear: 2024, status: "payable" }),
    );
    updateRow(s.world, "statements", open.id, { status: "payable" });
    expect(
      ids(listFinanceStatements(s.world, { leadProviderId: AMBITION, cohortYear: 2024, status: "payable" })),
    ).toEqual(expectedOrder(s, [...payable.map((id) => getRow(s.world, "statements", id)), open]));
  });

  it("answers nothing for an unknown lead provider or a cohort without statements", () => {
    const { s } = world();
    expect(listFinanceStatements(s.world, { leadProviderId: "00000000-0000-4000-8000-000000000000" })).toEqual([]);
    expect(listFinanceStatements(s.world, { cohortYear: 2021 })).toEqual([]);
    expect(listFinanceStatements(s.world, { leadProviderId: TEACH_FIRST, cohortYear: 2024 })).toEqual([]);
  });
});
