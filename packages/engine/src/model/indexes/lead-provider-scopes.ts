/**
 * Who sees what (ECF rules §1.1), as index keys: the lead providers a participant, declaration, school transfer or
 * unfunded mentor is visible to. These read other rows, so `dependants.ts` says which changes re-index them.
 *
 * Only plain table reads and index buckets are used here (no imports of `world.ts` or `src/rules`), because the
 * index registry is loaded while the world module itself is still being defined.
 */

import type { Role } from "../../reference/courses.ts";
import type { Declaration } from "../declaration.ts";
import { isBillableOrChangeable } from "../declaration.ts";
import type { TrainingPeriod } from "../training-period.ts";
import type { World } from "../world-shape.ts";
import { schoolCohortKey } from "./index-definition.ts";

/** The lead provider of a period's school partnership (expressions of interest alone do not count). */
function partneredLeadProviderId(world: World, period: TrainingPeriod): string | null {
  if (period.schoolPartnershipId === null) {
    return null;
  }
  return world.schoolPartnerships[period.schoolPartnershipId]?.leadProviderId ?? null;
}

/** Lead providers training one role of a participant through a school partnership. */
export function leadProvidersTrainingRole(world: World, teacherId: string, role: Role): Set<string> {
  return addPartneredLeadProviders(world, teacherId, role, new Set<string>());
}

/**
 * Lead providers a participant is visible to: any with a partnered ECT or mentor training period. The participant
 * stays visible after leaving, changing provider or going school-led.
 */
export function leadProvidersTraining(world: World, teacherId: string): Set<string> {
  const leadProviderIds = addPartneredLeadProviders(world, teacherId, "ect", new Set<string>());
  return addPartneredLeadProviders(world, teacherId, "mentor", leadProviderIds);
}

/** Adds the lead providers of one role's partnered training periods to `leadProviderIds`, and returns it. */
function addPartneredLeadProviders(world: World, teacherId: string, role: Role, leadProviderIds: Set<string>) {
  for (const id of world.indexes.ids("trainingPeriodsByParticipant", teacherId)) {
    const period = world.trainingPeriods[id];
    const leadProviderId = period?.role !== role ? null : partneredLeadProviderId(world, period);
    if (leadProviderId !== null) {
      leadProviderIds.add(leadProviderId);
    }
  }
  return leadProviderIds;
}

/**
 * Lead providers a declaration is visible to: its own, plus every other provider now training that participant role
 * when the declaration is billable-or-changeable and dated on or before the end of that provider's latest training
 * period for the role (or that period is open).
 */
export function leadProvidersSeeingDeclaration(world: World, declaration: Declaration): string[] {
  const visibleTo = [declaration.leadProviderId];
  if (!isBillableOrChangeable(declaration)) {
    return visibleTo;
  }
  // Every declaration is re-indexed whenever its participant's periods change, and most participants only ever have
  // the one provider: no map for the others until there is one.
  let latestByOtherProvider: Map<string, TrainingPeriod> | undefined;
  for (const id of world.indexes.ids("trainingPeriodsByParticipant", declaration.teacherId)) {
    const period = world.trainingPeriods[id];
    const leadProviderId = period?.role !== declaration.role ? null : partneredLeadProviderId(world, period);
    if (period !== undefined && leadProviderId !== null && leadProviderId !== declaration.leadProviderId) {
      // Periods come earliest start first, so the last one seen per provider is its latest.
      latestByOtherProvider ??= new Map();
      latestByOtherProvider.set(leadProviderId, period);
    }
  }
  for (const [leadProviderId, latest] of latestByOtherProvider ?? []) {
    // The service compares the timestamp with the date column, i.e. with midnight UTC of `finished_on`.
    if (latest.finishedOn === null || declaration.declarationDate <= `${latest.finishedOn}T00:00:00.000Z`) {
      visibleTo.push(leadProviderId);
    }
  }
  return visibleTo;
}

const NO_LEAD_PROVIDERS: ReadonlySet<string> = new Set();

/**
 * Lead providers for which a teacher may be an unfunded mentor: they mentor (at any time) an ECT the provider
 * trains, and the provider does not train them. Whether the mentorship is current or future is decided at query
 * time, since it depends on "today".
 */
export function leadProvidersWithUnfundedMentor(world: World, mentorTeacherId: string): ReadonlySet<string> {
  const mentorships = world.indexes.ids("mentorshipPeriodsByMentor", mentorTeacherId);
  if (mentorships.length === 0) {
    return NO_LEAD_PROVIDERS; // Most teachers mentor nobody.
  }
  const leadProviderIds = new Set<string>();
  const trainedBy = leadProvidersTraining(world, mentorTeacherId);
  for (const id of mentorships) {
    const mentorship = world.mentorshipPeriods[id];
    if (mentorship === undefined) {
      continue;
    }
    for (const leadProviderId of leadProvidersTrainingRole(world, mentorship.ectTeacherId, "ect")) {
      if (!trainedBy.has(leadProviderId)) {
        leadProviderIds.add(leadProviderId);
      }
    }
  }
  return leadProviderIds;
}

/** Lead providers a school transfer is relevant to: the leaving or the joining period's provider. */
export function leadProvidersOfTransfer(world: World, transferId: string): string[] {
  const transfer = world.schoolTransfers[transferId];
  if (transfer === undefined) {
    return [];
  }
  const leadProviderIds = new Set<string>();
  for (const periodId of [transfer.leavingTrainingPeriodId, transfer.joiningTrainingPeriodId]) {
    const period = periodId === null ? undefined : world.trainingPeriods[periodId];
    const leadProviderId = period === undefined ? null : partneredLeadProviderId(world, period);
    if (leadProviderId !== null) {
      leadProviderIds.add(leadProviderId);
    }
  }
  return [...leadProviderIds];
}

const NO_TRANSFERS: ReadonlyMap<string, string> = new Map();

/**
 * Per lead provider, the latest `updatedAt` of the participant's transfers relevant to it (the transfer resource's
 * `updated_at`).
 */
export function transferUpdatedAtByLeadProvider(world: World, teacherId: string): ReadonlyMap<string, string> {
  const transferIds = world.indexes.ids("schoolTransfersByTeacher", teacherId);
  if (transferIds.length === 0) {
    return NO_TRANSFERS; // Most participants never move school, and every participant's keys come here.
  }
  const latest = new Map<string, string>();
  for (const id of transferIds) {
    const transfer = world.schoolTransfers[id];
    if (transfer === undefined) {
      continue;
    }
    for (const leadProviderId of leadProvidersOfTransfer(world, id)) {
      const current = latest.get(leadProviderId);
      if (current === undefined || transfer.updatedAt > current) {
        latest.set(leadProviderId, transfer.updatedAt);
      }
    }
  }
  return latest;
}

/**
 * The cohorts a school is listed in (GET /schools): it has details for the cohort and is eligible for funding or
 * already in a partnership (with any provider) that cohort.
 */
export function listedCohortYearsOfSchool(world: World, schoolId: string): number[] {
  const school = world.schools[schoolId];
  if (school === undefined) {
    return [];
  }
  return Object.keys(school.cohorts)
    .map(Number)
    .filter(
      (year) =>
        school.eligibleForFunding ||
        world.indexes.ids("schoolPartnershipsBySchoolCohort", schoolCohortKey(schoolId, year)).length > 0,
    );
}
