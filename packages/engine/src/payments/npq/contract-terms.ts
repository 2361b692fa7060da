import { type NpqCourseIdentifier, npqCourseGroupOf } from "../../npq/reference/courses.ts";

/**
 * The money terms of one NPQ course contract on a statement (payment rules §6.1), as plain JSON-ready data: the
 * service gives every statement one contract per course, each pointing at a contract template. Amounts are pounds as
 * decimal strings ("1000.00"); percentages are whole numbers from 0 to 100, as the service stores them.
 */
export interface NpqCourseTerms {
  /** Participants the contract expects to recruit: sizes the calculated service fee. A whole number above 0. */
  recruitmentTarget: number;
  /** The full price per participant (the service's `per_participant`), above 0. */
  feePerParticipant: string;
  /** How many declarations pay the output share: 4 for leadership, EHCO and ASO, 3 for specialist courses. */
  numberOfPaymentPeriods: number;
  /** The share of the price paid through the monthly service fee: 40, or 0 for EHCO and ASO. */
  serviceFeePercentage: number;
  /** How many monthly service fee payments the service share is spread over. */
  serviceFeeInstallments: number;
  /** The share of the price paid through output payments: 60, or 100 for EHCO and ASO. */
  outputPaymentPercentage: number;
  /** An explicit monthly service fee replaces the calculated one (even "0.00"); null to calculate it. */
  monthlyServiceFee: string | null;
  /** A course paid apart ("standalone payments"): shown, but left out of the statement's totals. */
  specialCourse: boolean;
  /** Paid per eligible start while targeted delivery funding applies (payment rules §6.2); £100 by default. */
  targetedDeliveryFundingPerParticipant: string;
}

/** The terms the service's statement creator sets from the course group; the rest come per lead provider. */
export type NpqCourseGroupTerms = Pick<
  NpqCourseTerms,
  "numberOfPaymentPeriods" | "serviceFeePercentage" | "outputPaymentPercentage"
>;

const leadership: NpqCourseGroupTerms = {
  numberOfPaymentPeriods: 4,
  serviceFeePercentage: 40,
  outputPaymentPercentage: 60,
};
const specialist: NpqCourseGroupTerms = {
  numberOfPaymentPeriods: 3,
  serviceFeePercentage: 40,
  outputPaymentPercentage: 60,
};
const outputOnly: NpqCourseGroupTerms = {
  numberOfPaymentPeriods: 4,
  serviceFeePercentage: 0,
  outputPaymentPercentage: 100,
};

/** The course group's template terms (payment rules §6.1): what a contract for the course gets unless told otherwise. */
export function npqCourseGroupTerms(course: NpqCourseIdentifier): NpqCourseGroupTerms {
  switch (npqCourseGroupOf(course)) {
    case "leadership":
      return leadership;
    case "specialist":
      return specialist;
    case "ehco":
    case "support":
      return outputOnly;
  }
}

export const defaultTargetedDeliveryFundingPerParticipant = "100.00";

/** Targeted delivery funding is paid on statements up to this month (payment rules §6.2)... */
export const lastTargetedDeliveryFundingStatementMonth = "2025-10";
/** ...for cohorts starting this year or later. */
export const firstTargetedDeliveryFundingCohort = 2022;

/**
 * Whether a course's eligible starts earn targeted delivery funding on a statement: the statement's month is October
 * 2025 or earlier, the cohort started in 2022 or later, and the course is neither EHCO nor ASO (payment rules §6.2).
 */
export function npqTargetedDeliveryFundingApplies(
  course: NpqCourseIdentifier,
  cohort: number,
  statementMonth: string,
): boolean {
  const group = npqCourseGroupOf(course);
  return (
    statementMonth <= lastTargetedDeliveryFundingStatementMonth &&
    cohort >= firstTargetedDeliveryFundingCohort &&
    group !== "ehco" &&
    group !== "support"
  );
}

/**
 * What a contract template holds when nothing more is said (payment rules §6.1): DfE's seeds' test template (£800, a
 * target of 72, 19 instalments) with the course group's periods and percentages, as the bulk creator sets them, and a
 * calculated monthly service fee (payment rules §Q12).
 */
export function npqDefaultCourseTerms(course: NpqCourseIdentifier): NpqCourseTerms {
  return {
    recruitmentTarget: 72,
    feePerParticipant: "800.00",
    serviceFeeInstallments: 19,
    ...npqCourseGroupTerms(course),
    monthlyServiceFee: null,
    specialCourse: false,
    targetedDeliveryFundingPerParticipant: defaultTargetedDeliveryFundingPerParticipant,
  };
}
