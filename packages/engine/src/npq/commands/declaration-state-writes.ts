/**
 * Where an NPQ declaration's state changes are written: the declaration row and a row of its state history
 * (`declarationStateChanges`), together, as the ECF world does (`commands/declaration-state-writes.ts`).
 */
import { declarationStateChangeId } from "../../model/declaration-state-change.ts";
import type { Instant } from "../../time/instant.ts";
import type { NpqDeclaration, NpqDeclarationState } from "../model/declaration.ts";
import { insertNpqRow, updateNpqRow } from "../model/row-writes.ts";
import type { NpqWorld } from "../model/world.ts";
import { npqDeclarationStateHistory } from "../queries/declaration-state-history.ts";

/** The service's reason for an `ineligible` declaration: it duplicates another person's with the same TRN. */
const DUPLICATE_REASON = "duplicate";

function recordState(
  world: NpqWorld,
  declarationId: string,
  state: NpqDeclarationState,
  at: Instant,
  reason: string | null = null,
): void {
  insertNpqRow(world, "declarationStateChanges", {
    id: declarationStateChangeId(declarationId, npqDeclarationStateHistory(world, declarationId).length),
    declarationId,
    state,
    at,
    reason,
  });
}

/**
 * The history of a declaration just inserted: created `submitted`, then, in the same instant, `eligible` when a
 * statement took it or `ineligible` (with the reason) when it duplicates another's.
 */
export function recordNpqDeclarationSubmitted(world: NpqWorld, declaration: NpqDeclaration): void {
  recordState(world, declaration.id, "submitted", declaration.createdAt);
  if (declaration.state !== "submitted") {
    const reason = declaration.state === "ineligible" ? DUPLICATE_REASON : null;
    recordState(world, declaration.id, declaration.state, declaration.createdAt, reason);
  }
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
  recordState(world, declaration.id, state, at);
  return updated;
}
