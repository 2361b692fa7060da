import { describe, expect, it } from "vitest";
import { npqStatementCalendar } from "../../../src/npq/rules/statement-calendar.ts";

describe("the NPQ statement calendar (NPQ rules §8)", () => {
  const plans = npqStatementCalendar("2025-04-01");

  it("runs monthly for two years from two months before the registration start month", () => {
    expect(plans).toHaveLength(24);
    expect(plans[0]).toMatchObject({ year: 2025, month: 2 });
    expect(plans.at(-1)).toMatchObject({ year: 2027, month: 1 });
  });

  it("pays output fees in March, June, September, December and on the last statement", () => {
    const output = plans.filter((plan) => plan.feeType === "output").map((plan) => `${plan.year}-${plan.month}`);
    expect(output).toEqual([
      "2025-3",
      "2025-6",
      "2025-9",
      "2025-12",
      "2026-3",
      "2026-6",
      "2026-9",
      "2026-12",
      "2027-1",
    ]);
  });

  it("puts the deadline six days before the first of the month and payment a month after the deadline", () => {
    expect(plans.find((plan) => plan.year === 2025 && plan.month === 12)).toMatchObject({
      deadlineDate: "2025-11-25",
      paymentDate: "2025-12-25",
    });
    expect(plans.find((plan) => plan.year === 2026 && plan.month === 3)).toMatchObject({
      deadlineDate: "2026-02-23",
      paymentDate: "2026-03-23",
    });
  });
});
