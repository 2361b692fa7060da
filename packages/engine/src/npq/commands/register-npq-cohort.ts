import type { CommandContext } from "../../commands/context.ts";
import { NPQ_FIXTURE_MESSAGES as M } from "../../messages/npq/fixtures.ts";
import { type Outcome, ok, ValidationErrors } from "../../result.ts";
import { isCalendarDate } from "../../time/calendar-date.ts";
import { instantOf } from "../../time/instant.ts";
import type { NpqCohort } from "../model/cohort.ts";
import { insertNpqRow } from "../model/row-writes.ts";
import { npqSchedulesForCohort } from "../model/schedule.ts";
import { findNpqRow, type NpqWorld } from "../model/world.ts";
import {
  defaultNpqRegistrationStartDate,
  NPQ_COHORT_FUNDINGS,
  type NpqCohortFunding,
  npqCohortIdentifier,
  parseNpqCohortIdentifier,
} from "../reference/cohorts.ts";

/**
 * DfE-side: a cohort (NPQ rules §7.2) with the schedules of its start year (NPQ rules §7.3), dated from that year.
 * `cohort` is an identifier (`2026b`) or a bare year, which means suffix `a`; the registration starts on 1 April of
 * the start year unless given (the service requires it to be in the start year), and the start year is 2021 or later.
 * A cohort's statements come from `registerNpqStatements`.
 */
export interface RegisterNpqCohortCommand {
  readonly type: "registerNpqCohort";
  readonly cohort: string;
  readonly funding: string;
  readonly registrationStartDate?: string;
}

/** The service's cohorts start in 2021 or later (its cohort model refuses an earlier start year). */
const FIRST_NPQ_START_YEAR = 2021;

export function registerNpqCohort(
  world: NpqWorld,
  command: RegisterNpqCohortCommand,
  context: CommandContext,
): Outcome<NpqCohort> {
  const errors = new ValidationErrors();
  const parsed = parseNpqCohortIdentifier(command.cohort);
  if (parsed === undefined) {
    errors.add("cohort", M.invalidCohortIdentifier);
  } else if (parsed.startYear < FIRST_NPQ_START_YEAR) {
    errors.add("cohort", M.cohortBeforeFirstYear(FIRST_NPQ_START_YEAR));
  } else if (findNpqRow(world, "cohorts", npqCohortIdentifier(parsed.startYear, parsed.suffix)) !== undefined) {
    errors.add("cohort", M.cohortExists(npqCohortIdentifier(parsed.startYear, parsed.suffix)));
  }
  if (!(NPQ_COHORT_FUNDINGS as readonly string[]).includes(command.funding)) {
    errors.add("funding", M.invalidFunding);
  }
  const start = command.registrationStartDate;
  if (start !== undefined && !isCalendarDate(start)) {
    errors.add("registration_start_date", M.invalidDate);
  } else if (start !== undefined && parsed !== undefined && !start.startsWith(`${parsed.startYear}-`)) {
    errors.add("registration_start_date", M.registrationStartOutsideYear);
  }
  if (!errors.isEmpty || parsed === undefined) {
    return errors.toFailure();
  }
  const id = npqCohortIdentifier(parsed.startYear, parsed.suffix);
  const cohort = insertNpqRow(world, "cohorts", {
    id,
    ...parsed,
    funding: command.funding as NpqCohortFunding,
    registrationStartDate: start ?? defaultNpqRegistrationStartDate(parsed.startYear),
    createdAt: instantOf(context.now),
  });
  for (const schedule of npqSchedulesForCohort(id, parsed.startYear)) {
    insertNpqRow(world, "schedules", schedule);
  }
  return ok(cohort);
}
