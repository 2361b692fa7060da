/**
 * GET /participant-declarations and GET /participant-declarations/{id} (ECF rules §1.1, §1.5): the provider's own
 * declarations plus the "previous" ones of other providers for participants it now trains. Always `created_at`
 * ascending; there is no `sort` parameter.
 */
import type { Declaration } from "../model/declaration.ts";
import { leadProvidersSeeingDeclaration } from "../model/indexes/lead-provider-scopes.ts";
import { findRow, getRow, lookupOfRole, type World } from "../model/world.ts";
import { ROLES } from "../reference/courses.ts";
import { notFound, type Outcome, ok } from "../result.ts";
import { cohortYearOf } from "../rules/training-periods.ts";
import { instantOf } from "../time/instant.ts";
import { type DeclarationResource, declarationView } from "../views/declaration.ts";
import { type CohortFilterValue, parseCohortListFilter, parseUuidListFilter } from "./list-filters.ts";
import type { ListQuery, UpdatedSinceFilter } from "./list-query.ts";
import { orderedPage, pageRequestOf, rowTimestamps } from "./ordered-page.ts";
import { pageBounds } from "./pagination.ts";
import { DEFAULT_SORT } from "./sort.ts";

export interface DeclarationFilter extends UpdatedSinceFilter {
  /** Raw `filter[cohort]`: the cohort of the declaration's training period. */
  readonly cohort?: CohortFilterValue;
  /** Raw `filter[participant_id]`: comma-separated participant ids (non-UUIDs dropped). */
  readonly participantId?: string;
  /** Raw `filter[delivery_partner_id]`: the delivery partner when the declaration was made. */
  readonly deliveryPartnerId?: string;
}

function isDeclarationVisibleTo(world: World, leadProviderId: string, declaration: Declaration): boolean {
  return leadProvidersSeeingDeclaration(world, declaration).includes(leadProviderId);
}

function declarationMatcher(world: World, filter: DeclarationFilter = {}) {
  const cohorts = parseCohortListFilter(filter.cohort);
  const participantIds = parseUuidListFilter(filter.participantId);
  const deliveryPartnerIds = parseUuidListFilter(filter.deliveryPartnerId);
  const updatedSince = filter.updatedSince === undefined ? undefined : instantOf(filter.updatedSince);
  return (declaration: Declaration): boolean => {
    if (participantIds !== undefined && !participantIds.includes(declaration.teacherId.toLowerCase())) {
      return false;
    }
    if (deliveryPartnerIds !== undefined && !deliveryPartnerIds.includes(declaration.deliveryPartnerId.toLowerCase())) {
      return false;
    }
    if (updatedSince !== undefined && declaration.updatedAt < updatedSince) {
      return false;
    }
    if (cohorts !== undefined) {
      const period = findRow(world, "trainingPeriods", declaration.trainingPeriodId);
      return period !== undefined && cohorts.includes(cohortYearOf(world, period) ?? -1);
    }
    return true;
  };
}

/** With a participant filter, only those participants' declarations are read (a handful, whatever the store). */
function declarationsOfParticipants(
  world: World,
  leadProviderId: string,
  participantIds: readonly string[],
  matches: (declaration: Declaration) => boolean,
): Declaration[] {
  const found: Declaration[] = [];
  for (const participantId of participantIds) {
    for (const role of ROLES) {
      for (const declaration of lookupOfRole(world, "declarationsByParticipant", participantId, role)) {
        if (isDeclarationVisibleTo(world, leadProviderId, declaration) && matches(declaration)) {
          found.push(declaration);
        }
      }
    }
  }
  // The same order as the index: created_at, then id.
  const key = (declaration: Declaration) => `${declaration.createdAt}|${declaration.id}`;
  return found.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function listDeclarations(
  world: World,
  leadProviderId: string,
  query: ListQuery<DeclarationFilter>,
): DeclarationResource[] {
  return declarationPageIds(world, leadProviderId, query).map((id) =>
    declarationView(world, getRow(world, "declarations", id)),
  );
}

/**
 * The ids of the declarations on the page `listDeclarations` renders, in its order: for a reader that renders (or
 * has already rendered) each declaration itself, such as the sandbox's cache of rendered records.
 */
export function declarationPageIds(
  world: World,
  leadProviderId: string,
  query: ListQuery<DeclarationFilter>,
): string[] {
  const filter = query.filter ?? {};
  const matches = declarationMatcher(world, filter);
  const participantIds = parseUuidListFilter(filter.participantId);
  if (participantIds !== undefined) {
    const { start, end } = pageBounds(query.page);
    return declarationsOfParticipants(world, leadProviderId, participantIds, matches)
      .slice(start, end)
      .map((declaration) => declaration.id);
  }
  return orderedPage(
    world,
    {
      byCreated: "declarationsVisibleToLeadProvider",
      byUpdated: "declarationsVisibleToLeadProviderUpdated",
      key: leadProviderId,
      sortValue: rowTimestamps(world, "declarations"),
    },
    pageRequestOf(query, DEFAULT_SORT),
    (id) => matches(getRow(world, "declarations", id)),
  );
}

/** GET /participant-declarations/{id}: own or previous-provider declarations (filters do not apply). */
export function showDeclaration(
  world: World,
  leadProviderId: string,
  declarationId: string,
): Outcome<DeclarationResource> {
  const declaration = findRow(world, "declarations", declarationId);
  if (declaration === undefined || !isDeclarationVisibleTo(world, leadProviderId, declaration)) {
    return notFound();
  }
  return ok(declarationView(world, declaration));
}
