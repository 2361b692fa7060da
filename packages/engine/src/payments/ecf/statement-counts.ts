import type { EcfPaymentDeclarationType, MentorFlatRateDeclarationType } from "./declaration-types.ts";

/**
 * What a statement's money depends on, as counts. Banding needs the declarations of every earlier statement of
 * the same lead provider and cohort as well as this one's.
 */

/** Counts for one declaration type under the banded fee structure. */
export interface BandedDeclarationCounts {
  /** Billable declarations on earlier statements (paid ones that were later clawed back included). */
  previousBillable: number;
  /** Declarations refunded (or awaiting refund) on earlier statements. */
  previousRefundable: number;
  /** Billable declarations on this statement: eligible, payable or paid. */
  billable: number;
  /** Declarations being clawed back on this statement: awaiting clawback or clawed back. */
  refundable: number;
  /** Declarations voided before they were paid: no money, shown for information. */
  voided: number;
}

/** Started declarations carrying a sparsity or pupil premium uplift (2021 to 2024 cohorts). */
export interface UpliftCounts {
  billable: number;
  refundable: number;
}

/** Counts for one declaration type under the mentor flat rate (this statement only: there are no bands). */
export interface FlatRateDeclarationCounts {
  billable: number;
  refundable: number;
  voided: number;
}

export interface StatementCounts {
  banded: Record<EcfPaymentDeclarationType, BandedDeclarationCounts>;
  uplifts: UpliftCounts;
  /** Null when the contract has no mentor flat rate (mentors are then counted in the bands). */
  mentorFlatRate: Record<MentorFlatRateDeclarationType, FlatRateDeclarationCounts> | null;
}
