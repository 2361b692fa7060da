/**
 * Facts about training periods the rules keep asking: who delivers it, in which cohort, what its status is.
 */
import type { Cohort } from "../model/cohort.ts";
import type { Schedule } from "../model/schedule.ts";
import type { SchoolPartnership } from "../model/school-partnership.ts";
import type { TrainingPeriod } from "../model/training-period.ts";
import { findRow, lookupOfRole, type World } from "../model/world.ts";
import type { CohortYear } from "../reference/cohorts.ts";
import type { Role } from "../reference/courses.ts";

export const TRAINING_STATUSES = ["active", "deferred", "withdrawn"] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

export function partnershipOf(world: World, period: TrainingPeriod): SchoolPartnership | undefined {
  return findRow(world, "schoolPartnerships", period.schoolPartnershipId);
}

/** The lead provider delivering the period: its partnership's, or the one that expressed interest. */
export function leadProviderIdOf(world: World, period: TrainingPeriod): string | null {
  return partnershipOf(world, period)?.leadProviderId ?? period.expressionOfInterest?.leadProviderId ?? null;
}

export function cohortYearOf(world: World, period: TrainingPeriod): CohortYear | null {
  return partnershipOf(world, period)?.cohortYear ?? period.expressionOfInterest?.cohortYear ?? null;
}

export function cohortOf(world: World, period: TrainingPeriod): Cohort | undefined {
  const year = cohortYearOf(world, period);
  return year === null ? undefined : world.cohorts[year];
}

export function scheduleOf(world: World, period: TrainingPeriod): Schedule | undefined {
  return findRow(world, "schedules", period.scheduleId);
}

/** Withdrawn or deferred, whichever happened last; otherwise active. */
export function trainingStatusOf(period: TrainingPeriod): TrainingStatus {
  const { withdrawal, deferral } = period;
  if (withdrawal !== null && (deferral === null || withdrawal.at >= deferral.at)) {
    return "withdrawn";
  }
  return deferral !== null ? "deferred" : "active";
}

/** Every training period of one role of a participant, earliest start first. */
export function trainingPeriodsOf(world: World, teacherId: string, role: Role): TrainingPeriod[] {
  return lookupOfRole(world, "trainingPeriodsByParticipant", teacherId, role);
}

/**
 * Of a participant's periods of one role (`trainingPeriodsOf`), those delivered by this lead provider through a
 * school partnership (periods that only have an expression of interest do not count), earliest start first. Taking
 * the periods rather than looking them up lets a caller that asks about the same role more than once look once.
 */
export function partneredAmong(
  world: World,
  periods: readonly TrainingPeriod[],
  leadProviderId: string,
): TrainingPeriod[] {
  return periods.filter((period) => partnershipOf(world, period)?.leadProviderId === leadProviderId);
}

/** "The training period" of ECF rules §3.2: the latest by start date (future-dated included) with this provider. */
export function latestTrainingPeriodWith(
  world: World,
  teacherId: string,
  role: Role,
  leadProviderId: string,
): TrainingPeriod | undefined {
  return latestPartneredAmong(world, trainingPeriodsOf(world, teacherId, role), leadProviderId);
}

/** `latestTrainingPeriodWith` of periods already looked up (`trainingPeriodsOf`). */
export function latestPartneredAmong(
  world: World,
  periods: readonly TrainingPeriod[],
  leadProviderId: string,
): TrainingPeriod | undefined {
  return partneredAmong(world, periods, leadProviderId).at(-1);
}
