/**
 * Which statement a declaration lands on (ECF rules §4.3, §5.1; payment rules §7).
 */
import { leadProviderCohortKey } from "../model/indexes/index-definition.ts";
import type { Statement } from "../model/statement.ts";
import { lookup, type World } from "../model/world.ts";
import type { CohortYear } from "../reference/cohorts.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import { isCutOffPassed } from "./statement-cut-off.ts";

export interface StatementSearch {
  readonly leadProviderId: string;
  readonly cohortYear: CohortYear;
  /** Only statements whose deadline is on or after this day. */
  readonly today: CalendarDate;
  /** New declarations need an `open` statement; eligibility promotion and clawbacks take any status. */
  readonly openOnly: boolean;
}

/** The earliest-deadline output statement of the lead provider and cohort whose deadline has not passed. */
export function nextOutputStatement(world: World, search: StatementSearch): Statement | undefined {
  const statements = lookup(
    world,
    "statementsByLeadProviderCohort",
    leadProviderCohortKey(search.leadProviderId, search.cohortYear),
  );
  return statements.find(
    (statement) =>
      statement.feeType === "output" &&
      !isCutOffPassed(statement, search.today) &&
      (!search.openOnly || statement.status === "open"),
  );
}
