import { decimal, type Fraction, fromInteger, multiply, subtract, sum } from "../fraction.ts";
import type { MentorFlatRateTerms } from "./contract-terms.ts";
import {
  type MentorFlatRateDeclarationType,
  mentorFlatRateDeclarationTypes,
  mentorFlatRateProportions,
} from "./declaration-types.ts";
import type { FlatRateDeclarationCounts } from "./statement-counts.ts";

interface FlatRateTypeFees {
  declarationType: MentorFlatRateDeclarationType;
  proportion: Fraction;
  unitFee: Fraction;
  billable: number;
  refundable: number;
  voided: number;
  outputPayment: Fraction;
  /** Taken back, as a positive amount. */
  clawbacks: Fraction;
}

/**
 * The 2025+ mentor flat rate, exact: each started or completed declaration on this statement earns (or, clawed
 * back, returns) half the fee. No bands, no earlier statements, no service fee, no uplift.
 */
export interface MentorFlatRateFees {
  model: "ecf-mentor-flat-rate";
  terms: MentorFlatRateTerms;
  declarationTypes: FlatRateTypeFees[];
  outputPayment: Fraction;
  clawbacks: Fraction;
  subtotal: Fraction;
}

export function calculateMentorFlatRateFees(
  terms: MentorFlatRateTerms,
  declarations: Record<MentorFlatRateDeclarationType, FlatRateDeclarationCounts>,
): MentorFlatRateFees {
  const fee = decimal(terms.feePerDeclaration);
  const declarationTypes = mentorFlatRateDeclarationTypes.map((declarationType): FlatRateTypeFees => {
    const counts = declarations[declarationType];
    const proportion = mentorFlatRateProportions[declarationType];
    const unitFee = multiply(proportion, fee);
    return {
      declarationType,
      proportion,
      unitFee,
      billable: counts.billable,
      refundable: counts.refundable,
      voided: counts.voided,
      outputPayment: multiply(fromInteger(counts.billable), unitFee),
      clawbacks: multiply(fromInteger(counts.refundable), unitFee),
    };
  });
  const outputPayment = sum(declarationTypes.map((type) => type.outputPayment));
  const clawbacks = sum(declarationTypes.map((type) => type.clawbacks));
  return {
    model: "ecf-mentor-flat-rate",
    terms,
    declarationTypes,
    outputPayment,
    clawbacks,
    subtotal: subtract(outputPayment, clawbacks),
  };
}
