/**
 * Where a declaration's state changes are written: the declaration row and, beside it, its state log
 * (`declarationStateLogs`), so the two cannot disagree. Every command that moves a declaration goes through here.
 */
import type { DeclarationStatuses } from "../model/declaration.ts";
import { type Declaration, type DeclarationState, declarationState } from "../model/declaration.ts";
import { appendStateChange } from "../model/declaration-state-change.ts";
import { insertRow, updateRow } from "../model/row-writes.ts";
import { findRow, type World } from "../model/world.ts";
import type { Instant } from "../time/instant.ts";

/**
 * The history of a declaration just inserted: it was created `submitted` (the service's first row), and a statement
 * that took it at once made it `eligible` in the same instant, a second change.
 */
export function recordDeclarationSubmitted(world: World, declaration: Declaration): void {
  const at = declaration.createdAt;
  const state = declarationState(declaration);
  const submitted = appendStateChange<DeclarationState>(undefined, "submitted", at, null);
  const log =
    state === "submitted" ? submitted : appendStateChange({ id: declaration.id, ...submitted }, state, at, null);
  insertRow(world, "declarationStateLogs", { id: declaration.id, ...log });
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
  const log = findRow(world, "declarationStateLogs", declaration.id);
  if (log === undefined) {
    // Every declaration is inserted with its log (`recordDeclarationSubmitted`).
    throw new Error(`declaration ${declaration.id} has no state log`);
  }
  updateRow(world, "declarationStateLogs", declaration.id, appendStateChange(log, declarationState(updated), at, null));
  return updated;
}
