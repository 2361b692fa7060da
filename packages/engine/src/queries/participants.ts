/**
 * GET /participants and GET /participants/{id} (ECF rules §1.1, §1.5): participants with a partnered training period
 * with the lead provider, in either role.
 */
import type { Teacher } from "../model/teacher.ts";
import type { TrainingPeriod } from "../model/training-period.ts";
import { getRow, type World } from "../model/world.ts";
import { notFound, type Outcome, ok } from "../result.ts";
import { findParticipantVisibleTo } from "../rules/participant-action-target.ts";
import { cohortYearOf, latestTrainingPeriodWith, type TrainingStatus } from "../rules/training-periods.ts";
import { type ParticipantResource, participantView, participantViewer } from "../views/participant.ts";
import {
  type CohortFilterValue,
  parseCohortListFilter,
  parseTrainingStatusFilter,
  parseUuidFilter,
} from "./list-filters.ts";
import type { ListQuery, UpdatedSinceFilter } from "./list-query.ts";
import { orderedPage, pageRequestOf, rowTimestamps } from "./ordered-page.ts";

export interface ParticipantFilter extends UpdatedSinceFilter {
  /** Raw `filter[cohort]`: comma-separated years. */
  readonly cohort?: CohortFilterValue;
  /** Raw `filter[training_status]`: `active`, `deferred` or `withdrawn` (anything else matches nothing), see `matchesTrainingStatus`. */
  readonly trainingStatus?: string;
  /** Raw `filter[from_participant_id]`: a participant id this participant was merged from. */
  readonly fromParticipantId?: string;
}

function participantMatcher(world: World, leadProviderId: string, filter: ParticipantFilter = {}) {
  const cohorts = parseCohortListFilter(filter.cohort);
  const trainingStatus = parseTrainingStatusFilter(filter.trainingStatus);
  const fromParticipantId = parseUuidFilter(filter.fromParticipantId);
  return (teacher: Teacher): boolean => {
    if (trainingStatus === null) {
      return false;
    }
    if (fromParticipantId !== undefined) {
      if (!teacher.participantIdChanges.some((change) => change.fromParticipantId === fromParticipantId)) {
        return false;
      }
    }
    if (cohorts === undefined && trainingStatus === undefined) {
      return true;
    }
    // Both filters look at the latest training period of each role with this provider; either role may match.
    const periods = [
      latestTrainingPeriodWith(world, teacher.id, "ect", leadProviderId),
      latestTrainingPeriodWith(world, teacher.id, "mentor", leadProviderId),
    ].filter((period) => period !== undefined);
    if (cohorts !== undefined && !periods.some((period) => cohorts.includes(cohortYearOf(world, period) ?? -1))) {
      return false;
    }
    return trainingStatus === undefined || periods.some((period) => matchesTrainingStatus(period, trainingStatus));
  };
}

/**
 * What `filter[training_status]` asks of a period (ECF rules §1.5). Not the period's `training_status`: `withdrawn`
 * means "has a withdrawal date" and `deferred` "has a deferral date", so a period deferred and then withdrawn is
 * listed under both; `active` means neither.
 */
function matchesTrainingStatus(period: TrainingPeriod, status: TrainingStatus): boolean {
  switch (status) {
    case "withdrawn":
      return period.withdrawal !== null;
    case "deferred":
      return period.deferral !== null;
    case "active":
      return period.withdrawal === null && period.deferral === null;
  }
}

/** GET /participants: default order `created_at` ascending. */
export function listParticipants(
  world: World,
  leadProviderId: string,
  query: ListQuery<ParticipantFilter>,
  now: Date,
): ParticipantResource[] {
  const view = participantViewer(world, leadProviderId, now);
  return participantPageIds(world, leadProviderId, query).map((id) => view(getRow(world, "teachers", id)));
}

/**
 * The ids of the participants on the page `listParticipants` renders, in its order: for a reader that renders (or
 * has already rendered) each participant itself, such as the sandbox's cache of rendered records.
 */
export function participantPageIds(
  world: World,
  leadProviderId: string,
  query: ListQuery<ParticipantFilter>,
): string[] {
  const matches = participantMatcher(world, leadProviderId, query.filter);
  return orderedPage(
    world,
    {
      byCreated: "participantsByLeadProvider",
      byUpdated: "participantsByLeadProviderUpdated",
      key: leadProviderId,
      sortValue: rowTimestamps(world, "teachers"),
    },
    pageRequestOf(query),
    (id) => matches(getRow(world, "teachers", id)),
  );
}

/** GET /participants/{id}: 404 unless the provider trains (or trained) the participant. */
export function showParticipant(
  world: World,
  leadProviderId: string,
  participantId: string,
  now: Date,
): Outcome<ParticipantResource> {
  const teacher = findParticipantVisibleTo(world, leadProviderId, participantId);
  return teacher === undefined ? notFound() : ok(participantView(world, leadProviderId, teacher, now));
}
