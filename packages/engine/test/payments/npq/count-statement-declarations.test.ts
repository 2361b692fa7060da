import { describe, expect, it } from "vitest";
import { countNpqStatementDeclarations } from "../../../src/payments/npq/count-statement-declarations.ts";
import { npqStatementInput } from "../../../src/payments/npq/npq-statement-input.ts";
import type { NpqStatementDeclarationRow } from "../../../src/payments/npq/statement-declaration-row.ts";

let sequence = 0;
function npqRow(overrides: Partial<NpqStatementDeclarationRow>): NpqStatementDeclarationRow {
  sequence += 1;
  return {
    id: `declaration-${String(sequence).padStart(4, "0")}`,
    participantId: `participant-${sequence}`,
    courseIdentifier: "npq-headship",
    declarationType: "started",
    declarationDate: "2025-01-10T09:00:00Z",
    state: "eligible",
    statementId: "current",
    clawbackStatementId: null,
    targetedDeliveryFunding: false,
    ...overrides,
  };
}

describe("countNpqStatementDeclarations (payment rules §6.2)", () => {
  it("counts distinct (person, declaration type) pairs per course, billable and refundable", () => {
    const counts = countNpqStatementDeclarations(
      [
        npqRow({ participantId: "ada", state: "eligible" }),
        npqRow({ participantId: "ada", state: "payable" }),
        npqRow({ participantId: "ada", declarationType: "retained-1", state: "paid" }),
        npqRow({ participantId: "ada", courseIdentifier: "npq-senco", state: "eligible" }),
        npqRow({ participantId: "bob", state: "paid" }),
        npqRow({
          participantId: "cy",
          state: "awaiting-clawback",
          statementId: "earlier",
          clawbackStatementId: "current",
        }),
        npqRow({ participantId: "cy", state: "clawed-back", statementId: "earlier", clawbackStatementId: "current" }),
        npqRow({ participantId: "dee", state: "voided" }),
        npqRow({ participantId: "eve", state: "ineligible" }),
        npqRow({ participantId: "fay", state: "paid", statementId: "elsewhere" }),
      ],
      "current",
    );
    expect(counts["npq-headship"]?.declarations).toEqual({
      started: { billable: 2, refundable: 1, voided: 1 },
      "retained-1": { billable: 1, refundable: 0, voided: 0 },
      "retained-2": { billable: 0, refundable: 0, voided: 0 },
      completed: { billable: 0, refundable: 0, voided: 0 },
    });
    expect(counts["npq-senco"]?.declarations.started).toEqual({ billable: 1, refundable: 0, voided: 0 });
  });

  it("still counts a paid-then-clawed-back declaration on the statement that paid it", () => {
    const counts = countNpqStatementDeclarations(
      [npqRow({ state: "clawed-back", statementId: "current", clawbackStatementId: "later" })],
      "current",
    );
    expect(counts["npq-headship"]?.declarations.started).toEqual({ billable: 1, refundable: 0, voided: 0 });
  });

  it("counts targeted delivery funding on distinct eligible starts only", () => {
    const counts = countNpqStatementDeclarations(
      [
        npqRow({ participantId: "ada", targetedDeliveryFunding: true }),
        npqRow({ participantId: "ada", targetedDeliveryFunding: true, state: "payable" }),
        npqRow({ participantId: "bob", targetedDeliveryFunding: true, declarationType: "retained-1" }),
        npqRow({ participantId: "cy", targetedDeliveryFunding: false }),
        npqRow({
          participantId: "dee",
          targetedDeliveryFunding: true,
          state: "awaiting-clawback",
          statementId: "earlier",
          clawbackStatementId: "current",
        }),
      ],
      "current",
    );
    expect(counts["npq-headship"]?.targetedDeliveryFunding).toEqual({ billable: 1, refundable: 1 });
  });
});

describe("npqStatementInput", () => {
  const terms = { recruitmentTarget: 10, feePerParticipant: "1000.00", serviceFeeInstallments: 12 };

  it("gives each contract its course's counts, all zero for a course without declarations", () => {
    const counts = countNpqStatementDeclarations([npqRow({})], "current");
    const input = npqStatementInput({
      cohort: 2024,
      statementMonth: "2025-06",
      contracts: [
        { course: "npq-headship", terms },
        { course: "npq-senco", terms },
      ],
      counts,
    });
    expect(input.ok && input.value.feeStructures.map((structure) => structure.declarations.started)).toEqual([
      { billable: 1, refundable: 0, voided: 0 },
      { billable: 0, refundable: 0, voided: 0 },
    ]);
  });

  it("refuses counts for a course the statement has no contract for", () => {
    const counts = countNpqStatementDeclarations([npqRow({ courseIdentifier: "npq-senco" })], "current");
    expect(
      npqStatementInput({
        cohort: 2024,
        statementMonth: "2025-06",
        contracts: [{ course: "npq-headship", terms }],
        counts,
      }),
    ).toEqual({
      ok: false,
      failure: [
        {
          title: "counts",
          detail: "counts has declarations for npq-senco, but the statement has no contract for that course",
        },
      ],
    });
  });
});
