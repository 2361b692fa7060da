import { decimal, negate } from "../fraction.ts";
import { formatAmount, formatRatio } from "../money.ts";
import type { EcfMentorFlatRateCalculation } from "../statement-calculation.ts";
import type { MentorFlatRateFees } from "./mentor-flat-rate-fees.ts";

/** Rounds the mentor flat rate's exact figures to what a statement shows. */
export function presentMentorFlatRateFees(fees: MentorFlatRateFees): EcfMentorFlatRateCalculation {
  return {
    model: "ecf-mentor-flat-rate",
    feePerDeclaration: formatAmount(decimal(fees.terms.feePerDeclaration)),
    recruitmentTarget: fees.terms.recruitmentTarget,
    declarations: fees.declarationTypes.map((type) => ({
      declarationType: type.declarationType,
      proportion: formatRatio(type.proportion),
      unitFee: formatAmount(type.unitFee),
      billable: type.billable,
      refundable: type.refundable,
      voided: type.voided,
      outputPayment: formatAmount(type.outputPayment),
      clawbacks: formatAmount(negate(type.clawbacks)),
    })),
    totals: {
      outputPayment: formatAmount(fees.outputPayment),
      clawbacks: formatAmount(negate(fees.clawbacks)),
      subtotal: formatAmount(fees.subtotal),
    },
  };
}
