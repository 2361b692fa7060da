import type { BandedFeeTerms, MentorFlatRateTerms } from "./ecf/contract-terms.ts";
import type { EcfPaymentDeclarationType, MentorFlatRateDeclarationType } from "./ecf/declaration-types.ts";
import type { BandedDeclarationCounts, FlatRateDeclarationCounts, UpliftCounts } from "./ecf/statement-counts.ts";

/**
 * The input of `calculateStatement`: contract terms and counts only, as JSON. Nothing here refers to a store, so
 * a lead provider's finance team can forecast a statement from numbers they already have.
 *
 * A statement is paid under one or more fee structures, each tagged by `model`; NPQ's per-course model will be a
 * further member of the `FeeStructureInput` union.
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
