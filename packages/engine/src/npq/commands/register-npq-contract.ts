import type { CommandContext } from "../../commands/context.ts";
import { NPQ_FIXTURE_MESSAGES as M } from "../../messages/npq/fixtures.ts";
import { type NpqCourseTerms, npqDefaultCourseTerms } from "../../payments/npq/contract-terms.ts";
import { type Outcome, ok, ValidationErrors } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import type { NpqContract } from "../model/contract.ts";
import { npqContractKey } from "../model/indexes.ts";
import { insertNpqRow } from "../model/row-writes.ts";
import { findNpqRow, type NpqWorld, npqLookupIds } from "../model/world.ts";
import { isNpqCourseIdentifier } from "../reference/courses.ts";
import { npqCourseTermsProblems } from "../rules/contract-terms-checks.ts";

/** DfE-side: a lead provider's contract for a course in a cohort (NPQ rules §8), on no statement. */
export interface RegisterNpqContractCommand {
  readonly type: "registerNpqContract";
  readonly leadProviderId: string;
  readonly cohort: string;
  readonly courseIdentifier: string;
  /** What it pays (payment rules §6.1); `npqDefaultCourseTerms` when absent. */
  readonly terms?: NpqCourseTerms;
}

export function registerNpqContract(
  world: NpqWorld,
  command: RegisterNpqContractCommand,
  context: CommandContext,
): Outcome<NpqContract> {
  const errors = new ValidationErrors();
  if (findNpqRow(world, "leadProviders", command.leadProviderId) === undefined) {
    errors.add("lead_provider_id", M.unknownLeadProvider);
  }
  if (findNpqRow(world, "cohorts", command.cohort) === undefined) {
    errors.add("cohort", M.unknownCohort(command.cohort));
  }
  if (!isNpqCourseIdentifier(command.courseIdentifier)) {
    errors.add("course_identifier", M.unknownCourse);
  } else if (
    npqLookupIds(
      world,
      "contractsByLeadProviderCohortCourse",
      npqContractKey(command.leadProviderId, command.cohort, command.courseIdentifier),
    ).length > 0
  ) {
    errors.add("course_identifier", M.contractExists);
  } else if (command.terms !== undefined) {
    for (const problem of npqCourseTermsProblems(command.courseIdentifier, command.terms)) {
      errors.add("terms", problem);
    }
  }
  if (!errors.isEmpty || !isNpqCourseIdentifier(command.courseIdentifier)) {
    return errors.toFailure();
  }
  return ok(
    insertNpqRow(world, "contracts", {
      id: context.newId(),
      leadProviderId: command.leadProviderId,
      cohortId: command.cohort,
      courseIdentifier: command.courseIdentifier,
      statementId: null,
      terms: command.terms ?? npqDefaultCourseTerms(command.courseIdentifier),
      createdAt: instantOf(context.now),
    }),
  );
}
