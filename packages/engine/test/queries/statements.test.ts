import { describe, expect, it } from "vitest";
import { updateRow } from "../../src/model/row-writes.ts";
import { listStatements, showStatement } from "../../src/queries/statements.ts";
import { NOT_FOUND_ERROR } from "../../src/result.ts";
import { expectOk } from "../support/expect-failure.ts";
import { AMBITION, Scenario, TEACH_FIRST } from "../support/scenario.ts";

function world() {
  const s = new Scenario("2025-10-15T10:00:00Z");
  const ambition2025 = s.statements(AMBITION, 2025);
  const ambition2024 = s.statements(AMBITION, 2024);
  const teachFirst = s.statements(TEACH_FIRST, 2025);
  // In creation order: statements with the same payment date keep it.
  return { s, ambition: [...ambition2025, ...ambition2024], teachFirst };
}

describe("listStatements (ECF rules §1.1, §2.7)", () => {
  it("lists the provider's output statements only, by payment date", () => {
    const { s, ambition } = world();
    const listed = listStatements(s.world, AMBITION, { page: { page: 1, perPage: 3000 } });
    const expected = ambition
      .filter((statement) => statement.feeType === "output")
      .sort((a, b) => (a.paymentDate < b.paymentDate ? -1 : a.paymentDate > b.paymentDate ? 1 : 0));
    expect(listed.map((statement) => statement.id)).toEqual(expected.map((statement) => statement.id));
    expect(ambition.some((statement) => statement.feeType === "service")).toBe(true);
    expect(
      listed.every((statement) => ["January", "April", "August", "November"].includes(statement.attributes.month)),
    ).toBe(true);
  });

  it("filters by cohort and updated_since, and pages", () => {
    const { s, ambition } = world();
    const outputs2024 = listStatements(s.world, AMBITION, {
      filter: { cohort: "2024" },
      page: { page: 1, perPage: 3000 },
    });
    expect(outputs2024.length).toBeGreaterThan(0);
    expect(outputs2024.every((statement) => statement.attributes.cohort === "2024")).toBe(true);
    expect(listStatements(s.world, AMBITION, { filter: { cohort: "abc" } })).toEqual([]);

    const touched = ambition.find((statement) => statement.feeType === "output")!;
    updateRow(s.world, "statements", touched.id, { updatedAt: "2025-10-20T00:00:00.000Z" });
    expect(
      listStatements(s.world, AMBITION, { filter: { updatedSince: new Date("2025-10-19T00:00:00Z") } }).map(
        (st) => st.id,
      ),
    ).toEqual([touched.id]);

    const all = listStatements(s.world, AMBITION, { page: { page: 1, perPage: 3000 } });
    expect(listStatements(s.world, AMBITION, { page: { page: 2, perPage: 2 } })).toEqual(all.slice(2, 4));
    expect(listStatements(s.world, AMBITION, { page: { page: 999, perPage: 2 } })).toEqual([]);
  });
});

describe("showStatement", () => {
  it("shows an output statement; 404s service statements and other providers' ones", () => {
    const { s, ambition, teachFirst } = world();
    const output = ambition.find((statement) => statement.feeType === "output")!;
    const service = ambition.find((statement) => statement.feeType === "service")!;
    expect(expectOk(showStatement(s.world, AMBITION, output.id)).id).toBe(output.id);
    const notFound = { ok: false, failure: { status: 404, errors: [NOT_FOUND_ERROR] } };
    expect(showStatement(s.world, AMBITION, service.id)).toEqual(notFound);
    expect(showStatement(s.world, AMBITION, teachFirst[0]!.id)).toEqual(notFound);
  });
});
