/**
 * Where an NPQ declaration's state changes are written: the declaration row and its state log
 * (`declarationStateLogs`), together, as the ECF world does (`commands/declaration-state-writes.ts`).
 */
import { appendStateChange } from "../../model/declaration-state-change.ts";
import type { Instant } from "../../time/instant.ts";
import type { NpqDeclaration, NpqDeclarationState } from "../model/declaration.ts";
import { insertNpqRow, updateNpqRow } from "../model/row-writes.ts";
import { findNpqRow, type NpqWorld } from "../model/world.ts";

/** The service's reason for an `ineligible` declaration: it duplicates another person's with the same TRN. */
const DUPLICATE_REASON = "duplicate";

/**
 * The history of a declaration just inserted: created `submitted`, then, in the same instant, `eligible` when a
 * statement took it or `ineligible` (with the reason) when it duplicates another's.
 */
export function recordNpqDeclarationSubmitted(world: NpqWorld, declaration: NpqDeclaration): void {
  const at = declaration.createdAt;
  const submitted = appendStateChange<NpqDeclarationState>(undefined, "submitted", at, null);
  const reason = declaration.state === "ineligible" ? DUPLICATE_REASON : null;
  const log =
    declaration.state === "submitted"
      ? submitted
      : appendStateChange({ id: declaration.id, ...submitted }, declaration.state, at, reason);
  insertNpqRow(world, "declarationStateLogs", { id: declaration.id, ...log });
}

/** Moves an NPQ declaration to the state its machine gave (with any other changes) and records it. */
export function moveNpqDeclaration(
  world: NpqWorld,
  declaration: NpqDeclaration,
  state: NpqDeclarationState,
  at: Instant,
  changes: Partial<NpqDeclaration> = {},
): NpqDeclaration {
  const updated = updateNpqRow(world, "declarations", declaration.id, { ...changes, state, updatedAt: at });
  const log = findNpqRow(world, "declarationStateLogs", declaration.id);
  if (log === undefined) {
    // Every NPQ declaration is inserted with its log (`recordNpqDeclarationSubmitted`).
    throw new Error(`NPQ declaration ${declaration.id} has no state log`);
  }
  updateNpqRow(world, "declarationStateLogs", declaration.id, appendStateChange(log, state, at, null));
  return updated;
}
