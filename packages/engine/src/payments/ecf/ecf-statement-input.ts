import type { AdjustmentInput, FeeStructureInput, StatementCalculationInput } from "../statement-input.ts";
import type { ContractTerms } from "./contract-terms.ts";
import type { StatementCounts } from "./statement-counts.ts";

/**
 * The `calculateStatement` input for an ECF statement: the contract's banded structure (and its mentor flat rate,
 * from 2025) with the statement's counts (see `countStatementDeclarations`) and adjustments.
 */
export function ecfStatementInput(
  contract: ContractTerms,
  counts: StatementCounts,
  adjustments: readonly AdjustmentInput[] = [],
): StatementCalculationInput {
  if ((contract.mentorFlatRate === null) !== (counts.mentorFlatRate === null)) {
    throw new RangeError(
      "The counts do not match the contract: count declarations with mentorsOnFlatRate set exactly when the contract has a mentor flat rate",
    );
  }
  const feeStructures: FeeStructureInput[] = [
    { model: "ecf-banded", terms: contract.banded, declarations: counts.banded, uplifts: counts.uplifts },
  ];
  if (contract.mentorFlatRate !== null && counts.mentorFlatRate !== null) {
    feeStructures.push({
      model: "ecf-mentor-flat-rate",
      terms: contract.mentorFlatRate,
      declarations: counts.mentorFlatRate,
    });
  }
  return { cohort: contract.cohort, vat: contract.vat, feeStructures, adjustments: [...adjustments] };
}
