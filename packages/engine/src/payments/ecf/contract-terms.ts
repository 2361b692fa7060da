import type { VatTerms } from "../vat.ts";

/**
 * The money terms of a lead provider's ECF contract for one cohort, as plain JSON-ready data. Amounts are pounds
 * as decimal strings ("1000.00") and ratios decimal strings ("0.60"), so terms can be stored, sent and compared
 * without floating point ever touching them.
 */

/** One volume band, in allocation order (the first is band A). */
export interface BandTerms {
  /** How many declarations of each type the band holds: a whole number above 0. */
  capacity: number;
  /** The full price per participant in this band (P), in pounds. */
  feePerDeclaration: string;
  /** The share of P paid through output payments, such as "0.60". */
  outputFeeRatio: string;
  /** The share of P paid through the monthly service fee, such as "0.40"; the two ratios add up to 1. */
  serviceFeeRatio: string;
}

/** The banded fee structure: ECTs (and, before the 2025 cohort, mentors) are paid by volume band. */
export interface BandedFeeTerms {
  /** Bands in allocation order: A, B, C, ... */
  bands: BandTerms[];
  /** Participants the contract expects to recruit; it sizes the monthly service fee. */
  recruitmentTarget: number;
  /** Paid per started declaration with a sparsity or pupil premium uplift; null when the contract has none. */
  upliftFeePerDeclaration: string | null;
  /** Set-up fee: deducted from band A's share of the service fee, never paid as a line of its own. */
  setupFee: string;
  /** An explicit monthly service fee replaces the calculated one (even "0.00"); null to calculate it. */
  monthlyServiceFee: string | null;
}

/** The 2025+ flat rate for mentors: half the fee when they start, half when they complete. */
export interface MentorFlatRateTerms {
  /** The full price per mentor, in pounds. */
  feePerDeclaration: string;
  /** Shown for reference; nothing caps payments at it. */
  recruitmentTarget: number;
}

/** A lead provider's contract terms for one cohort. */
export interface ContractTerms {
  /** The cohort (contract period) start year, such as 2024. */
  cohort: number;
  vat: VatTerms;
  banded: BandedFeeTerms;
  /** Present from the 2025 cohort, when mentors move off the bands onto a flat rate; null otherwise. */
  mentorFlatRate: MentorFlatRateTerms | null;
}

/** Uplift fees were paid for the 2021 to 2024 cohorts and removed from 2025. */
export const lastCohortWithUpliftFees = 2024;

/** Mentors are paid a flat rate, not by band, from the 2025 cohort. */
export const firstCohortWithMentorFlatRate = 2025;

/** The first cohort the ECF payment rules apply to. */
export const firstPaymentCohort = 2021;
