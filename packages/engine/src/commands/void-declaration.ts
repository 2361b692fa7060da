/**
 * PUT /participant-declarations/{id}/void: void an unpaid declaration, or claw back a paid one (ECF rules §5.2).
 */
import { declarationTransition } from "../machines/declaration-machine.ts";
import type { Declaration } from "../model/declaration.ts";
import { findRow, type World } from "../model/world.ts";
import { notFound, type Outcome, ok } from "../result.ts";
import { checkVoiding } from "../rules/declaration-voiding.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import type { CommandContext } from "./context.ts";
import { moveDeclaration } from "./declaration-state-writes.ts";
import { reevaluateMentorCompletion } from "./reevaluate-mentor-completion.ts";

export interface VoidDeclarationCommand {
  readonly type: "voidDeclaration";
  readonly leadProviderId: string;
  readonly declarationId: string;
}

export function voidDeclaration(
  world: World,
  command: VoidDeclarationCommand,
  context: CommandContext,
): Outcome<Declaration> {
  const declaration = findRow(world, "declarations", command.declarationId);
  // Only the provider's own declarations: a previous provider's declaration it can see is still a 404 here.
  if (declaration === undefined || declaration.leadProviderId !== command.leadProviderId) {
    return notFound();
  }
  const outcome = checkVoiding(world, declaration, londonToday(context.now));
  if (!outcome.ok) {
    return outcome;
  }
  const voiding = outcome.value;
  const statuses = declarationTransition(declaration, voiding.kind === "clawback" ? "requireClawback" : "void");
  if (!statuses.ok) {
    return statuses;
  }
  const now = instantOf(context.now);
  const updated = moveDeclaration(
    world,
    declaration,
    statuses.value,
    now,
    voiding.kind === "clawback" ? { clawbackStatementId: voiding.clawbackStatement.id } : {},
  );
  reevaluateMentorCompletion(world, updated, context);
  return ok(updated);
}
