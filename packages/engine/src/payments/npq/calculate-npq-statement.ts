import { add, decimal, negate, sum } from "../fraction.ts";
import type { ValidNpqStatementInput } from "../input/read-statement-input.ts";
import { formatAmount } from "../money.ts";
import type { NpqStatementCalculation } from "../statement-calculation.ts";
import { calculateNpqCourseFees } from "./course-fees.ts";
import { presentNpqCourseFees } from "./present-course-fees.ts";

/**
 * An NPQ statement (payment rules §6.2): every course contract calculated on its own; the totals add up the courses
 * that are not special, then the adjustments:
 *
 *     total = service fees + output payments + targeted delivery funding - clawbacks + adjustments
 *
 * where clawbacks are output clawbacks and targeted delivery funding refunds. No VAT.
 */
export function calculateNpqStatement(input: ValidNpqStatementInput): NpqStatementCalculation {
  const courses = input.feeStructures.map((structure) =>
    calculateNpqCourseFees(structure, input.cohort, input.statementMonth),
  );
  const paid = courses.filter((course) => !course.terms.specialCourse);
  const special = courses.filter((course) => course.terms.specialCourse);
  const adjustments = sum(input.adjustments.map((adjustment) => decimal(adjustment.amount)));
  const clawbacks = sum(paid.map((course) => add(course.clawbacks, course.targetedDeliveryFunding.clawbacks)));
  return {
    programme: "npq",
    cohort: input.cohort,
    statementMonth: input.statementMonth,
    feeStructures: courses.map(presentNpqCourseFees),
    adjustments: input.adjustments.map((adjustment) => ({
      description: adjustment.description,
      amount: formatAmount(decimal(adjustment.amount)),
    })),
    totals: {
      outputPayment: formatAmount(sum(paid.map((course) => course.outputPayment))),
      serviceFee: formatAmount(sum(paid.map((course) => course.serviceFee.monthly))),
      targetedDeliveryFunding: formatAmount(sum(paid.map((course) => course.targetedDeliveryFunding.payment))),
      clawbacks: formatAmount(negate(clawbacks)),
      adjustments: formatAmount(adjustments),
      total: formatAmount(add(sum(paid.map((course) => course.courseTotal)), adjustments)),
      specialCourses: formatAmount(sum(special.map((course) => course.courseTotal))),
    },
  };
}
