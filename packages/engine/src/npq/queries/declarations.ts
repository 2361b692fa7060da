/**
 * GET /participant-declarations and GET /participant-declarations/{id} on the NPQ API (NPQ rules §1.1, §5.6): the
 * declarations the lead provider made, plus those another made on an application that is now its own. Filters:
 * `participant_id` (UUIDs; the transport answers 400 for one that is not), `cohort` (start years, matched against the
 * declaration's cohort) and `updated_since`. Always by `created_at`, then id: the endpoint takes no `sort`.
 */
import { type CohortFilterValue, parseCohortListFilter, parseUuidListFilter } from "../../queries/list-filters.ts";
import type { ListQuery, UpdatedSinceFilter } from "../../queries/list-query.ts";
import { DEFAULT_SORT } from "../../queries/sort.ts";
import { notFound, type Outcome, ok } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import type { NpqDeclaration } from "../model/declaration.ts";
import { getNpqRow, type NpqWorld, npqLookup, npqLookupIds } from "../model/world.ts";
import { findNpqDeclarationVisibleTo } from "../rules/visibility.ts";
import { type NpqDeclarationResource, npqDeclarationView } from "../views/declaration.ts";
import { npqOrderedPage } from "./ordered-page.ts";

export interface NpqDeclarationsFilter extends UpdatedSinceFilter {
  readonly cohort?: CohortFilterValue;
  readonly participantId?: string;
}

function byCreation(a: NpqDeclaration, b: NpqDeclaration): number {
  if (a.createdAt !== b.createdAt) {
    return a.createdAt < b.createdAt ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Its own declarations and those on its applications, each once, oldest first. */
function visibleDeclarations(world: NpqWorld, leadProviderId: string): NpqDeclaration[] {
  const byId = new Map<string, NpqDeclaration>();
  for (const declaration of npqLookup(world, "declarationsByLeadProvider", leadProviderId)) {
    byId.set(declaration.id, declaration);
  }
  for (const applicationId of npqLookupIds(world, "applicationsByLeadProvider", leadProviderId)) {
    for (const declaration of npqLookup(world, "declarationsByApplication", applicationId)) {
      byId.set(declaration.id, declaration);
    }
  }
  return [...byId.values()].sort(byCreation);
}

export function listNpqDeclarations(
  world: NpqWorld,
  leadProviderId: string,
  query: ListQuery<NpqDeclarationsFilter> = {},
): NpqDeclarationResource[] {
  return npqDeclarationPageIds(world, leadProviderId, query).map((id) =>
    npqDeclarationView(world, getNpqRow(world, "declarations", id)),
  );
}

/**
 * The ids of the declarations on the page `listNpqDeclarations` renders, in its order: for a reader that renders
 * (or has already rendered) each declaration itself, such as the sandbox's cache of rendered records.
 */
export function npqDeclarationPageIds(
  world: NpqWorld,
  leadProviderId: string,
  query: ListQuery<NpqDeclarationsFilter> = {},
): string[] {
  const cohorts = parseCohortListFilter(query.filter?.cohort);
  const participants = parseUuidListFilter(query.filter?.participantId);
  const since = query.filter?.updatedSince === undefined ? undefined : instantOf(query.filter.updatedSince);
  const matching = visibleDeclarations(world, leadProviderId).filter(
    (declaration) =>
      (cohorts === undefined || cohorts.includes(getNpqRow(world, "cohorts", declaration.cohortId).startYear)) &&
      (participants === undefined || participants.includes(declaration.userId)) &&
      (since === undefined || declaration.updatedAt >= since),
  );
  return npqOrderedPage(
    matching.map((declaration) => declaration.id),
    (id) => getNpqRow(world, "declarations", id).createdAt,
    { sort: DEFAULT_SORT, page: query.page },
  );
}

export function showNpqDeclaration(
  world: NpqWorld,
  leadProviderId: string,
  declarationId: string,
): Outcome<NpqDeclarationResource> {
  const declaration = findNpqDeclarationVisibleTo(world, leadProviderId, declarationId);
  return declaration === undefined ? notFound() : ok(npqDeclarationView(world, declaration));
}
