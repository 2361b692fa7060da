import { decimal, divide, type Fraction, fromInteger, multiply, subtract, sum, zero } from "../fraction.ts";
import type { BandedFeeTerms } from "./contract-terms.ts";

/**
 * The monthly service fee, paid on every statement of the contract (output and service fee statements alike).
 *
 * Unless the contract states a monthly fee, the recruitment target is counted into the bands (A first, each up to
 * its capacity); each band earns participants x price x service ratio; band A's share is reduced by the set-up fee
 * (pro rata to how much of band A the target fills); and the whole is spread over 29 payments. The contract text
 * describes other profiles (90% over 29 months and 10% over 40, reductions for under-recruitment) that no
 * calculator implements; we follow the code. See docs/decisions/payments-service-fee.md.
 */
export const numberOfServiceFeePayments = 29;

interface ServiceFeeBandShare {
  /** Participants of the recruitment target that fall in this band. */
  participants: number;
  /** participants x price x service ratio, before the set-up fee. */
  amount: Fraction;
}

export type MonthlyServiceFee =
  | { basis: "monthly-service-fee"; monthly: Fraction }
  | {
      basis: "recruitment-target";
      monthly: Fraction;
      bands: ServiceFeeBandShare[];
      /** min(target, band A capacity) x set-up fee / band A capacity. */
      setupFeeDeduction: Fraction;
    };

export function monthlyServiceFee(terms: BandedFeeTerms): MonthlyServiceFee {
  if (terms.monthlyServiceFee !== null) {
    return { basis: "monthly-service-fee", monthly: decimal(terms.monthlyServiceFee) };
  }
  let remaining = terms.recruitmentTarget;
  const bands = terms.bands.map((band): ServiceFeeBandShare => {
    const participants = Math.min(remaining, band.capacity);
    remaining -= participants;
    const perParticipant = multiply(decimal(band.feePerDeclaration), decimal(band.serviceFeeRatio));
    return { participants, amount: multiply(fromInteger(participants), perParticipant) };
  });
  const bandA = terms.bands[0];
  const setupFeeDeduction = bandA
    ? divide(
        multiply(fromInteger(Math.min(terms.recruitmentTarget, bandA.capacity)), decimal(terms.setupFee)),
        fromInteger(bandA.capacity),
      )
    : zero;
  const total = subtract(sum(bands.map((band) => band.amount)), setupFeeDeduction);
  return {
    basis: "recruitment-target",
    monthly: divide(total, fromInteger(numberOfServiceFeePayments)),
    bands,
    setupFeeDeduction,
  };
}
