import type { NpqCourseIdentifier } from "../../npq/reference/courses.ts";
import type { NpqDeclarationType } from "../../npq/reference/schedules.ts";

/**
 * What an NPQ statement's money depends on, as counts per course (payment rules §6.2). NPQ has no bands, so only
 * this statement's declarations matter: each count is of distinct (person, declaration type) pairs.
 */
export interface NpqDeclarationCounts {
  /** Pairs billable on this statement: eligible, payable or paid (paid-then-clawed-back included). */
  billable: number;
  /** Pairs being clawed back on this statement: awaiting clawback or clawed back. */
  refundable: number;
  /** Declarations voided on this statement: no money, shown for information. */
  voided: number;
}

/** Started declarations whose application is eligible for funding and for targeted delivery funding. */
export interface NpqTargetedDeliveryFundingCounts {
  billable: number;
  refundable: number;
}

export interface NpqCourseCounts {
  declarations: Record<NpqDeclarationType, NpqDeclarationCounts>;
  targetedDeliveryFunding: NpqTargetedDeliveryFundingCounts;
}

/** Counts for the courses that have declarations on the statement (or an earlier clawback); others are all zero. */
export type NpqStatementCounts = Partial<Record<NpqCourseIdentifier, NpqCourseCounts>>;
