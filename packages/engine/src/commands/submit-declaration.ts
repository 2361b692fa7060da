/**
 * POST /participant-declarations: a lead provider declares that a participant reached a milestone.
 *
 * The command carries the request's attributes exactly as received; every check of ECF rules §3.2 runs in
 * `rules/declaration-submission.ts`. On success (ECF rules §4) the declaration is `submitted`, or `eligible` on the
 * next open output statement when the participant's role is eligible for funding.
 */
import { declarationMachine, declarationTransition } from "../machines/declaration-machine.ts";
import { DECLARATION_STATE_STATUSES, type Declaration } from "../model/declaration.ts";
import { insertRow } from "../model/row-writes.ts";
import { getRow, type World } from "../model/world.ts";
import { type Outcome, ok } from "../result.ts";
import { checkDeclarationSubmission, type DeclarationSubmission } from "../rules/declaration-submission.ts";
import { isRoleEligibleForFunding } from "../rules/funding.ts";
import { mentorshipClosestTo } from "../rules/mentorship.ts";
import { partnershipOf } from "../rules/training-periods.ts";
import { instantOf } from "../time/instant.ts";
import type { CommandContext } from "./context.ts";
import { recordDeclarationSubmitted } from "./declaration-state-writes.ts";
import { reevaluateMentorCompletion } from "./reevaluate-mentor-completion.ts";

export interface SubmitDeclarationCommand extends DeclarationSubmission {
  readonly type: "submitDeclaration";
}

export function submitDeclaration(
  world: World,
  command: SubmitDeclarationCommand,
  context: CommandContext,
): Outcome<Declaration> {
  const checked = checkDeclarationSubmission(world, command, context.now);
  if (!checked.ok) {
    return checked;
  }
  const {
    teacher,
    role,
    trainingPeriod,
    cohort,
    declarationType,
    declarationDate,
    declarationDay,
    evidenceHeld,
    statement,
  } = checked.value;
  const partnership = partnershipOf(world, trainingPeriod);
  if (partnership === undefined) {
    // The checks only find training periods through their partnership with this provider: an engine bug if not.
    throw new Error(`training period ${trainingPeriod.id} passed the checks without a partnership`);
  }

  // The service picks the mentor by the day written in the date, not by its London day (ECF rules §4.1).
  const mentorship = role === "ect" ? mentorshipClosestTo(world, teacher.id, declarationDay) : undefined;
  const school = getRow(world, "schools", getRow(world, "schoolPeriods", trainingPeriod.schoolPeriodId).schoolId);
  const uplifts =
    declarationType === "started" && cohort.upliftFeesEnabled ? school.cohorts[cohort.year]?.fundingEligibility : null;
  // The statement was found by declaration rule 18, which looks for it exactly when the role is eligible for funding.
  if (statement === undefined && isRoleEligibleForFunding(teacher, role)) {
    throw new Error(`declaration for ${teacher.id} passed declaration rule 18 without a statement`);
  }

  // A declaration starts submitted; when a statement takes it, it becomes eligible at once (ECF rules §4.3).
  const submitted = DECLARATION_STATE_STATUSES[declarationMachine.initial];
  const statuses = statement === undefined ? ok(submitted) : declarationTransition(submitted, "becomeEligible");
  if (!statuses.ok) {
    return statuses;
  }

  const now = instantOf(context.now);
  const declaration = insertRow(world, "declarations", {
    id: context.newId(),
    teacherId: teacher.id,
    role,
    trainingPeriodId: trainingPeriod.id,
    leadProviderId: command.leadProviderId,
    deliveryPartnerId: partnership.deliveryPartnerId,
    declarationType,
    declarationDate: instantOf(declarationDate),
    evidenceHeld,
    mentorId: mentorship?.mentorTeacherId ?? null,
    ...statuses.value,
    statementId: statement?.id ?? null,
    clawbackStatementId: null,
    pupilPremiumUplift: uplifts?.pupilPremiumUplift ?? false,
    sparsityUplift: uplifts?.sparsityUplift ?? false,
    createdAt: now,
    updatedAt: now,
  });
  recordDeclarationSubmitted(world, declaration);
  reevaluateMentorCompletion(world, declaration, context);
  return ok(declaration);
}
