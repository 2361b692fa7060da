import { londonToday, NPQ_LEAD_PROVIDERS, type NpqStatement, npqContractedCourses } from "@lpkit/engine";
import { addDays } from "@lpkit/engine/internal";
import { describe, expect, it } from "vitest";
import { seededNpqWorld } from "../../../src/seed/npq/seeded-npq-world.ts";
import { londonInstant } from "../../../src/seed/seed-clock.ts";

const CLOCKS = ["2021-09-01T08:00:00Z", "2025-10-01T09:30:00Z", "2025-12-27T10:00:00Z", "2027-03-01T10:00:00Z"];

describe.each(CLOCKS)("the seeded NPQ statements at %s", (clock) => {
  const now = new Date(clock);
  const today = londonToday(now);
  const { world } = seededNpqWorld(4010, now);
  const statements = Object.values(world.statements);
  const byLeadProviderCohort = groupBy(statements, (statement) => `${statement.leadProviderId} ${statement.cohortId}`);

  it("are 24 a month per lead provider and cohort, output fee in March, June, September, December and the last", () => {
    expect(byLeadProviderCohort.size).toBe(NPQ_LEAD_PROVIDERS.length * Object.keys(world.cohorts).length);
    for (const group of byLeadProviderCohort.values()) {
      expect(group).toHaveLength(24);
      const output = group.filter((statement) => statement.feeType === "output").map((statement) => statement.month);
      expect(output.slice(0, -1).every((month) => [3, 6, 9, 12].includes(month))).toBe(true);
      expect(group.at(-1)?.feeType).toBe("output");
      for (const statement of group) {
        // NPQ rules §8: the deadline six days before the first of its month, payment a month after the deadline.
        const first = `${statement.year}-${String(statement.month).padStart(2, "0")}-01`;
        expect(statement.deadlineDate).toBe(addDays(first as typeof statement.deadlineDate, -6));
      }
    }
  });

  it("each carry a contract per course the cohort offers: primary maths from 2023, SENCO from 2024", () => {
    const contractsByStatement = groupBy(Object.values(world.contracts), (contract) => contract.statementId ?? "");
    for (const statement of statements) {
      const startYear = (world.cohorts[statement.cohortId] as { startYear: number }).startYear;
      const courses = (contractsByStatement.get(statement.id) ?? []).map((contract) => contract.courseIdentifier);
      expect(courses.sort()).toEqual([...npqContractedCourses(startYear)].sort());
      expect(courses.includes("npq-senco")).toBe(startYear >= 2024);
      expect(courses.includes("npq-leading-primary-mathematics")).toBe(startYear >= 2023);
    }
  });

  it("are paid when past, at eight days before their payment date, except the latest past output one (payable)", () => {
    for (const group of byLeadProviderCohort.values()) {
      const pastOutput = group.filter((s) => s.feeType === "output" && s.deadlineDate < today);
      const latest = pastOutput.at(-1);
      for (const statement of group) {
        const expected = statusOf(statement, latest, today);
        expect(statement.status, `${statement.cohortId} ${statement.year}-${statement.month}`).toBe(expected);
        if (expected === "paid") {
          const paidAt = londonInstant(addDays(statement.paymentDate, -8), 10);
          expect(statement.updatedAt).toBe(new Date(paidAt).toISOString());
        }
        if (expected === "payable") {
          const payableAt = londonInstant(addDays(statement.deadlineDate, 1), 0, 30);
          expect(statement.updatedAt).toBe(new Date(payableAt).toISOString());
        }
      }
    }
  });
});

function statusOf(statement: NpqStatement, latest: NpqStatement | undefined, today: string) {
  if (statement.feeType === "service" || statement.deadlineDate >= today) {
    return "open";
  }
  return statement === latest ? "payable" : "paid";
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  }
  return groups;
}
