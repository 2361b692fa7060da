import { fail, type Outcome, ok } from "../../result.ts";
import type { StatementInputError } from "../input/field-reader.ts";
import type { AdjustmentInput, FeeStructureInput, StatementCalculationInput } from "../statement-input.ts";
import type { ContractTerms } from "./contract-terms.ts";
import type { StatementCounts } from "./statement-counts.ts";

/**
 * The `calculateStatement` input for an ECF statement: the contract's banded structure (and its mentor flat rate,
 * from 2025) with the statement's counts (see `countStatementDeclarations`) and adjustments. Counts made for the
 * other kind of contract (with mentors on a flat rate when the contract has none, or the reverse) are refused.
 */
export function ecfStatementInput(
  contract: ContractTerms,
  counts: StatementCounts,
  adjustments: readonly AdjustmentInput[] = [],
): Outcome<StatementCalculationInput, StatementInputError[]> {
  if ((contract.mentorFlatRate === null) !== (counts.mentorFlatRate === null)) {
    return fail([
      {
        title: "counts.mentorFlatRate",
        detail:
          "counts.mentorFlatRate does not match the contract: count declarations with mentorsOnFlatRate set exactly when the contract has a mentor flat rate",
      },
    ]);
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
  return ok({ cohort: contract.cohort, vat: contract.vat, feeStructures, adjustments: [...adjustments] });
}
