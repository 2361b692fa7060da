/**
 * PUT /participant-declarations/{id}/void on the NPQ API (NPQ rules §5.4): `submitted`, `eligible`, `payable` and
 * `ineligible` become `voided` and stay on their statement, counted there as voided; `paid` becomes
 * `awaiting-clawback` on the next output statement of the cohort. Another lead provider's declaration is the 403. A
 * `completed` declaration's outcome is voided with it.
 */
import type { CommandContext } from "../../commands/context.ts";
import { npqDeclarationTransition } from "../../machines/npq-declaration-machine.ts";
import { type Outcome, ok } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import type { NpqDeclaration } from "../model/declaration.ts";
import { getNpqRow, type NpqWorld } from "../model/world.ts";
import { npqCourseHasOutcomes } from "../reference/courses.ts";
import { resolveNpqDeclarationToModify } from "../rules/declaration-target.ts";
import { checkNpqVoiding } from "../rules/declaration-voiding.ts";
import { latestNpqParticipantOutcome } from "../rules/outcomes.ts";
import { moveNpqDeclaration } from "./declaration-state-writes.ts";
import { addNpqOutcome } from "./outcome-rows.ts";

export interface VoidNpqDeclarationCommand {
  readonly type: "voidNpqDeclaration";
  readonly leadProviderId: string;
  readonly declarationId: string;
}

export function voidNpqDeclaration(
  world: NpqWorld,
  command: VoidNpqDeclarationCommand,
  context: CommandContext,
): Outcome<NpqDeclaration> {
  const target = resolveNpqDeclarationToModify(world, command.leadProviderId, command.declarationId);
  if (!target.ok) {
    return target;
  }
  const declaration = target.value;
  const voiding = checkNpqVoiding(world, declaration, context.now);
  if (!voiding.ok) {
    return voiding;
  }
  const clawback = voiding.value.kind === "clawback" ? voiding.value.clawbackStatement : undefined;
  const state = npqDeclarationTransition(declaration.state, clawback === undefined ? "void" : "requireClawback");
  if (!state.ok) {
    return state;
  }
  // A voided declaration keeps its statement, as the service keeps its voided item there (the statement counts it
  // as voided; the API shows no `statement_id` for it); a clawed-back one gains the clawback statement.
  const updated = moveNpqDeclaration(
    world,
    declaration,
    state.value,
    instantOf(context.now),
    clawback === undefined ? {} : { clawbackStatementId: clawback.id },
  );
  voidOutcome(world, updated, context);
  return ok(getNpqRow(world, "declarations", declaration.id));
}

/**
 * Voiding (or clawing back) a `completed` declaration on a course with outcomes adds a `voided` outcome, unless the
 * participant's latest outcome with this lead provider for the course already is one (NPQ rules §5.4).
 */
function voidOutcome(world: NpqWorld, declaration: NpqDeclaration, context: CommandContext): void {
  if (declaration.declarationType !== "completed" || !npqCourseHasOutcomes(declaration.courseIdentifier)) {
    return;
  }
  const latest = latestNpqParticipantOutcome(
    world,
    declaration.leadProviderId,
    declaration.userId,
    declaration.courseIdentifier,
  );
  if (latest?.state !== "voided") {
    addNpqOutcome(
      world,
      declaration,
      "voided",
      // The voided outcome is dated the declaration's date, as the service dates it.
      declaration.declarationDate.slice(0, 10),
      context,
    );
  }
}
