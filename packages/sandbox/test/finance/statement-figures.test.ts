/**
 * Every money figure of the statement page, in the page's order, against the engine's calculation of that statement
 * as `GET /__sandbox/statements/{id}/breakdown` answers it (finance dashboard §1.4): the layout for cohorts without
 * mentor funding, and the 2025 one.
 */
import { displayPounds } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { moneyFigures, outputStatementsWithBreakdowns, rowLabelled, statementPath } from "../helpers/finance.ts";
import type { Json } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const { sandbox, client } = testSandbox();
const statements = await outputStatementsWithBreakdowns(client);

const negative = (amount: string) => (amount.startsWith("-") ? amount.slice(1) : `-${amount}`);
const isBanded = (structure: Json) => structure.model === "ecf-banded";
const isMentor = (structure: Json) => structure.model === "ecf-mentor-flat-rate";

/** Output payments: each type's unit fees by band and its total, then the structure's total. */
function bandedOutputFigures(banded: Json): string[] {
  return [
    ...banded.declarations
      .filter(
        (type: Json) =>
          !type.declarationType.startsWith("extended") || type.bands.some((band: Json) => band.billable > 0),
      )
      .flatMap((type: Json) => [...type.bands.map((band: Json) => band.unitFee), type.outputPayment]),
    banded.totals.outputPayment,
  ];
}

function bandedClawbackFigures(banded: Json): string[] {
  return banded.declarations.flatMap((type: Json) =>
    type.bands
      .filter((band: Json) => band.refundable > 0)
      .flatMap((band: Json) => [negative(band.unitFee), band.clawbacks]),
  );
}

function adjustmentFigures(calculation: Json): string[] {
  const amounts = calculation.adjustments.map((adjustment: Json) => adjustment.amount);
  return [...(amounts.length === 0 ? ["0.00"] : amounts), calculation.totals.adjustments];
}

function contractOf(statementId: string) {
  const payments = internalControl(sandbox).statementPayments(statementId);
  if (!payments.ok) {
    throw new Error(`statement ${statementId} has no payments`);
  }
  return payments.value.contract;
}

describe("the statement page's money, for a cohort without mentor funding", () => {
  const chosen = statements.find(
    ({ breakdown }) =>
      !breakdown.calculation.feeStructures.some(isMentor) &&
      breakdown.calculation.totals.outputPayment !== "0.00" &&
      breakdown.calculation.totals.clawbacks !== "0.00",
  );

  it("shows every figure of the calculation where DfE's app puts it, and no other", async () => {
    expect(chosen).toBeDefined();
    const { statement, breakdown } = chosen as (typeof statements)[number];
    const { calculation } = breakdown;
    const { totals } = calculation;
    const banded = calculation.feeStructures.find(isBanded);
    const { terms } = contractOf(statement.id);
    const uplift = banded.uplift;

    const page = await client.get(statementPath(statement));
    expect(page.status).toBe(200);
    const expected = [
      totals.total,
      totals.outputPayment,
      totals.serviceFee,
      totals.upliftFees,
      totals.clawbacks,
      totals.adjustments,
      totals.vat,
      ...bandedOutputFigures(banded),
      uplift.feePerDeclaration ?? "0.00",
      uplift.upliftFees,
      uplift.feePerDeclaration === null ? "0.00" : negative(uplift.feePerDeclaration),
      uplift.clawbacks,
      ...bandedClawbackFigures(banded),
      totals.clawbacks,
      ...adjustmentFigures(calculation),
      ...(terms.banded.upliftFeePerDeclaration === null ? [] : [terms.banded.upliftFeePerDeclaration]),
      terms.banded.setupFee,
      ...banded.bands.map((band: Json) => band.feePerDeclaration),
    ].map(displayPounds);
    expect(moneyFigures(page.text)).toEqual(expected);

    expect(page.text).toContain(`Total ${displayPounds(totals.total)}`);
    expect(rowLabelled(page.text, "Output payment")).toEqual(["Output payment", displayPounds(totals.outputPayment)]);
    expect(rowLabelled(page.text, "Clawbacks")).toEqual(["Clawbacks", displayPounds(totals.clawbacks)]);
    expect(rowLabelled(page.text, "Total")).toEqual(["Total", "", "", displayPounds(totals.clawbacks)]);
  });
});

describe("the statement page's money, for a cohort with mentor funding (2025 on)", () => {
  const chosen = statements.find(
    ({ breakdown }) =>
      breakdown.calculation.feeStructures.some(isMentor) && breakdown.calculation.totals.outputPayment !== "0.00",
  );

  it("shows ECT and mentor figures apart, each where DfE's app puts it", async () => {
    expect(chosen).toBeDefined();
    const { statement, breakdown } = chosen as (typeof statements)[number];
    const { calculation } = breakdown;
    const { totals } = calculation;
    const banded = calculation.feeStructures.find(isBanded);
    const mentors = calculation.feeStructures.find(isMentor);

    const page = await client.get(statementPath(statement));
    expect(page.status).toBe(200);
    const expected = [
      totals.total,
      banded.totals.outputPayment,
      mentors.totals.outputPayment,
      totals.serviceFee,
      banded.totals.clawbacks,
      mentors.totals.clawbacks,
      totals.adjustments,
      totals.vat,
      ...bandedOutputFigures(banded),
      ...mentors.declarations.flatMap((type: Json) => [type.unitFee, type.outputPayment]),
      mentors.totals.outputPayment,
      ...bandedClawbackFigures(banded),
      banded.totals.clawbacks,
      ...mentors.declarations
        .filter((type: Json) => type.refundable > 0)
        .flatMap((type: Json) => [negative(type.unitFee), type.clawbacks]),
      mentors.totals.clawbacks,
      ...adjustmentFigures(calculation),
      ...banded.bands.map((band: Json) => band.feePerDeclaration),
      mentors.feePerDeclaration,
    ].map(displayPounds);
    expect(moneyFigures(page.text)).toEqual(expected);

    expect(page.text).toContain(`Total ${displayPounds(totals.total)}`);
    expect(rowLabelled(page.text, "ECTs output payment")).toEqual([
      "ECTs output payment",
      displayPounds(banded.totals.outputPayment),
    ]);
    expect(rowLabelled(page.text, "Mentors output payment")).toEqual([
      "Mentors output payment",
      displayPounds(mentors.totals.outputPayment),
    ]);
  });
});
