/**
 * DfE-side: a lead provider's monthly statements in a cohort (NPQ rules §8), as DfE's seeds create them: the calendar
 * of `npqStatementCalendar` from the cohort's registration start date, each in the status its dates give it today
 * (the shared `seededStatementStatus`), each with a contract per course the cohort offers unless `contracts` is false.
 */
import type { CommandContext } from "../../commands/context.ts";
import { NPQ_FIXTURE_MESSAGES as M } from "../../messages/npq/fixtures.ts";
import { type NpqCourseTerms, npqDefaultCourseTerms } from "../../payments/npq/contract-terms.ts";
import { type Outcome, ok, ValidationErrors } from "../../result.ts";
import { seededStatementStatus } from "../../rules/statement-calendar.ts";
import { instantOf } from "../../time/instant.ts";
import { londonToday } from "../../time/london.ts";
import { npqStatementKey } from "../model/indexes.ts";
import { insertNpqRow } from "../model/row-writes.ts";
import type { NpqStatement } from "../model/statement.ts";
import { findNpqRow, type NpqWorld, npqLookupIds } from "../model/world.ts";
import { npqContractedCourses } from "../reference/contracted-courses.ts";
import type { NpqCourseIdentifier } from "../reference/courses.ts";
import { npqCourseTermsProblems } from "../rules/contract-terms-checks.ts";
import { npqStatementCalendar } from "../rules/statement-calendar.ts";

export interface RegisterNpqStatementsCommand {
  readonly type: "registerNpqStatements";
  readonly leadProviderId: string;
  readonly cohort: string;
  /** Defaults to true: a contract on every statement for every course the cohort offers (`npqContractedCourses`). */
  readonly contracts?: boolean;
  /**
   * The lead provider's terms per course, the same on every statement (payment rules §6.1); a course left out gets
   * `npqDefaultCourseTerms`.
   */
  readonly contractTerms?: Readonly<Partial<Record<NpqCourseIdentifier, NpqCourseTerms>>>;
}

export function registerNpqStatements(
  world: NpqWorld,
  command: RegisterNpqStatementsCommand,
  context: CommandContext,
): Outcome<NpqStatement[]> {
  const errors = new ValidationErrors();
  if (findNpqRow(world, "leadProviders", command.leadProviderId) === undefined) {
    errors.add("lead_provider_id", M.unknownLeadProvider);
  }
  const cohort = findNpqRow(world, "cohorts", command.cohort);
  if (cohort === undefined) {
    errors.add("cohort", M.unknownCohort(command.cohort));
  } else if (
    npqLookupIds(world, "statementsByLeadProviderCohort", npqStatementKey(command.leadProviderId, cohort.id)).length > 0
  ) {
    errors.add("cohort", M.statementsExist);
  }
  for (const [course, terms] of Object.entries(command.contractTerms ?? {})) {
    for (const problem of npqCourseTermsProblems(course as NpqCourseIdentifier, terms)) {
      errors.add("contract_terms", problem);
    }
  }
  if (!errors.isEmpty || cohort === undefined) {
    return errors.toFailure();
  }
  const now = instantOf(context.now);
  const today = londonToday(context.now);
  const courses = command.contracts === false ? [] : npqContractedCourses(cohort.startYear);
  return ok(
    npqStatementCalendar(cohort.registrationStartDate).map((plan) => {
      const statement = insertNpqRow(world, "statements", {
        id: context.newId(),
        leadProviderId: command.leadProviderId,
        cohortId: cohort.id,
        ...plan,
        status: seededStatementStatus(plan, today),
        createdAt: now,
        updatedAt: now,
      });
      for (const courseIdentifier of courses) {
        insertNpqRow(world, "contracts", {
          id: context.newId(),
          leadProviderId: command.leadProviderId,
          cohortId: cohort.id,
          courseIdentifier,
          statementId: statement.id,
          terms: command.contractTerms?.[courseIdentifier] ?? npqDefaultCourseTerms(courseIdentifier),
          createdAt: now,
        });
      }
      return statement;
    }),
  );
}
