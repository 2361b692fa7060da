/**
 * GET /participants/npq/outcomes and GET /participants/npq/{id}/outcomes (NPQ rules §6.1, §6.2): the outcomes on
 * declarations the lead provider made, by `created_at` then id. The list takes `created_since`; one participant's
 * takes paging only, and answers 410 for a merged id and 404 for someone who is not the lead provider's participant.
 */
import type { ListQuery } from "../../queries/list-query.ts";
import { DEFAULT_SORT } from "../../queries/sort.ts";
import { type Failure, fail, notFound, type Outcome, ok } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import { getNpqRow, type NpqWorld, npqLookupIds } from "../model/world.ts";
import { findNpqParticipantVisibleTo } from "../rules/visibility.ts";
import { type NpqOutcomeResource, npqOutcomeView } from "../views/outcome.ts";
import { npqOrderedPage } from "./ordered-page.ts";
import { type NpqParticipantIdChangedFailure, npqParticipantIdChanged } from "./participant-id-changed.ts";

export interface NpqOutcomesFilter {
  /** `filter[created_since]`, parsed by the transport as `updated_since` is. */
  readonly createdSince?: Date;
}

function outcomesPage(world: NpqWorld, ids: readonly string[], query: ListQuery<unknown>): NpqOutcomeResource[] {
  const page = npqOrderedPage(ids, (id) => getNpqRow(world, "outcomes", id).createdAt, {
    sort: DEFAULT_SORT,
    page: query.page,
  });
  return page.map((id) => npqOutcomeView(getNpqRow(world, "outcomes", id)));
}

export function listNpqOutcomes(
  world: NpqWorld,
  leadProviderId: string,
  query: ListQuery<NpqOutcomesFilter> = {},
): NpqOutcomeResource[] {
  const since = query.filter?.createdSince === undefined ? undefined : instantOf(query.filter.createdSince);
  const ids = npqLookupIds(world, "outcomesByLeadProvider", leadProviderId).filter(
    (id) => since === undefined || getNpqRow(world, "outcomes", id).createdAt >= since,
  );
  return outcomesPage(world, ids, query);
}

export function listNpqParticipantOutcomes(
  world: NpqWorld,
  leadProviderId: string,
  participantId: string,
  query: ListQuery<never> = {},
): Outcome<NpqOutcomeResource[], Failure | NpqParticipantIdChangedFailure> {
  const changed = npqParticipantIdChanged(world, participantId);
  if (changed !== undefined) {
    return fail(changed);
  }
  const user = findNpqParticipantVisibleTo(world, leadProviderId, participantId);
  if (user === undefined) {
    return notFound();
  }
  const ids = npqLookupIds(world, "outcomesByLeadProvider", leadProviderId).filter(
    (id) => getNpqRow(world, "outcomes", id).userId === user.id,
  );
  return ok(outcomesPage(world, ids, query));
}
