import type { NpqCourseGroup, NpqCourseIdentifier } from "../npq/reference/courses.ts";
import type { NpqDeclarationType } from "../npq/reference/schedules.ts";
import type { Outcome } from "../result.ts";
import type { EcfPaymentDeclarationType, MentorFlatRateDeclarationType } from "./ecf/declaration-types.ts";
import type { StatementInputError } from "./input/field-reader.ts";
import type { PoundsString } from "./money.ts";

/**
 * The output of `calculateStatement` for an ECF statement: a statement's breakdown as JSON. Every amount is a pounds string rounded
 * half-up to the penny from the exact figure ("1234.57", "-150.00"), the way the service shows it; so shown rows
 * need not add up to the shown total to the penny, and the total is the correct one. Clawbacks are negative.
 */
export interface StatementCalculation {
  cohort: number;
  feeStructures: FeeStructureCalculation[];
  adjustments: { description: string; amount: PoundsString }[];
  vat: {
    registered: boolean;
    /** The contract's rate, such as "0.20". */
    rate: string;
    /** The rate charged: the contract's rate for a VAT-registered provider, else "0.00". */
    applicableRate: string;
  };
  totals: StatementTotals;
}

/** The statement overview, as a contract manager reads it. */
export interface StatementTotals {
  /** Output payments of every fee structure (ECTs and mentors). */
  outputPayment: PoundsString;
  upliftFees: PoundsString;
  serviceFee: PoundsString;
  /** Output and uplift clawbacks: zero or negative. */
  clawbacks: PoundsString;
  adjustments: PoundsString;
  /** Net of VAT. */
  subtotal: PoundsString;
  vat: PoundsString;
  total: PoundsString;
}

export type FeeStructureCalculation = EcfBandedCalculation | EcfMentorFlatRateCalculation;

export interface EcfBandedCalculation {
  model: "ecf-banded";
  bands: BandSummary[];
  /** One entry per declaration type given in the input, in milestone order. */
  declarations: BandedDeclarationTypeCalculation[];
  uplift: UpliftCalculation;
  serviceFee: ServiceFeeCalculation;
  totals: {
    outputPayment: PoundsString;
    upliftFees: PoundsString;
    serviceFee: PoundsString;
    clawbacks: PoundsString;
    subtotal: PoundsString;
  };
}

export interface BandSummary {
  /** "A", "B", ... in allocation order. */
  band: string;
  /** The band's first and last participant numbers: band A is 1 to its capacity. */
  from: number;
  to: number;
  capacity: number;
  feePerDeclaration: PoundsString;
  outputFeeRatio: string;
  serviceFeeRatio: string;
}

export interface BandedDeclarationTypeCalculation {
  declarationType: EcfPaymentDeclarationType;
  /** The type's share of a band's output payment, such as "0.20". */
  proportion: string;
  bands: BandedDeclarationRow[];
  /** Earlier billable declarations that found no band: they were not paid either. */
  previousBillableBeyondCapacity: number;
  /** Earlier refunds that found nothing to drain. */
  previousRefundableUnmatched: number;
  /** This statement's billable declarations beyond the last band's capacity: not paid. */
  billableBeyondCapacity: number;
  /** This statement's refunds that found nothing to drain: nothing is taken back for them. */
  refundableUnmatched: number;
  voided: number;
  outputPayment: PoundsString;
  clawbacks: PoundsString;
}

/** One declaration type in one band. */
export interface BandedDeclarationRow {
  band: string;
  /** How many earlier billable declarations of this type the band holds. */
  previousBillable: number;
  /** How many earlier refunds were taken from this band. */
  previousRefundable: number;
  /** This statement's billable declarations paid at this band's unit fee. */
  billable: number;
  /** This statement's refunds taken from this band, at its unit fee. */
  refundable: number;
  /** proportion x output ratio x price. */
  unitFee: PoundsString;
  outputPayment: PoundsString;
  clawbacks: PoundsString;
}

export interface UpliftCalculation {
  /** Null when the contract has no uplift fee. */
  feePerDeclaration: PoundsString | null;
  billable: number;
  refundable: number;
  upliftFees: PoundsString;
  clawbacks: PoundsString;
}

export type ServiceFeeCalculation =
  | {
      /** The contract states the monthly service fee. */
      basis: "monthly-service-fee";
      monthly: PoundsString;
    }
  | {
      /** Calculated from the recruitment target. */
      basis: "recruitment-target";
      monthly: PoundsString;
      recruitmentTarget: number;
      /** The recruitment target counted into the bands, and participants x price x service ratio. */
      bands: { band: string; participants: number; amount: PoundsString }[];
      setupFee: PoundsString;
      /** min(target, band A capacity) x set-up fee / band A capacity, taken off before dividing. */
      setupFeeDeduction: PoundsString;
      numberOfPayments: number;
    };

