/**
 * GET /statements and GET /statements/{id} (ECF rules §1.1, §2.7): the provider's output-fee statements only (service
 * fee statements are never shown, not even by id), by payment date. A provider has a few dozen statements per
 * cohort, so its bucket is simply read in order.
 */
import type { Statement } from "../model/statement.ts";
import { findRow, lookup, type World } from "../model/world.ts";
import { notFound, type Outcome, ok } from "../result.ts";
import { instantOf } from "../time/instant.ts";
import { type StatementResource, statementView } from "../views/statement.ts";
import { type CohortFilterValue, parseCohortListFilter } from "./list-filters.ts";
import type { ListQuery, UpdatedSinceFilter } from "./list-query.ts";
import { pageBounds } from "./pagination.ts";

export interface StatementFilter extends UpdatedSinceFilter {
  /** Raw `filter[cohort]`. */
  readonly cohort?: CohortFilterValue;
}

function isVisibleTo(leadProviderId: string, statement: Statement): boolean {
  return statement.leadProviderId === leadProviderId && statement.feeType === "output";
}

export function listStatements(
  world: World,
  leadProviderId: string,
  query: ListQuery<StatementFilter>,
): StatementResource[] {
  const cohorts = parseCohortListFilter(query.filter?.cohort);
  const updatedSince = query.filter?.updatedSince === undefined ? undefined : instantOf(query.filter.updatedSince);
  const { start, end } = pageBounds(query.page);
  return lookup(world, "statementsByLeadProvider", leadProviderId)
    .filter(
      (statement) =>
        isVisibleTo(leadProviderId, statement) &&
        (cohorts === undefined || cohorts.includes(statement.cohortYear)) &&
        (updatedSince === undefined || statement.updatedAt >= updatedSince),
    )
    .slice(start, end)
    .map(statementView);
}

export function showStatement(world: World, leadProviderId: string, statementId: string): Outcome<StatementResource> {
  const statement = findRow(world, "statements", statementId);
  return statement === undefined || !isVisibleTo(leadProviderId, statement) ? notFound() : ok(statementView(statement));
}
