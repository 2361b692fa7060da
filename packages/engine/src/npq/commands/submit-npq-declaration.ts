/**
 * POST /participant-declarations on the NPQ API (NPQ rules §5.2, §5.3): every check of NPQ declaration rules 1-27 runs
 * in `rules/declaration-submission.ts`; the new declaration is `ineligible` when it duplicates another person's with
 * the same TRN, `eligible` on the next output statement when the application is fundable, `submitted` otherwise.
 * Not idempotent: a repeat is refused by NPQ declaration rule 16, as the service does, except that the same
 * declaration already made on another of the participant's applications is answered again (`npqExistingDeclaration`). A `completed` declaration on
 * a leadership or specialist course records its outcome in the same command.
 */
import type { CommandContext } from "../../commands/context.ts";
import { npqDeclarationMachine, npqDeclarationTransition } from "../../machines/npq-declaration-machine.ts";
import { type Outcome, ok } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import type { NpqDeclaration, NpqDeclarationState } from "../model/declaration.ts";
import { insertNpqRow } from "../model/row-writes.ts";
import { getNpqRow, type NpqWorld } from "../model/world.ts";
import { checkNpqDeclarationSubmission, type NpqDeclarationSubmission } from "../rules/declaration-submission.ts";
import { npqSameTrnDeclaration } from "../rules/same-trn-duplicates.ts";
import { recordNpqDeclarationSubmitted } from "./declaration-state-writes.ts";
import { addNpqOutcome } from "./outcome-rows.ts";

export interface SubmitNpqDeclarationCommand extends NpqDeclarationSubmission {
  readonly type: "submitNpqDeclaration";
}

export function submitNpqDeclaration(
  world: NpqWorld,
  command: SubmitNpqDeclarationCommand,
  context: CommandContext,
): Outcome<NpqDeclaration> {
  const checked = checkNpqDeclarationSubmission(world, command, context.now);
  if (!checked.ok) {
    return checked;
  }
  const { user, application, cohort, declarationType, declarationDate, statement, existing } = checked.value;
  if (existing !== undefined) {
    return ok(existing);
  }
  const duplicated = npqSameTrnDeclaration(world, user, application.courseIdentifier, declarationType);
  const initial: NpqDeclarationState = npqDeclarationMachine.initial;
  const state =
    duplicated !== undefined
      ? npqDeclarationTransition(initial, "markIneligible")
      : statement !== undefined
        ? npqDeclarationTransition(initial, "becomeEligible")
        : ok(initial);
  if (!state.ok) {
    return state;
  }
  const now = instantOf(context.now);
  const declaration = insertNpqRow(world, "declarations", {
    id: context.newId(),
    applicationId: application.id,
    userId: user.id,
    leadProviderId: command.leadProviderId,
    courseIdentifier: application.courseIdentifier,
    cohortId: cohort.id,
    declarationType,
    declarationDate: instantOf(declarationDate),
    state: state.value,
    deliveryPartnerId: checked.value.deliveryPartnerId,
    secondaryDeliveryPartnerId: checked.value.secondaryDeliveryPartnerId,
    // An ineligible duplicate is not paid, so it shows no statement (NPQ rules §2.3).
    statementId: duplicated === undefined ? (statement?.id ?? null) : null,
    clawbackStatementId: null,
    supersededById: duplicated?.id ?? null,
    createdAt: now,
    updatedAt: now,
  });
  recordNpqDeclarationSubmitted(world, declaration);
  // A completed declaration on a course with outcomes records its outcome, dated the declaration's day (NPQ rules §5.3).
  const { hasPassed } = checked.value;
  if (hasPassed !== null) {
    addNpqOutcome(
      world,
      declaration,
      hasPassed ? "passed" : "failed",
      declaration.declarationDate.slice(0, 10),
      context,
    );
  }
  return ok(getNpqRow(world, "declarations", declaration.id));
}
