/**
 * Cohorts (the service's internal "contract periods") and their production flags (ECF rules §5.3 and §8).
 */
import type { CalendarDate } from "../time/calendar-date.ts";
import type { Instant } from "../time/instant.ts";

export type CohortYear = number;

export const COHORT_YEARS = [2021, 2022, 2023, 2024, 2025, 2026] as const;

export interface CohortDefinition {
  readonly year: CohortYear;
  /** Partnerships can only be created in enabled cohorts. */
  readonly enabled: boolean;
  /** When set and reached, new declarations are blocked for participants currently training in this cohort. */
  readonly paymentsFrozenAt: Instant | null;
  /** 2025 onwards: mentors are paid a flat rate for `started` and `completed` only. */
  readonly mentorFundingEnabled: boolean;
  /** 2025 onwards: the detailed `evidence_held` vocabulary applies. */
  readonly detailedEvidenceTypesEnabled: boolean;
  /** 2021-2024: `started` declarations carry sparsity / pupil premium uplifts. */
  readonly upliftFeesEnabled: boolean;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate;
}

function cohort(year: CohortYear, overrides: Partial<CohortDefinition> = {}): CohortDefinition {
  const modern = year >= 2025;
  return {
    year,
    enabled: true,
    paymentsFrozenAt: null,
    mentorFundingEnabled: modern,
    detailedEvidenceTypesEnabled: modern,
    upliftFeesEnabled: !modern,
    startDate: `${year}-06-01`,
    endDate: `${year + 1}-05-31`,
    ...overrides,
  };
}

/**
 * Production values. The freeze dates are London midnights (the service stores them as zone-local times).
 */
export const COHORTS: readonly CohortDefinition[] = [
  cohort(2021, { enabled: false, paymentsFrozenAt: "2024-06-17T23:00:00.000Z" }),
  cohort(2022, { enabled: false, paymentsFrozenAt: "2025-06-15T23:00:00.000Z" }),
  cohort(2023),
  cohort(2024),
  cohort(2025),
  cohort(2026),
];
