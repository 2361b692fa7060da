/**
 * GET /statements and GET /statements/{id} on the NPQ API (NPQ rules §1.1, §2.5): the lead provider's output-fee
 * statements; one that only carries service fees is a 404 by id. Filters: `cohort` (start years) and `updated_since`.
 * Always by `payment_date`, then id: the endpoint takes no `sort`.
 */
import { type CohortFilterValue, parseCohortListFilter } from "../../queries/list-filters.ts";
import type { ListQuery, UpdatedSinceFilter } from "../../queries/list-query.ts";
import { pageBounds } from "../../queries/pagination.ts";
import { notFound, type Outcome, ok } from "../../result.ts";
import { castUuid } from "../../rules/uuid-cast.ts";
import { instantOf } from "../../time/instant.ts";
import type { NpqStatement } from "../model/statement.ts";
import { findNpqRow, getNpqRow, type NpqWorld } from "../model/world.ts";
import { type NpqStatementResource, npqStatementView } from "../views/statement.ts";

export interface NpqStatementsFilter extends UpdatedSinceFilter {
  readonly cohort?: CohortFilterValue;
}

function isListed(statement: NpqStatement, leadProviderId: string): boolean {
  return statement.leadProviderId === leadProviderId && statement.feeType === "output";
}

function byPaymentDate(a: NpqStatement, b: NpqStatement): number {
  if (a.paymentDate !== b.paymentDate) {
    return a.paymentDate < b.paymentDate ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function listNpqStatements(
  world: NpqWorld,
  leadProviderId: string,
  query: ListQuery<NpqStatementsFilter> = {},
): NpqStatementResource[] {
  const cohorts = parseCohortListFilter(query.filter?.cohort);
  const since = query.filter?.updatedSince === undefined ? undefined : instantOf(query.filter.updatedSince);
  const { start, end } = pageBounds(query.page);
  // Statements are few per lead provider (two years a cohort), so a pass over the table is cheap.
  return Object.values(world.statements)
    .filter(
      (statement) =>
        isListed(statement, leadProviderId) &&
        (cohorts === undefined || cohorts.includes(getNpqRow(world, "cohorts", statement.cohortId).startYear)) &&
        (since === undefined || statement.updatedAt >= since),
    )
    .sort(byPaymentDate)
    .slice(start, end)
    .map((statement) => npqStatementView(world, statement));
}

export function showNpqStatement(
  world: NpqWorld,
  leadProviderId: string,
  statementId: string,
): Outcome<NpqStatementResource> {
  const statement = findNpqRow(world, "statements", castUuid(statementId));
  return statement === undefined || !isListed(statement, leadProviderId)
    ? notFound()
    : ok(npqStatementView(world, statement));
}
