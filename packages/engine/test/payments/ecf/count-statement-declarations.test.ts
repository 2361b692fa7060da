import { describe, expect, it } from "vitest";
import {
  countStatementDeclarations,
  previousStatementIds,
} from "../../../src/payments/ecf/count-statement-declarations.ts";
import type { StatementDeclarationRow } from "../../../src/payments/ecf/statement-declaration-row.ts";

let sequence = 0;
function row(overrides: Partial<StatementDeclarationRow>): StatementDeclarationRow {
  sequence += 1;
  return {
    id: `declaration-${String(sequence).padStart(4, "0")}`,
    participantId: `participant-${sequence}`,
    courseIdentifier: "ecf-induction",
    declarationType: "started",
    declarationDate: "2024-10-01T09:00:00Z",
    state: "eligible",
    statementId: "current",
    clawbackStatementId: null,
    uplift: false,
    ...overrides,
  };
}

const options = { statementId: "current", previousStatementIds: ["earlier-1", "earlier-2"], mentorsOnFlatRate: false };

describe("countStatementDeclarations", () => {
  it("counts billable declarations on this statement and on earlier ones", () => {
    const counts = countStatementDeclarations(
      [
        row({ state: "eligible" }),
        row({ state: "payable" }),
        row({ state: "paid" }),
        row({ state: "paid", statementId: "earlier-1" }),
        row({ state: "payable", statementId: "earlier-2", declarationType: "retained-1" }),
      ],
      options,
    );
    expect(counts.banded.started).toEqual({
      previousBillable: 1,
      previousRefundable: 0,
      billable: 3,
      refundable: 0,
      voided: 0,
    });
    expect(counts.banded["retained-1"].previousBillable).toBe(1);
  });

  it("counts a clawed-back declaration as billable where it was paid and refundable where it is clawed back", () => {
    const counts = countStatementDeclarations(
      [
        row({ state: "awaiting-clawback", statementId: "earlier-1", clawbackStatementId: "current" }),
        row({ state: "clawed-back", statementId: "earlier-1", clawbackStatementId: "earlier-2" }),
      ],
      options,
    );
    expect(counts.banded.started).toEqual({
      previousBillable: 2,
      previousRefundable: 1,
      billable: 0,
      refundable: 1,
      voided: 0,
    });
  });

  it("counts voided declarations on this statement, and no money for them or for submitted ones", () => {
    const counts = countStatementDeclarations(
      [
        row({ state: "voided" }),
        row({ state: "voided", statementId: "earlier-1" }),
        row({ state: "submitted", statementId: null }),
      ],
      options,
    );
    expect(counts.banded.started).toEqual({
      previousBillable: 0,
      previousRefundable: 0,
      billable: 0,
      refundable: 0,
      voided: 1,
    });
  });

  it("ignores declarations on later or unrelated statements", () => {
    const counts = countStatementDeclarations(
      [
        row({ statementId: "later" }),
        row({ state: "awaiting-clawback", statementId: "earlier-1", clawbackStatementId: "later" }),
      ],
      options,
    );
    expect(counts.banded.started).toEqual({
      previousBillable: 1,
      previousRefundable: 0,
      billable: 0,
      refundable: 0,
      voided: 0,
    });
  });

  it("counts uplifts on started declarations only", () => {
    const counts = countStatementDeclarations(
      [
        row({ uplift: true }),
        row({ uplift: true, statementId: "earlier-1" }),
        row({ uplift: true, state: "clawed-back", statementId: "earlier-1", clawbackStatementId: "current" }),
        row({ uplift: true, declarationType: "completed" }),
      ],
      options,
    );
    expect(counts.uplifts).toEqual({ billable: 1, refundable: 1 });
  });

  it("puts mentors in the bands unless the contract has a mentor flat rate", () => {
    const rows = [
      row({ courseIdentifier: "ecf-mentor" }),
      row({ courseIdentifier: "ecf-mentor", declarationType: "completed", statementId: "earlier-1" }),
      row({
        courseIdentifier: "ecf-mentor",
        state: "awaiting-clawback",
        statementId: "earlier-1",
        clawbackStatementId: "current",
      }),
      row({ courseIdentifier: "ecf-mentor", state: "voided", declarationType: "completed" }),
      row({ courseIdentifier: "ecf-induction" }),
    ];
    const shared = countStatementDeclarations(rows, options);
    expect(shared.banded.started.billable).toBe(2);
    expect(shared.mentorFlatRate).toBeNull();

    const flat = countStatementDeclarations(rows, { ...options, mentorsOnFlatRate: true });
    expect(flat.banded.started).toEqual({
      previousBillable: 0,
      previousRefundable: 0,
      billable: 1,
      refundable: 0,
      voided: 0,
    });
    expect(flat.banded.completed.previousBillable).toBe(0);
    expect(flat.mentorFlatRate).toEqual({
      started: { billable: 1, refundable: 1, voided: 0 },
      completed: { billable: 0, refundable: 0, voided: 1 },
    });
  });

  it("skips rows whose declaration type it does not know, without touching any prototype", () => {
    const counts = countStatementDeclarations([row({ declarationType: "constructor" as never })], options);
    expect(Object.values(counts.banded).every((typeCounts) => typeCounts.billable === 0)).toBe(true);
    expect(({} as Record<string, unknown>).billable).toBeUndefined();
  });

  it("counts nothing for no declarations", () => {
    const counts = countStatementDeclarations([], { ...options, mentorsOnFlatRate: true });
    expect(counts.uplifts).toEqual({ billable: 0, refundable: 0 });
    expect(counts.mentorFlatRate?.started).toEqual({ billable: 0, refundable: 0, voided: 0 });
  });
});

describe("previousStatementIds", () => {
  const statements = [
    { id: "nov", paymentDate: "2024-11-25" },
    { id: "dec", paymentDate: "2024-12-25" },
    { id: "jan", paymentDate: "2025-01-25" },
    { id: "also-jan", paymentDate: "2025-01-25" },
  ];

  it("lists the statements paid strictly before the given one", () => {
    expect(previousStatementIds(statements, "jan")).toEqual({ ok: true, value: ["nov", "dec"] });
    expect(previousStatementIds(statements, "nov")).toEqual({ ok: true, value: [] });
  });

  it("refuses a statement it was not given", () => {
    expect(previousStatementIds(statements, "feb")).toEqual({
      ok: false,
      failure: [{ title: "statementId", detail: "statementId feb is not among the statements given" }],
    });
  });
});
