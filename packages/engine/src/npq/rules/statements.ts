/**
 * Which NPQ statement a declaration or a clawback goes on (NPQ rules §5.2, §5.4): the lead provider's open output
 * statement of the cohort whose deadline is today or later, the earliest deadline first.
 */
import type { CalendarDate } from "../../time/calendar-date.ts";
import { npqStatementKey } from "../model/indexes.ts";
import type { NpqStatement } from "../model/statement.ts";
import { type NpqWorld, npqLookup } from "../model/world.ts";

export function nextNpqOutputStatement(
  world: NpqWorld,
  leadProviderId: string,
  cohortId: string,
  today: CalendarDate,
): NpqStatement | undefined {
  // The index keeps each lead provider's statements of a cohort in deadline order.
  return npqLookup(world, "statementsByLeadProviderCohort", npqStatementKey(leadProviderId, cohortId)).find(
    (statement) => statement.feeType === "output" && statement.status === "open" && statement.deadlineDate >= today,
  );
}
