import { npqCourseGroupOf } from "../../npq/reference/courses.ts";
import { decimal, negate } from "../fraction.ts";
import { formatAmount } from "../money.ts";
import type { NpqCourseCalculation } from "../statement-calculation.ts";
import type { NpqCourseFees } from "./course-fees.ts";

/** Rounds a course contract's exact figures to what a statement shows. */
export function presentNpqCourseFees(fees: NpqCourseFees): NpqCourseCalculation {
  const { terms, serviceFee, targetedDeliveryFunding: funding } = fees;
  return {
    model: "npq-course",
    course: fees.course,
    courseGroup: npqCourseGroupOf(fees.course),
    specialCourse: terms.specialCourse,
    recruitmentTarget: terms.recruitmentTarget,
    feePerParticipant: formatAmount(decimal(terms.feePerParticipant)),
    outputPaymentPerParticipant: formatAmount(fees.outputPaymentPerParticipant),
    numberOfPaymentPeriods: terms.numberOfPaymentPeriods,
    outputPaymentPercentage: terms.outputPaymentPercentage,
    declarations: fees.declarationTypes.map((type) => ({
      declarationType: type.declarationType,
      billable: type.billable,
      refundable: type.refundable,
      voided: type.voided,
      outputPayment: formatAmount(type.outputPayment),
      clawbacks: formatAmount(negate(type.clawbacks)),
    })),
    serviceFee: {
      basis: serviceFee.basis,
      monthly: formatAmount(serviceFee.monthly),
      perParticipant: formatAmount(serviceFee.perParticipant),
      serviceFeePercentage: terms.serviceFeePercentage,
      serviceFeeInstallments: terms.serviceFeeInstallments,
    },
    targetedDeliveryFunding: {
      applies: funding.applies,
      perParticipant: formatAmount(funding.perParticipant),
      billable: funding.billable,
      refundable: funding.refundable,
      payment: formatAmount(funding.payment),
      clawbacks: formatAmount(negate(funding.clawbacks)),
    },
    totals: {
      outputPayment: formatAmount(fees.outputPayment),
      serviceFee: formatAmount(serviceFee.monthly),
      targetedDeliveryFunding: formatAmount(funding.payment),
      clawbacks: formatAmount(negate(fees.clawbacks)),
      targetedDeliveryFundingClawbacks: formatAmount(negate(funding.clawbacks)),
      courseTotal: formatAmount(fees.courseTotal),
    },
  };
}
