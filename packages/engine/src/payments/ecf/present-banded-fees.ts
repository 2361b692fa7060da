import { decimal, type Fraction, fromInteger, multiply, negate } from "../fraction.ts";
import { formatAmount, formatRatio } from "../money.ts";
import type { BandSummary, EcfBandedCalculation, ServiceFeeCalculation } from "../statement-calculation.ts";
import { bandName } from "./band-names.ts";
import type { BandedFees } from "./banded-fees.ts";
import type { BandedFeeTerms } from "./contract-terms.ts";
import { numberOfServiceFeePayments } from "./service-fee.ts";

/** Rounds the banded structure's exact figures to what a statement shows. */
export function presentBandedFees(fees: BandedFees): EcfBandedCalculation {
  return {
    model: "ecf-banded",
    bands: bandSummaries(fees.terms),
    declarations: fees.declarationTypes.map((type) => ({
      declarationType: type.declarationType,
      proportion: formatRatio(type.proportion),
      bands: type.allocation.bands.map((fill, index) => {
        const unitFee = type.unitFees[index];
        return {
          band: bandName(index),
          previousBillable: fill.previousBillable,
          previousRefundable: fill.previousRefundable,
          billable: fill.billable,
          refundable: fill.refundable,
          unitFee: unitFee ? formatAmount(unitFee) : "0.00",
          outputPayment: unitFee ? formatAmount(times(fill.billable, unitFee)) : "0.00",
          clawbacks: unitFee ? formatAmount(negate(times(fill.refundable, unitFee))) : "0.00",
        };
      }),
      previousBillableBeyondCapacity: type.allocation.previousBillableBeyondCapacity,
      previousRefundableUnmatched: type.allocation.previousRefundableUnmatched,
      billableBeyondCapacity: type.allocation.billableBeyondCapacity,
      refundableUnmatched: type.allocation.refundableUnmatched,
      voided: type.voided,
      outputPayment: formatAmount(type.outputPayment),
      clawbacks: formatAmount(negate(type.clawbacks)),
    })),
    uplift: {
      feePerDeclaration: fees.uplift.feePerDeclaration ? formatAmount(fees.uplift.feePerDeclaration) : null,
      billable: fees.uplift.billable,
      refundable: fees.uplift.refundable,
      upliftFees: formatAmount(fees.uplift.upliftFees),
      clawbacks: formatAmount(negate(fees.uplift.clawbacks)),
    },
    serviceFee: presentServiceFee(fees),
    totals: {
      outputPayment: formatAmount(fees.outputPayment),
      upliftFees: formatAmount(fees.upliftFees),
      serviceFee: formatAmount(fees.serviceFee.monthly),
      clawbacks: formatAmount(negate(fees.clawbacks)),
      subtotal: formatAmount(fees.subtotal),
    },
  };
}

function presentServiceFee(fees: BandedFees): ServiceFeeCalculation {
  const serviceFee = fees.serviceFee;
  if (serviceFee.basis === "monthly-service-fee") {
    return { basis: serviceFee.basis, monthly: formatAmount(serviceFee.monthly) };
  }
  return {
    basis: serviceFee.basis,
    monthly: formatAmount(serviceFee.monthly),
    recruitmentTarget: fees.terms.recruitmentTarget,
    bands: serviceFee.bands.map((share, index) => ({
      band: bandName(index),
      participants: share.participants,
      amount: formatAmount(share.amount),
    })),
    setupFee: formatAmount(decimal(fees.terms.setupFee)),
    setupFeeDeduction: formatAmount(serviceFee.setupFeeDeduction),
    numberOfPayments: numberOfServiceFeePayments,
  };
}

function bandSummaries(terms: BandedFeeTerms): BandSummary[] {
  let from = 1;
  return terms.bands.map((band, index) => {
    const summary: BandSummary = {
      band: bandName(index),
      from,
      to: from + band.capacity - 1,
      capacity: band.capacity,
      feePerDeclaration: formatAmount(decimal(band.feePerDeclaration)),
      outputFeeRatio: formatRatio(decimal(band.outputFeeRatio)),
      serviceFeeRatio: formatRatio(decimal(band.serviceFeeRatio)),
    };
    from += band.capacity;
    return summary;
  });
}

function times(count: number, unitFee: Fraction): Fraction {
  return multiply(fromInteger(count), unitFee);
}
