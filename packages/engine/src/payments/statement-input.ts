import type { NpqCourseIdentifier } from "../npq/reference/courses.ts";
import type { NpqDeclarationType } from "../npq/reference/schedules.ts";
import type { BandedFeeTerms, MentorFlatRateTerms } from "./ecf/contract-terms.ts";
import type { EcfPaymentDeclarationType, MentorFlatRateDeclarationType } from "./ecf/declaration-types.ts";
import type { BandedDeclarationCounts, FlatRateDeclarationCounts, UpliftCounts } from "./ecf/statement-counts.ts";
import type { NpqCourseTerms } from "./npq/contract-terms.ts";
import type { NpqDeclarationCounts, NpqTargetedDeliveryFundingCounts } from "./npq/statement-counts.ts";

/**
 * The input of `calculateStatement` for an ECF statement: contract terms and counts only, as JSON. Nothing here
 * refers to a store, so a lead provider's finance team can forecast a statement from numbers they already have.
 *
 * A statement is paid under one or more fee structures, each tagged by `model`; an NPQ statement is made of
 * `npq-course` structures instead (see `NpqStatementCalculationInput`).
 */
export interface StatementCalculationInput {
  /** The cohort (contract period) start year, such as 2024. */
  cohort: number;
  /** The contract's VAT rate (default "0.20") and whether the lead provider is VAT-registered. */
  vat: { registered: boolean; rate?: string };
  feeStructures: FeeStructureInput[];
  /** Additional adjustments on the statement (non-zero, up to £1,000,000 either way); VAT applies to them. */
  adjustments?: AdjustmentInput[];
}

export type FeeStructureInput = EcfBandedFeeStructureInput | EcfMentorFlatRateFeeStructureInput;

export type FeeStructureModel = FeeStructureInput["model"];

export interface EcfBandedFeeStructureInput {
  model: "ecf-banded";
  /** `setupFee` defaults to "0.00"; `upliftFeePerDeclaration` and `monthlyServiceFee` default to null. */
  terms: Omit<BandedFeeTerms, "setupFee" | "upliftFeePerDeclaration" | "monthlyServiceFee"> &
    Partial<Pick<BandedFeeTerms, "setupFee" | "upliftFeePerDeclaration" | "monthlyServiceFee">>;
  /** Counts per declaration type; a count left out is 0. Types left out are not reported. */
  declarations: Partial<Record<EcfPaymentDeclarationType, Partial<BandedDeclarationCounts>>>;
  /** Started declarations with a sparsity or pupil premium uplift on this statement; default none. */
  uplifts?: Partial<UpliftCounts>;
}

export interface EcfMentorFlatRateFeeStructureInput {
  model: "ecf-mentor-flat-rate";
  terms: MentorFlatRateTerms;
  /** Counts for started and completed; a count left out is 0. */
  declarations: Partial<Record<MentorFlatRateDeclarationType, Partial<FlatRateDeclarationCounts>>>;
}

export interface AdjustmentInput {
  description: string;
  /** Pounds, such as "-250.00". */
  amount: string;
}

/**
 * The input of `calculateStatement` for an NPQ statement (payment rules §6): one `npq-course` fee structure per course
 * contract on the statement, and the statement's month, which decides targeted delivery funding. NPQ statements carry
 * no VAT (payment rules §Q10), so there is no `vat`.
 */
export interface NpqStatementCalculationInput {
  /** The cohort's start year, such as 2024 (a cohort `2025b` is 2025). */
  cohort: number;
  /** The statement's year and month, such as "2025-10". */
  statementMonth: string;
  /** One per course, each course at most once. */
  feeStructures: NpqCourseFeeStructureInput[];
  /** Additional adjustments on the statement (non-zero); they count towards the total. */
  adjustments?: AdjustmentInput[];
}

export interface NpqCourseFeeStructureInput {
  model: "npq-course";
  course: NpqCourseIdentifier;
  /**
   * `numberOfPaymentPeriods`, `serviceFeePercentage` and `outputPaymentPercentage` default to the course group's
   * (payment rules §6.1); `monthlyServiceFee` to null (calculated), `specialCourse` to false and
   * `targetedDeliveryFundingPerParticipant` to "100.00".
   */
  terms: Pick<NpqCourseTerms, "recruitmentTarget" | "feePerParticipant" | "serviceFeeInstallments"> &
    Partial<Omit<NpqCourseTerms, "recruitmentTarget" | "feePerParticipant" | "serviceFeeInstallments">>;
  /** Counts per declaration type; a count left out is 0. Types left out are not reported. */
  declarations: Partial<Record<NpqDeclarationType, Partial<NpqDeclarationCounts>>>;
  /** Started declarations eligible for targeted delivery funding; default none. */
  targetedDeliveryFunding?: Partial<NpqTargetedDeliveryFundingCounts>;
}
