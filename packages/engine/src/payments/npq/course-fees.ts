import type { NpqCourseIdentifier } from "../../npq/reference/courses.ts";
import { NPQ_DECLARATION_TYPES, type NpqDeclarationType } from "../../npq/reference/schedules.ts";
import { add, decimal, divide, type Fraction, fromInteger, multiply, subtract, sum, zero } from "../fraction.ts";
import type { NpqCourseTerms } from "./contract-terms.ts";
import { npqTargetedDeliveryFundingApplies } from "./contract-terms.ts";
import type { ValidNpqCourseFeeStructure } from "./read-course-fee-structure.ts";

const hundred = fromInteger(100);

interface NpqTypeFees {
  declarationType: NpqDeclarationType;
  billable: number;
  refundable: number;
  voided: number;
  outputPayment: Fraction;
  /** Taken back, as a positive amount. */
  clawbacks: Fraction;
}

type NpqServiceFee =
  | { basis: "monthly-service-fee"; monthly: Fraction; perParticipant: Fraction }
  | { basis: "recruitment-target"; monthly: Fraction; perParticipant: Fraction };

interface NpqTargetedDeliveryFundingFees {
  applies: boolean;
  perParticipant: Fraction;
  billable: number;
  refundable: number;
  payment: Fraction;
  /** Taken back, as a positive amount. */
  clawbacks: Fraction;
}

/** One course contract's part of an NPQ statement, exact: nothing is rounded here. */
export interface NpqCourseFees {
  model: "npq-course";
  course: NpqCourseIdentifier;
  terms: NpqCourseTerms;
  outputPaymentPerParticipant: Fraction;
  declarationTypes: NpqTypeFees[];
  serviceFee: NpqServiceFee;
  targetedDeliveryFunding: NpqTargetedDeliveryFundingFees;
  outputPayment: Fraction;
  /** Output clawbacks, as a positive amount (targeted delivery funding refunds are apart). */
  clawbacks: Fraction;
  /** service fee + output payment - clawbacks + targeted delivery funding - its refunds. */
  courseTotal: Fraction;
}

/** price x output% / (100 x payment periods), the same for every declaration type; 0 when output% is 0. */
function npqOutputPaymentPerParticipant(terms: NpqCourseTerms): Fraction {
  if (terms.outputPaymentPercentage === 0) {
    return zero;
  }
  return divide(
    multiply(decimal(terms.feePerParticipant), fromInteger(terms.outputPaymentPercentage)),
    multiply(hundred, fromInteger(terms.numberOfPaymentPeriods)),
  );
}

/**
 * The monthly service fee: the contract's explicit one if it has one (even "0.00"), shown per participant as that
 * over the recruitment target; else target x price x service% / (100 x instalments), 0 when service% is 0.
 */
function npqServiceFee(terms: NpqCourseTerms): NpqServiceFee {
  const target = fromInteger(terms.recruitmentTarget);
  if (terms.monthlyServiceFee !== null) {
    const monthly = decimal(terms.monthlyServiceFee);
    return { basis: "monthly-service-fee", monthly, perParticipant: divide(monthly, target) };
  }
  const perParticipant =
    terms.serviceFeePercentage === 0
      ? zero
      : divide(
          multiply(decimal(terms.feePerParticipant), fromInteger(terms.serviceFeePercentage)),
          multiply(hundred, fromInteger(terms.serviceFeeInstallments)),
        );
  return { basis: "recruitment-target", monthly: multiply(target, perParticipant), perParticipant };
}

export function calculateNpqCourseFees(
  structure: ValidNpqCourseFeeStructure,
  cohort: number,
  statementMonth: string,
): NpqCourseFees {
  const { terms, course } = structure;
  const unit = npqOutputPaymentPerParticipant(terms);
  const declarationTypes = NPQ_DECLARATION_TYPES.flatMap((declarationType): NpqTypeFees[] => {
    const counts = structure.declarations[declarationType];
    if (!counts) {
      return [];
    }
    return [
      {
        declarationType,
        billable: counts.billable,
        refundable: counts.refundable,
        voided: counts.voided,
        outputPayment: multiply(fromInteger(counts.billable), unit),
        clawbacks: multiply(fromInteger(counts.refundable), unit),
      },
    ];
  });
  const applies = npqTargetedDeliveryFundingApplies(course, cohort, statementMonth);
  const fundingPerParticipant = decimal(terms.targetedDeliveryFundingPerParticipant);
  const funding = structure.targetedDeliveryFunding;
  const targetedDeliveryFunding: NpqTargetedDeliveryFundingFees = {
    applies,
    perParticipant: fundingPerParticipant,
    billable: funding.billable,
    refundable: funding.refundable,
    payment: applies ? multiply(fromInteger(funding.billable), fundingPerParticipant) : zero,
    clawbacks: applies ? multiply(fromInteger(funding.refundable), fundingPerParticipant) : zero,
  };
  const serviceFee = npqServiceFee(terms);
  const outputPayment = sum(declarationTypes.map((type) => type.outputPayment));
  const clawbacks = sum(declarationTypes.map((type) => type.clawbacks));
  const courseTotal = subtract(
    add(add(serviceFee.monthly, subtract(outputPayment, clawbacks)), targetedDeliveryFunding.payment),
    targetedDeliveryFunding.clawbacks,
  );
  return {
    model: "npq-course",
    course,
    terms,
    outputPaymentPerParticipant: unit,
    declarationTypes,
    serviceFee,
    targetedDeliveryFunding,
    outputPayment,
    clawbacks,
    courseTotal,
  };
}
