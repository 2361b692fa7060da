import type { StatementCalculation } from "@lpkit/engine";

/**
 * DfE finance's calculation as the API's data can reproduce it: the voided counts set to 0, since the API shows no
 * statement for a declaration voided before payment (the forecast says so on every statement). They carry no money.
 */
export function withoutVoidedCounts(calculation: StatementCalculation): StatementCalculation {
  const copy = structuredClone(calculation);
  for (const fees of copy.feeStructures) {
    for (const declarations of fees.declarations) {
      declarations.voided = 0;
    }
  }
  return copy;
}

/**
 * The calculation without the figures an uplift changes: the uplift counts and fees, and the subtotals, VAT and
 * total above them. Used where the forecast says uplift fees are undetermined, to check everything else still agrees.
 */
export function withoutUpliftFigures(calculation: StatementCalculation): StatementCalculation {
  const copy = structuredClone(calculation);
  for (const fees of copy.feeStructures) {
    if (fees.model === "ecf-banded") {
      fees.uplift = { ...fees.uplift, billable: 0, upliftFees: "0.00" };
      fees.totals = { ...fees.totals, upliftFees: "0.00", subtotal: "0.00" };
    }
  }
  copy.totals = { ...copy.totals, upliftFees: "0.00", subtotal: "0.00", vat: "0.00", total: "0.00" };
  return copy;
}
