import { describe, expect, it } from "vitest";
import { calculateStatement } from "../../src/payments/calculate-statement.ts";
import { renderStatementBreakdown } from "../../src/payments/render-statement-breakdown.ts";
import type { StatementCalculation } from "../../src/payments/statement-calculation.ts";
import type { StatementCalculationInput } from "../../src/payments/statement-input.ts";

function calculated(input: StatementCalculationInput): StatementCalculation {
  const outcome = calculateStatement(input);
  if (!outcome.ok) {
    throw new Error(JSON.stringify(outcome.failure));
  }
  return outcome.value;
}

const band = (capacity: number, feePerDeclaration: string) => ({
  capacity,
  feePerDeclaration,
  outputFeeRatio: "0.60",
  serviceFeeRatio: "0.40",
});

describe("renderStatementBreakdown", () => {
  it("lays out an ECT and mentor statement as a contract manager reads it", () => {
    const calculation = calculated({
      cohort: 2025,
      vat: { registered: true },
      feeStructures: [
        {
          model: "ecf-banded",
          terms: { bands: [band(100, "1000.00"), band(100, "800.00")], recruitmentTarget: 150, setupFee: "1450.00" },
          declarations: {
            started: { previousBillable: 90, billable: 20, voided: 1 },
            "retained-1": { previousBillable: 50, refundable: 2 },
            completed: { previousBillable: 195, billable: 10 },
          },
        },
        {
          model: "ecf-mentor-flat-rate",
          terms: { feePerDeclaration: "1000.00", recruitmentTarget: 40 },
          declarations: { started: { billable: 4, voided: 1 }, completed: { refundable: 1 } },
        },
      ],
      adjustments: [{ description: "Reconciliation, November", amount: "-250.00" }],
    });
    expect(renderStatementBreakdown(calculation)).toBe(
      [
        "Statement breakdown, 2025 cohort",
        "",
        "ECTs: banded fees",
        "  Bands",
        "    Band A: 1 to 100, £1,000.00 per participant, 60% output, 40% service",
        "    Band B: 101 to 200, £800.00 per participant, 60% output, 40% service",
        "  Output payments",
        "    Started (Band A): 10 x £120.00    £1,200.00",
        "    Started (Band B): 10 x £96.00       £960.00",
        "    Completed (Band B): 5 x £96.00      £480.00",
        "  Clawbacks",
        "    Retained 1 (Band A): 2 x -£90.00   -£180.00",
        "  Not paid",
        "    Completed: 5 beyond the last band",
        "  Voided declarations: 1",
        "  Service fee                         £1,881.03",
        "    From a recruitment target of 150, less £1,450.00 of set-up fee, over 29 payments",
        "  Subtotal                            £4,341.03",
        "",
        "Mentors: flat rate of £1,000.00 per mentor",
        "  Output payments",
        "    Started (50%): 4 x £500.00     £2,000.00",
        "  Clawbacks",
        "    Completed (50%): 1 x -£500.00   -£500.00",
        "  Voided declarations: 1",
        "  Subtotal                         £1,500.00",
        "",
        "Additional adjustments",
        "  Reconciliation, November  -£250.00",
        "",
        "Overview",
        "  Output payment          £4,640.00",
        "  Service fee             £1,881.03",
        "  Uplift fees                 £0.00",
        "  Clawbacks                -£680.00",
        "  Additional adjustments   -£250.00",
        "  Subtotal (net of VAT)   £5,591.03",
        "  VAT (20%)               £1,118.21",
        "  Total                   £6,709.24",
        "",
      ].join("\n"),
    );
  });

  it("shows uplifts, an explicit service fee, no VAT and empty sections", () => {
    const calculation = calculated({
      cohort: 2023,
      vat: { registered: false },
      feeStructures: [
        {
          model: "ecf-banded",
          terms: {
            bands: [band(10, "1000.00")],
            recruitmentTarget: 10,
            upliftFeePerDeclaration: "100.00",
            monthlyServiceFee: "500.00",
          },
          declarations: { started: { refundable: 1, previousBillable: 1 } },
          uplifts: { refundable: 1 },
        },
      ],
    });
    const text = renderStatementBreakdown(calculation, "November 2023 statement");
    expect(text.split("\n").slice(0, 1)).toEqual(["November 2023 statement"]);
    expect(text).toContain("ECTs and mentors: banded fees");
    expect(text).toContain("  Output payments\n    None\n  Clawbacks\n    Started (Band A): 1 x -£120.00");
    expect(text).toContain("  Uplift fees: 0 x £100.00");
    expect(text).toContain("  Uplift clawbacks: 1 x -£100.00");
    expect(text).toContain("    As stated in the contract");
    expect(text).toContain("  VAT (0%)");
    expect(text).not.toContain("Additional adjustments\n  ");
  });
});
