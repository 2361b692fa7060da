/**
 * DfE finance's list of statements: every lead provider's, output and service fee alike, for contract managers
 * (the lead provider API shows a provider its output statements only, see `statements.ts`). Not a lead provider
 * read, so not scoped to one.
 *
 * Cost: with a lead provider, one small bucket (`statementsByLeadProviderCohort` when a cohort is given too,
 * `statementsByLeadProvider` otherwise); without, each lead provider's `statementsByLeadProvider` bucket, which
 * together are exactly the statements that can match. Filters are typed values: parsing requests is the caller's.
 */
import { leadProviderCohortKey } from "../model/indexes/index-definition.ts";
import type { FeeType, Statement, StatementStatus } from "../model/statement.ts";
import { getRow, lookup, type World } from "../model/world.ts";
import type { CohortYear } from "../reference/cohorts.ts";

export interface FinanceStatementFilter {
  readonly leadProviderId?: string | undefined;
  readonly cohortYear?: CohortYear | undefined;
  readonly feeType?: FeeType | undefined;
  readonly status?: StatementStatus | undefined;
}

/**
 * The statements matching every filter given, by payment date, then lead provider name, then cohort (then id, so
 * that the order never depends on the order rows were written in). An unknown lead provider matches nothing.
 */
export function listFinanceStatements(world: World, filter: FinanceStatementFilter = {}): Statement[] {
  const matches = (statement: Statement): boolean =>
    (filter.cohortYear === undefined || statement.cohortYear === filter.cohortYear) &&
    (filter.feeType === undefined || statement.feeType === filter.feeType) &&
    (filter.status === undefined || statement.status === filter.status);
  const names = new Map<string, string>();
  const nameOf = (leadProviderId: string): string => {
    let name = names.get(leadProviderId);
    if (name === undefined) {
      name = getRow(world, "leadProviders", leadProviderId).name;
      names.set(leadProviderId, name);
    }
    return name;
  };
  return candidates(world, filter)
    .filter(matches)
    .sort(
      (a, b) =>
        compare(a.paymentDate, b.paymentDate) ||
        compare(nameOf(a.leadProviderId), nameOf(b.leadProviderId)) ||
        a.cohortYear - b.cohortYear ||
        compare(a.id, b.id),
    );
}

/** The smallest set of index buckets that holds every statement the filter can match. */
function candidates(world: World, filter: FinanceStatementFilter): Statement[] {
  const { leadProviderId, cohortYear } = filter;
  if (leadProviderId !== undefined && cohortYear !== undefined) {
    return lookup(world, "statementsByLeadProviderCohort", leadProviderCohortKey(leadProviderId, cohortYear));
  }
  const leadProviderIds = leadProviderId === undefined ? Object.keys(world.leadProviders) : [leadProviderId];
  return leadProviderIds.flatMap((id) => lookup(world, "statementsByLeadProvider", id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
