import { describe, expect, it } from "vitest";
import { calculateStatement } from "../../../src/payments/calculate-statement.ts";
import { statementDeclarationsCsv } from "../../../src/payments/ecf/statement-declarations-csv.ts";
import { countNpqStatementDeclarations } from "../../../src/payments/npq/count-statement-declarations.ts";
import { npqStatementInput } from "../../../src/payments/npq/npq-statement-input.ts";
import type { NpqStatementDeclarationRow } from "../../../src/payments/npq/statement-declaration-row.ts";
import { renderStatementBreakdown } from "../../../src/payments/render-statement-breakdown.ts";
import type { NpqStatementCalculation } from "../../../src/payments/statement-calculation.ts";

function row(id: string, overrides: Partial<NpqStatementDeclarationRow>): NpqStatementDeclarationRow {
  return {
    id,
    participantId: `participant-${id}`,
    courseIdentifier: "npq-headship",
    declarationType: "started",
    declarationDate: `2025-09-${id.padStart(2, "0")}T09:00:00Z`,
    state: "eligible",
    statementId: "current",
    clawbackStatementId: null,
    targetedDeliveryFunding: false,
    ...overrides,
  };
}

const rows = [
  row("1", { participantId: "ada", targetedDeliveryFunding: true }),
  row("2", { participantId: "ada", state: "payable", targetedDeliveryFunding: true }),
  row("3", { participantId: "bob", declarationType: "retained-1", state: "paid" }),
  row("4", {
    participantId: "cy",
    state: "awaiting-clawback",
    statementId: "earlier",
    clawbackStatementId: "current",
    targetedDeliveryFunding: true,
  }),
  row("5", { participantId: "dee", state: "voided" }),
  row("6", { participantId: "eve", courseIdentifier: "npq-leading-primary-mathematics" }),
  row("7", { participantId: "fay", statementId: "elsewhere" }),
];

function calculation(statementMonth: string): NpqStatementCalculation {
  const input = npqStatementInput({
    cohort: 2024,
    statementMonth,
    contracts: [
      {
        course: "npq-headship",
        terms: { recruitmentTarget: 100, feePerParticipant: "1000.00", serviceFeeInstallments: 12 },
      },
      {
        course: "npq-leading-primary-mathematics",
        terms: {
          recruitmentTarget: 10,
          feePerParticipant: "900.00",
          serviceFeeInstallments: 0,
          monthlyServiceFee: "0.00",
          specialCourse: true,
        },
      },
    ],
    counts: countNpqStatementDeclarations(rows, "current"),
    adjustments: [{ description: "Late start", amount: "150.00" }],
  });
  const outcome = input.ok ? calculateStatement(input.value) : input;
  if (!outcome.ok) {
    throw new Error(JSON.stringify(outcome.failure));
  }
  return outcome.value;
}

describe("statementDeclarationsCsv for an NPQ statement", () => {
  it("gives each declaration its output and targeted delivery funding amount, duplicates and clawbacks included", () => {
    expect(statementDeclarationsCsv({ statementId: "current", rows, calculation: calculation("2025-10") })).toBe(
      [
        "declaration_id,participant_id,course_identifier,declaration_type,declaration_date,state,statement_id,clawback_statement_id,special_course,targeted_delivery_funding,counted_as,output_amount,targeted_delivery_funding_amount,amount",
        "1,ada,npq-headship,started,2025-09-01T09:00:00Z,eligible,current,,false,true,output,150.00,100.00,250.00",
        "2,ada,npq-headship,started,2025-09-02T09:00:00Z,payable,current,,false,true,output-duplicate,0.00,0.00,0.00",
        "3,bob,npq-headship,retained-1,2025-09-03T09:00:00Z,paid,current,,false,false,output,150.00,0.00,150.00",
        "4,cy,npq-headship,started,2025-09-04T09:00:00Z,awaiting-clawback,earlier,current,false,true,clawback,-150.00,-100.00,-250.00",
        "5,dee,npq-headship,started,2025-09-05T09:00:00Z,voided,current,,false,false,voided,0.00,0.00,0.00",
        "6,eve,npq-leading-primary-mathematics,started,2025-09-06T09:00:00Z,eligible,current,,true,false,output,180.00,0.00,180.00",
        "",
      ].join("\r\n"),
    );
  });

  it("pays no targeted delivery funding on a statement after October 2025", () => {
    const csv = statementDeclarationsCsv({ statementId: "current", rows, calculation: calculation("2025-11") });
    expect(csv).toContain(
      "1,ada,npq-headship,started,2025-09-01T09:00:00Z,eligible,current,,false,true,output,150.00,0.00,150.00",
    );
  });
});

describe("renderStatementBreakdown for an NPQ statement", () => {
  it("lays out each course with its outputs, clawback rows, targeted delivery funding and service fee", () => {
    expect(renderStatementBreakdown(calculation("2025-10"))).toBe(
      `NPQ statement breakdown, October 2025, 2024 cohort

npq-headship (leadership): £1,000.00 per participant, target 100
  £150.00 per declaration: 60% over 4 payment periods
  Output payments
    Started: 1 x £150.00                       £150.00
    Retained 1: 1 x £150.00                    £150.00
  Clawbacks
    Started: 1 x -£150.00                     -£150.00
    Targeted delivery funding: 1 x -£100.00   -£100.00
  Targeted delivery funding: 1 x £100.00       £100.00
  Voided declarations: 1
  Service fee                                £3,333.33
    £33.33 for each of 100 participants: 40% over 12 instalments
  Course total                               £3,483.33

npq-leading-primary-mathematics (specialist): £900.00 per participant, target 10, special course paid apart
  £180.00 per declaration: 60% over 3 payment periods
  Output payments
    Started: 1 x £180.00                  £180.00
  Clawbacks
    None
  Targeted delivery funding: 0 x £100.00    £0.00
  Voided declarations: 0
  Service fee                               £0.00
    As stated in the contract
  Course total                            £180.00

Additional adjustments
  Late start  £150.00

Overview
  Output payment                 £300.00
  Service fee                  £3,333.33
  Targeted delivery funding      £100.00
  Clawbacks                     -£250.00
  Additional adjustments         £150.00
  Total (net of VAT)           £3,633.33
  Special courses, paid apart    £180.00
`,
    );
  });
});