export interface EcfMentorFlatRateCalculation {
  model: "ecf-mentor-flat-rate";
  feePerDeclaration: PoundsString;
  recruitmentTarget: number;
  declarations: FlatRateDeclarationTypeCalculation[];
  totals: {
    outputPayment: PoundsString;
    clawbacks: PoundsString;
    subtotal: PoundsString;
  };
}

export interface FlatRateDeclarationTypeCalculation {
  declarationType: MentorFlatRateDeclarationType;
  /** "0.50". */
  proportion: string;
  unitFee: PoundsString;
  billable: number;
  refundable: number;
  voided: number;
  outputPayment: PoundsString;
  clawbacks: PoundsString;
}

/**
 * The output of `calculateStatement` for an NPQ statement (payment rules §6.2): one entry per course contract, the
 * statement's adjustments and its totals. Amounts are pounds strings rounded half-up to the penny from the exact
 * figure, clawbacks negative. Special courses are shown with the others but left out of `totals`. NPQ has no VAT:
 * `totals.total` is net of VAT. `programme: "npq"` tells it from an ECF `StatementCalculation`, which has no
 * `programme`.
 */
export interface NpqStatementCalculation {
  programme: "npq";
  cohort: number;
  /** "2025-10". */
  statementMonth: string;
  /** One per course contract given, in the input's order. */
  feeStructures: NpqCourseCalculation[];
  adjustments: { description: string; amount: PoundsString }[];
  totals: NpqStatementTotals;
}

/** The statement overview, over the courses that are not special. */
export interface NpqStatementTotals {
  outputPayment: PoundsString;
  serviceFee: PoundsString;
  targetedDeliveryFunding: PoundsString;
  /** Output clawbacks and targeted delivery funding refunds: zero or negative. */
  clawbacks: PoundsString;
  adjustments: PoundsString;
  /** Net of VAT: NPQ statements carry none. */
  total: PoundsString;
  /** The special courses' totals, paid apart and not part of `total`. */
  specialCourses: PoundsString;
}

export interface NpqCourseCalculation {
  model: "npq-course";
  course: NpqCourseIdentifier;
  courseGroup: NpqCourseGroup;
  /** Paid apart: not part of the statement's totals. */
  specialCourse: boolean;
  recruitmentTarget: number;
  feePerParticipant: PoundsString;
  /** price x output% / (100 x payment periods): the same for every declaration type. */
  outputPaymentPerParticipant: PoundsString;
  numberOfPaymentPeriods: number;
  outputPaymentPercentage: number;
  /** One entry per declaration type given in the input, in milestone order. */
  declarations: NpqDeclarationTypeCalculation[];
  serviceFee: NpqServiceFeeCalculation;
  targetedDeliveryFunding: NpqTargetedDeliveryFundingCalculation;
  totals: {
    outputPayment: PoundsString;
    serviceFee: PoundsString;
    targetedDeliveryFunding: PoundsString;
    /** Output clawbacks: zero or negative. */
    clawbacks: PoundsString;
    /** Targeted delivery funding refunds: zero or negative. */
    targetedDeliveryFundingClawbacks: PoundsString;
    /** Service fee + output payment + targeted delivery funding + both clawbacks. */
    courseTotal: PoundsString;
  };
}

export interface NpqDeclarationTypeCalculation {
  declarationType: NpqDeclarationType;
  /** Distinct participants with a billable declaration of this type on the statement. */
  billable: number;
  refundable: number;
  voided: number;
  outputPayment: PoundsString;
  clawbacks: PoundsString;
}

export interface NpqServiceFeeCalculation {
  /** `monthly-service-fee`: the contract states it; `recruitment-target`: target x price x service% / instalments. */
  basis: "monthly-service-fee" | "recruitment-target";
  monthly: PoundsString;
  /** The calculated share per participant, or the stated fee over the recruitment target. */
  perParticipant: PoundsString;
  serviceFeePercentage: number;
  serviceFeeInstallments: number;
}

export interface NpqTargetedDeliveryFundingCalculation {
  /** False when the statement is after October 2025, the cohort before 2022, or the course EHCO or ASO. */
  applies: boolean;
  perParticipant: PoundsString;
  /** The eligible starts given; paid only when `applies`. */
  billable: number;
  refundable: number;
  payment: PoundsString;
  clawbacks: PoundsString;
}

/** `calculateStatement`'s answer: the breakdown, or every problem found in the input. */
export type StatementCalculationOutcome = Outcome<
  StatementCalculation | NpqStatementCalculation,
  StatementInputError[]
>;

/** Whether a calculation is an NPQ statement's (it has `programme: "npq"`) rather than an ECF one. */
export function isNpqStatementCalculation(
  calculation: StatementCalculation | NpqStatementCalculation,
): calculation is NpqStatementCalculation {
  return "programme" in calculation && calculation.programme === "npq";
}
