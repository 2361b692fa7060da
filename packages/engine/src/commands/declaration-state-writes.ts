/**
 * Where a declaration's state changes are written: the declaration row and, beside it, a row of its state history
 * (`declarationStateChanges`), so the two cannot disagree. Every command that moves a declaration goes through here.
 */
import type { DeclarationStatuses } from "../model/declaration.ts";
import { type Declaration, declarationState } from "../model/declaration.ts";
import { declarationStateChangeId } from "../model/declaration-state-change.ts";
import { insertRow, updateRow } from "../model/row-writes.ts";
import type { World } from "../model/world.ts";
import { declarationStateHistory } from "../queries/declaration-state-history.ts";
import type { Instant } from "../time/instant.ts";

/** Appends the declaration's current state to its history, at `at`. */
function recordCurrentState(world: World, declaration: Declaration, at: Instant): void {
  const ordinal = declarationStateHistory(world, declaration.id).length;
  insertRow(world, "declarationStateChanges", {
    id: declarationStateChangeId(declaration.id, ordinal),
    declarationId: declaration.id,
    state: declarationState(declaration),
    at,
    reason: null,
  });
}

/**
 * The history of a declaration just inserted: it was created `submitted` (the service's first row), and a statement
 * that took it at once made it `eligible` in the same instant, a second row.
 */
export function recordDeclarationSubmitted(world: World, declaration: Declaration): void {
  const at = declaration.createdAt;
  insertRow(world, "declarationStateChanges", {
    id: declarationStateChangeId(declaration.id, 0),
    declarationId: declaration.id,
    state: "submitted",
    at,
    reason: null,
  });
  if (declarationState(declaration) !== "submitted") {
    recordCurrentState(world, declaration, at);
  }
}

/** Moves a declaration to the statuses its machine gave (with any other changes) and records the new state. */
export function moveDeclaration(
  world: World,
  declaration: Declaration,
  statuses: DeclarationStatuses,
  at: Instant,
  changes: Partial<Declaration> = {},
): Declaration {
  const updated = updateRow(world, "declarations", declaration.id, { ...changes, ...statuses, updatedAt: at });
  recordCurrentState(world, updated, at);
  return updated;
}
