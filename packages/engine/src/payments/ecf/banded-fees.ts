import { add, decimal, type Fraction, fromInteger, multiply, subtract, sum, zero } from "../fraction.ts";
import { allocateToBands, type BandAllocation } from "./band-allocation.ts";
import type { BandedFeeTerms, BandTerms } from "./contract-terms.ts";
import {
  type EcfPaymentDeclarationType,
  ecfPaymentDeclarationTypes,
  outputFeeProportions,
} from "./declaration-types.ts";
import { type MonthlyServiceFee, monthlyServiceFee } from "./service-fee.ts";
import type { BandedDeclarationCounts, UpliftCounts } from "./statement-counts.ts";

/** The money of one declaration type under the banded structure, exact. */
interface BandedTypeFees {
  declarationType: EcfPaymentDeclarationType;
  proportion: Fraction;
  allocation: BandAllocation;
  /** unit(t, b) per band, in allocation order. */
  unitFees: Fraction[];
  voided: number;
  outputPayment: Fraction;
  /** What this statement takes back, as a positive amount. */
  clawbacks: Fraction;
}

export interface UpliftFees {
  feePerDeclaration: Fraction | null;
  billable: number;
  refundable: number;
  upliftFees: Fraction;
  /** Uplift taken back, as a positive amount. */
  clawbacks: Fraction;
}

/** The banded fee structure's part of a statement, exact: nothing is rounded here. */
export interface BandedFees {
  model: "ecf-banded";
  terms: BandedFeeTerms;
  declarationTypes: BandedTypeFees[];
  uplift: UpliftFees;
  serviceFee: MonthlyServiceFee;
  outputPayment: Fraction;
  upliftFees: Fraction;
  /** Output and uplift clawbacks, as a positive amount. */
  clawbacks: Fraction;
  /** outputPayment + upliftFees + service fee - clawbacks. */
  subtotal: Fraction;
}

/** unit(t, b) = proportion(t) x output ratio(b) x price(b): £1,000 at 60% output pays £120 for a start. */
export function unitFee(declarationType: EcfPaymentDeclarationType, band: BandTerms): Fraction {
  return multiply(
    outputFeeProportions[declarationType],
    multiply(decimal(band.outputFeeRatio), decimal(band.feePerDeclaration)),
  );
}

export function calculateBandedFees(
  terms: BandedFeeTerms,
  declarations: Partial<Record<EcfPaymentDeclarationType, BandedDeclarationCounts>>,
  uplifts: UpliftCounts,
): BandedFees {
  const capacities = terms.bands.map((band) => band.capacity);
  const declarationTypes = ecfPaymentDeclarationTypes.flatMap((declarationType): BandedTypeFees[] => {
    const counts = declarations[declarationType];
    if (!counts) {
      return [];
    }
    const allocation = allocateToBands(capacities, counts);
    const unitFees = terms.bands.map((band) => unitFee(declarationType, band));
    const amountOf = (pick: (fill: BandAllocation["bands"][number]) => number) =>
      sum(allocation.bands.map((fill, index) => multiply(fromInteger(pick(fill)), unitFees[index] ?? zero)));
    return [
      {
        declarationType,
        proportion: outputFeeProportions[declarationType],
        allocation,
        unitFees,
        voided: counts.voided,
        outputPayment: amountOf((fill) => fill.billable),
        clawbacks: amountOf((fill) => fill.refundable),
      },
    ];
  });
  const uplift = upliftFees(terms.upliftFeePerDeclaration, uplifts);
  const serviceFee = monthlyServiceFee(terms);
  const outputPayment = sum(declarationTypes.map((type) => type.outputPayment));
  const clawbacks = add(sum(declarationTypes.map((type) => type.clawbacks)), uplift.clawbacks);
  const subtotal = subtract(add(add(outputPayment, uplift.upliftFees), serviceFee.monthly), clawbacks);
  return {
    model: "ecf-banded",
    terms,
    declarationTypes,
    uplift,
    serviceFee,
    outputPayment,
    upliftFees: uplift.upliftFees,
    clawbacks,
    subtotal,
  };
}

/**
 * Uplift fees (2021 to 2024 cohorts): a fixed fee per started declaration whose school was sparse or had a high
 * pupil premium, paid or clawed back on the statement the declaration is on. Not banded and not capped: the
 * contract's uplift target is only shown.
 */
export function upliftFees(feePerDeclaration: string | null, counts: UpliftCounts): UpliftFees {
  const fee = feePerDeclaration === null ? null : decimal(feePerDeclaration);
  return {
    feePerDeclaration: fee,
    billable: counts.billable,
    refundable: counts.refundable,
    upliftFees: fee ? multiply(fromInteger(counts.billable), fee) : zero,
    clawbacks: fee ? multiply(fromInteger(counts.refundable), fee) : zero,
  };
}
