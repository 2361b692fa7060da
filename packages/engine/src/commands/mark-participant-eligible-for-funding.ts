/**
 * DfE-side: a participant's role becomes eligible for funding (an ECT's induction is recorded, a mentor is
 * registered). Every `submitted` declaration of that role becomes `eligible` on the earliest output statement of its
 * lead provider and cohort whose cut-off date has not passed; if any has none, nothing changes (ECF rules §4.3).
 */
import { declarationTransition } from "../machines/declaration-machine.ts";
import { FINANCE_MESSAGES } from "../messages/finance.ts";
import { TITLES } from "../messages/titles.ts";
import type { Declaration, DeclarationStatuses } from "../model/declaration.ts";
import { updateRow } from "../model/row-writes.ts";
import type { Teacher } from "../model/teacher.ts";
import { findRow, getRow, lookupOfRole, type World } from "../model/world.ts";
import type { Role } from "../reference/courses.ts";
import { notFound, type Outcome, ok, ValidationErrors } from "../result.ts";
import { isRoleEligibleForFunding } from "../rules/funding.ts";
import { nextOutputStatement } from "../rules/statements.ts";
import { cohortYearOf, trainingPeriodsOf } from "../rules/training-periods.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import type { CommandContext } from "./context.ts";
import { moveDeclaration } from "./declaration-state-writes.ts";

export interface MarkParticipantEligibleForFundingCommand {
  readonly type: "markParticipantEligibleForFunding";
  readonly participantId: string;
  readonly role: Role;
}

export function markParticipantEligibleForFunding(
  world: World,
  command: MarkParticipantEligibleForFundingCommand,
  context: CommandContext,
): Outcome<Teacher> {
  const teacher = findRow(world, "teachers", command.participantId);
  if (teacher === undefined) {
    return notFound();
  }
  const errors = new ValidationErrors();
  if (trainingPeriodsOf(world, teacher.id, command.role).length === 0) {
    errors.add(TITLES.participantId, FINANCE_MESSAGES.roleNotRegistered(command.role));
    return errors.toFailure();
  }
  if (isRoleEligibleForFunding(teacher, command.role)) {
    return ok(teacher);
  }

  const today = londonToday(context.now);
  const promotions: { declaration: Declaration; statementId: string }[] = [];
  const submitted = lookupOfRole(world, "declarationsByParticipant", teacher.id, command.role).filter(
    (declaration) => declaration.paymentStatus === "no_payment" && declaration.clawbackStatus === "no_clawback",
  );
  for (const declaration of submitted) {
    const cohortYear = cohortYearOf(world, getRow(world, "trainingPeriods", declaration.trainingPeriodId)) ?? 0;
    const statement = nextOutputStatement(world, {
      leadProviderId: declaration.leadProviderId,
      cohortYear,
      today,
      openOnly: false,
    });
    if (statement === undefined) {
      const leadProvider = getRow(world, "leadProviders", declaration.leadProviderId);
      errors.add(
        TITLES.cohort,
        FINANCE_MESSAGES.noStatementForEligibleDeclarations(leadProvider.name, cohortYear, today),
      );
    } else {
      promotions.push({ declaration, statementId: statement.id });
    }
  }
  if (!errors.isEmpty) {
    return errors.toFailure();
  }
  const moves: { declaration: Declaration; statementId: string; statuses: DeclarationStatuses }[] = [];
  for (const { declaration, statementId } of promotions) {
    const statuses = declarationTransition(declaration, "becomeEligible");
    if (!statuses.ok) {
      return statuses;
    }
    moves.push({ declaration, statementId, statuses: statuses.value });
  }

  const now = instantOf(context.now);
  for (const { declaration, statementId, statuses } of moves) {
    moveDeclaration(world, declaration, statuses, now, { statementId });
  }
  const funding = teacher.funding[command.role];
  return ok(
    updateRow(world, "teachers", teacher.id, {
      funding: { ...teacher.funding, [command.role]: { ...funding, firstBecameEligibleAt: now } },
      updatedAt: now,
    }),
  );
}
