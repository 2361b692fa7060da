/**
 * GET /npq-applications and GET /npq-applications/{id} (NPQ rules §1.1, §1.5): the applications made to the lead
 * provider, in every status. Filters: `cohort` (start years, every suffix of a year), `participant_id` (UUIDs; the
 * transport answers 400 for one that is not) and `updated_since` (the application or its applicant changed).
 */

import { type CohortFilterValue, parseCohortListFilter, parseUuidListFilter } from "../../queries/list-filters.ts";
import type { ListQuery, UpdatedSinceFilter } from "../../queries/list-query.ts";
import { parseSort } from "../../queries/sort.ts";
import { notFound, type Outcome, ok } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import { getNpqRow, type NpqWorld, npqLookupIds } from "../model/world.ts";
import { findNpqApplicationVisibleTo } from "../rules/visibility.ts";
import { type NpqApplicationResource, npqApplicationUpdatedAt, npqApplicationView } from "../views/application.ts";
import { npqOrderedPage } from "./ordered-page.ts";

export interface NpqApplicationsFilter extends UpdatedSinceFilter {
  readonly cohort?: CohortFilterValue;
  readonly participantId?: string;
}

export function listNpqApplications(
  world: NpqWorld,
  leadProviderId: string,
  query: ListQuery<NpqApplicationsFilter> = {},
): NpqApplicationResource[] {
  return npqApplicationPageIds(world, leadProviderId, query).map((id) =>
    npqApplicationView(world, getNpqRow(world, "applications", id)),
  );
}

/**
 * The ids of the applications on the page `listNpqApplications` renders, in its order: for a reader that renders
 * (or has already rendered) each application itself, such as the sandbox's cache of rendered records.
 */
export function npqApplicationPageIds(
  world: NpqWorld,
  leadProviderId: string,
  query: ListQuery<NpqApplicationsFilter> = {},
): string[] {
  const cohorts = parseCohortListFilter(query.filter?.cohort);
  const participants = parseUuidListFilter(query.filter?.participantId);
  const since = query.filter?.updatedSince === undefined ? undefined : instantOf(query.filter.updatedSince);
  const matching = npqLookupIds(world, "applicationsByLeadProvider", leadProviderId).filter((id) => {
    const application = getNpqRow(world, "applications", id);
    return (
      (cohorts === undefined || cohorts.includes(getNpqRow(world, "cohorts", application.cohortId).startYear)) &&
      (participants === undefined || participants.includes(application.userId)) &&
      (since === undefined || npqApplicationUpdatedAt(world, application) >= since)
    );
  });
  return npqOrderedPage(
    matching,
    (id, attribute) => {
      const application = getNpqRow(world, "applications", id);
      // The service sorts by the application's own column, not the `updated_at` it renders.
      return attribute === "created_at" ? application.createdAt : application.updatedAt;
    },
    { sort: parseSort(query.sort), page: query.page },
  );
}

export function showNpqApplication(
  world: NpqWorld,
  leadProviderId: string,
  applicationId: string,
): Outcome<NpqApplicationResource> {
  const application = findNpqApplicationVisibleTo(world, leadProviderId, applicationId);
  return application === undefined ? notFound() : ok(npqApplicationView(world, application));
}
